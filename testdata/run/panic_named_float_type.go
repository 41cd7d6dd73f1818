// Tests the uncaught panic output for a value of a named float64 type, printed as main.T(value).
package main

import "fmt"

type Celsius float64

func validate(c Celsius) Celsius {
	if c < -273.15 {
		panic(c)
	}
	return c
}

func main() {
	fmt.Println(validate(21.5))
	fmt.Println(validate(-300))
}
