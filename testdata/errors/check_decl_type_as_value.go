// Uses a type name where a value is expected.
package main

import "fmt"

type Celsius float64

func main() {
	t := Celsius
	fmt.Println(t)
}
