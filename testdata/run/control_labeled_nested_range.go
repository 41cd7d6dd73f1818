// Tests labeled continue and break across nested range loops over slices and strings, searching and filtering.
package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}, {-1, 0, 2}}
rows:
	for i, row := range matrix {
		for _, v := range row {
			if v < 0 {
				fmt.Println("row", i, "has a negative; skipping")
				continue rows
			}
		}
		fmt.Println("row", i, "all non-negative:", row)
	}

	words := []string{"sky", "tree", "rhythm", "apple", "crypt"}
	var noVowels []string
word:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				continue word
			}
		}
		noVowels = append(noVowels, w)
	}
	fmt.Println(noVowels)

	target := 15
	found := false
search:
	for a := 1; a < 10; a++ {
		for b := a; b < 10; b++ {
			for c := b; c < 10; c++ {
				if a*a+b*b == c*c && a+b+c > target-5 {
					fmt.Println("triple", a, b, c)
					found = true
					break search
				}
			}
		}
	}
	fmt.Println("found:", found)
}
