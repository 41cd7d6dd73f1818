package math

// Float32bits returns the IEEE 754 binary representation of f. (Native.)
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 binary representation
// is b. (Native.)
func Float32frombits(b uint32) float32

// Float64bits returns the IEEE 754 binary representation of f. (Native.)
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 binary representation
// is b. (Native.)
func Float64frombits(b uint64) float64

// Inf returns positive infinity if sign >= 0 and negative infinity
// otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(bitsInf)
	}
	return Float64frombits(bitsInf | signBit)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(bitsNaN) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity of the given sign: positive if
// sign > 0, negative if sign < 0, either if sign == 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signBit != 0
}

// Abs returns the absolute value of x (Abs(±Inf) = +Inf, Abs(NaN) = NaN).
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signBit)
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Max returns the larger of x and y. Max(x, +Inf) = +Inf; otherwise a NaN
// argument gives NaN; Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	if IsInf(x, 1) || IsInf(y, 1) {
		return Inf(1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == y {
		// Equal values differ at most in the sign of a zero; +0 wins.
		if Signbit(x) {
			return y
		}
		return x
	}
	if y > x {
		return y
	}
	return x
}

// Min returns the smaller of x and y. Min(x, -Inf) = -Inf; otherwise a NaN
// argument gives NaN; Min(+0, -0) = -0.
func Min(x, y float64) float64 {
	if IsInf(x, -1) || IsInf(y, -1) {
		return Inf(-1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == y {
		// Equal values differ at most in the sign of a zero; -0 wins.
		if Signbit(y) {
			return y
		}
		return x
	}
	if y < x {
		return y
	}
	return x
}

// Dim returns the maximum of x-y and 0 (NaN if x-y is NaN).
func Dim(x, y float64) float64 {
	// A NaN difference is returned as it is.
	if diff := x - y; diff > 0 || diff != diff {
		return diff
	}
	return 0
}

// normalize scales a subnormal x up to a normal number, returning the
// scaled value and the power of two it was multiplied by (negated).
func normalize(x float64) (y float64, exp int) {
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a fraction in [½, 1) and a power of two:
// f == frac × 2**exp. Frexp(±0), Frexp(±Inf) and Frexp(NaN) return f and 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	b := Float64bits(f)
	exp += int((b>>expShift)&expMask) - expBias + 1
	b &^= expMask << expShift
	b |= (expBias - 1) << expShift
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2**exp, the inverse of Frexp.
func Ldexp(frac float64, exp int) float64 {
	switch {
	case frac == 0, IsInf(frac, 0), IsNaN(frac):
		return frac
	}
	frac, shift := normalize(frac)
	exp += shift
	b := Float64bits(frac)
	exp += int(b>>expShift)&expMask - expBias
	if exp < -1075 {
		return Copysign(0, frac) // too small even for a subnormal
	}
	if exp > 1023 {
		return Inf(1 - 2*int(b>>63)) // too large
	}
	scale := 1.0
	if exp < -1022 {
		// The result is subnormal: build it 53 binary orders larger and
		// scale down, letting the multiplication round.
		exp += 53
		scale = 1.0 / (1 << 53)
	}
	b &^= expMask << expShift
	b |= uint64(exp+expBias) << expShift
	return scale * Float64frombits(b)
}

// Modf returns the integer part and the fractional part of f, both with
// f's sign. Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (integer float64, fractional float64) {
	if f < 1 {
		if f < 0 {
			i, fr := Modf(-f)
			return -i, -fr
		}
		if f == 0 {
			return f, f
		}
		return 0, f
	}
	b := Float64bits(f)
	e := uint(b>>expShift)&expMask - expBias
	if e < 52 {
		b &^= 1<<(52-e) - 1
	}
	integer = Float64frombits(b)
	return integer, f - integer
}

// Ilogb returns the binary exponent of x as an int: MinInt32 for 0,
// MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	if x != 0 && !IsInf(x, 0) && x == x {
		return ilogb(x)
	}
	if x == 0 {
		return MinInt32
	}
	return MaxInt32
}

// Logb returns the binary exponent of x: -Inf for 0, +Inf for ±Inf, NaN
// for NaN.
func Logb(x float64) float64 {
	if x == 0 {
		return Inf(-1)
	}
	if x != x {
		return x
	}
	if IsInf(x, 0) {
		return Inf(1)
	}
	return float64(ilogb(x))
}

func ilogb(x float64) int {
	x, exp := normalize(x)
	return int((Float64bits(x)>>expShift)&expMask) - expBias + exp
}

// Nextafter returns the next representable float64 after x towards y
// (x if x == y, NaN if either is NaN).
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
