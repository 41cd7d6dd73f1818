// A named type does not satisfy a constraint listing only the exact type.
package main

import "fmt"

type Meters float64

func Double[T int | float64](x T) T {
	return x * 2
}

func main() {
	fmt.Println(Double(Meters(1.5)))
}
