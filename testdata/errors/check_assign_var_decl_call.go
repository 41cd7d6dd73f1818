// Initialises a float64 variable from a function returning int.
package main

import "fmt"

func count() int {
	return 7
}

func main() {
	var avg float64 = count()
	fmt.Println(avg / 2)
}
