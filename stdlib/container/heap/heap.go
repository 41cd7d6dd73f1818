// Package heap is gorun's implementation of Go's container/heap package:
// heap operations on any type implementing heap.Interface. The minimum
// element (by Less) is at index 0. It has no native functions.
package heap

import "sort"

// Interface is a collection usable as a min-heap: sort.Interface for
// ordering, plus Push and Pop, which add and remove the element at index
// Len()-1. Use the package's functions (heap.Push, heap.Pop) rather than
// calling the methods directly.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init arranges h into heap order in linear time, sifting down every
// element that has children, last parent first.
func Init(h Interface) {
	size := h.Len()
	for parent := size/2 - 1; parent >= 0; parent-- {
		siftDown(h, parent, size)
	}
}

// Push appends x to h and restores the heap order, in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop takes the smallest element out of h and returns it, in O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove takes the element at index i out of h and returns it, in
// O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		// Put the last element in the hole, then move it whichever way
		// the ordering needs.
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i has changed,
// in O(log n).
func Fix(h Interface, i int) {
	if siftDown(h, i, h.Len()) {
		return
	}
	siftUp(h, i)
}

// siftUp swaps the element at child with its parent for as long as it is
// smaller than that parent.
func siftUp(h Interface, child int) {
	parent := (child - 1) / 2
	for parent != child && h.Less(child, parent) {
		h.Swap(parent, child)
		child, parent = parent, (parent-1)/2
	}
}

// siftDown swaps the element at start with its smaller child, among the
// first n elements, for as long as that child is smaller. It reports
// whether the element moved at all.
func siftDown(h Interface, start, n int) bool {
	pos := start
	// child < 0 guards against 2*pos+1 overflowing.
	for child := 2*pos + 1; child >= 0 && child < n; child = 2*pos + 1 {
		if sib := child + 1; sib < n && h.Less(sib, child) {
			child = sib
		}
		if !h.Less(child, pos) {
			break
		}
		h.Swap(pos, child)
		pos = child
	}
	return pos > start
}
