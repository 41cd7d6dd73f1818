// Tests labeled break and continue across nested for, switch and select statements.
package main

import "fmt"

func main() {
	// Find first pair summing to target.
	nums := []int{3, 8, 1, 9, 4, 6}
	target := 10
	found := false
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				fmt.Println("pair", nums[i], nums[j], "at", i, j)
				found = true
				break outer
			}
		}
	}
	fmt.Println("found", found)

	// Primes with labeled continue.
	var primes []int
next:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// break inside switch only leaves the switch; labeled break leaves the loop.
	i := 0
loop:
	for {
		switch {
		case i == 2:
			i++
			break
		case i >= 5:
			break loop
		}
		fmt.Print(i, " ")
		i++
	}
	fmt.Println("| i =", i)

	// continue with label from within a switch.
	out := []string{}
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			switch {
			case c > r:
				continue rows
			case (r+c)%3 == 0:
				out = append(out, fmt.Sprintf("%d%d", r, c))
			}
		}
	}
	fmt.Println(out)

	// labeled break out of select inside a loop.
	ch := make(chan int, 5)
	for k := range 5 {
		ch <- k
	}
	close(ch)
	got := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			got += v
		}
	}
	fmt.Println("received sum", got)

	// A label on a block-less statement with goto-free use: labeled loop never broken.
unused:
	for k := 0; k < 2; k++ {
		if k == 5 {
			break unused
		}
	}
	fmt.Println("done")
}
