// Tests width and precision taken from arguments (%*d, %-*s, %.*f), argument indexes and bad star arguments.
package main

import "fmt"

func main() {
	for w := 1; w <= 6; w += 2 {
		fmt.Printf("[%*d] [%-*d]\n", w, 42, w, 42)
	}
	for p := 0; p <= 4; p++ {
		fmt.Printf("%.*f ", p, 3.14159)
	}
	fmt.Println()
	fmt.Printf("[%*.*f]\n", 10, 3, 2.71828)
	fmt.Printf("[%-*s|%*s]\n", 8, "left", 8, "right")
	fmt.Printf("[%*d]\n", -6, 7)
	fmt.Printf("[%*d]\n", "x", 7)
	fmt.Printf("[%.*d]\n", 4, 7)
	fmt.Printf("%[1]*[2]d|%[2]d\n", 5, 9)
	fmt.Printf("%[2]*[1]d\n", 3, 8)
	widths := []int{4, 10, 6}
	header := []string{"id", "name", "score"}
	for i, h := range header {
		fmt.Printf("%-*s", widths[i], h)
	}
	fmt.Println("|")
	rows := [][]any{{1, "ann", 9.5}, {22, "bartholomew", 10.0}}
	for _, r := range rows {
		fmt.Printf("%-*v%-*v%*.1f|\n", widths[0], r[0], widths[1], r[1], widths[2], r[2])
	}
}
