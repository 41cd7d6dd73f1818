// Tests float verbs in tables: %e %E %g %G %.3f %6.2f %-8.3f %+.2f and %v for a range of magnitudes.
package main

import "fmt"

func main() {
	values := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 0.000012345, 1e21, 1e-7, 100}
	for _, v := range values {
		fmt.Printf("%v | %e | %E | %g | %G | %.3f | %6.2f | %-8.3f| %+.2f\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%8.3e] [%-12.4g] [%012.3f] [%.0f] [%.0f] [%.0f]\n", 1234.5678, 0.00012345, -3.5, 0.5, 1.5, 2.5)
	fmt.Printf("%.1f %.2f %.3f\n", 0.05, 0.005, 0.0005)
	fmt.Printf("%g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%.3g %.10g %g\n", 123456.0, 1.0/3, float32(0.1))
	fmt.Printf("%5.1f%%\n", 99.44)
	fmt.Printf("%v %v\n", []float64{1, 2.5}, map[string]float64{"pi": 3.14})
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%8.2f|%-8.2f|%08.2f\n", -1.0, -1.0, -1.0)
}
