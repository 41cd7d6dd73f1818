// A package-level variable is initialised by a function that reads it.
package main

import "fmt"

var registry = buildRegistry()

func buildRegistry() map[string]int {
	m := map[string]int{}
	m["size"] = len(registry)
	return m
}

func main() {
	fmt.Println(registry)
}
