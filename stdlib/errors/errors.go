// Package errors is gorun's implementation of Go's errors package: creating
// error values and inspecting chains and trees of wrapped errors.
//
// Native functions: checkAsTarget and assignError (the reflection behind
// As).
package errors

// errorString is the error made by New: its message and nothing else.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns a new error whose Error method returns text. Two calls give
// distinct errors even when the texts are the same.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported reports that an operation is not supported. Code that
// cannot do something should return an error that wraps it, so callers can
// test for it with Is.
var ErrUnsupported = New("unsupported operation")
