package slices

import (
	"cmp"
	"iter"
	"math/bits"
)

// All returns an iterator over the indexes and values of s, in order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for k := 0; k < len(s); k++ {
			if !yield(k, s[k]) {
				break
			}
		}
	}
}

// Backward returns an iterator over the indexes and values of s, from the
// last to the first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		k := len(s)
		for k > 0 {
			k--
			if !yield(k, s[k]) {
				break
			}
		}
	}
}

// Values returns an iterator over the values of s, in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, e := range All(s) {
			if !yield(e) {
				break
			}
		}
	}
}

// AppendSeq appends the values of seq to s and returns the result.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	seq(func(e E) bool {
		s = append(s, e)
		return true
	})
	return s
}

// Collect gathers the values of seq into a new slice.
func Collect[E any](seq iter.Seq[E]) []E {
	var out []E
	return AppendSeq(out, seq)
}

// Sorted gathers the values of seq into a new slice and sorts it.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	out := Collect(seq)
	quickRange(out, 0, len(out), bits.Len(uint(len(out))), cmp.Less[E])
	return out
}

// SortedFunc gathers the values of seq into a new slice and sorts it with
// cmp.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	out := Collect(seq)
	quickRange(out, 0, len(out), bits.Len(uint(len(out))), lessOf(cmp))
	return out
}

// SortedStableFunc gathers the values of seq into a new slice and sorts it
// stably with cmp.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	out := Collect(seq)
	stableSort(out, len(out), lessOf(cmp))
	return out
}

// Chunk returns an iterator over consecutive sub-slices of s of n
// elements (the last may be shorter). Each sub-slice has no spare
// capacity. It panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		rest := s
		for len(rest) > 0 {
			size := min(n, len(rest))
			piece := rest[:size:size]
			rest = rest[size:]
			if !yield(piece) {
				break
			}
		}
	}
}
