// Tests building strings with += in loops, immutability of earlier values, and comparison with strings.Repeat.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	snapshots := []string{}
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		snapshots = append(snapshots, s)
	}
	fmt.Println(s, snapshots)

	line := ""
	for i := 1; i <= 10; i++ {
		if i > 1 {
			line += ","
		}
		line += fmt.Sprint(i * i)
	}
	fmt.Println(line, len(line))

	var dashes string
	for range 20 {
		dashes += "-"
	}
	fmt.Println(dashes == strings.Repeat("-", 20))

	orig := "base"
	alias := orig
	orig += "-ext"
	fmt.Println(orig, alias)

	words := []string{"go", "is", "fun"}
	sentence := ""
	for i := len(words) - 1; i >= 0; i-- {
		sentence = words[i] + " " + sentence
	}
	fmt.Printf("%q\n", sentence)
	big := ""
	for i := 0; i < 1000; i++ {
		big += "xy"
	}
	fmt.Println(len(big), big[1998:], strings.Count(big, "yx"))
}
