// Command values formats the cases of cases.txt with real Go and prints one line per case:
// the case, a tab, and the result (with `\` and newlines escaped). The Rust test
// (tests/golden.rs) builds the same named values in a mock memory and must print the
// same lines. Run by regen.sh.
//
// cases.txt, tab-separated, one case per line ('#' starts a comment line):
//
//	f FORMAT ARGS            Sprintf(FORMAT, ARGS...)
//	p - ARGS                 Sprint(ARGS...)
//	l - ARGS                 Sprintln(ARGS...)
//	e FORMAT ARGS            Errorf(FORMAT, ARGS...): its message and what it wraps
//	m FLAGSETS VERBS ARGS    Sprintf("%"+flags+verb, arg) for every flag set (space
//	                         separated, "." for none), verb (one character each) and arg
//
// ARGS are space-separated names ("-" alone: no argument; "nil": a nil operand) of the values below, or literals: i:N (int), r:N
// (rune), f:HEX / h:HEX (float64 / float32 from IEEE bits), s:TEXT (string). FORMAT and
// TEXT decode the escapes \n \t \s (space) \\ and \xHH.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

type Point struct{ X, Y int }
type MyInt int
type MyString string
type MyBytes []byte
type MyFloat float64
type Grid [2][2]int

type Stringer struct{ N int }

func (s Stringer) String() string { return "S<" + strconv.Itoa(s.N) + ">" }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return "P<" + strconv.Itoa(p.N) + ">" }

type MyErr struct{ Msg string }

func (e MyErr) Error() string  { return "err: " + e.Msg }
func (e MyErr) String() string { return "should not" }

type GoStr struct{ A int }

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "gostr-string" }

type Panicker struct{ A int }

func (Panicker) String() string { panic("boom") }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	case 2:
		return "Blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Fmter struct{ N int }

func (f Fmter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "<%s|%d|%v %v|%v %v>", fmt.FormatString(s, verb), f.N, w, wok, p, pok)
}

func (f Fmter) String() string { return "not this" }

type PanicFmter struct{ A int }

func (PanicFmter) Format(s fmt.State, verb rune) { panic("fmt boom") }

type Inner struct {
	A int
	b string
}

type Outer struct {
	Point
	In   Inner
	Tags []string
	M    map[string]int
	P    *Point
	I    any
	E    error
	f    float64
}

type Priv struct {
	m  map[Stringer]Stringer
	s  []Stringer
	e  error
	Pm map[Stringer]Stringer
}

type Wrapper struct {
	S  Stringer
	s  Stringer
	I  any
	i  any
	E  error
	P  *PtrStringer
	C  Color
	c  Color
	Ts []Stringer
}

// fake returns a pointer-shaped value with a fixed address (never dereferenced).
func fake[T any](addr uintptr) T {
	return *(*T)(unsafe.Pointer(&addr))
}

