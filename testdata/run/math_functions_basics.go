// Tests common math functions: Sqrt, Pow, Floor/Ceil/Trunc/Round, Abs, Mod, Hypot, Log, extreme constants and NaN/Inf.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(0, 0), math.Cbrt(27))
	for _, v := range []float64{2.5, -2.5, 3.49, -0.5, 7} {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	fmt.Println(math.Abs(-3.2), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Max(3, 7), math.Min(3, math.NaN()), math.Max(math.Inf(-1), -1e308))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt16, math.MaxUint8)
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, inf-inf, 0*inf, inf > math.MaxFloat64)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan), math.IsInf(-inf, -1), math.IsInf(inf, -1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.Signbit(math.Copysign(0, -1)))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Println(int64(math.Floor(-0.5)), int(math.Round(2.5)))
}
