package sort

import "math/bits"

// The sorting algorithms. They make the same sequence of Less and Swap
// calls as Go's, so that results (including the order of equal elements
// in unstable sorts) are identical.

// insertionSort sorts data[a:b].
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of the heap data[first+lo :
// first+hi] (indices relative to first) from root lo downwards.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort(data Interface, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, 0, i, first)
	}
}

// Hints about the order of the sampled elements, from choosePivot.
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// pdqsort sorts data[a:b] with pattern-defeating quicksort (Orson Peters'
// algorithm, without the block partitioning). limit is how many badly
// unbalanced partitions are tolerated before switching to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	balanced := true    // the last partition was reasonably balanced
	partitioned := true // the last partition moved nothing
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably sorted already: try to finish with a few shifts.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// If the element before the range (a pivot of an enclosing
		// partition) is not less than the pivot, many elements equal the
		// pivot: put them aside and sort only the greater ones.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := n / 8
		if left < right {
			balanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to data[a] and partitions data[a+1:b] into
// elements less than it and the others, then puts the pivot between them
// and returns its index. already reports whether nothing had to move.
func partition(data Interface, a, b, pivot int) (newpivot int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual partitions data[a:b], none of whose elements is less than
// the pivot, into the elements equal to it followed by the greater ones,
// and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to a few out-of-order neighbours in
// data[a:b] and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps      = 5  // neighbours out of order that may be fixed
		shortestShift = 50 // ranges shorter than this are left alone
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShift {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller element left to its place. (Like Go, this may
		// look below a, down to index 1.)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		// Move the greater element right to its place.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements in the middle of data[a:b] with
// pseudo-randomly chosen ones (the generator is seeded with the length, so
// the result is deterministic).
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	seed := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		other := int(uint(seed) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot index in data[a:b]: the middle element for
// short ranges, the median of three for medium ones and Tukey's ninther
// for long ones. The hint tells whether the samples looked sorted
// (increasing) or reverse sorted (decreasing).
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered so that data[first] <= data[second],
// counting a swap if it had to exchange them.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median of data[a], data[b], data[c].
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// stable sorts data[0:n] stably: insertion sort on blocks of 20, then
// merging blocks of doubling size with symMerge.
func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b] in place and
// stably, with the SymMerge algorithm of Kim and Kutzner (2004). It needs
// a < m < b.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b]: find the first element not less
		// than it, then bubble it there.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m]: find the first element greater
		// than it, then bubble it there.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] with block
// swaps. It needs a < m < b.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
