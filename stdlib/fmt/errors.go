package fmt

import "errors"

// errorf formats like Sprintf, except that %w formats an error operand as
// %v does. It also returns the operand indexes of the %w verbs, in the
// order they were processed, and whether the format ended up using
// explicit argument indexes. (Native.)
func errorf(format string, a []any) (s string, wrapped []int, reordered bool)

// Errorf formats according to format and returns the result as an error.
// A %w verb with an error operand makes the result wrap that error: its
// Unwrap method returns it (or, for several %w verbs, Unwrap returns a
// []error with them in argument order). Using %w with an operand that is
// not an error is reported as a bad verb.
func Errorf(format string, a ...any) (err error) {
	s, wrapped, reordered := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	if reordered {
		sortInts(wrapped)
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// sortInts sorts a short slice of ints in increasing order.
func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
