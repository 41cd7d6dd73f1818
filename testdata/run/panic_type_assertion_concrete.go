// Tests the uncaught failed type assertion to a concrete type (interface conversion panic message).
package main

import "fmt"

type Celsius float64

func main() {
	var v any = Celsius(21.5)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	c := v.(Celsius)
	fmt.Println(c)
	s := v.(string)
	fmt.Println(s)
}
