// Declares two methods with the same name on one type.
package main

import "fmt"

type Temp float64

func (t Temp) String() string {
	return fmt.Sprintf("%.1f", float64(t))
}

func (t *Temp) String() string {
	return "temp"
}

func main() {
	fmt.Println(Temp(3))
}
