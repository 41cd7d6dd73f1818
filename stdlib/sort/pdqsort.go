package sort

import "math/bits"

// Sorting machinery for Sort, Slice, Stable and SliceStable. The unstable
// sort is a pattern-defeating quicksort that asks Less the same questions,
// in the same order, as Go's implementation and makes the same exchanges,
// so equal elements end up where Go would put them. The stable sort
// insertion-sorts small runs and then merges neighbours in place with the
// SymMerge method; being stable, its result is fully determined.

// The shape of the sample looked at when a pivot is chosen.
const (
	shapeMixed = iota
	shapeAscending
	shapeDescending
)

// insertRun sorts the elements lo..hi-1 by moving each one left past the
// bigger ones before it.
func insertRun(d Interface, lo, hi int) {
	for next := lo + 1; next < hi; next++ {
		for k := next; k > lo; k-- {
			if !d.Less(k, k-1) {
				break
			}
			d.Swap(k, k-1)
		}
	}
}

// heapDown lets node (an index relative to base) sink in the max-heap
// formed by the n elements starting at base.
func heapDown(d Interface, base, node, n int) {
	for kid := 2*node + 1; kid < n; kid = 2*node + 1 {
		if kid+1 < n && d.Less(base+kid, base+kid+1) {
			kid++
		}
		if !d.Less(base+node, base+kid) {
			break
		}
		d.Swap(base+node, base+kid)
		node = kid
	}
}

// heapRange sorts lo..hi-1 with heapsort, the fallback when quicksort
// keeps choosing bad pivots.
func heapRange(d Interface, lo, hi int) {
	n := hi - lo
	for node := (n - 1) / 2; node >= 0; node-- {
		heapDown(d, lo, node, n)
	}
	for last := n - 1; last >= 0; last-- {
		d.Swap(lo, lo+last)
		heapDown(d, lo, 0, last)
	}
}

// quickRange sorts lo..hi-1. budget is the number of badly unbalanced
// splits still tolerated before heapsort takes over.
func quickRange(d Interface, lo, hi, budget int) {
	wasBalanced, wasUntouched := true, true
	for size := hi - lo; size > 12; size = hi - lo {
		if budget == 0 {
			heapRange(d, lo, hi)
			return
		}
		if !wasBalanced {
			shuffleMiddle(d, lo, hi)
			budget--
		}
		p, shape := pickPivot(d, lo, hi)
		if shape == shapeDescending {
			flipRange(d, lo, hi)
			p = lo + hi - 1 - p
			shape = shapeAscending
		}
		if wasBalanced && wasUntouched && shape == shapeAscending && almostSorted(d, lo, hi) {
			return
		}
		// When the element just left of the range (a pivot from an outer
		// level, so no greater than anything here) is not below the
		// pivot, the range holds many copies of it: set them aside.
		if lo > 0 && !d.Less(lo-1, p) {
			lo = splitOffEqual(d, lo, hi, p)
			continue
		}
		at, untouched := splitAround(d, lo, hi, p)
		wasUntouched = untouched
		minSide := size / 8
		if at-lo < hi-at {
			wasBalanced = at-lo >= minSide
			quickRange(d, lo, at, budget)
			lo = at + 1
		} else {
			wasBalanced = hi-at >= minSide
			quickRange(d, at+1, hi, budget)
			hi = at
		}
	}
	insertRun(d, lo, hi)
}

// splitAround parks the pivot p at lo, arranges lo+1..hi-1 into the
// elements below it followed by the rest, and moves the pivot between the
// two groups, returning its final index. untouched reports that no
// exchange was needed besides the pivot's.
func splitAround(d Interface, lo, hi, p int) (at int, untouched bool) {
	d.Swap(lo, p)
	left, right := lo+1, hi-1
	untouched = true
	for {
		for left <= right && d.Less(left, lo) {
			left++
		}
		for left <= right && !d.Less(right, lo) {
			right--
		}
		if left > right {
			break
		}
		d.Swap(left, right)
		untouched = false
		left, right = left+1, right-1
	}
	d.Swap(right, lo)
	return right, untouched
}

