// Tests IEEE special values: +Inf, -Inf, NaN comparisons, negative zero, and math helpers.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.IsNaN(nan), math.IsInf(pinf, 1), math.IsInf(ninf, -1))
	fmt.Println(pinf+ninf, pinf*0, pinf-pinf, pinf+1)

	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz), 1/negz)
	fmt.Printf("%v %.1f %g\n", negz, negz, -zero)

	// NaN in maps: each NaN key is distinct.
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("len with two NaN keys:", len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)

	fmt.Println(math.Sqrt(-1), math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, nan), math.Min(-0.0, 0), math.Abs(-3.2), math.Mod(7, -3))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	mf32 := float32(math.MaxFloat32)
	fmt.Println(mf32*2, float32(1e-45), mf32/1e30/1e30)
	fmt.Printf("%e %e\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-6v|%+v\n", pinf, ninf, nan)
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Hypot(3, 4), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(-2), math.Float64frombits(0x4000000000000000))

	// Builtin min/max with NaN and -0.
	fmt.Println(min(1.0, nan), max(pinf, nan), min(negz, 0.0), max(negz, 0.0))
}
