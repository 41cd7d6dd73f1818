// Tests that a range expression is evaluated once: appends, reassignments and array copies during the loop.
package main

import "fmt"

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	for i, v := range items() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println("calls:", calls)

	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s), s)

	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 30 // same backing array: visible
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 30 // range over an array copies it
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)

	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[2] = 30 // through a pointer: visible
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	str := "héllo"
	for i, r := range str {
		if i == 0 {
			str = "xx"
		}
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println(str)

	n := 3
	for i := range n {
		n = 10
		fmt.Print(i, " ")
	}
	fmt.Println(n)

	m := map[string]int{"a": 1}
	visited := 0
	for k := range m {
		m = map[string]int{"z": 26, "y": 25}
		visited++
		fmt.Print(k, " ")
	}
	fmt.Println(visited, len(m))

	var ns []int
	for range ns {
		fmt.Println("never")
	}
	var np *[2]string
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println(" done")
}
