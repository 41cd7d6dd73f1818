package sort

import "math/bits"

// sliceLen returns the length of the slice x; it panics if x is not a
// slice. (Native.)
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x. (Native.)
func sliceSwap(x any, i, j int)

// funcData adapts a slice and a less function to Interface.
type funcData struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (d *funcData) Len() int           { return d.n }
func (d *funcData) Less(i, j int) bool { return d.less(i, j) }
func (d *funcData) Swap(i, j int)      { sliceSwap(d.x, i, j) }

// Slice sorts the slice x with the function less, which reports whether
// x[i] sorts before x[j]. The sort is not stable. It panics if x is not a
// slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	quickRange(&funcData{x, n, less}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x with the function less, keeping equal
// elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stableSort(&funcData{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to less.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
