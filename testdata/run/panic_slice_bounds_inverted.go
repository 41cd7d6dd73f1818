// Tests an uncaught slice-bounds panic where low > high (s[lo:hi] with lo > hi).
package main

import "fmt"

func window(s []byte, lo, hi int) []byte { return s[lo:hi] }

func main() {
	s := []byte("abcdef")
	fmt.Printf("%s\n", window(s, 1, 4))
	fmt.Printf("%s\n", window(s, 4, 2))
}
