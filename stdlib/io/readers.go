package io

import "errors"

// LimitReader wraps r so that it yields at most n bytes and then EOF.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader passes reads through to R while N, the number of bytes it
// may still yield, is positive; it then reports EOF.
type LimitedReader struct {
	R Reader // the underlying reader
	N int64  // the number of bytes still allowed
}

// Read reads from R, never more than N bytes, and deducts what it got
// from N.
func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if l.N < int64(len(p)) {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader gives access to the n bytes of r starting at offset
// off. If off+n would overflow an int64, the section runs to the largest
// possible offset instead.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxOffset = 1<<63 - 1
	end := int64(maxOffset)
	if off <= maxOffset-n {
		end = off + n
	}
	return &SectionReader{r, off, off, end, n}
}

// SectionReader reads, seeks and reads-at within one section of a
// ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // offset in r where the section starts
	off   int64 // offset in r of the next Read
	limit int64 // offset in r where the section ends
	n     int64 // the length passed to NewSectionReader
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Read reads from the current position, never past the section's end.
func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

// Seek moves the position within the section and returns it relative to
// the section's start. Moving before the start is an error; moving past
// the end is allowed.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var from int64
	switch whence {
	case SeekStart:
		from = s.base
	case SeekCurrent:
		from = s.off
	case SeekEnd:
		from = s.limit
	default:
		return 0, errWhence
	}
	target := from + offset
	if target < s.base {
		return 0, errOffset
	}
	s.off = target
	return target - s.base, nil
}

// ReadAt reads at offset off within the section. A read cut short by the
// section's end reports EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.base + off
	left := s.limit - at
	if int64(len(p)) <= left {
		return s.r.ReadAt(p, at)
	}
	n, err = s.r.ReadAt(p[:left], at)
	if err == nil {
		err = EOF
	}
	return n, err
}

// Size is the length of the section.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer returns the ReaderAt, offset and length the SectionReader was
// created with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) {
	return s.r, s.base, s.n
}

// OffsetWriter turns writes at offset 0 and up into writes at base and up
// in a WriterAt, and tracks a position for Write and Seek.
type OffsetWriter struct {
	w    WriterAt
	base int64 // offset in w that counts as 0
	off  int64 // offset in w of the next Write
}

// NewOffsetWriter returns an OffsetWriter for w whose offset 0 is off.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w, off, off}
}

// Write writes p at the current position and moves past what was written.
func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.off)
	o.off += int64(n)
	return n, err
}

// WriteAt writes p at offset off relative to the base; the position is
// unaffected.
func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off >= 0 {
		return o.w.WriteAt(p, o.base+off)
	}
	return 0, errOffset
}

// Seek moves the position, relative to the base (SeekStart) or to the
// current position (SeekCurrent), and returns it relative to the base.
// SeekEnd is not supported.
func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	var from int64
	switch whence {
	case SeekStart:
		from = o.base
	case SeekCurrent:
		from = o.off
	default:
		return 0, errWhence
	}
	target := from + offset
	if target < o.base {
		return 0, errOffset
	}
	o.off = target
	return target - o.base, nil
}

// TeeReader returns a Reader that copies to w whatever it reads from r,
// before returning it. A failed write becomes the Read's result.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n <= 0 {
		return n, err
	}
	if wn, werr := t.w.Write(p[:n]); werr != nil {
		return wn, werr
	}
	return n, err
}

// Discard is a Writer that succeeds at every write and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom drains r into an 8 KiB scratch buffer and counts the bytes.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	scratch := make([]byte, 8192)
	for {
		got, rerr := r.Read(scratch)
		n += int64(got)
		switch rerr {
		case nil:
		case EOF:
			return n, nil
		default:
			return n, rerr
		}
	}
}

// NopCloser wraps r with a Close method that does nothing; the result
// keeps r's WriteTo method, if any.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); !ok {
		return nopCloser{r}
	}
	return nopCloserWriterTo{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}
