// Tests an uncaught panic converting a slice to a pointer-to-array type when the slice is too short.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	p := (*[3]string)(s)
	p[0] = "A"
	fmt.Println(s, len(p))
	var empty []string
	q := (*[0]string)(empty)
	fmt.Println(q == nil)
	r := (*[4]string)(s)
	fmt.Println(r[0])
}
