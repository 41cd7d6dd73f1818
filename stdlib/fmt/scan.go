package fmt

import (
	"io"
)

// ScanState is what a Scanner's Scan method receives: access to the input
// being scanned.
type ScanState interface {
	// ReadRune reads the next rune. During Scanln, Fscanln and Sscanln
	// it returns EOF after the first '\n' or past the width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune makes the next ReadRune return the same rune again.
	UnreadRune() error
	// SkipSpace skips space in the input, treating newlines as the
	// current operation requires.
	SkipSpace()
	// Token skips space if skipSpace is set, then returns the run of
	// runes satisfying f (non-space runes if f is nil). The slice may be
	// overwritten by the next call.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the width option and whether it was given.
	Width() (wid int, ok bool)
	// Read is part of the interface, but Scan methods should use
	// ReadRune; implementations may always fail.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values with a Scan method, which reads their
// representation from the input and stores the result in the receiver
// (which must be a pointer).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Fscan scans text from r, storing successive space-separated values in
// its operands (newlines count as space). It returns the number of items
// scanned successfully and, if fewer than the operands, an error.
// (Native.)
func Fscan(r io.Reader, a ...any) (n int, err error)

// Fscanln is like Fscan, but stops at a newline, and after the final item
// there must be a newline or the end of the input. (Native.)
func Fscanln(r io.Reader, a ...any) (n int, err error)

// Fscanf scans text from r according to format, storing the values in its
// operands. Newlines in the input must match newlines in the format.
// (Native.)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)

// Sscan is Fscan reading from the string str. (Native.)
func Sscan(str string, a ...any) (n int, err error)

// Sscanln is Fscanln reading from the string str. (Native.)
func Sscanln(str string, a ...any) (n int, err error)

// Sscanf is Fscanf reading from the string str. (Native.)
func Sscanf(str string, format string, a ...any) (n int, err error)

// Scan is Fscan reading from standard input. (Native, so that fmt does
// not depend on package os.)
func Scan(a ...any) (n int, err error)

// Scanln is Fscanln reading from standard input. (Native, so that fmt does
// not depend on package os.)
func Scanln(a ...any) (n int, err error)

// Scanf is Fscanf reading from standard input. (Native, as Scan.)
func Scanf(format string, a ...any) (n int, err error)
