// Tests an uncaught slice-bounds panic in a full slice expression where high exceeds max (s[:h:m], h > m).
package main

import "fmt"

func main() {
	base := []byte("abcdefgh")
	hi, max := 2, 4
	for step := 0; step < 3; step++ {
		part := base[:hi:max]
		fmt.Printf("%s len=%d cap=%d\n", part, len(part), cap(part))
		hi += 2
	}
}
