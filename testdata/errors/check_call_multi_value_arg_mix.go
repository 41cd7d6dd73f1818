// Passes a two-result call together with another argument.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func show(label string, q, r int) {
	fmt.Println(label, q, r)
}

func main() {
	show("7/2", divmod(7, 2))
}
