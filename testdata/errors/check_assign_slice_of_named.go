// Uses a []string where a []any is expected.
package main

import "fmt"

func printAll(vals []any) {
	fmt.Println(vals...)
}

func main() {
	names := []string{"a", "b"}
	printAll(names)
}
