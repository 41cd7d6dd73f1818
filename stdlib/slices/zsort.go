package slices

import "math/bits"

// Sorting machinery shared by Sort, SortFunc and SortStableFunc. The
// unstable sort is a pattern-defeating quicksort; it asks `less` the same
// questions, in the same order, as Go's implementation does and moves the
// elements the same way, so that equal elements end up where Go would put
// them. The stable sort is an insertion sort of small runs followed by
// in-place merging (SymMerge); being stable, its result is fully determined.

// The shape of the sample looked at when a pivot is chosen.
const (
	shapeMixed = iota
	shapeAscending
	shapeDescending
)

// insertRun sorts v[lo:hi] by moving each element left past the bigger
// ones before it.
func insertRun[E any](v []E, lo, hi int, less func(a, b E) bool) {
	for next := lo + 1; next < hi; next++ {
		for k := next; k > lo; k-- {
			if !less(v[k], v[k-1]) {
				break
			}
			v[k-1], v[k] = v[k], v[k-1]
		}
	}
}

// heapDown lets node (an index relative to base) sink in the max-heap
// formed by the n elements starting at v[base].
func heapDown[E any](v []E, base, node, n int, less func(a, b E) bool) {
	for kid := 2*node + 1; kid < n; kid = 2*node + 1 {
		if kid+1 < n && less(v[base+kid], v[base+kid+1]) {
			kid++
		}
		if !less(v[base+node], v[base+kid]) {
			break
		}
		v[base+node], v[base+kid] = v[base+kid], v[base+node]
		node = kid
	}
}

// heapRange sorts v[lo:hi] with heapsort, the fallback when quicksort keeps
// choosing bad pivots.
func heapRange[E any](v []E, lo, hi int, less func(a, b E) bool) {
	n := hi - lo
	for node := (n - 1) / 2; node >= 0; node-- {
		heapDown(v, lo, node, n, less)
	}
	for last := n - 1; last >= 0; last-- {
		v[lo], v[lo+last] = v[lo+last], v[lo]
		heapDown(v, lo, 0, last, less)
	}
}

// quickRange sorts v[lo:hi]. budget is the number of badly unbalanced
// splits still tolerated before heapsort takes over.
func quickRange[E any](v []E, lo, hi, budget int, less func(a, b E) bool) {
	wasBalanced, wasUntouched := true, true
	for size := hi - lo; size > 12; size = hi - lo {
		if budget == 0 {
			heapRange(v, lo, hi, less)
			return
		}
		if !wasBalanced {
			shuffleMiddle(v, lo, hi)
			budget--
		}
		p, shape := pickPivot(v, lo, hi, less)
		if shape == shapeDescending {
			flipRange(v, lo, hi)
			p = lo + hi - 1 - p
			shape = shapeAscending
		}
		if wasBalanced && wasUntouched && shape == shapeAscending && almostSorted(v, lo, hi, less) {
			return
		}
		// When the element just left of the range (a pivot from an outer
		// level, so no greater than anything here) is not below the
		// pivot, the range holds many copies of it: set them aside.
		if lo > 0 && !less(v[lo-1], v[p]) {
			lo = splitOffEqual(v, lo, hi, p, less)
			continue
		}
		at, untouched := splitAround(v, lo, hi, p, less)
		wasUntouched = untouched
		minSide := size / 8
		if at-lo < hi-at {
			wasBalanced = at-lo >= minSide
			quickRange(v, lo, at, budget, less)
			lo = at + 1
		} else {
			wasBalanced = hi-at >= minSide
			quickRange(v, at+1, hi, budget, less)
			hi = at
		}
	}
	insertRun(v, lo, hi, less)
}

// splitAround parks the pivot v[p] at v[lo], arranges v[lo+1:hi] into the
// elements below it followed by the rest, and moves the pivot between the
// two groups, returning its final index. untouched reports that no
// exchange was needed besides the pivot's.
func splitAround[E any](v []E, lo, hi, p int, less func(a, b E) bool) (at int, untouched bool) {
	v[lo], v[p] = v[p], v[lo]
	left, right := lo+1, hi-1
	untouched = true
	for {
		for left <= right && less(v[left], v[lo]) {
			left++
		}
		for left <= right && !less(v[right], v[lo]) {
			right--
		}
		if left > right {
			break
		}
		v[left], v[right] = v[right], v[left]
		untouched = false
		left, right = left+1, right-1
	}
	v[right], v[lo] = v[lo], v[right]
	return right, untouched
}

// splitOffEqual parks the pivot v[p] at v[lo] and arranges v[lo+1:hi],
// where nothing is below the pivot, into the copies of the pivot followed
// by the greater elements; it returns the index of the first greater one.
func splitOffEqual[E any](v []E, lo, hi, p int, less func(a, b E) bool) int {
	v[lo], v[p] = v[p], v[lo]
	left, right := lo+1, hi-1
	for {
		for left <= right && !less(v[lo], v[left]) {
			left++
		}
		for left <= right && less(v[lo], v[right]) {
			right--
		}
		if left > right {
			return left
		}
		v[left], v[right] = v[right], v[left]
		left, right = left+1, right-1
	}
}