func values() map[string]any {
	nan := math.NaN()
	inf := math.Inf(1)
	v := map[string]any{
		// Integers.
		"i0": 0, "i1": 1, "i42": 42, "in42": -42, "i255": 255, "imax": math.MaxInt64, "imin": math.MinInt64,
		"i8": int8(127), "i8n": int8(-128), "i16": int16(-1234), "i32": int32(65), "i64": int64(1 << 40),
		"u0": uint(0), "u42": uint(42), "u8": uint8(200), "u16": uint16(65535), "u32": uint32(0xdeadbeef),
		"u64max": uint64(math.MaxUint64), "uptr": uintptr(0xc000010000),
		"ra": 'A', "rsmile": rune(0x1F600), "rnl": '\n', "rneg": rune(-1), "rsur": rune(0xD800),
		"rbig": 0x110000, "rdel": rune(0x7f), "rlatin": 'é', "rzw": rune(0x200B), "rquote": '\'',
		"rbs": '\\', "rdq": '"', "rhan": '世', "r0": rune(0), "rnbsp": rune(0xa0),
		// Booleans.
		"bt": true, "bf": false,
		// Floats.
		"f0": 0.0, "fneg0": math.Copysign(0, -1), "f1": 1.0, "fm1": -1.0, "fpi": math.Pi, "fe": math.E,
		"f1e6": 1e6, "f1e20": 1e20, "f1e21": 1e21, "f123456": 123456.0, "f1234567": 1234567.0,
		"f1e_5": 1e-5, "f1e_4": 1e-4, "f0_1": 0.1, "f1_5": 1.5, "f2_5": 2.5, "fhalf": 0.5, "f100": 100.0,
		"fbig": 1e300, "ftiny": 5e-324, "fmax": math.MaxFloat64, "fnan": nan, "finf": inf,
		"fninf": math.Inf(-1), "f33": 1.0 / 3, "f3e8": 299792458.0, "fneg": -123.456, "f0_125": 0.125,
		"f9_995": 9.995, "f999999": 999999.5, "f1e23": 1e23,
		"g0_1": float32(0.1), "g1e10": float32(1e10), "gpi": float32(math.Pi), "g16m": float32(16777216),
		"gnan": float32(nan), "gsmall": float32(1e-7), "gmax": float32(math.MaxFloat32), "g1_5": float32(1.5),
		// Complex.
		"c12": complex(1, 2), "cneg": complex(-1.5, -0.25), "c0": complex(0, 0), "cinf": complex(inf, nan),
		"c64": complex64(complex(0.1, 2)),
		// Strings.
		"se": "", "shi": "hi", "shello": "hello", "suni": "héllo, 世界", "sesc": "a\tb\nc\"d\\e",
		"sbad": "\xff\xfeA\xc3", "sbq": "back`quote", "sctl": "\x00\x01\x7f", "sbom": "\ufeff",
		"semoji": "😀 ok", "sq": "'single'", "snbsp": "\u00a0\u00ad", "slong": "The quick brown fox",
		"snum": "123", "stab": "\t", "su2028": "\u2028", "sbell": "\a\b\f\v\r", "shigh": "\U0010FFFF\U000E0001",
		// Named types.
		"myint": MyInt(7), "mystr": MyString("named"), "mybytes": MyBytes("xyz"), "myfloat": MyFloat(2.5),
		"color": Color(1), "color9": Color(9), "celsius": Celsius(21.55),
		// Bytes.
		"bnil": []byte(nil), "bempty": []byte{}, "bhi": []byte("hi\x00\xff"), "barr": [3]byte{1, 2, 3},
		"barr8": [4]uint8{'G', 'o', '!', 0},
		// Slices and arrays.
		"snil": []int(nil), "sempty": []int{}, "sints": []int{1, -2, 3}, "sstrs": []string{"a", "b c", ""},
		"sf": []float64{0.5, 1e21, nan}, "sany": []any{1, "a", nil, 2.5, true, Point{1, 2}},
		"sbool": []bool{true, false}, "sslice": [][]int{{1, 2}, {}, nil}, "spts": []Point{{1, 2}, {3, 4}},
		"sptrs": []*Point{nil}, "spints": []*int{nil, fake[*int](0x12345678)}, "sint8": []int8{-1, 2}, "su16": []uint16{1, 65535},
		"serr": []error{MyErr{"a"}, nil}, "sstringer": []Stringer{{1}, {2}},
		"sanystr": []any{Stringer{3}, MyErr{"x"}, Color(2), &PtrStringer{4}, PtrStringer{5}},
		"srunes":  []rune("héllo"), "sc": []complex128{1i},
		"a3": [3]int{1, 2, 3}, "a0": [0]int{}, "agrid": Grid{{1, 2}, {3, 4}}, "astr": [2]string{"x", "y"},
		// Structs.
		"pt": Point{1, 2}, "ptneg": Point{-3, 4}, "pt0": Point{},
		"outer": Outer{Point{5, 6}, Inner{7, "in"}, []string{"t1", "t2"}, map[string]int{"z": 26, "a": 1},
			nil, 42, MyErr{"inner"}, 1.5},
		"outer0": Outer{},
		"wrapper": Wrapper{Stringer{1}, Stringer{2}, Stringer{3}, Stringer{4}, MyErr{"w"}, nil, 2, 0,
			[]Stringer{{8}}},
		"anon": struct {
			A int
			B string
		}{1, "x"},
		"empty": struct{}{},
		"nested": struct {
			P Point
			Q *Point
			R []Point
		}{Point{1, 2}, nil, nil},
		"stringer": Stringer{5}, "pstringer": &PtrStringer{6}, "vstringer": PtrStringer{7},
		"myerr": MyErr{"bad"}, "myerr2": MyErr{"two"}, "gostr": GoStr{1}, "panicker": Panicker{}, "ppanicker": &Panicker{},
		"nilpstr": (*PtrStringer)(nil), "nilstr": (*Stringer)(nil),
		// Pointers.
		"ppt": &Point{1, 2}, "pnil": (*Point)(nil), "pint": fake[*int](0x12345678), "pintnil": (*int)(nil),
		"parr": &[2]int{5, 6}, "psl": &[]string{"a"}, "pmap": &map[string]int{"k": 1},
		"ppnil": (**Point)(nil), "pptr": fake[**Point](0xabc0), "pstr": &Stringer{9},
		"ppts": &[]Point{{1, 2}}, "pany": &[]any{1},
		// Maps.
		"msi": map[string]int{"b": 2, "a": 1, "c": 3}, "mis": map[int]string{3: "c", -1: "z", 10: "ten"},
		"mnil": map[string]int(nil), "mempty": map[string]int{},
		"mfs":    map[float64]string{nan: "nan", math.Inf(-1): "-inf", 0: "zero", 1.5: "x"},
		"mbool":  map[bool]int{true: 1, false: 0},
		"mpt":    map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"},
		"marr":   map[[2]int]bool{{2, 0}: true, {1, 9}: false},
		"many":   map[any]int{3: 1, 1: 2, 2: 3, nil: 0},
		"mcolor": map[Color]int{2: 20, 0: 0, 1: 10},
		"msl":    map[string][]int{"x": {1}, "a": nil},
		"mnest":  map[string]map[string]int{"o": {"b": 2, "a": 1}},
		"mptr":   map[*int]string{fake[*int](0x30): "c", fake[*int](0x10): "a", fake[*int](0x20): "b"},
		"mstr":   map[Stringer]int{{2}: 1, {1}: 2},
		"merr":   map[string]error{"e": MyErr{"m"}, "n": nil},
		"mu8":    map[uint8]bool{200: true, 3: false},
		"mi8":    map[int8]int{-5: 1, 5: 2},
		"mrune":  map[rune]int{'b': 1, 'a': 2},
		"mbytes": map[string][]byte{"k": []byte("v")},
		// Interfaces, channels, funcs, unsafe pointers.
		"chnil": (chan int)(nil), "chfake": fake[chan int](0x5000), "up": unsafe.Pointer(uintptr(0x1234)),
		"upnil": unsafe.Pointer(nil), "fnnil": (func())(nil), "errnil": error(nil),
		"spanic": []any{Panicker{}, (*PtrStringer)(nil), &Panicker{}, (*Stringer)(nil)},
		"priv": Priv{map[Stringer]Stringer{{1}: {2}}, []Stringer{{3}}, MyErr{"p"},
			map[Stringer]Stringer{{4}: {5}}},
		"mixed": map[string]any{"a": 1, "b": "two", "c": []int{3}, "d": nil, "e": map[string]int{"x": 1},
			"f": Point{1, 2}, "g": 2.5, "h": Stringer{6}, "i": []any{MyErr{"deep"}, []byte("hi")}},
		"sgostr": []GoStr{{1}, {2}},
		"deep":   [][]map[string][]any{{{"k": {1, "x", []string{"y"}}}}, nil},
		"fmter":  Fmter{1}, "pfmter": &Fmter{2}, "panicfmter": PanicFmter{}, "sfmter": []Fmter{{3}},
		"mfmter": map[Fmter]Fmter{{4}: {5}},
		"sfn":    []func(){nil}, "siface": []fmt.Stringer{Stringer{1}, nil},
	}
	return v
}

