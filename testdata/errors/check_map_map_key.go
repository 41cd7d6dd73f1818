// Uses a map as a map key type.
package main

import "fmt"

func main() {
	cache := make(map[map[string]int]string)
	fmt.Println(cache)
}
