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
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded towards zero to a multiple of m (d itself if
// m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values
// away from zero, saturating at the limits of Duration (d itself if
// m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative Duration gives
// the most positive one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
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
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rest, errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rest, errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading digits of s as a fraction: x/scale.
// Digits that would overflow are dropped.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
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
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"invalid duration", orig}
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &durationError{"invalid duration", orig}
		}
		n := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, &durationError{"invalid duration", orig}
		}
		before := n != len(s)
		after := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			after = n != len(s)
		}
		if !before && !after {
			return 0, &durationError{"invalid duration", orig}
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, &durationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := durationUnits[u]
		if !ok {
			return 0, &durationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			return 0, &durationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &durationError{"invalid duration", orig}
			}
		}
		d += v
		if d > 1<<63 {
			return 0, &durationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, &durationError{"invalid duration", orig}
	}
	return Duration(d), nil
}