func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 's':
			b.WriteByte(' ')
		case 'x':
			n, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b.WriteByte(byte(n))
			i += 2
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// escape keeps the output one line of printable text: backslash and newline become \\
// and \n; other control bytes and bytes of invalid UTF-8 become \xHH.
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == utf8.RuneError && n == 1, r < 0x20 && r != '\t', r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func arg(vals map[string]any, tok string) any {
	kind, text, ok := strings.Cut(tok, ":")
	if !ok {
		if tok == "nil" {
			return nil
		}
		v, found := vals[tok]
		if !found {
			panic("unknown value " + tok)
		}
		return v
	}
	switch kind {
	case "i":
		n, _ := strconv.ParseInt(text, 10, 64)
		return int(n)
	case "r":
		n, _ := strconv.ParseInt(text, 10, 32)
		return rune(n)
	case "f":
		n, _ := strconv.ParseUint(text, 16, 64)
		return math.Float64frombits(n)
	case "h":
		n, _ := strconv.ParseUint(text, 16, 32)
		return math.Float32frombits(uint32(n))
	case "s":
		return unescape(text)
	}
	panic("bad literal " + tok)
}

func args(vals map[string]any, field string) []any {
	var out []any
	for _, tok := range strings.Fields(field) {
		if tok == "-" {
			continue
		}
		out = append(out, arg(vals, tok))
	}
	return out
}

