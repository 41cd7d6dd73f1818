// Package slices is gorun's implementation of Go's slices package: generic
// functions on slices of any type. The sorting functions use the same
// algorithms as Go, so equal elements end up in the same order. It has no
// native functions.
package slices

import "cmp"

// Equal reports whether the slices have the same length and equal
// elements (so NaN elements are never equal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	return EqualFunc(s1, s2, func(a, b E) bool { return a == b })
}

// EqualFunc is like Equal but compares elements with eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	same := len(s1) == len(s2)
	for k := 0; same && k < len(s1); k++ {
		same = eq(s1[k], s2[k])
	}
	return same
}

// Compare compares the slices element by element with cmp.Compare; a
// shorter slice that is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is like Compare but compares elements with cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	common := min(len(s1), len(s2))
	for k := 0; k < common; k++ {
		if order := cmp(s1[k], s2[k]); order != 0 {
			return order
		}
	}
	switch {
	case len(s1) > common:
		return +1
	case len(s2) > common:
		return -1
	}
	return 0
}

// Index returns the index of the first v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for k, e := range s {
		if e == v {
			return k
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for k, e := range s {
		if f(e) {
			return k
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) != -1
}

// ContainsFunc reports whether some element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) != -1
}

// Insert inserts the values v at index i of s and returns the result,
// which may share s's storage. It panics if i is out of range.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	tail := s[i:] // panics when i is out of range
	if len(v) == 0 {
		return s
	}
	grown := len(s) + len(v)
	if grown > cap(s) {
		// Build the result in new storage: head, then v, then tail.
		out := append(s[:i], make(S, grown-i)...)
		copy(out[i+copy(out[i:], v):], tail)
		return out
	}
	// There is room in place. v may alias s, so rather than shifting the
	// tail first, put v into the spare room after the old end (copy is
	// safe with overlaps) and then rotate it down into position. This
	// needs no temporary storage.
	out := s[:grown]
	copy(out[len(s):], v)
	rotateBlocks[E](out[i:], len(tail))
	return out
}

// Delete removes s[i:j] and returns the result, zeroing the elements left
// over at the end. It panics if the range is invalid.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // panics when the range is invalid
	if j == i {
		return s
	}
	size := len(s)
	kept := i + copy(s[i:], s[j:])
	clear(s[kept:size])
	return s[:kept]
}

// DeleteFunc removes the elements for which del returns true and returns
// the result, zeroing the elements left over at the end.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	first := IndexFunc(s, del)
	if first < 0 {
		return s
	}
	kept := first
	for _, e := range s[first+1:] {
		if del(e) {
			continue
		}
		s[kept] = e
		kept++
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace replaces s[i:j] with the values v and returns the result, zeroing
// elements left over at the end. It panics if the range is invalid.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // panics when the range is invalid
	if i == j {
		return Insert(s, i, v...)
	}
	rest := s[j:]
	size := i + len(v) + len(rest)
	if size > cap(s) {
		out := append(s[:i], make(S, size-i)...)
		copy(out[i+copy(out[i:], v):], rest)
		return out
	}
	// In place. Both v and the tail may overlap what gets overwritten,
	// so copy them aside first.
	held := Clone(v)
	after := Clone(rest)
	out := s[:size]
	copy(out[i:], held)
	copy(out[i+len(held):], after)
	if size < len(s) {
		clear(s[size:])
	}
	return out
}

// Clone returns a shallow copy of s (nil if s is nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return s
	}
	// Appending to an empty slice (rather than make) gives the same
	// rounded-up capacity as Go.
	return append(make(S, 0), s...)
}

// Compact replaces each run of equal consecutive elements with a single
// copy and returns the shortened slice, zeroing the elements left over.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is like Compact but compares neighbours with eq, keeping
// the first element of each run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) <= 1 {
		return s
	}
	kept := 1
	last := s[0]
	for k := 1; k < len(s); k++ {
		e := s[k]
		dup := eq(e, last)
		last = e
		if dup {
			continue
		}
		if kept != k {
			s[kept] = e
		}
		kept++
	}
	clear(s[kept:])
	return s[:kept]
}

// Grow increases s's capacity, if needed, to make room for n more
// elements. It panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	spare := cap(s) - len(s)
	if n <= spare {
		return s
	}
	bigger := append(s[:cap(s)], make(S, n-spare)...)
	return bigger[:len(s)]
}

// Clip removes unused capacity from s.
func Clip[S ~[]E, E any](s S) S {
	n := len(s)
	return s[0:n:n]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	last := len(s) - 1
	for k := 0; k < len(s)/2; k++ {
		s[k], s[last-k] = s[last-k], s[k]
	}
}

// Concat returns a new slice holding the elements of all the slices.
func Concat[S ~[]E, E any](slices ...S) S {
	total := 0
	for _, part := range slices {
		if total += len(part); total < 0 {
			panic("len out of range")
		}
	}
	var out S
	out = Grow(out, total)
	for _, part := range slices {
		out = append(out, part...)
	}
	return out
}

// Repeat returns a new slice holding count copies of x. It panics if count
// is negative or the result would be too long.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) != 0 && maxInt/len(x) < count {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, len(x)*count)
	for at := 0; at < len(out); at += len(x) {
		copy(out[at:], x)
	}
	return out
}
