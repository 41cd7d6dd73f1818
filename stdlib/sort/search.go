package sort

// Search uses binary search to find the smallest index i in [0, n) at
// which f(i) is true, assuming f is false and then true over the range. It
// returns n if there is no such index.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Find uses binary search to find the smallest index i in [0, n) at which
// cmp(i) <= 0, assuming cmp is positive, then zero, then negative over the
// range. found reports whether cmp(i) == 0 there. If there is no such
// index, i is n.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmp(m) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
