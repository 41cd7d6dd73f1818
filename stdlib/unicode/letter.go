// Package unicode is gorun's implementation of Go's unicode package:
// properties and case mappings of Unicode code points.
//
// Runes up to U+00FF are classified in Go from a small property table. The
// tables this package exports (Letter, Han, White_Space, ...) carry only the
// name of the Unicode set they stand for; membership in them, and the case
// mappings of runes outside ASCII, are answered by the runtime.
//
// Native functions: inTable, toCase, simpleFold. Tables built by programs
// themselves (with R16/R32 ranges) are searched in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Indices into the Delta arrays of CaseRange, for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower, as a CaseRange delta, marks a range of alternating upper and
// lower case letters (upper case at even offsets from Lo).
const UpperLower = MaxRune + 1

// Version is the Unicode version the tables describe.
const Version = "17.0.0"

// RangeTable is a set of code points, as sorted lists of non-overlapping
// ranges: R16 for code points below 0x10000 and R32 for the rest.
// LatinOffset is the number of R16 entries whose Hi is at most MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int

	// name is set on the tables this package exports: the Unicode set the
	// table stands for, whose membership the runtime decides.
	name string
}

// Range16 is the range of 16-bit code points Lo, Lo+Stride, ..., Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is the range of code points Lo, Lo+Stride, ..., Hi; every value
// is at least 0x10000.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// d holds the deltas of a CaseRange, indexed by UpperCase, LowerCase and
// TitleCase.
type d [MaxCase]rune

// CaseRange maps the code points Lo through Hi to other cases by adding the
// matching Delta entry, or, if the entry is UpperLower, by alternating
// between upper case (even offsets from Lo) and lower case (odd offsets).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase is a language-specific list of case mappings, consulted
// before the standard ones.
type SpecialCase []CaseRange

// CaseRanges would list the standard case mappings; in gorun it is empty,
// since those mappings are provided by the runtime.
var CaseRanges []CaseRange

// inTable reports whether r belongs to the Unicode set called name: a
// general category ("Lu", "L"), a script ("Latin"), a property
// ("White_Space"), or "fold" followed by a FoldCategory or FoldScript key.
// (Native.)
func inTable(name string, r rune) bool

// toCase maps r to upper, lower or title case (c is UpperCase, LowerCase or
// TitleCase) with Unicode's simple case mappings. (Native.)
func toCase(c int, r rune) rune

// simpleFold returns the next rune after r in r's simple case folding
// orbit, as SimpleFold does, for a valid r. (Native.)
func simpleFold(r rune) rune

// Is reports whether r is in the set rangeTab describes.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return inTable(rangeTab.name, r)
	}
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		if in16(rangeTab.R16, uint16(r)) {
			return true
		}
		return false
	}
	return in32(rangeTab.R32, uint32(r))
}

func in16(ranges []Range16, c uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func in32(ranges []Range32, c uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// In reports whether r belongs to any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r belongs to any of the tables. In is the same
// thing with a variadic signature and should be preferred.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}
