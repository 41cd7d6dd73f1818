// One closing brace too many after a function.
package main

import "fmt"

func main() {
	fmt.Println("hi")
}
}
