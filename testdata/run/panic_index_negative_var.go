// Tests an uncaught index-out-of-range panic with a negative variable index into a slice.
package main

import "fmt"

func find(xs []string, target string) int {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	return -1
}

func main() {
	names := []string{"ada", "bob", "cy"}
	for _, t := range []string{"cy", "ada", "zed"} {
		i := find(names, t)
		fmt.Println("lookup", t, "->", i)
		fmt.Println("found", names[i])
	}
}
