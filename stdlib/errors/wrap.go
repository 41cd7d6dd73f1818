package errors

// Unwrap calls err's Unwrap method if it has one of the form
// "Unwrap() error" and returns its result; otherwise it returns nil.
// Errors that wrap several errors ("Unwrap() []error") are not unwrapped.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether err, or any error reachable from it through Unwrap
// methods (depth first, pre-order), matches target. An error matches when it
// equals target or when it has a method Is(error) bool that reports true.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target)
}

func is(err, target error) bool {
	for {
		if equalErrors(err, target) {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// equalErrors compares two errors with ==, treating a comparison of values
// whose dynamic type is not comparable (which would panic) as false.
func equalErrors(a, b error) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// As looks for the first error in err's tree (err, then what its Unwrap
// methods return, depth first) that can be stored in *target, stores it and
// reports true. An error also matches if it has a method As(any) bool that
// reports true; that method is then responsible for setting *target.
//
// As panics unless target is a non-nil pointer to an interface type or to a
// type that implements error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignError(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics with Go's messages when target is not a usable As
// target: "errors: target must be a non-nil pointer" or
// "errors: *target must be interface or implement error". (Native.)
func checkAsTarget(target any)

// assignError reports whether err's dynamic value is assignable to the type
// target points to, and if so stores it there. (Native.)
func assignError(err error, target any) bool

// AsType looks for the first error in err's tree whose type assertion to E
// succeeds (or whose As method, given a *E, reports true) and returns it.
// If there is none it returns the zero E and false.
func AsType[E error](err error) (E, bool) {
	var zero E
	if err == nil {
		return zero, false
	}
	var dst *E
	return asType(err, &dst)
}

func asType[E error](err error, dst **E) (E, bool) {
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if m, ok := err.(interface{ As(any) bool }); ok {
			if *dst == nil {
				*dst = new(E)
			}
			if m.As(*dst) {
				return **dst, true
			}
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				var zero E
				return zero, false
			}
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e == nil {
					continue
				}
				if r, ok := asType(e, dst); ok {
					return r, true
				}
			}
			var zero E
			return zero, false
		default:
			var zero E
			return zero, false
		}
	}
}
