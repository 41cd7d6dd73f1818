// Tests an uncaught slice-bounds panic when slicing a string past its length.
package main

import "fmt"

func prefix(s string, n int) string { return s[:n] }

func main() {
	fmt.Println(prefix("hello", 3))
	fmt.Println(prefix("héllo", 6))
	fmt.Println(prefix("hi", 3))
}
