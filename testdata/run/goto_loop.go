// Tests goto: backward jumps forming loops, forward jumps skipping code, and goto out of nested blocks.
package main

import "fmt"

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func findNeg(grid [][]int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				r, c := i, j
				_ = r
				_ = c
				goto found
			}
		}
	}
	return -1, -1
found:
	// Recompute (variables declared in the loop are out of scope here).
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				return i, j
			}
		}
	}
	return -2, -2
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	fmt.Println("gcd(1071, 462) =", gcd(1071, 462))
	fmt.Println("gcd(17, 5) =", gcd(17, 5))

	n := 7
	if n > 5 {
		goto big
	}
	fmt.Println("small path")
	goto end
big:
	fmt.Println("big path")
end:
	fmt.Println(findNeg([][]int{{1, 2}, {3, -4}, {-5, 6}}))
	fmt.Println(findNeg([][]int{{1}}))

	// Goto-based state machine.
	state, steps := 0, []string{}
s0:
	steps = append(steps, "s0")
	state++
	if state < 3 {
		goto s1
	}
	goto done
s1:
	steps = append(steps, "s1")
	goto s0
done:
	fmt.Println(steps)
}