// almostSorted repairs at most five adjacent inversions in v[lo:hi] (only
// when the range has at least 50 elements) and reports whether the range
// is sorted afterwards.
func almostSorted[E any](v []E, lo, hi int, less func(a, b E) bool) bool {
	pos := lo + 1
	for fixes := 5; fixes > 0; fixes-- {
		for pos < hi && !less(v[pos], v[pos-1]) {
			pos++
		}
		if pos == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		v[pos-1], v[pos] = v[pos], v[pos-1]
		if pos-lo >= 2 {
			// Walk the smaller one leftwards. As in Go, the walk is
			// bounded by index 1 rather than by lo.
			for k := pos - 1; k > 0 && less(v[k], v[k-1]); k-- {
				v[k-1], v[k] = v[k], v[k-1]
			}
		}
		if hi-pos >= 2 {
			for k := pos + 1; k < hi && less(v[k], v[k-1]); k++ {
				v[k-1], v[k] = v[k], v[k-1]
			}
		}
	}
	return false
}

// shuffleMiddle exchanges the three elements around the middle of v[lo:hi]
// with elements at pseudo-random positions, to break up patterns that make
// pivots bad. The xorshift generator is seeded with the length, so this is
// deterministic.
func shuffleMiddle[E any](v []E, lo, hi int) {
	size := hi - lo
	if size < 8 {
		return
	}
	state := uint64(size)
	mask := uint(1)<<uint(bits.Len(uint(size))) - 1
	middle := lo + size/4*2
	for at := middle - 1; at <= middle+1; at++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		off := int(uint(state) & mask)
		if off >= size {
			off -= size
		}
		v[at], v[lo+off] = v[lo+off], v[at]
	}
}

// pickPivot chooses the pivot's index in v[lo:hi]: a fixed position under
// 8 elements, a median of three under 50 and otherwise a median of three
// medians of three. The shape says whether every sampled pair was in
// order (ascending) or every one was reversed (descending).
func pickPivot[E any](v []E, lo, hi int, less func(a, b E) bool) (int, int) {
	size := hi - lo
	q := size / 4
	x, y, z := lo+q, lo+2*q, lo+3*q
	reversed := 0
	if size >= 8 {
		if size >= 50 {
			x = middleOf(v, x-1, x, x+1, &reversed, less)
			y = middleOf(v, y-1, y, y+1, &reversed, less)
			z = middleOf(v, z-1, z, z+1, &reversed, less)
		}
		y = middleOf(v, x, y, z, &reversed, less)
	}
	if reversed == 0 {
		return y, shapeAscending
	}
	if reversed == 12 {
		return y, shapeDescending
	}
	return y, shapeMixed
}

// middleOf returns which of the indexes x, y, z holds the median value,
// counting in *reversed each compared pair found out of order.
func middleOf[E any](v []E, x, y, z int, reversed *int, less func(a, b E) bool) int {
	if less(v[y], v[x]) {
		x, y = y, x
		*reversed++
	}
	if less(v[z], v[y]) {
		y = z
		*reversed++
	}
	if less(v[y], v[x]) {
		y = x
		*reversed++
	}
	return y
}

// flipRange reverses v[lo:hi].
func flipRange[E any](v []E, lo, hi int) {
	Reverse(v[lo:hi])
}

// stableSort sorts v[:n] keeping equal elements in order: runs of 20 are
// insertion sorted, then neighbouring runs are merged, doubling the run
// length each round.
func stableSort[E any](v []E, n int, less func(a, b E) bool) {
	const run = 20
	start := 0
	for ; start+run <= n; start += run {
		insertRun(v, start, start+run, less)
	}
	insertRun(v, start, n, less)
	for width := run; width < n; width *= 2 {
		pair := 2 * width
		lo := 0
		for ; lo+pair <= n; lo += pair {
			mergeRuns(v, lo, lo+width, lo+pair, less)
		}
		if lo+width < n {
			mergeRuns(v, lo, lo+width, n, less)
		}
	}
}

// searchFirst returns the least i in [lo, hi) for which ok(i) holds,
// assuming ok is false then true over the range (hi if it never holds).
func searchFirst(lo, hi int, ok func(int) bool) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ok(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// mergeRuns merges the sorted neighbours v[lo:mid] and v[mid:hi] in place,
// stably, by the SymMerge method of Kim and Kutzner: a binary search finds
// how much of each side crosses over, one rotation exchanges those parts,
// and the two halves are merged recursively. It needs lo < mid < hi.
func mergeRuns[E any](v []E, lo, mid, hi int, less func(a, b E) bool) {
	switch {
	case mid-lo == 1:
		// A single element on the left: it goes before the first
		// element on the right that is not less than it.
		x := v[lo]
		to := searchFirst(mid, hi, func(i int) bool { return !less(v[i], x) })
		copy(v[lo:to-1], v[lo+1:to])
		v[to-1] = x
	case hi-mid == 1:
		// A single element on the right: it goes before the first
		// element on the left that is greater than it.
		x := v[mid]
		to := searchFirst(lo, mid, func(i int) bool { return less(x, v[i]) })
		copy(v[to+1:mid+1], v[to:mid])
		v[to] = x
	default:
		half := int(uint(lo+hi) >> 1)
		sum := half + mid
		from, upto := lo, mid
		if mid > half {
			from, upto = sum-hi, half
		}
		cut := searchFirst(from, upto, func(c int) bool { return less(v[sum-1-c], v[c]) })
		end := sum - cut
		if cut < mid && mid < end {
			rotateBlocks(v[cut:end], mid-cut)
		}
		if lo < cut && cut < half {
			mergeRuns(v, lo, cut, half, less)
		}
		if half < end && end < hi {
			mergeRuns(v, half, end, hi, less)
		}
	}
}

// rotateBlocks turns v = A B, where A is the first k elements, into B A.
func rotateBlocks[E any](v []E, k int) {
	Reverse(v[:k])
	Reverse(v[k:])
	Reverse(v)
}
