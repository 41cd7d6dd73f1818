// Tests fmt.Sscanf: verbs (%v %d %b %o %x %X %s %q %c %t %f %g %e %U %%), widths, literal
// text and spaces and newlines in the format against the input, and the error texts for
// mismatches, bad verbs and operand counts.
package main

import (
	"fmt"
	"io"
)

func report(label string, n int, err error, vals ...any) {
	fmt.Printf("%s: n=%d", label, n)
	for _, v := range vals {
		fmt.Printf(" %q", fmt.Sprint(v))
	}
	fmt.Printf(" err=%v eof=%v unexpected=%v\n", err, err == io.EOF, err == io.ErrUnexpectedEOF)
}

func main() {
	var (
		a, b, c int
		u       uint16
		r       rune
		s, t    string
		bs      []byte
		f       float64
		f32     float32
		ok      bool
		cx      complex128
	)
	n, err := fmt.Sscanf("12 0b11 077", "%d %v %v", &a, &b, &c)
	report("ints", n, err, a, b, c)
	n, err = fmt.Sscanf("101 17 ff FF", "%b %o %x %X", &a, &b, &c, &u)
	report("bases", n, err, a, b, c, u)
	n, err = fmt.Sscanf("U+00E9 é", "%U %c", &r, &a)
	report("runes", n, err, r, a)
	n, err = fmt.Sscanf("x=3, y=-4", "x=%d, y=%d", &a, &b)
	report("literals", n, err, a, b)
	n, err = fmt.Sscanf("12345678", "%3d%2d%s", &a, &b, &s)
	report("widths", n, err, a, b, s)
	n, err = fmt.Sscanf("abcdef", "%2s%3s%c", &s, &t, &r)
	report("string widths", n, err, s, t, r)
	n, err = fmt.Sscanf(`"a\"b\u00e9" `+"`raw\\n`", "%q %q", &s, &t)
	report("quoted", n, err, s, t)
	n, err = fmt.Sscanf("68656c6c6f 776f726c64", "%x %X", &s, &bs)
	report("hex strings", n, err, s, string(bs))
	n, err = fmt.Sscanf("3.5 2.5e3 -1E-2 1.25", "%f %g %e %v", &f, &f32, &f, &f32)
	report("floats", n, err, f, f32)
	n, err = fmt.Sscanf("true (1+2i)", "%t %v", &ok, &cx)
	report("bool complex", n, err, ok, cx)
	n, err = fmt.Sscanf("50% off", "%d%% off", &a)
	report("percent", n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	report("newline", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d%d", &a, &b)
	report("adjacent", n, err, a, b)

	// Errors.
	n, err = fmt.Sscanf("1-2", "%d+%d", &a, &b)
	report("mismatch", n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	report("newline in input", n, err, a)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	report("newline in format", n, err, a)
	n, err = fmt.Sscanf("12", "%d", &a, &b)
	report("too many operands", n, err, a)
	n, err = fmt.Sscanf("1 2", "%d %d", &a)
	report("too few operands", n, err, a)
	n, err = fmt.Sscanf("1", "%d %", &a)
	report("trailing percent", n, err, a)
	n, err = fmt.Sscanf("7", "%s", &a)
	report("bad verb int", n, err)
	n, err = fmt.Sscanf("7", "%d", &s)
	report("bad verb string", n, err)
	n, err = fmt.Sscanf("7", "%d", &f)
	report("bad verb float", n, err)
	n, err = fmt.Sscanf("7", "%d", &ok)
	report("bad verb bool", n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	report("empty", n, err)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	report("unterminated quote", n, err)
	n, err = fmt.Sscanf(`abc`, "%q", &s)
	report("not quoted", n, err)
	n, err = fmt.Sscanf(`"a\qb"`, "%q", &s)
	report("bad escape", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	report("no hex", n, err)
	n, err = fmt.Sscanf("abc", "%x", &s)
	report("odd hex", n, err)
	n, err = fmt.Sscanf("X+41", "%U", &r)
	report("bad unicode", n, err)
	n, err = fmt.Sscanf("5 x", "%d %%", &a)
	report("missing percent", n, err, a)
	n, err = fmt.Sscanf("1", "%d%d", &a, &b)
	report("input short", n, err, a)
	var i8 int8
	n, err = fmt.Sscanf("é", "%c", &i8)
	report("rune overflow", n, err)
	n, err = fmt.Sscanf("ab", "ab%d", &a)
	report("eof after literal", n, err)
	n, err = fmt.Sscanf("abc", "abd", &a)
	report("literal mismatch", n, err)
}
