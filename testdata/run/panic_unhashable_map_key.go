// Tests an uncaught panic storing a slice as the dynamic key of an interface-keyed map.
package main

import "fmt"

func main() {
	m := map[any]string{}
	m[1] = "int"
	m["a"] = "string"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m), m[1], m["a"], m[[2]int{1, 2}])
	var key any = []int{1, 2}
	m[key] = "slice"
	fmt.Println("unreachable")
}
