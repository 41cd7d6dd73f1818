// Tests recursion with memoization (map cache), backtracking (N-Queens, permutations) and divide-and-conquer (merge sort).
package main

import "fmt"

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func queens(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += queens(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func main() {
	fmt.Println(fib(50), fib(90), len(memo))
	for n := 1; n <= 8; n++ {
		fmt.Printf("queens(%d)=%d\n", n, queens(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)))
	}
	var perms []string
	permute(nil, []byte("abcd"), &perms)
	fmt.Println(len(perms), perms[:6], perms[23])
	fmt.Println(mergeSort([]int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}))
}
