// Tests an uncaught integer divide-by-zero panic raised by the % operator with a variable divisor.
package main

import "fmt"

func bucket(n, buckets int) int {
	return n % buckets
}

func main() {
	sizes := []int{4, 3, 2, 1, 0}
	for _, b := range sizes {
		fmt.Printf("17 %% %d = %d\n", b, bucket(17, b))
	}
	fmt.Println("unreachable")
}
