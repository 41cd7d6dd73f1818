// Tests re-panicking with a recovered runtime error: Go prints the error with "[recovered, repanicked]".
package main

import "fmt"

func get(xs []int, i int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("get failed:", r)
			panic(r)
		}
	}()
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(get(xs, 2))
	fmt.Println(get(xs, 5))
}
