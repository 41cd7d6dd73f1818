// Two function declarations on the same line without a separator.
package main

import "fmt"

func hello() { fmt.Println("hello") } func main() { hello() }
