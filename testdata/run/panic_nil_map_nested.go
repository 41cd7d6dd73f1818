// Tests an uncaught nil-map assignment through a map of maps whose inner map was never made.
package main

import "fmt"

func main() {
	index := map[string]map[string]int{}
	index["go"] = map[string]int{}
	index["go"]["gopher"] = 1
	fmt.Println(index["go"]["gopher"], len(index["rust"]))
	fmt.Println(index["rust"]["crab"])
	index["rust"]["crab"] = 2
	fmt.Println("unreachable")
}
