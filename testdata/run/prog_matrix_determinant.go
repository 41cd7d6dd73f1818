// Tests slices of float64 slices via determinant by Gaussian elimination with pivoting, and by cofactor expansion.
package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Matrix) DetGauss() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func (m Matrix) DetCofactor() float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	det := 0.0
	for j := 0; j < n; j++ {
		minor := make(Matrix, 0, n-1)
		for i := 1; i < n; i++ {
			row := append(append([]float64{}, m[i][:j]...), m[i][j+1:]...)
			minor = append(minor, row)
		}
		sign := 1.0
		if j%2 == 1 {
			sign = -1
		}
		det += sign * m[0][j] * minor.DetCofactor()
	}
	return det
}

func main() {
	ms := []Matrix{
		{{2}},
		{{1, 2}, {3, 4}},
		{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}},
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{0, 2, 0, 1}, {1, 0, 3, 0}, {0, 4, 0, 5}, {2, 0, 1, 0}},
	}
	for _, m := range ms {
		g, c := m.DetGauss(), m.DetCofactor()
		fmt.Printf("n=%d gauss=%.4f cofactor=%.4f agree=%t\n", len(m), g, c, math.Abs(g-c) < 1e-9)
	}
	fmt.Println(ms[1])
}
