// Tests os.Args read from a .args file: counts the arguments, classifies flags and sums numeric ones.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(os.Args)-1, args)
	flags, nums, words := 0, 0, []string{}
	for _, a := range args {
		switch {
		case strings.HasPrefix(a, "--"):
			k, v, ok := strings.Cut(a[2:], "=")
			fmt.Printf("long flag %s=%q (%t)\n", k, v, ok)
			flags++
		case strings.HasPrefix(a, "-"):
			fmt.Println("short flag", a[1:])
			flags++
		default:
			if n, err := strconv.Atoi(a); err == nil {
				nums += n
				continue
			}
			words = append(words, a)
		}
	}
	fmt.Println("flags:", flags, "sum:", nums, "words:", words)
}
