// A function whose body lacks the opening brace.
package main

import "fmt"

func main() fmt.Println("hi")
}
