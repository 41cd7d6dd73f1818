// A type parameter list containing only a constraint and no parameter name.
package main

import "fmt"

func Sum[~int](xs []int) int { return 0 }

func main() {
	fmt.Println(Sum)
}
