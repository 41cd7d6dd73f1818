// Tests fixed-size array types and float arithmetic via matrix multiplication, exponentiation, determinant and transpose.
package main

import "fmt"

type Mat [3][3]float64
type IMat [2][2]int64

func (a Mat) Mul(b Mat) Mat {
	var c Mat
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat) Det() float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

func (a Mat) T() Mat {
	for i := range 3 {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func (a IMat) Mul(b IMat) IMat {
	return IMat{
		{a[0][0]*b[0][0] + a[0][1]*b[1][0], a[0][0]*b[0][1] + a[0][1]*b[1][1]},
		{a[1][0]*b[0][0] + a[1][1]*b[1][0], a[1][0]*b[0][1] + a[1][1]*b[1][1]},
	}
}

func fibMat(n int) int64 {
	result := IMat{{1, 0}, {0, 1}}
	m := IMat{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(m)
		}
		m = m.Mul(m)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := Mat{{1, 2, 3}, {0, 1, 4}, {5, 6, 0}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(a.Mul(id) == a)
	fmt.Println(a.Mul(a))
	fmt.Println("det", a.Det(), "det(T)", a.T().Det())
	fmt.Println(a.T())
	fmt.Println(a) // unchanged: T has a value receiver
	inv := Mat{{-24, 18, 5}, {20, -15, -4}, {-5, 4, 1}}
	fmt.Println(a.Mul(inv))
	for _, n := range []int{1, 2, 10, 50, 90, 92} {
		fmt.Printf("fib(%d)=%d\n", n, fibMat(n))
	}
	// fib(93) overflows int64 and wraps.
	fmt.Println(fibMat(93))
	for i := range 3 {
		fmt.Printf("%6.2f %6.2f %6.2f\n", a[i][0]/3, a[i][1]/3, a[i][2]/3)
	}
}
