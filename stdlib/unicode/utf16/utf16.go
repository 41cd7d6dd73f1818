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
	return r >= surr1 && r < surr3
}

// isHigh and isLow tell the first and second halves of a pair apart.
func isHigh(r rune) bool { return r >= surr1 && r < surr2 }
func isLow(r rune) bool  { return r >= surr2 && r < surr3 }

// DecodeRune returns the rune encoded by the surrogate pair r1, r2, or
// U+FFFD if they are not a valid pair.
func DecodeRune(r1, r2 rune) rune {
	if !isHigh(r1) || !isLow(r2) {
		return replacementChar
	}
	hi := r1 - surr1 // the top ten bits of r - 0x10000
	lo := r2 - surr2 // the bottom ten bits
	return surrSelf + hi<<10 + lo
}

// EncodeRune returns the surrogate pair of r, or U+FFFD, U+FFFD if r does
// not need one or is not valid.
func EncodeRune(r rune) (r1, r2 rune) {
	if RuneLen(r) != 2 {
		return replacementChar, replacementChar
	}
	offset := r - surrSelf // 20 bits
	return surr1 + offset>>10, surr2 + offset&(1<<10-1)
}

// RuneLen returns the number of 16-bit words in the encoding of r, or -1
// if r cannot be encoded.
func RuneLen(r rune) int {
	if r < 0 || r > maxRune || IsSurrogate(r) {
		return -1
	}
	if r >= surrSelf {
		return 2
	}
	return 1
}

// Encode returns the UTF-16 encoding of s; invalid runes become U+FFFD.
func Encode(s []rune) []uint16 {
	// Room for one word per rune plus one more for each rune at or above
	// U+10000 (runes past MaxRune included, though they encode as one
	// word): the same capacity Go's Encode gives its result.
	room := len(s)
	for _, r := range s {
		if r >= surrSelf {
			room++
		}
	}
	out := make([]uint16, 0, room)
	for _, r := range s {
		out = AppendRune(out, r)
	}
	return out
}

// AppendRune appends the UTF-16 encoding of r to a; an invalid rune is
// appended as U+FFFD.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		hi, lo := EncodeRune(r)
		return append(a, uint16(hi), uint16(lo))
	}
	return append(a, uint16(replacementChar))
}

// Decode returns the runes of the UTF-16 encoding s; unpaired surrogates
// become U+FFFD. Like Go's, the result starts with room for 64 runes and
// grows by append beyond that.
func Decode(s []uint16) []rune {
	return appendDecoded(make([]rune, 0, 64), s)
}

// appendDecoded appends the runes of the UTF-16 words s to out.
func appendDecoded(out []rune, s []uint16) []rune {
	for k := 0; k < len(s); k++ {
		w := rune(s[k])
		if !IsSurrogate(w) {
			out = append(out, w)
			continue
		}
		if isHigh(w) && k+1 < len(s) && isLow(rune(s[k+1])) {
			k++
			out = append(out, DecodeRune(w, rune(s[k])))
			continue
		}
		out = append(out, replacementChar)
	}
	return out
}
