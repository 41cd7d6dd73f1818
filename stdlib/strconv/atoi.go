// Package strconv is gorun's implementation of Go's strconv package:
// conversions between strings and numbers, booleans and quoted Go
// literals.
//
// Native functions: parseFloatPrefix (behind ParseFloat and ParseComplex)
// and FormatFloat. Everything else, including all integer conversions and
// quoting, is written in Go.
package strconv

import "errors"

// IntSize is the size of an int or uint in bits.
const IntSize = 64

const maxUint64 = 1<<64 - 1

// ErrRange reports that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax reports that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower maps an ASCII letter to lower case (other bytes come out as
// something that is not a lower case letter or digit, or unchanged).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// ParseUint is like ParseInt for unsigned numbers; a sign is not allowed.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	prefixed := base == 0
	orig := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base, s = 2, s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base, s = 8, s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base, s = 16, s[2:]
			} else {
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, orig, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, orig, bitSize)
	}
	// Multiplying a value >= limit by base would overflow 64 bits.
	limit := maxUint64/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	sawUnderscore := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && prefixed:
			sawUnderscore = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, orig)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, orig)
		}
		if n >= limit {
			return maxVal, rangeError(fn, orig)
		}
		n *= uint64(base)
		next := n + uint64(d)
		if next < n || next > maxVal {
			return maxVal, rangeError(fn, orig)
		}
		n = next
	}
	if sawUnderscore && !underscoreOK(orig) {
		return 0, syntaxError(fn, orig)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size
// (0 for int, 8, 16, 32 or 64) and returns the value. s may have a sign.
// With base 0 the base comes from the prefix: "0b" binary, "0o" or "0"
// octal, "0x" hexadecimal, otherwise decimal, and underscores may separate
// digits as in Go literals. Errors are *NumError; out-of-range values
// return the nearest limit with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	u, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fn
		ne.Num = orig
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	limit := uint64(1) << uint(bitSize-1)
	if !neg && u >= limit {
		return int64(limit - 1), rangeError(fn, orig)
	}
	if neg && u > limit {
		return -int64(limit), rangeError(fn, orig)
	}
	n := int64(u)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int (with Func "Atoi" in
// errors).
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if 0 < len(s) && len(s) < 19 {
		// Fits in an int64 whatever the digits: parse directly.
		orig := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, orig)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i] - '0'
			if c > 9 {
				return 0, syntaxError(fn, orig)
			}
			n = n*10 + int(c)
		}
		if orig[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if ne, ok := err.(*NumError); ok {
		ne.Func = fn
	}
	return int(i64), err
}

// underscoreOK reports whether the underscores in s are placed as Go
// number literals allow: each between two digits, or between a base prefix
// and a digit.
func underscoreOK(s string) bool {
	// prev is the class of the previous character: '^' start, '0' digit or
	// base prefix, '_' underscore, '!' anything else.
	prev := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and
// False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}
