// Tests an uncaught slice-bounds panic in a full slice expression where max exceeds capacity.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	m := 3
	fmt.Println(s[1:2:m])
	m = 5
	fmt.Println(s[1:2:m])
}
