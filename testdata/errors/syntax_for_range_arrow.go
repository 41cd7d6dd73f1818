// `=>` typed instead of `:=` in a for-range header.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v => range m {
		fmt.Println(k, v)
	}
}