// splitOffEqual parks the pivot p at lo and arranges lo+1..hi-1, where
// nothing is below the pivot, into the copies of the pivot followed by the
// greater elements; it returns the index of the first greater one.
func splitOffEqual(d Interface, lo, hi, p int) int {
	d.Swap(lo, p)
	left, right := lo+1, hi-1
	for {
		for left <= right && !d.Less(lo, left) {
			left++
		}
		for left <= right && d.Less(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		d.Swap(left, right)
		left, right = left+1, right-1
	}
}

// almostSorted repairs at most five adjacent inversions in lo..hi-1 (only
// when the range has at least 50 elements) and reports whether the range
// is sorted afterwards.
func almostSorted(d Interface, lo, hi int) bool {
	pos := lo + 1
	for fixes := 5; fixes > 0; fixes-- {
		for pos < hi && !d.Less(pos, pos-1) {
			pos++
		}
		if pos == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		d.Swap(pos-1, pos)
		if pos-lo >= 2 {
			// Walk the smaller one leftwards. As in Go, the walk is
			// bounded by index 1 rather than by lo.
			for k := pos - 1; k > 0 && d.Less(k, k-1); k-- {
				d.Swap(k-1, k)
			}
		}
		if hi-pos >= 2 {
			for k := pos + 1; k < hi && d.Less(k, k-1); k++ {
				d.Swap(k-1, k)
			}
		}
	}
	return false
}

// shuffleMiddle exchanges the three elements around the middle of lo..hi-1
// with elements at pseudo-random positions, to break up patterns that make
// pivots bad. The xorshift generator is seeded with the length, so this is
// deterministic.
func shuffleMiddle(d Interface, lo, hi int) {
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
		d.Swap(at, lo+off)
	}
}

// pickPivot chooses the pivot's index in lo..hi-1: a fixed position under
// 8 elements, a median of three under 50 and otherwise a median of three
// medians of three. The shape says whether every sampled pair was in
// order (ascending) or every one was reversed (descending).
func pickPivot(d Interface, lo, hi int) (int, int) {
	size := hi - lo
	q := size / 4
	x, y, z := lo+q, lo+2*q, lo+3*q
	reversed := 0
	if size >= 8 {
		if size >= 50 {
			x = middleOf(d, x-1, x, x+1, &reversed)
			y = middleOf(d, y-1, y, y+1, &reversed)
			z = middleOf(d, z-1, z, z+1, &reversed)
		}
		y = middleOf(d, x, y, z, &reversed)
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
func middleOf(d Interface, x, y, z int, reversed *int) int {
	if d.Less(y, x) {
		x, y = y, x
		*reversed++
	}
	if d.Less(z, y) {
		y = z
		*reversed++
	}
	if d.Less(y, x) {
		y = x
		*reversed++
	}
	return y
}

// flipRange reverses the elements lo..hi-1.
func flipRange(d Interface, lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		d.Swap(lo, hi)
	}
}

// stableSort sorts the n elements keeping equal ones in order: runs of 20
// are insertion sorted, then neighbouring runs are merged, doubling the
// run length each round.
func stableSort(d Interface, n int) {
	const run = 20
	start := 0
	for ; start+run <= n; start += run {
		insertRun(d, start, start+run)
	}
	insertRun(d, start, n)
	for width := run; width < n; width *= 2 {
		pair := 2 * width
		lo := 0
		for ; lo+pair <= n; lo += pair {
			mergeRuns(d, lo, lo+width, lo+pair)
		}
		if lo+width < n {
			mergeRuns(d, lo, lo+width, n)
		}
	}
}

// mergeRuns merges the sorted neighbours lo..mid-1 and mid..hi-1 in place,
// stably, by the SymMerge method of Kim and Kutzner: a binary search finds
// how much of each side crosses over, one rotation exchanges those parts,
// and the two halves are merged recursively. It needs lo < mid < hi.
func mergeRuns(d Interface, lo, mid, hi int) {
	switch {
	case mid-lo == 1:
		// A single element on the left: it goes before the first
		// element on the right that is not less than it.
		to := Search(hi-mid, func(i int) bool { return !d.Less(mid+i, lo) }) + mid
		for k := lo + 1; k < to; k++ {
			d.Swap(k-1, k)
		}
	case hi-mid == 1:
		// A single element on the right: it goes before the first
		// element on the left that is greater than it.
		to := Search(mid-lo, func(i int) bool { return d.Less(mid, lo+i) }) + lo
		for k := mid; k > to; k-- {
			d.Swap(k, k-1)
		}
	default:
		half := int(uint(lo+hi) >> 1)
		sum := half + mid
		from, upto := lo, mid
		if mid > half {
			from, upto = sum-hi, half
		}
		cut := from + Search(upto-from, func(i int) bool { return d.Less(sum-1-from-i, from+i) })
		end := sum - cut
		if cut < mid && mid < end {
			flipRange(d, cut, mid)
			flipRange(d, mid, end)
			flipRange(d, cut, end)
		}
		if lo < cut && cut < half {
			mergeRuns(d, lo, cut, half)
		}
		if half < end && end < hi {
			mergeRuns(d, half, end, hi)
		}
	}
}
