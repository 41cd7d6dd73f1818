package strings

import "unicode/utf8"

// Builder builds a string efficiently with Write methods. The zero value is
// ready to use. A non-zero Builder must not be copied.
type Builder struct {
	addr *Builder // the Builder's own address, to detect copies
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return string(b.buf)
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
// It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends p to the buffer. It always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c to the buffer. It always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to the buffer and returns its
// length and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s to the buffer. It always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
