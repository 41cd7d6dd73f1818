// Sets the same field twice in a struct literal.
package main

import "fmt"

type Options struct {
	Verbose bool
	Level   int
}

func main() {
	o := Options{Verbose: true, Level: 1, Verbose: false}
	fmt.Println(o)
}
