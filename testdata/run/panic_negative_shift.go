// Tests an uncaught panic shifting by a negative signed shift count.
package main

import "fmt"

func main() {
	x := 1
	for _, n := range []int{0, 3, 10, -1} {
		fmt.Println("1 <<", n, "=", x<<n)
	}
}
