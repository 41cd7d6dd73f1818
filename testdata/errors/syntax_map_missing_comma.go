// Map literal entries on one line without a comma between them.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1 "b": 2}
	fmt.Println(m)
}