// wrapped describes what an Errorf error wraps: "none", "one N" or "one nil", or
// "many N N ...", with N the index of the wrapped operand.
func wrapped(err error, a []any) string {
	index := func(e error) string {
		for i, x := range a {
			if xe, ok := x.(error); ok && xe == e {
				return strconv.Itoa(i)
			}
		}
		return "nil"
	}
	switch w := err.(type) {
	case interface{ Unwrap() error }:
		return "one " + index(w.Unwrap())
	case interface{ Unwrap() []error }:
		s := "many"
		for _, e := range w.Unwrap() {
			s += " " + index(e)
		}
		return s
	}
	return "none"
}

func main() {
	vals := values()
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "f":
			fmt.Fprintf(w, "f\t%s\t%s\t%s\n", f[1], f[2], escape(fmt.Sprintf(unescape(f[1]), args(vals, f[2])...)))
		case "p":
			fmt.Fprintf(w, "p\t%s\t%s\n", f[2], escape(fmt.Sprint(args(vals, f[2])...)))
		case "l":
			fmt.Fprintf(w, "l\t%s\t%s\n", f[2], escape(fmt.Sprintln(args(vals, f[2])...)))
		case "e":
			a := args(vals, f[2])
			err := fmt.Errorf(unescape(f[1]), a...)
			fmt.Fprintf(w, "e\t%s\t%s\t%s\t%s\n", f[1], f[2], escape(err.Error()), wrapped(err, a))
		case "m":
			for _, flags := range strings.Fields(f[1]) {
				if flags == "." {
					flags = ""
				}
				for _, verb := range f[2] {
					for _, tok := range strings.Fields(f[3]) {
						format := "%" + flags + string(verb)
						out := fmt.Sprintf(unescape(format), arg(vals, tok))
						fmt.Fprintf(w, "f\t%s\t%s\t%s\n", format, tok, escape(out))
					}
				}
			}
		default:
			panic("bad case line: " + line)
		}
	}
}
