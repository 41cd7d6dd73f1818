package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader is a read-only, seekable view of a string. It implements io.Reader,
// io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner and io.RuneScanner.
// Its zero value reads nothing.
type Reader struct {
	s        string
	i        int64 // position of the next byte to read
	prevRune int   // where the last ReadRune started; -1 if the last call was not ReadRune
}

// NewReader returns a Reader positioned at the start of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// rest returns the unread part of the data (empty once the position is at
// or past the end).
func (r *Reader) rest() string {
	if r.i >= int64(len(r.s)) {
		return r.s[len(r.s):]
	}
	return r.s[r.i:]
}

// Len is the number of bytes not yet read.
func (r *Reader) Len() int { return len(r.rest()) }

// Size is the length of the whole underlying string, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies unread bytes into b.
func (r *Reader) Read(b []byte) (n int, err error) {
	left := r.rest()
	if len(left) == 0 {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, left)
	r.i += int64(n)
	return n, nil
}

// ReadAt copies bytes from offset off into b; it neither uses nor moves
// the read position.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		// The data ran out before b was full.
		err = io.EOF
	}
	return n, err
}

// ReadByte returns the next byte.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	left := r.rest()
	if len(left) == 0 {
		return 0, io.EOF
	}
	r.i++
	return left[0], nil
}

// UnreadByte moves the position back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.i--
	r.prevRune = -1
	return nil
}

// ReadRune decodes the next UTF-8 encoded rune and returns it with its
// size in bytes.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	left := r.rest()
	if len(left) == 0 {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRuneInString(left)
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune moves the position back to the start of the rune that the
// previous call, which must be ReadRune, returned.
func (r *Reader) UnreadRune() error {
	switch {
	case r.i <= 0:
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	case r.prevRune < 0:
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i, r.prevRune = int64(r.prevRune), -1
	return nil
}

// Seek sets the position for the next read, relative to the start, the
// current position or the end according to whence, and returns it.
// Positions past the end are allowed; negative ones are not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var base int64
	switch whence {
	case io.SeekStart:
		base = 0
	case io.SeekCurrent:
		base = r.i
	case io.SeekEnd:
		base = int64(len(r.s))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	pos := base + offset
	if pos < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes all unread bytes to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	left := r.rest()
	if len(left) == 0 {
		return 0, nil
	}
	wrote, err := io.WriteString(w, left)
	if wrote > len(left) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(wrote)
	if err == nil && wrote != len(left) {
		err = io.ErrShortWrite
	}
	return int64(wrote), err
}

// Reset makes r read s from the beginning.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
