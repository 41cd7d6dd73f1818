// A type argument lacks the method the constraint requires.
package main

import "fmt"

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type ID int

func main() {
	fmt.Println(Join([]ID{1, 2}))
}
