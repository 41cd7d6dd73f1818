// Tests slices of slices: building a jagged Pascal triangle, appending to inner rows and independent row copies.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	tri := pascal(6)
	for _, r := range tri {
		fmt.Println(len(r), r)
	}
	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = append(grid[i], fmt.Sprint("r", i))
	}
	grid[1] = append(grid[1], "extra", "more")
	fmt.Println(grid, len(grid[0]), len(grid[1]))

	clone := make([][]int, len(tri))
	for i := range tri {
		clone[i] = append([]int(nil), tri[i]...)
	}
	clone[5][2] = 0
	fmt.Println(tri[5], clone[5])
	shallow := append([][]int(nil), tri...)
	shallow[5][2] = -1
	fmt.Println(tri[5][2])
	var total int
	for _, r := range tri {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println("total", total)
}
