package time

import "errors"

// Duration is the time between two instants, in nanoseconds (about 292
// years at most).
type Duration int64

// Common durations. To count the units in a Duration, divide
// (d / time.Millisecond); to convert an integer to a Duration, multiply
// (time.Duration(n) * time.Second).
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d like "72h3m0.5s": hours, minutes and seconds with a
// fraction, or for durations under a second a single smaller unit ("1.5ms",
// "300µs", "42ns"). The zero duration is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			b = appendUint(b, u)
			b = append(b, "ns"...)
		case u < uint64(Millisecond):
			b = appendFraction(b, u, 3)
			b = append(b, "µs"...)
		default:
			b = appendFraction(b, u, 6)
			b = append(b, "ms"...)
		}
	} else {
		b = appendFraction(b, u%uint64(Minute), 9)
		b = append(b, 's')
		mins := u / uint64(Minute)
		if mins > 0 {
			var hm []byte
			if hours := mins / 60; hours > 0 {
				hm = appendUint(hm, hours)
				hm = append(hm, 'h')
			}
			hm = appendUint(hm, mins%60)
			hm = append(hm, 'm')
			b = append(hm, b...)
		}
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// appendUint appends v in decimal.
func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// appendFraction appends v / 10**prec as a decimal with the trailing zeros
// of the fraction (and a bare point) removed.
func appendFraction(b []byte, v uint64, prec int) []byte {
	div := uint64(1)
	for i := 0; i < prec; i++ {
		div *= 10
	}
	b = appendUint(b, v/div)
	frac := v % div
	if frac == 0 {
		return b
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := prec
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 { return d.inUnits(Second) }

// inUnits converts d to a floating-point number of units, converting the
// whole units and the remainder separately for precision.
func (d Duration) inUnits(unit Duration) float64 {
	whole, part := d/unit, d%unit
	return float64(whole) + float64(part)/float64(unit)
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 { return d.inUnits(Minute) }

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 { return d.inUnits(Hour) }

// Truncate returns d rounded towards zero to a multiple of m (d itself if
// m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m > 0 {
		d -= d % m
	}
	return d
}

// Round returns d rounded to the nearest multiple of m, halfway values
// away from zero, saturating at the limits of Duration (d itself if
// m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	rem := d % m // with d's sign
	if rem < 0 {
		rem = -rem
	}
	if lessThanHalf(rem, m) {
		// Toward zero.
		if d < 0 {
			return d + rem
		}
		return d - rem
	}
	// Away from zero, unless that overflows.
	step := m - rem
	if d < 0 {
		if away := d - step; away < d {
			return away
		}
		return minDuration
	}
	if away := d + step; away > d {
		return away
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative Duration gives
// the most positive one.
func (d Duration) Abs() Duration {
	if d < 0 {
		if d == minDuration {
			return maxDuration // -minDuration does not fit
		}
		d = -d
	}
	return d
}

// durationError is the error of ParseDuration.
type durationError struct {
	msg   string
	value string
}

func (e *durationError) Error() string {
	return "time: " + e.msg + " " + quote(e.value)
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading decimal digits of s.
func leadingInt(s string) (x uint64, rest string, err error) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		if x = x*10 + uint64(s[k]-'0'); x > 1<<63 {
			return 0, "", errLeadingInt
		}
		k++
	}
	return x, s[k:], nil
}

// leadingFraction consumes the leading digits of s as a fraction: x/scale.
// Digits that would overflow are dropped.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false // once more digits would overflow, they are skipped
	k := 0
	for ; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		next := x*10 + uint64(s[k]-'0')
		if next > 1<<63 {
			full = true
			continue
		}
		x, scale = next, scale*10
	}
	return x, scale, s[k:]
}

var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string: an optional sign and a sequence
// of decimal numbers, each with an optional fraction and a unit ("ns",
// "us" or "µs", "ms", "s", "m", "h"), such as "300ms", "-1.5h" or
// "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	fail := func(msg string) (Duration, error) {
		return 0, &durationError{msg, orig}
	}
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	switch s {
	case "0":
		return 0, nil // the only number allowed without a unit
	case "":
		return fail("invalid duration")
	}
	var total uint64
	for s != "" {
		// A number: digits, a point and digits, with at least one digit.
		if c := s[0]; c != '.' && (c < '0' || c > '9') {
			return fail("invalid duration")
		}
		whole, rest, err := leadingInt(s)
		if err != nil {
			return fail("invalid duration")
		}
		digits := len(rest) < len(s)
		s = rest
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			frac, scale, rest = leadingFraction(s[1:])
			digits = digits || len(rest) < len(s)-1
			s = rest
		}
		if !digits {
			return fail("invalid duration")
		}
		// Then the unit: everything up to the next number.
		end := 0
		for end < len(s) && s[end] != '.' && (s[end] < '0' || s[end] > '9') {
			end++
		}
		if end == 0 {
			return fail("missing unit in duration")
		}
		name := s[:end]
		s = s[end:]
		unit, known := durationUnits[name]
		if !known {
			return fail("unknown unit " + quote(name) + " in duration")
		}
		if whole > 1<<63/unit {
			return fail("invalid duration")
		}
		amount := whole * unit
		if frac > 0 {
			// The fraction is converted in floating point.
			amount += uint64(float64(frac) * (float64(unit) / scale))
			if amount > 1<<63 {
				return fail("invalid duration")
			}
		}
		if total += amount; total > 1<<63 {
			return fail("invalid duration")
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return fail("invalid duration")
	}
	return Duration(total), nil
}
