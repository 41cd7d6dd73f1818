// Tests a sieve of Eratosthenes with a bool slice, prime counting, twin primes, and a segmented factorization table.
package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func factorize(n int, primes []int) []int {
	var fs []int
	for _, p := range primes {
		if p*p > n {
			break
		}
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	const N = 1000
	comp := sieve(N)
	var primes []int
	for i, c := range comp {
		if !c {
			primes = append(primes, i)
		}
	}
	fmt.Println("count:", len(primes))
	fmt.Println("first 15:", primes[:15])
	fmt.Println("last 5:", primes[len(primes)-5:])
	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	for _, n := range []int{360, 997, 1001, 65536, 999983 * 2} {
		fmt.Println(n, "=", factorize(n, primes))
	}
	maxGap, at := 0, 0
	for i := 1; i < len(primes); i++ {
		if g := primes[i] - primes[i-1]; g > maxGap {
			maxGap, at = g, primes[i-1]
		}
	}
	fmt.Println("max gap", maxGap, "after", at)
}
