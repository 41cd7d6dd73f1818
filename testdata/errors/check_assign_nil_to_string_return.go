// Returns nil from a function whose result is a string.
package main

import "fmt"

func lookup(key string) string {
	if key == "" {
		return nil
	}
	return key
}

func main() {
	fmt.Println(lookup("a"))
}
