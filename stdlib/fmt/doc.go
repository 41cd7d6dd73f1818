// Package fmt is gorun's implementation of Go's fmt package: formatted
// printing and scanning with verbs in the style of C's printf and scanf.
//
// The formatting and scanning engines are native: Sprint, Sprintf,
// Sprintln, errorf (the engine behind Errorf, which also reports the %w
// operands), Fscan, Fscanf, Fscanln, Sscan, Sscanf and Sscanln (10). They
// follow Go's rules exactly, calling the Formatter, GoStringer, Stringer,
// error and Scanner methods of operands. The rest (Print, Fprint, Append,
// Errorf's error values, FormatString, Scan on standard input) is written
// in Go on top of them.
package fmt
