// Tests complex64/complex128: literals, arithmetic, complex/real/imag builtins, comparison and printing.
package main

import (
	"fmt"
	"math"
)

func mandelbrotIters(c complex128, limit int) int {
	z := complex(0, 0)
	for i := range limit {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), math.Hypot(real(a), imag(a)))
	fmt.Println(a == complex(3, 4), a != b)
	fmt.Printf("%T %T\n", a, complex64(a))

	var c64 complex64 = 1.5 - 0.5i
	fmt.Println(c64, c64*c64)
	fmt.Printf("%T %T\n", real(c64), imag(c64))
	fmt.Printf("%v %.2f %g\n", a, b, c64)

	conj := complex(real(a), -imag(a))
	fmt.Println(1i*1i, conj, a*conj)
	rot := complex(math.Cos(math.Pi/2), math.Sin(math.Pi/2))
	fmt.Printf("%.4f\n", rot*a)

	// Constant complex arithmetic.
	const k = (2 + 3i) * (2 - 3i)
	fmt.Println(k, real(k))
	var f float64 = real(k)
	fmt.Println(f)

	// Division by zero yields Inf/NaN components.
	zero := complex(0, 0)
	fmt.Println(a / zero)

	// Mandelbrot ASCII row.
	for y := 1.0; y >= -1.0; y -= 0.5 {
		row := ""
		for x := -2.0; x <= 0.5; x += 0.25 {
			n := mandelbrotIters(complex(x, y), 30)
			if n == 30 {
				row += "#"
			} else if n > 5 {
				row += "+"
			} else {
				row += "."
			}
		}
		fmt.Println(row)
	}

	// Zero value and printing of negative parts.
	var z complex128
	fmt.Println(z, complex(-1, -0.5), complex(math.Inf(1), math.NaN()))
}
