// Prints a two-result call with println alongside another argument.
package main

import "strconv"

func main() {
	println("value:", strconv.Atoi("12"))
}
