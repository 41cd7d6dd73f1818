package unicode

// Property bits of latin1Props.
const (
	propC  = 1 << iota // control (Cc)
	propP              // punctuation
	propN              // number
	propS              // symbol
	propZ              // space separator
	propLu             // upper case letter
	propLl             // lower case letter
	propLo             // other letter (Lo, Lm, Lt)

	propLetter  = propLu | propLl | propLo
	propPrint   = propLetter | propN | propP | propS
	propGraphic = propPrint | propZ
)

// IsGraphic reports whether r is a graphic character: a letter, mark,
// number, punctuation, symbol or space separator (categories L, M, N, P, S,
// Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propGraphic != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether r is printable in Go's sense: a letter, mark,
// number, punctuation or symbol, or the ASCII space. Other spaces, such as
// U+00A0, are not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r == ' ' || latin1Props[uint8(r)]&propPrint != 0
	}
	return In(r, PrintRanges...)
}

// GraphicRanges lists the tables of graphic characters.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges lists the tables of printable characters (the ASCII space is
// printable too).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsControl reports whether r is a control character. Only C0 and C1
// controls (U+0000-U+001F, U+007F-U+009F) count; use Is(C, r) for the
// whole C category.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propC != 0
	}
	return false
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLetter != 0
	}
	return Is(Letter, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(Mark, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propN != 0
	}
	return Is(Number, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propP != 0
	}
	return Is(Punct, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propS != 0
	}
	return Is(Symbol, r)
}

// IsSpace reports whether r is white space: in Latin-1, '\t', '\n', '\v',
// '\f', '\r', ' ', U+0085 (NEL) and U+00A0 (NBSP); elsewhere, the runes with
// the White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLu != 0
	}
	return Is(Upper, r)
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLl != 0
	}
	return Is(Lower, r)
}

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}
