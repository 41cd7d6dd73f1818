// Tests range over slices, arrays and array pointers: copies, index-only, and mutation during range.
package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	// Range over an array copies the array: mutations are not seen.
	for i, v := range arr {
		if i == 0 {
			arr[4] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)

	// Range over a pointer to array sees mutations.
	arr2 := [5]int{1, 2, 3, 4, 5}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[4] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Range over a slice sees element mutations, but length is fixed at start.
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30
			s = append(s, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s), s)

	// Modifying v doesn't change the slice; indexing does.
	nums := []int{1, 2, 3, 4}
	for i, v := range nums {
		v *= 10
		nums[i] += v
	}
	fmt.Println(nums)

	// Index-only and blank forms.
	count := 0
	for i := range nums {
		count += i
	}
	for range nums {
		count++
	}
	fmt.Println("count", count)

	// Range over nil slice.
	var empty []string
	for i := range empty {
		fmt.Println("never", i)
	}

	// Struct elements are copies.
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 0
	}
	for i := range pts {
		pts[i].y *= 2
	}
	fmt.Println(pts)

	// Range over a 2D array.
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	total := 0
	for _, row := range grid {
		for _, c := range row {
			total += c
		}
	}
	fmt.Println("grid total", total, "len", len(grid), len(grid[0]))
}
