// Uses three iteration variables in a range clause.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v, ok := range m {
		fmt.Println(k, v)
	}
}
