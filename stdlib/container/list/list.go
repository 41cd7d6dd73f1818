// Package list is gorun's implementation of Go's container/list package:
// a doubly linked list. It has no native functions.
package list

// Element is one entry of a List.
type Element struct {
	// Neighbours in the list's circular chain, which passes through the
	// owning List's sentinel.
	next, prev *Element

	// The List holding the element; nil after removal.
	list *List

	// Value is the caller's data.
	Value any
}

// Next returns the element after e, or nil at the end of the list (or if e
// is not in a list).
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil at the start of the list (or if
// e is not in a list).
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list; its zero value is an empty list ready to
// use.
type List struct {
	root Element // sentinel closing the chain; its Value is never used
	len  int     // element count, sentinel excluded
}

// Init makes l empty and returns it.
func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

// New returns a new, empty list.
func New() *List { return new(List).Init() }

// Len reports how many elements l holds, in constant time.
func (l *List) Len() int { return l.len }

// Front returns l's first element, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

// Back returns l's last element, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// ensureInit sets up the sentinel of a zero List.
func (l *List) ensureInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// splice wires the detached element e into the chain right after pos.
func splice(e, pos *Element) {
	following := pos.next
	e.prev, e.next = pos, following
	pos.next, following.prev = e, e
}

// detach takes e out of its chain by joining its neighbours together.
func detach(e *Element) {
	before, after := e.prev, e.next
	before.next, after.prev = after, before
}

// add creates an element holding v, places it after pos and returns it.
func (l *List) add(v any, pos *Element) *Element {
	e := &Element{Value: v, list: l}
	splice(e, pos)
	l.len++
	return e
}

// relocate moves e, already in l, to just after pos.
func (l *List) relocate(e, pos *Element) {
	if e != pos {
		detach(e)
		splice(e, pos)
	}
}

// Remove takes e out of l when it belongs to l and returns its Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		detach(e)
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

// PushFront adds v as the first element of l and returns its element.
func (l *List) PushFront(v any) *Element {
	l.ensureInit()
	return l.add(v, &l.root)
}

// PushBack adds v as the last element of l and returns its element.
func (l *List) PushBack(v any) *Element {
	l.ensureInit()
	return l.add(v, l.root.prev)
}

// InsertBefore adds v just before mark and returns the new element; when
// mark is not in l nothing happens and the result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list == l {
		return l.add(v, mark.prev)
	}
	return nil
}

// InsertAfter adds v just after mark and returns the new element; when mark
// is not in l nothing happens and the result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list == l {
		return l.add(v, mark)
	}
	return nil
}

// MoveToFront makes e the first element of l; elements of other lists are
// left alone.
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relocate(e, &l.root)
	}
}

// MoveToBack makes e the last element of l; elements of other lists are
// left alone.
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relocate(e, l.root.prev)
	}
}

// MoveBefore puts e just before mark, provided both are distinct elements
// of l.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && e != mark && mark.list == l {
		l.relocate(e, mark.prev)
	}
}

// MoveAfter puts e just after mark, provided both are distinct elements of
// l.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && e != mark && mark.list == l {
		l.relocate(e, mark)
	}
}

// PushBackList appends a copy of each value of other to l, in order. other
// may be l itself: only its original elements are copied.
func (l *List) PushBackList(other *List) {
	l.ensureInit()
	remaining := other.Len()
	for src := other.Front(); remaining > 0; remaining-- {
		l.add(src.Value, l.root.prev)
		src = src.Next()
	}
}

// PushFrontList prepends a copy of each value of other to l, keeping their
// order. other may be l itself.
func (l *List) PushFrontList(other *List) {
	l.ensureInit()
	remaining := other.Len()
	for src := other.Back(); remaining > 0; remaining-- {
		l.add(src.Value, &l.root)
		src = src.Prev()
	}
}
