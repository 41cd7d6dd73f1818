// Mixes constants of two different named types.
package main

import "fmt"

type Weekday int
type Month int

const (
	Monday  Weekday = 1
	January Month   = 1
)

func main() {
	fmt.Println(Monday + January)
}
