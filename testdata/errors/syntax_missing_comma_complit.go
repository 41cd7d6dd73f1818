// A composite literal spanning lines whose last element lacks a trailing comma.
package main

import "fmt"

func main() {
	xs := []int{
		1,
		2
	}
	fmt.Println(xs)
}
