package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity given to a Buffer's first, small
// allocation.
const smallBufferSize = 64

// Buffer is a growable byte buffer that can be written to and read from.
// Its zero value is an empty buffer, ready to use.
type Buffer struct {
	buf      []byte // unread data is buf[off:]; buf[len:cap] is free space
	off      int    // index of the next byte to read
	lastRead readOp // what the previous call did, for UnreadByte/UnreadRune
}

// readOp tells the Unread methods what the previous call was: ReadRune of
// an n-byte rune (n = 1..4), some other successful read, or anything else.
type readOp int8

const (
	opRead      readOp = -1 // a successful read other than ReadRune
	opInvalid   readOp = 0  // not a read: nothing may be unread
	opReadRune1 readOp = 1  // ReadRune of a 1-byte rune
	opReadRune2 readOp = 2  // ReadRune of a 2-byte rune
	opReadRune3 readOp = 3  // ReadRune of a 3-byte rune
	opReadRune4 readOp = 4  // ReadRune of a 4-byte rune
)

// ErrTooLarge is what a Buffer panics with when it cannot get more memory.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// MinRead is the least free space ReadFrom offers to each Read call.
const MinRead = 512

// Bytes returns the unread bytes. The slice aliases the buffer and stays
// valid only until the buffer is next changed.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns the buffer's free space as an empty slice, meant
// to be appended to and then passed to Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the unread bytes as a string, or "<nil>" for a nil
// *Buffer.
func (b *Buffer) String() string {
	if b != nil {
		return string(b.buf[b.off:])
	}
	return "<nil>"
}

// drained reports whether every written byte has been read.
func (b *Buffer) drained() bool { return b.off >= len(b.buf) }

// Len is the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap is the capacity of the buffer's storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available is the number of bytes that fit before the storage must grow.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate drops all but the first n unread bytes; n outside [0, Len()]
// panics.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n > b.Len() || n < 0 {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset discards the contents but keeps the storage for reuse.
func (b *Buffer) Reset() {
	b.buf, b.off = b.buf[:0], 0
	b.lastRead = opInvalid
}

// extendInPlace lengthens buf by n bytes when the capacity already allows
// it, returning the index of the first new byte.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	end := len(b.buf)
	if cap(b.buf)-end < n {
		return 0, false
	}
	b.buf = b.buf[:end+n]
	return end, true
}

// reserve lengthens buf by n bytes, growing the storage if needed, and
// returns the index of the first new byte.
func (b *Buffer) reserve(n int) int {
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	return b.grow(n)
}

// grow makes room for n more bytes and lengthens buf over them, returning
// the index of the first one. Unread data may move to the front of the
// storage, or to new storage.
func (b *Buffer) grow(n int) int {
	unread := b.Len()
	if unread == 0 && b.off > 0 {
		// Everything was read: start over at the front.
		b.Reset()
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	size := cap(b.buf)
	switch {
	case b.buf == nil && n <= smallBufferSize:
		b.buf = make([]byte, 0, smallBufferSize)
	case n <= size/2-unread:
		// Sliding the unread bytes down frees enough room while still
		// leaving half the storage unused, so copying stays cheap overall.
		copy(b.buf, b.buf[b.off:])
	case size > maxInt-size-n:
		panic(ErrTooLarge)
	default:
		// The new storage must also cover the b.off bytes cut off the front.
		b.buf = growSlice(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// growSlice copies b into new storage with room for n more bytes and at
// least twice b's capacity. Failure to allocate panics with ErrTooLarge.
func growSlice(b []byte, n int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	want := max(len(b)+n, 2*cap(b))
	// Appending to a nil slice lets the allocator round the capacity up.
	fresh := append([]byte(nil), make([]byte, want)...)
	return fresh[:copy(fresh, b)]
}

// Grow ensures that n more bytes can be written without reallocating. A
// negative n panics.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	end := b.grow(n)
	b.buf = b.buf[:end]
}

// Write appends p. It always returns len(p), nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at := b.reserve(len(p))
	return copy(b.buf[at:], p), nil
}

// WriteString appends s. It always returns len(s), nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at := b.reserve(len(s))
	return copy(b.buf[at:], s), nil
}

// ReadFrom appends everything r yields until io.EOF, which is not reported
// as an error, and returns how many bytes it read.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		end := b.grow(MinRead)
		b.buf = b.buf[:end]
		got, rerr := r.Read(b.buf[end:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:end+got]
		n += int64(got)
		switch {
		case rerr == io.EOF:
			return n, nil
		case rerr != nil:
			return n, rerr
		}
	}
}

