// Package utf16 is gorun's implementation of Go's unicode/utf16 package:
// encoding and decoding of UTF-16. It has no native functions.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	// Surrogates: high (first) in [surr1, surr2), low (second) in
	// [surr2, surr3).
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether r can be half of a surrogate pair.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune returns the rune encoded by the surrogate pair r1, r2, or
// U+FFFD if they are not a valid pair.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair of r, or U+FFFD, U+FFFD if r does
// not need one or is not valid.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns the number of 16-bit words in the encoding of r, or -1
// if r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of s; invalid runes become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, v := range s {
		switch RuneLen(v) {
		case 1:
			a[n] = uint16(v)
			n++
		case 2:
			r1, r2 := EncodeRune(v)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default:
			a[n] = uint16(replacementChar)
			n++
		}
	}
	return a[:n]
}

// AppendRune appends the UTF-16 encoding of r to a; an invalid rune is
// appended as U+FFFD.
func AppendRune(a []uint16, r rune) []uint16 {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return append(a, uint16(r))
	case surrSelf <= r && r <= maxRune:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode returns the runes of the UTF-16 encoding s; unpaired surrogates
// become U+FFFD.
func Decode(s []uint16) []rune {
	buf := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		var ar rune
		switch r := s[i]; {
		case r < surr1, surr3 <= r:
			ar = rune(r)
		case surr1 <= r && r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			ar = DecodeRune(rune(r), rune(s[i+1]))
			i++
		default:
			ar = replacementChar
		}
		buf = append(buf, ar)
	}
	return buf
}
