// Tests the uncaught panic from looking up (not storing) an unhashable dynamic key in an interface-keyed map.
package main

import "fmt"

func main() {
	seen := map[any]bool{"a": true, 1: true}
	keys := []any{"a", 2, [1]string{"x"}, struct{ N int }{1}, map[string]int{}}
	for _, k := range keys {
		fmt.Printf("%T seen=%t\n", k, seen[k])
	}
}
