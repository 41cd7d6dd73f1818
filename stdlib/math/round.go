package math

// Floor returns the greatest integer value not above x. (Native.)
func Floor(x float64) float64

// Ceil returns the least integer value not below x. (Native.)
func Ceil(x float64) float64

// Trunc returns the integer value of x, rounding towards zero. (Native.)
func Trunc(x float64) float64

// Round returns the nearest integer to x, rounding half away from zero.
// Round(±0), Round(±Inf) and Round(NaN) return x.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>expShift) & expMask
	switch {
	case e < expBias:
		// |x| < 1: the result is ±0, or ±1 when |x| >= 0.5.
		b &= signBit
		if e == expBias-1 {
			b |= bitsOne
		}
	case e < expBias+expShift:
		// Add one half at the position of the binary point, then cut
		// off the fraction; a carry moves into the exponent by itself.
		e -= expBias
		b += 1 << (expShift - 1 - e)
		b &^= fracMask >> e
	}
	return Float64frombits(b)
}

// RoundToEven returns the nearest integer to x, rounding ties to even.
// RoundToEven(±0), RoundToEven(±Inf) and RoundToEven(NaN) return x.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>expShift) & expMask
	switch {
	case e >= expBias:
		e -= expBias
		if e < expShift {
			// Add just under one half, plus one more unit if the integer
			// part is odd, then cut off the fraction.
			halfMinusULP := uint64(1)<<(expShift-1-e) - 1
			b += halfMinusULP + (b>>(expShift-e))&1
			b &^= fracMask >> e
		}
	case e == expBias-1 && b&fracMask != 0:
		// 0.5 < |x| < 1 rounds to ±1.
		b = b&signBit | bitsOne
	default:
		// |x| <= 0.5 rounds to ±0.
		b &= signBit
	}
	return Float64frombits(b)
}
