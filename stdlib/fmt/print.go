package fmt

import (
	"io"
	"unicode/utf8"
)

// Stringer is implemented by values that have a "native" format, used for
// operands printed with a verb that accepts strings (%v, %s, ...) and by
// Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that define their Go syntax, used
// by the %#v verb.
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method receives: the printer's
// output and the options of the verb being formatted.
type State interface {
	// Write emits formatted output.
	Write(b []byte) (n int, err error)
	// Width returns the width option and whether it was given.
	Width() (wid int, ok bool)
	// Precision returns the precision option and whether it was given.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c (one of "-+# 0") was given.
	Flag(c int) bool
}

// Formatter is implemented by values with a custom formatter: Format
// writes the value for the verb to f.
type Formatter interface {
	Format(f State, verb rune)
}

// FormatString returns the directive that produced state and verb, such
// as "%-12.3x": a Formatter can use it to delegate to Sprintf.
func FormatString(state State, verb rune) string {
	b := make([]byte, 0, 16)
	b = append(b, '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	return string(utf8.AppendRune(b, verb))
}

func appendInt(b []byte, v int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
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

// Sprintf formats according to the format specifier and returns the
// resulting string. (Native.)
func Sprintf(format string, a ...any) string

// Sprint formats its operands with their default formats and returns the
// resulting string. Spaces are added between operands when neither is a
// string. (Native.)
func Sprint(a ...any) string

// Sprintln formats its operands with their default formats, always
// separated by spaces, and adds a newline. (Native.)
func Sprintln(a ...any) string

// Fprintf formats according to format and writes to w. It returns the
// number of bytes written and any write error.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Printf formats according to format and writes to standard output.
// (Native: it writes to the process's standard output directly, so that
// fmt does not depend on package os.)
func Printf(format string, a ...any) (n int, err error)

// Appendf formats according to format and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Fprint formats its operands as Sprint does and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Print formats its operands as Sprint does and writes to standard output.
// (Native, as Printf.)
func Print(a ...any) (n int, err error)

// Append formats its operands as Sprint does and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Fprintln formats its operands as Sprintln does and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Println formats its operands as Sprintln does and writes to standard
// output. (Native, as Printf.)
func Println(a ...any) (n int, err error)

// Appendln formats its operands as Sprintln does and appends the result
// to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
