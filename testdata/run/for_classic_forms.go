// Tests the three-clause, condition-only and infinite forms of for, with break and continue.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum of non-multiples of 3 below 10:", sum)

	// Condition-only (while) loop: Collatz.
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz(27) steps:", steps)

	// Infinite loop with break.
	a, b := 0, 1
	for {
		if b > 1000 {
			break
		}
		a, b = b, a+b
	}
	fmt.Println("first fib > 1000:", b, "prev", a)

	// Multiple variables in the post statement.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	// Empty init and post.
	k := 1
	for ; k < 100; {
		k *= 3
	}
	fmt.Println("k", k)

	// Counting down with unsigned care.
	for u := uint(3); u > 0; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println("liftoff")

	// Nested loops building a multiplication table row sums.
	for i := 1; i <= 4; i++ {
		row := 0
		for j := 1; j <= 4; j++ {
			row += i * j
		}
		fmt.Printf("row %d sum %d\n", i, row)
	}
}
