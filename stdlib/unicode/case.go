package unicode

// To maps r to the case given by _case: UpperCase, LowerCase or TitleCase.
// It returns ReplacementChar for any other _case.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	if r < 0 || r > MaxRune {
		return r
	}
	return toCase(_case, r)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r > MaxASCII {
		return To(UpperCase, r)
	}
	return asciiUpper(r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r > MaxASCII {
		return To(LowerCase, r)
	}
	if r >= 'A' && r <= 'Z' {
		return r | 0x20
	}
	return r
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r > MaxASCII {
		return To(TitleCase, r)
	}
	// ASCII has no title case letters distinct from the upper case ones.
	return asciiUpper(r)
}

// asciiUpper upper-cases an ASCII letter and leaves everything else alone.
func asciiUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r &^ 0x20
	}
	return r
}

// SimpleFold returns the smallest rune above r that is equivalent to r
// under Unicode simple case folding, or, if there is none, the smallest
// rune equivalent to r (wrapping around the orbit). For example 'A' gives
// 'a', 'a' gives 'A', 'K' gives 'k', 'k' gives '\u212A' (Kelvin sign) and
// '\u212A' gives 'K'. A rune that is not a valid code point is returned
// unchanged.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return simpleFold(r)
}

// ToUpper maps r to upper case, preferring the special mappings.
func (special SpecialCase) ToUpper(r rune) rune {
	if m, ok := mapCase(UpperCase, r, special); ok {
		return m
	}
	return ToUpper(r)
}

// ToTitle maps r to title case, preferring the special mappings.
func (special SpecialCase) ToTitle(r rune) rune {
	if m, ok := mapCase(TitleCase, r, special); ok {
		return m
	}
	return ToTitle(r)
}

// ToLower maps r to lower case, preferring the special mappings.
func (special SpecialCase) ToLower(r rune) rune {
	if m, ok := mapCase(LowerCase, r, special); ok {
		return m
	}
	return ToLower(r)
}

// mapCase looks r up in the sorted ranges and applies the matching delta.
// It reports false if no range holds r.
func mapCase(c int, r rune, ranges []CaseRange) (rune, bool) {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if r < rune(cr.Lo) {
			hi = m
		} else if r > rune(cr.Hi) {
			lo = m + 1
		} else {
			delta := cr.Delta[c]
			if delta > MaxRune {
				// Alternating upper/lower: keep the pair, pick the member
				// by parity (UpperCase and TitleCase are even, LowerCase odd).
				off := r - rune(cr.Lo)
				return rune(cr.Lo) + off - off%2 + rune(c%2), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// TurkishCase holds the Turkish and Azeri case rules for dotted and dotless
// i: I lowers to ı, i uppers to İ.
var TurkishCase SpecialCase = turkishCase

// AzeriCase is the same as TurkishCase.
var AzeriCase SpecialCase = turkishCase

var turkishCase = SpecialCase{
	{0x0049, 0x0049, d{0, 0x0131 - 0x0049, 0}},
	{0x0069, 0x0069, d{0x0130 - 0x0069, 0, 0x0130 - 0x0069}},
	{0x0130, 0x0130, d{0, 0x0069 - 0x0130, 0}},
	{0x0131, 0x0131, d{0x0049 - 0x0131, 0, 0x0049 - 0x0131}},
}
