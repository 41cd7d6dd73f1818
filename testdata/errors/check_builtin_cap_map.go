// Takes the capacity of a map.
package main

import "fmt"

func main() {
	m := make(map[string]int, 10)
	fmt.Println(cap(m))
}
