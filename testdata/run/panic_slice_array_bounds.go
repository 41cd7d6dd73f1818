// Tests an uncaught slice-bounds panic when slicing an addressable array past its length.
package main

import "fmt"

func main() {
	var buf [5]int
	for i := range buf {
		buf[i] = i + 1
	}
	n := 3
	fmt.Println(buf[:n], len(buf[n:]))
	n += 4
	fmt.Println(buf[:n])
}
