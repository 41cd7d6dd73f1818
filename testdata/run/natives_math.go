// Tests math's native functions through the public API: special values, edge cases and
// results compared bit for bit (Go computes most of them in software, so the last bit
// is part of the contract).
package main

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%-10s %-24v %016x\n", name, v, math.Float64bits(v))
}

func main() {
	negZero := math.Copysign(0, -1)
	inf, nan := math.Inf(1), math.NaN()
	xs := []float64{0, negZero, 0.5, -0.5, 1, -1, 2, 3.7, -3.7, 10, 100, 1e-10, 1e10, 5e-324, 1e300, inf, -inf, nan}

	for _, x := range xs {
		fmt.Println("x =", x)
		show("Sqrt", math.Sqrt(x))
		show("Cbrt", math.Cbrt(x))
		show("Floor", math.Floor(x))
		show("Ceil", math.Ceil(x))
		show("Trunc", math.Trunc(x))
		show("Round", math.Round(x))
		show("Exp", math.Exp(x))
		show("Exp2", math.Exp2(x))
		show("Expm1", math.Expm1(x))
		show("Log", math.Log(x))
		show("Log2", math.Log2(x))
		show("Log10", math.Log10(x))
		show("Log1p", math.Log1p(x))
		show("Sin", math.Sin(x))
		show("Cos", math.Cos(x))
		show("Tan", math.Tan(x))
		show("Asin", math.Asin(x))
		show("Acos", math.Acos(x))
		show("Atan", math.Atan(x))
		show("Sinh", math.Sinh(x))
		show("Cosh", math.Cosh(x))
		show("Tanh", math.Tanh(x))
		show("Asinh", math.Asinh(x))
		show("Acosh", math.Acosh(x))
		show("Atanh", math.Atanh(x))
		show("Erf", math.Erf(x))
		show("Erfc", math.Erfc(x))
		show("Erfinv", math.Erfinv(x/4))
		show("Gamma", math.Gamma(x))
		lg, sign := math.Lgamma(x)
		show("Lgamma", lg)
		fmt.Println("LgammaSign", sign)
		show("J0", math.J0(x))
		show("J1", math.J1(x))
		show("Jn(3)", math.Jn(3, x))
		show("Y0", math.Y0(x))
		show("Y1", math.Y1(x))
		show("Yn(-2)", math.Yn(-2, x))
	}

	// Two-argument functions.
	pairs := [][2]float64{{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {-2, 3}, {negZero, -3}, {0, -2}, {10, -308}, {1.0000001, 1e10},
		{-1, inf}, {0.5, -inf}, {inf, -1}, {-inf, 3}, {nan, 0}, {1, nan}, {7, 3}, {-7, 3}, {7, -3}, {7.5, 2}, {1e300, 1e-300}, {5, 0}, {inf, 2}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println("x, y =", x, y)
		show("Pow", math.Pow(x, y))
		show("Mod", math.Mod(x, y))
		show("Remainder", math.Remainder(x, y))
		show("Hypot", math.Hypot(x, y))
		show("Atan2", math.Atan2(x, y))
		show("FMA", math.FMA(x, y, 1))
		show("Max", math.Max(x, y))
		show("Min", math.Min(x, y))
		show("Dim", math.Dim(x, y))
	}

	// Large arguments take the long argument reduction.
	for _, x := range []float64{1 << 30, 1e15, 1e22, 1e300, math.MaxFloat64} {
		show("Sin big", math.Sin(x))
		show("Cos big", math.Cos(x))
		show("Tan big", math.Tan(x))
	}

	// Bits.
	fmt.Printf("%08x %016x\n", math.Float32bits(1.5), math.Float64bits(-2.25))
	fmt.Println(math.Float32frombits(0x40490fdb), math.Float64frombits(0x400921fb54442d18))
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.Signbit(negZero), math.NaN() == math.NaN())
	frac, exp := math.Frexp(1024)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4), math.Pow10(-3), math.Pow10(400))
	i, f := math.Modf(-3.25)
	fmt.Println(i, f, math.Abs(-2), math.Copysign(3, -1), math.Nextafter(1, 2), math.Ilogb(1000), math.Logb(0.1))
	fmt.Printf("%.20f %.20f %.20f\n", math.Sqrt2, math.Sqrt(2), math.Pi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
}