// WriteTo hands the unread bytes to w and returns how many it took.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	pending := b.Len()
	if pending == 0 {
		b.Reset()
		return 0, nil
	}
	wrote, werr := w.Write(b.buf[b.off:])
	if wrote > pending {
		panic("bytes.Buffer.WriteTo: invalid Write count")
	}
	b.off += wrote
	n = int64(wrote)
	if werr == nil && wrote != pending {
		// A Writer that stops short must say why; treat silence as a
		// short write.
		werr = io.ErrShortWrite
	}
	if werr != nil {
		return n, werr
	}
	b.Reset()
	return n, nil
}

// WriteByte appends c. It always returns nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	b.buf[b.reserve(1)] = c
	return nil
}

// WriteRune appends the UTF-8 form of r and returns its length; the error
// is always nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	start := b.reserve(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:start], r)
	return len(b.buf) - start, nil
}

// Read moves up to len(p) unread bytes into p. Once the buffer is drained
// it returns io.EOF, except for an empty p.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.drained() {
		b.Reset()
		if len(p) > 0 {
			err = io.EOF
		}
		return 0, err
	}
	n = copy(p, b.buf[b.off:])
	b.advance(n)
	return n, nil
}

// advance consumes n bytes; consuming at least one makes UnreadByte legal.
func (b *Buffer) advance(n int) {
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
}

// Next consumes and returns up to n unread bytes. The slice aliases the
// buffer until its next change.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	n = min(n, b.Len())
	chunk := b.buf[b.off : b.off+n]
	b.advance(n)
	return chunk
}

// Peek returns the next n unread bytes without consuming them; when fewer
// remain it returns them all with io.EOF.
func (b *Buffer) Peek(n int) ([]byte, error) {
	if n > b.Len() {
		return b.buf[b.off:], io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}

// ReadByte consumes and returns one byte, or io.EOF when drained.
func (b *Buffer) ReadByte() (byte, error) {
	if b.drained() {
		b.Reset()
		return 0, io.EOF
	}
	b.off++
	b.lastRead = opRead
	return b.buf[b.off-1], nil
}

// ReadRune consumes one UTF-8 encoded rune and returns it with its size.
// Bytes that do not start a valid encoding read as U+FFFD of size 1.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.drained() {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = rune(b.buf[b.off]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.off:])
	}
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune steps back over the rune that the immediately preceding call,
// which must be ReadRune, returned.
func (b *Buffer) UnreadRune() error {
	if b.lastRead < opReadRune1 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if size := int(b.lastRead); size <= b.off {
		b.off -= size
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte steps back one byte after a successful read.
func (b *Buffer) UnreadByte() error {
	switch {
	case b.lastRead == opInvalid:
		return errUnreadByte
	case b.off > 0:
		b.off--
	}
	b.lastRead = opInvalid
	return nil
}

// sliceThrough consumes the unread bytes up to and including the first
// delim and returns them aliasing the buffer; with no delim it consumes
// everything and reports io.EOF.
func (b *Buffer) sliceThrough(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes consumes through the first delim and returns a copy of those
// bytes; with no delim it returns the rest and io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	view, err := b.sliceThrough(delim)
	return append([]byte(nil), view...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	view, err := b.sliceThrough(delim)
	return string(view), err
}

// NewBuffer returns a Buffer that starts out holding buf and takes it
// over; buf should not be used afterwards.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer that starts out holding s.
func NewBufferString(s string) *Buffer {
	return &Buffer{buf: []byte(s)}
}
