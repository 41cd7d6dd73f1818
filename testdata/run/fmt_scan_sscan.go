// Tests fmt.Sscan and fmt.Sscanln: every operand kind (sized integers, unsigned, floats,
// complex, bool, string, []byte, named types), base prefixes and underscores, the values
// stored before an error, and the error texts and sentinel values Go returns.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Celsius float64
type Name string
type Flag bool
type Small int8
type Bytes []byte

func report(label string, n int, err error, vals ...any) {
	fmt.Printf("%s: n=%d", label, n)
	for _, v := range vals {
		fmt.Printf(" %v", v)
	}
	fmt.Printf(" err=%v eof=%v unexpected=%v\n", err, err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF))
}

func main() {
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		b   bool
		s   string
		bs  []byte
	)
	n, err := fmt.Sscan("-42 127 -32768 2147483647 -9223372036854775808", &i, &i8, &i16, &i32, &i64)
	report("signed", n, err, i, i8, i16, i32, i64)
	n, err = fmt.Sscan("42 255 65535 4294967295 18446744073709551615 77", &u, &u8, &u16, &u32, &u64, &up)
	report("unsigned", n, err, u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("0x1f 0b101 0o17 017 1_000 +5", &i, &i8, &i16, &i32, &i64, &u)
	report("prefixes", n, err, i, i8, i16, i32, i64, u)
	n, err = fmt.Sscan("3.25 -1e-3 0x1p-2 1.5p3 inf (1.5-2i) 3+4i", &f32, &f64, &c64, &c, &f64, &c64, &c)
	report("floats", n, err, f32, f64, c64, c, f64)
	var g1, g2, g3, g4 float64
	n, err = fmt.Sscan("0x1p-2 1.5p3 -Inf 1_000.25", &g1, &g2, &g3, &g4)
	report("float forms", n, err, g1, g2, g3, g4)
	n, err = fmt.Sscan("(1.5-2i) 3e2+4i 0.1 nan", &c64, &c, &f32, &g1)
	report("complex", n, err, c64, c, f32, g1)
	n, err = fmt.Sscan("true F 1 0 TRUE false", &b, &b, &b, &b, &b, &b)
	report("bools", n, err, b)
	n, err = fmt.Sscan("  hello\n\tworld  ", &s, &bs)
	report("strings", n, err, s, string(bs), len(bs))

	var (
		deg  Celsius
		name Name
		flag Flag
		sm   Small
		raw  Bytes
	)
	n, err = fmt.Sscan("36.6 gopher t -7 xyz", &deg, &name, &flag, &sm, &raw)
	report("named", n, err, deg, name, flag, sm, string(raw))

	// Errors.
	i, i8 = 0, 0
	n, err = fmt.Sscan("", &i)
	report("empty", n, err)
	n, err = fmt.Sscan("   \n  ", &i)
	report("only space", n, err)
	n, err = fmt.Sscan("5", &i, &i8)
	report("too short", n, err, i)
	n, err = fmt.Sscan("200", &i8)
	report("int8 overflow", n, err, i8)
	n, err = fmt.Sscan("300", &u8)
	report("uint8 overflow", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	report("range", n, err)
	n, err = fmt.Sscan("-1", &u)
	report("negative uint", n, err)
	n, err = fmt.Sscan("abc", &i)
	report("not a number", n, err)
	n, err = fmt.Sscan("1__0", &i)
	report("underscores", n, err)
	n, err = fmt.Sscan("tru", &b)
	report("bad bool", n, err)
	n, err = fmt.Sscan("1.5e", &f64)
	report("bad float", n, err)
	n, err = fmt.Sscan("1e999", &f64)
	report("float range", n, err, f64)
	n, err = fmt.Sscan("(1+2)", &c)
	report("bad complex", n, err)
	n, err = fmt.Sscan("7", i)
	report("not a pointer", n, err)
	var ints []int
	n, err = fmt.Sscan("7", &ints)
	report("slice", n, err)
	var m map[string]int
	n, err = fmt.Sscan("7", &m)
	report("map", n, err)
	n, err = fmt.Sscan("1 2 x 4", &i, &i8, &i16, &i32)
	report("partial", n, err, i, i8)

	// Sscanln: newlines end the input.
	n, err = fmt.Sscanln("10 20\n30", &i, &i32)
	report("ln", n, err, i, i32)
	n, err = fmt.Sscanln("10\n20", &i, &i32)
	report("ln early newline", n, err, i)
	n, err = fmt.Sscanln("10 20 30", &i, &i32)
	report("ln extra", n, err, i, i32)
	n, err = fmt.Sscanln("10 20   \n", &i, &i32)
	report("ln trailing space", n, err, i, i32)
	n, err = fmt.Sscanln("10 20\r\n", &i, &i32)
	report("ln crlf", n, err, i, i32)
	n, err = fmt.Sscanln("", &i)
	report("ln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	report("ln newline", n, err)
	n, err = fmt.Sscan("héllo wörld", &s, &bs)
	report("utf8", n, err, s, string(bs))
}
