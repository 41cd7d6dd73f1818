// Type error: field on slice.
package main

func main() {
	s := []int{1}
	s.x = 1
}
