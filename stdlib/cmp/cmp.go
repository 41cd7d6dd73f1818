// Package cmp is gorun's implementation of Go's cmp package: the Ordered
// constraint and comparison of ordered values. It has no native functions.
package cmp

// Ordered is the constraint satisfied by the types that support < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x sorts before y. NaNs sort first and are all equal
// to one another; -0.0 and 0.0 are equal.
func Less[T Ordered](x, y T) bool {
	if x < y {
		return true
	}
	// Only a NaN differs from itself: x sorts first when it is a NaN and y
	// is not.
	return x != x && y == y
}

// Compare reports the order of x and y as -1, 0 or +1, treating NaNs as
// Less does.
func Compare[T Ordered](x, y T) int {
	switch {
	case x < y:
		return -1
	case y < x:
		return 1
	case x == y:
		return 0
	}
	// None of the three relations held, so at least one side is a NaN.
	xIsNaN, yIsNaN := x != x, y != y
	switch {
	case xIsNaN && yIsNaN:
		return 0
	case xIsNaN:
		return -1
	}
	return 1
}

// Or returns its first argument that differs from T's zero value, or the
// zero value when every argument is zero (or there are none).
func Or[T comparable](vals ...T) T {
	var none T
	for i := range vals {
		if vals[i] != none {
			return vals[i]
		}
	}
	return none
}
