// Fannkuch-redux (n=10): permutation generation and in-place reversal of small int arrays.
package main

import "fmt"

const n = 10

// fannkuch visits all n! permutations and returns the alternating-sign flip
// checksum and the largest number of prefix reversals any permutation needed.
func fannkuch() (int, int) {
	var p, perm, count [n]int
	for i := 0; i < n; i++ {
		p[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}

		// Count the flips for this permutation, working on a copy.
		perm = p
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if index%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}

		// Advance to the next permutation by rotating prefixes.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := p[0]
			for i := 0; i < r; i++ {
				p[i] = p[i+1]
			}
			p[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		index++
	}
}

func main() {
	checksum, maxFlips := fannkuch()
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}
