package strconv

// Status codes of parseFloatPrefix.
const (
	floatOK     = 0
	floatSyntax = 1
	floatRange  = 2
)

// parseFloatPrefix parses the longest prefix of s that is a floating-point
// number as ParseFloat accepts it (decimal or hexadecimal, with
// underscores only after a base prefix, "Inf", "Infinity" and "NaN" in any
// case), rounding to bitSize (32 or 64) bits. It returns the value, the
// length of the prefix, and floatOK, floatRange (the value overflowed; f is
// then ±Inf) or floatSyntax (no number at all; n is 0). (Native.)
func parseFloatPrefix(s string, bitSize int) (f float64, n int, status int)

// ParseFloat converts s to a floating-point number rounded to bitSize
// bits (32 or 64), accepting Go's decimal and hexadecimal float syntax,
// underscores after a base prefix, and "Inf", "+Inf", "-Inf", "Infinity"
// and "NaN" (any case). Values too large return ±Inf with ErrRange. Errors
// are *NumError.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	f, n, st := parseFloatPrefix(s, bitSize)
	if st == floatSyntax || n != len(s) {
		return 0, syntaxError(fn, s)
	}
	if st == floatRange {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// FormatFloat formats f in the format fmt ('b', 'e', 'E', 'f', 'g', 'G',
// 'x' or 'X') with precision prec (-1 for the fewest digits that read back
// exactly), as a float of bitSize bits (32 or 64). (Native.)
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex formats c as "(a+bi)", each part as FormatFloat would with
// half of bitSize (64 for complex64, 128 for complex128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts s, of the form N, Ni or N±Ni (optionally in
// parentheses) where each N is a float as ParseFloat accepts it, to a
// complex number of bitSize bits (64 or 128). Errors are *NumError with
// Func "ParseComplex"; on overflow the value is returned with ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, st := parseFloatPrefix(s, size)
	if st == floatSyntax {
		return 0, syntaxError(fn, orig)
	}
	if st == floatRange {
		pending = rangeError(fn, orig)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Skip a '+' before the imaginary part, so that "+NaNi" parses,
		// but keep "++" an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}
	im, n, st := parseFloatPrefix(s, size)
	if st == floatSyntax {
		return 0, syntaxError(fn, orig)
	}
	if st == floatRange {
		pending = rangeError(fn, orig)
	}
	if s[n:] != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), pending
}
