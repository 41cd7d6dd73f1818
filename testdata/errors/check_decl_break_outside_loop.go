// Uses break outside of any loop, switch or select.
package main

import "fmt"

func check(n int) {
	if n > 10 {
		break
	}
	fmt.Println(n)
}

func main() {
	check(1)
}
