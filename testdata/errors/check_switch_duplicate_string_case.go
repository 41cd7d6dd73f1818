// Repeats a string constant in a case list.
package main

import "fmt"

func isVowel(s string) bool {
	switch s {
	case "a", "e", "i", "o", "u", "e":
		return true
	}
	return false
}

func main() {
	fmt.Println(isVowel("e"))
}
