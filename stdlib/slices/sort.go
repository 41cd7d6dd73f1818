package slices

import (
	"cmp"
	"math/bits"
)

// Sort sorts x in ascending order (NaNs first). The sort is not stable.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	quickRange(x, 0, len(x), bits.Len(uint(len(x))), cmp.Less[E])
}

// SortFunc sorts x in ascending order as determined by cmp, which must be
// a strict weak ordering returning a negative number when a < b. The sort
// is not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	quickRange(x, 0, len(x), bits.Len(uint(len(x))), lessOf(cmp))
}

// SortStableFunc sorts x as SortFunc does, keeping equal elements in their
// original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableSort(x, len(x), lessOf(cmp))
}

// lessOf turns a three-way comparison into a "less than" test.
func lessOf[E any](cmp func(a, b E) int) func(a, b E) bool {
	return func(a, b E) bool { return cmp(a, b) < 0 }
}

// firstDescent returns the least i > 0 for which before(x[i], x[i-1])
// holds, or 0 if there is none.
func firstDescent[E any](x []E, before func(a, b E) bool) int {
	for i := 1; i < len(x); i++ {
		if before(x[i], x[i-1]) {
			return i
		}
	}
	return 0
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	return firstDescent(x, cmp.Less[E]) == 0
}

// IsSortedFunc reports whether x is sorted according to cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	return firstDescent(x, lessOf(cmp)) == 0
}

// Min returns the smallest value in x (a NaN if there is one). It panics
// if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Min: empty list")
	}
	least := x[0]
	for _, e := range x[1:] {
		least = min(least, e)
	}
	return least
}

// MinFunc returns the first minimal value in x according to cmp. It panics
// if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MinFunc: empty list")
	}
	return pickBy(x, func(e, best E) bool { return cmp(e, best) < 0 })
}

// Max returns the largest value in x (a NaN if there is one). It panics if
// x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Max: empty list")
	}
	most := x[0]
	for _, e := range x[1:] {
		most = max(most, e)
	}
	return most
}

// MaxFunc returns the first maximal value in x according to cmp. It panics
// if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MaxFunc: empty list")
	}
	return pickBy(x, func(e, best E) bool { return cmp(e, best) > 0 })
}

// pickBy scans the non-empty x and returns the element kept when each
// later element replaces the kept one only if better(element, kept).
func pickBy[E any](x []E, better func(e, best E) bool) E {
	best := x[0]
	for _, e := range x[1:] {
		if better(e, best) {
			best = e
		}
	}
	return best
}

// BinarySearch searches the sorted x for target and returns the position
// where it is, or would be inserted, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	at := searchFirst(0, len(x), func(k int) bool { return !cmp.Less(x[k], target) })
	if at == len(x) {
		return at, false
	}
	return at, cmp.Compare(x[at], target) == 0
}

// BinarySearchFunc is like BinarySearch with the comparison cmp, which
// returns a negative number if the element sorts before target, zero if it
// matches and a positive number if it sorts after.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	at := searchFirst(0, len(x), func(k int) bool { return cmp(x[k], target) >= 0 })
	return at, at < len(x) && cmp(x[at], target) == 0
}
