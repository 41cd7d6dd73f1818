package fmt

import (
	"errors"
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

// The scanning operations of the native engine.
const (
	opScan   = 0 // Fscan: newlines count as space
	opScanln = 1 // Fscanln: a newline ends the input
	opScanf  = 2 // Fscanf: newlines must match the format
)

// scan runs gorun's scanning engine over r, or over standard input (read
// byte by byte, without reading ahead) when r is nil and stdin is 1, or
// over str. eof is io.EOF, which the engine compares the reader's errors
// with. The error comes back as kind: 0 none, 1 io.EOF, 2
// io.ErrUnexpectedEOF, 3 a new error with text msg, 4 rerr, an error the
// reader returned. Operands implementing Scanner are not supported yet.
// (Native.)
func scan(r io.Reader, str string, stdin, op int, format string, a []any, eof error) (n, kind int, msg string, rerr error)

// scanned turns scan's results into the count and error a scanning
// function returns.
func scanned(n, kind int, msg string, rerr error) (int, error) {
	switch kind {
	case 0:
		return n, nil
	case 1:
		return n, io.EOF
	case 2:
		return n, io.ErrUnexpectedEOF
	case 3:
		return n, errors.New(msg)
	}
	return n, rerr
}

// Fscan scans text from r, storing successive space-separated values in
// its operands (newlines count as space). It returns the number of items
// scanned successfully and, if fewer than the operands, an error.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return scanned(scan(r, "", 0, opScan, "", a, io.EOF))
}

// Fscanln is like Fscan, but stops at a newline, and after the final item
// there must be a newline or the end of the input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return scanned(scan(r, "", 0, opScanln, "", a, io.EOF))
}

// Fscanf scans text from r according to format, storing the values in its
// operands. Newlines in the input must match newlines in the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return scanned(scan(r, "", 0, opScanf, format, a, io.EOF))
}

// Sscan is Fscan reading from the string str.
func Sscan(str string, a ...any) (n int, err error) {
	return scanned(scan(nil, str, 0, opScan, "", a, io.EOF))
}

// Sscanln is Fscanln reading from the string str.
func Sscanln(str string, a ...any) (n int, err error) {
	return scanned(scan(nil, str, 0, opScanln, "", a, io.EOF))
}

// Sscanf is Fscanf reading from the string str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return scanned(scan(nil, str, 0, opScanf, format, a, io.EOF))
}

// Scan is Fscan reading from standard input. (It reads the descriptor
// natively, so that fmt does not depend on package os.)
func Scan(a ...any) (n int, err error) {
	return scanned(scan(nil, "", 1, opScan, "", a, io.EOF))
}

// Scanln is Fscanln reading from standard input.
func Scanln(a ...any) (n int, err error) {
	return scanned(scan(nil, "", 1, opScanln, "", a, io.EOF))
}

// Scanf is Fscanf reading from standard input.
func Scanf(format string, a ...any) (n int, err error) {
	return scanned(scan(nil, "", 1, opScanf, format, a, io.EOF))
}
