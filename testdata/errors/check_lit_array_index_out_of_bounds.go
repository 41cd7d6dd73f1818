// Uses an explicit index past the array length.
package main

import "fmt"

func main() {
	months := [12]string{0: "jan", 12: "dec"}
	fmt.Println(months)
}
