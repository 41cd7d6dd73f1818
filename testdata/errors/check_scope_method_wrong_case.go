// Calls a method with the wrong capitalisation.
package main

import "fmt"

type Temp float64

func (t Temp) String() string {
	return fmt.Sprintf("%.1f°C", float64(t))
}

func main() {
	t := Temp(21.5)
	fmt.Println(t.string())
}
