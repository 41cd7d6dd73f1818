// Tests float formatting: Println shortest repr, %f %e %g with widths/precisions, float32 vs float64.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -2.5, 3.14159265358979, 1e6, 1e21, 1e20, 123456789.0, 1e-5, 0.000123, 100, 2.0 / 3}
	for _, v := range vals {
		fmt.Println(v)
	}
	for _, v := range vals {
		fmt.Printf("%f|%.2f|%8.3f|%-10.1f|%e|%g|%G\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%5.2f|%+.1f|%08.3f|% .2f\n", 3.14159, 2.0, -1.5, 7.0)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Println(float32(1)/3, float64(1)/3)
	fmt.Println(float32(16777216.0)+1, float64(16777216.0)+1)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3e %.10g %g\n", 123456.789, 1.0/7, 1e-7)
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(2.5)), fmt.Sprintf("%v", 1e100))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("[%10.4v] [%-10v]\n", 3.14159, 2.5)

	// Accumulation error.
	sum := 0.0
	for range 10 {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Printf("%.20f\n", 0.1)

	// Integer/float conversions truncate toward zero.
	for _, f := range []float64{2.9, -2.9, 0.99, -0.5} {
		fmt.Print(int(f), " ")
	}
	fmt.Println()
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32))
	fmt.Printf("%T %T\n", f32*2, 2.0*3)
}
