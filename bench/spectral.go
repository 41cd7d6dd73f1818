// Spectral norm (n=1000): nested float loops over slices, integer division and calls.
package main

import (
	"fmt"
	"math"
)

const n = 1000

// a returns entry (i, j) of the infinite matrix A = 1 / ((i+j)(i+j+1)/2 + i + 1).
func a(i, j int) float64 {
	ij := i + j
	return 1.0 / float64(ij*(ij+1)/2+i+1)
}

// mulAv sets out = A v.
func mulAv(v, out []float64) {
	for i := 0; i < len(v); i++ {
		sum := 0.0
		for j := 0; j < len(v); j++ {
			sum += a(i, j) * v[j]
		}
		out[i] = sum
	}
}

// mulAtv sets out = A^T v.
func mulAtv(v, out []float64) {
	for i := 0; i < len(v); i++ {
		sum := 0.0
		for j := 0; j < len(v); j++ {
			sum += a(j, i) * v[j]
		}
		out[i] = sum
	}
}

// mulAtAv sets out = A^T A v, using tmp as scratch space.
func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1.0
	}
	for k := 0; k < 10; k++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
