package bits

// overflowError is the panic value of a quotient that does not fit; it
// reads like the runtime's own error.
type overflowError struct{}

func (overflowError) RuntimeError() {}

func (overflowError) Error() string { return "runtime error: integer overflow" }

// divideByZero panics with the runtime's division-by-zero error.
func divideByZero() {
	var zero uint64
	_ = 1 / zero
}

// Add returns x + y + carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry came out of the top bit if both tops were set, or if either
	// was and the sum's top is clear.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

// Sub64 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// Mul returns the full product of x and y: hi and lo halves.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y as hi and lo halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y as hi and lo halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	low := x0 * y0
	mid := x1*y0 + low>>32
	mid1, mid2 := mid&mask32, mid>>32
	mid1 += x0 * y1
	hi = x1*y1 + mid2 + mid1>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is zero or if the quotient does not fit (y <= hi).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is zero or if the quotient does not fit (y <= hi).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError{})
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64 returns the quotient and remainder of the 128-bit (hi, lo) divided
// by y. It panics if y is zero or if the quotient does not fit (y <= hi).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		divideByZero()
	}
	if y <= hi {
		panic(overflowError{})
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division in base 2**32 (Knuth's algorithm D, two digits):
	// normalize y so its top bit is set, then find each 32-bit digit of
	// the quotient from an estimate corrected at most twice.
	const b = 1 << 32
	const mask32 = b - 1
	s := uint(LeadingZeros64(y))
	y <<= s
	yHi, yLo := y>>32, y&mask32
	// The shifted dividend: un32 holds the top 64 bits, un1 and un0 the
	// next two 32-bit digits.
	un32 := hi<<s | lo>>(64-s)
	if s == 0 {
		un32 = hi
	}
	un10 := lo << s
	un1, un0 := un10>>32, un10&mask32

	q1 := un32 / yHi
	r := un32 - q1*yHi
	for q1 >= b || q1*yLo > b*r+un1 {
		q1--
		r += yHi
		if r >= b {
			break
		}
	}
	un21 := un32*b + un1 - q1*y

	q0 := un21 / yHi
	r = un21 - q0*yHi
	for q0 >= b || q0*yLo > b*r+un0 {
		q0--
		r += yHi
		if r >= b {
			break
		}
	}
	return q1*b + q0, (un21*b + un0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y. Unlike Div it does
// not panic when the quotient would overflow; it panics if y is zero.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of (hi, lo) divided by y; it panics if y is
// zero.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y; it panics if y is
// zero.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi*2**64 + lo) mod y == ((hi mod y)*2**64 + lo) mod y, and hi mod y
	// is below y, so Div64 cannot overflow.
	_, rem := Div64(hi%y, lo, y)
	return rem
}
