package strings

import "unicode/utf8"

// Builder accumulates a string through its Write methods, without copying
// the bytes again when String is called. The zero value is ready to use;
// once written to, a Builder must not be copied.
type Builder struct {
	addr *Builder // set to the Builder's own address on first use
	buf  []byte
}

// checkNotCopied records b's address on first use and panics if b is
// later used at a different address (that is, through a copy).
func (b *Builder) checkNotCopied() {
	switch b.addr {
	case nil:
		b.addr = b
	case b:
	default:
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns everything written so far.
func (b *Builder) String() string {
	return string(b.buf)
}

// Len is the number of bytes written so far.
func (b *Builder) Len() int { return len(b.buf) }

// Cap is the capacity of the storage being written into.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset discards the contents and forgets the Builder's address.
func (b *Builder) Reset() {
	*b = Builder{}
}

// Grow makes sure n more bytes can be written without reallocating; a
// negative n panics.
func (b *Builder) Grow(n int) {
	b.checkNotCopied()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if n <= cap(b.buf)-len(b.buf) {
		return
	}
	// New storage of twice the old capacity plus n, which the allocator
	// may round up.
	bigger := append([]byte(nil), make([]byte, 2*cap(b.buf)+n)...)
	b.buf = bigger[:copy(bigger, b.buf)]
}

// Write appends p; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.checkNotCopied()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 form of r and returns its length and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkNotCopied()
	before := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - before, nil
}

// WriteString appends s; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
