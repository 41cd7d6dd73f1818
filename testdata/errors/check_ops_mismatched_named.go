// Mixes a named float type with its underlying type.
package main

import "fmt"

type Celsius float64

func main() {
	var room Celsius = 20
	offset := 1.5
	var delta float64 = offset
	fmt.Println(room + delta)
}
