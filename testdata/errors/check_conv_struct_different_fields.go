// Converts between structs whose fields differ.
package main

import "fmt"

type Celsius struct {
	Deg float64
}

type Fahrenheit struct {
	Degrees float64
}

func main() {
	c := Celsius{Deg: 20}
	f := Fahrenheit(c)
	fmt.Println(f)
}
