package runtime

// Error is implemented by the values of run-time panics (index out of
// range, nil map writes, failed type assertions, ...).
type Error interface {
	error

	// RuntimeError marks a type as a run-time error; it does nothing.
	RuntimeError()
}

// TypeAssertionError is the panic value of a failed type assertion.
type TypeAssertionError struct {
	// The types involved, as Go prints them (iface is "" for a
	// conversion from an unnamed interface, concrete is "" if the value
	// was nil), their packages, and the method the concrete type lacks.
	iface         string
	concrete      string
	asserted      string
	concretePkg   string
	assertedPkg   string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != "" {
		inter = e.iface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
		if e.concrete == e.asserted {
			// Same name, different types.
			if e.concretePkg != e.assertedPkg {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted + ": missing method " + e.missingMethod
}

// PanicNilError is what recover returns after panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// errorString is a run-time error whose message gets the prefix
// "runtime error: ".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error printed without the prefix (such as
// "assignment to entry in nil map").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// The run-time errors the VM raises most.
var (
	divideError   = error(errorString("integer divide by zero"))
	overflowError = error(errorString("integer overflow"))
	shiftError    = error(errorString("negative shift amount"))
	memoryError   = error(errorString("invalid memory address or nil pointer dereference"))
)

// Kinds of boundsError.
const (
	boundsIndex      = iota // s[x]: 0 <= x < y failed
	boundsSliceAlen         // s[?:x]: 0 <= x <= y failed (y is len)
	boundsSliceAcap         // s[?:x]: 0 <= x <= y failed (y is cap)
	boundsSliceB            // s[x:y]: 0 <= x <= y failed
	boundsSlice3Alen        // s[?:?:x]: 0 <= x <= y failed (y is len)
	boundsSlice3Acap        // s[?:?:x]: 0 <= x <= y failed (y is cap)
	boundsSlice3B           // s[?:x:y]: 0 <= x <= y failed
	boundsSlice3C           // s[x:y:?]: 0 <= x <= y failed
	boundsConvert           // [x]T(s): 0 <= x <= len(s) failed
)

// boundsError is the panic value of an index or slice expression out of
// range. x is signed or unsigned as the index expression was; y is a
// length, capacity or bound.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	x := itoa(uint64(e.x), e.signed)
	y := itoa(uint64(e.y), true)
	if e.signed && e.x < 0 {
		switch e.code {
		case boundsIndex:
			return "runtime error: index out of range [" + x + "]"
		case boundsSliceAlen, boundsSliceAcap:
			return "runtime error: slice bounds out of range [:" + x + "]"
		case boundsSliceB:
			return "runtime error: slice bounds out of range [" + x + ":]"
		case boundsSlice3Alen, boundsSlice3Acap:
			return "runtime error: slice bounds out of range [::" + x + "]"
		case boundsSlice3B:
			return "runtime error: slice bounds out of range [:" + x + ":]"
		case boundsSlice3C:
			return "runtime error: slice bounds out of range [" + x + "::]"
		}
	}
	switch e.code {
	case boundsIndex:
		return "runtime error: index out of range [" + x + "] with length " + y
	case boundsSliceAlen:
		return "runtime error: slice bounds out of range [:" + x + "] with length " + y
	case boundsSliceAcap:
		return "runtime error: slice bounds out of range [:" + x + "] with capacity " + y
	case boundsSliceB:
		return "runtime error: slice bounds out of range [" + x + ":" + y + "]"
	case boundsSlice3Alen:
		return "runtime error: slice bounds out of range [::" + x + "] with length " + y
	case boundsSlice3Acap:
		return "runtime error: slice bounds out of range [::" + x + "] with capacity " + y
	case boundsSlice3B:
		return "runtime error: slice bounds out of range [:" + x + ":" + y + "]"
	case boundsSlice3C:
		return "runtime error: slice bounds out of range [" + x + ":" + y + ":]"
	}
	return "runtime error: cannot convert slice with length " + y + " to array or pointer to array with length " + x
}

// itoa formats v in decimal, as a signed number if signed is set.
func itoa(v uint64, signed bool) string {
	neg := signed && int64(v) < 0
	if neg {
		v = -v
	}
	var buf [21]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
