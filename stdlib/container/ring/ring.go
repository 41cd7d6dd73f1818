// Package ring is gorun's implementation of Go's container/ring package:
// circular lists. It has no native functions.
package ring

// Ring is one element of a circular doubly linked list. Any element can
// stand for the whole ring. A zero Ring is a ring of one element whose
// Value is nil; its links are filled in the first time they are needed.
type Ring struct {
	next, prev *Ring
	Value      any // owned by the caller
}

// selfLink turns a zero Ring into a one-element ring and returns it.
func (r *Ring) selfLink() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next returns the element after r.
func (r *Ring) Next() *Ring {
	if r.next != nil {
		return r.next
	}
	return r.selfLink()
}

// Prev returns the element before r.
func (r *Ring) Prev() *Ring {
	if r.next != nil {
		return r.prev
	}
	return r.selfLink()
}

// Move walks |n| steps from r, forwards for positive n and backwards for
// negative n, and returns the element it stops on.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.selfLink()
	}
	cur := r
	for ; n > 0; n-- {
		cur = cur.next
	}
	for ; n < 0; n++ {
		cur = cur.prev
	}
	return cur
}

// New builds a ring of n elements with nil Values; it returns nil when n is
// not positive.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for made := 1; made < n; made++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next, first.prev = first, last
	return first
}

// Link splices s in right after r and returns what used to follow r. When r
// and s belong to different rings the two become one; when they share a
// ring, the elements strictly between r and s are cut out and returned as a
// ring of their own.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s == nil {
		return after
	}
	sTail := s.Prev()
	r.next, s.prev = s, r
	sTail.next, after.prev = after, sTail
	return after
}

// Unlink cuts out the n % r.Len() elements that follow r and returns them as
// a ring, or nil if that is none.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len counts the elements of the ring by walking it once.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for e := r.Next(); e != r; e = e.next {
		count++
	}
	return count
}

// Do calls f on each Value of the ring in forward order, starting at r. f
// must leave the ring's structure alone.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for e := r.Next(); e != r; e = e.next {
		f(e.Value)
	}
}
