// Tests an uncaught panic from make with a negative slice length computed at run time.
package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buffer(4)), len(buffer(0)))
	size := 3
	size -= 5
	fmt.Println(len(buffer(size)))
}
