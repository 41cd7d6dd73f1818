// Tests an uncaught slice-bounds panic where the high bound exceeds capacity (s[:n] with n > cap).
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[:5]), cap(s))
	n := 6
	t := s[:n]
	fmt.Println("unreachable", t)
}
