// A type parameter declared without a constraint.
package main

import "fmt"

func F[T](x T) T { return x }

func main() {
	fmt.Println(F(1))
}
