// Divides by a zero constant in a constant expression.
package main

import "fmt"

const perPage = 0

func main() {
	const total = 100
	fmt.Println(total / perPage)
}
