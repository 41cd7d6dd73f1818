// Package bufio is gorun's implementation of Go's bufio package: buffered
// readers and writers wrapping an io.Reader or io.Writer, and Scanner for
// reading input token by token (lines, words, runes). It has no native
// functions.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultBufSize           = 4096
	minReadBufferSize        = 16
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// Reader buffers the input of an io.Reader.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int   // buf[r:w] holds the data not yet handed out
	err          error // error from rd, reported once the buffer runs dry
	lastByte     int   // the byte UnreadByte would restore, or -1
	lastRuneSize int   // size of the rune UnreadRune would restore, or -1
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes
// (and never fewer than 16). An rd that already is such a Reader is
// returned as it is.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.buf) >= size {
		return already
	}
	b := new(Reader)
	b.reset(make([]byte, max(size, minReadBufferSize)), rd)
	return b
}

// NewReader returns a Reader with a buffer of the default size, 4096.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops whatever is buffered, clears the error and switches to
// reading from r. Resetting b to read from itself does nothing.
func (b *Reader) Reset(r io.Reader) {
	if b == r {
		return
	}
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	b.reset(buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// forgetLast makes the next UnreadByte or UnreadRune fail.
func (b *Reader) forgetLast() {
	b.lastByte, b.lastRuneSize = -1, -1
}

// fill slides the buffered data to the front and then reads once into the
// free space, retrying a bounded number of times while the underlying
// reader returns neither data nor an error.
func (b *Reader) fill() {
	if b.r > 0 {
		b.w = copy(b.buf, b.buf[b.r:b.w])
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for attempt := 0; attempt < maxConsecutiveEmptyReads; attempt++ {
		got, err := b.rd.Read(b.buf[b.w:])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.w += got
		if err != nil {
			b.err = err
			return
		}
		if got > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// takeErr returns the pending error and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// Peek returns the next n bytes without consuming them; the slice is only
// valid until the next read. If fewer than n bytes can be had it returns
// those with the reason: ErrBufferFull when n exceeds the buffer size, or
// the read error.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetLast()
	for b.err == nil && b.Buffered() < n && b.Buffered() < len(b.buf) {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if b.Buffered() >= n {
		return b.buf[b.r : b.r+n], nil
	}
	err := b.takeErr()
	if err == nil {
		err = ErrBufferFull
	}
	return b.buf[b.r:b.w], err
}

// Discard skips the next n bytes. It returns how many it skipped, which is
// less than n only together with an error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	switch {
	case n < 0:
		return 0, ErrNegativeCount
	case n == 0:
		return 0, nil
	}
	b.forgetLast()
	left := n
	for {
		if b.Buffered() == 0 {
			b.fill()
		}
		skip := min(b.Buffered(), left)
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read copies buffered data into p, calling the underlying reader at most
// once, and only when nothing is buffered. A p at least as big as the
// buffer is then read into directly. At the end of input it returns
// io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			return b.readDirect(p)
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w = n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// readDirect reads from the underlying reader straight into p, bypassing
// the (empty) buffer.
func (b *Reader) readDirect(p []byte) (n int, err error) {
	n, b.err = b.rd.Read(p)
	if n < 0 {
		panic(errNegativeRead)
	}
	if n > 0 {
		b.lastByte = int(p[n-1])
		b.lastRuneSize = -1
	}
	return n, b.takeErr()
}

// ReadByte returns the next byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.Buffered() == 0 {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read. Only the most recent read can
// be undone, and not after Peek, Discard or WriteTo.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r == 0 {
		// Nothing is buffered: the byte becomes the whole content.
		b.w = 1
	} else {
		b.r--
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forgetLast()
	return nil
}

// partialRune reports whether the buffer may hold just the start of a
// rune and more input could complete it.
func (b *Reader) partialRune() bool {
	return b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) &&
		b.err == nil && b.Buffered() < len(b.buf)
}

// ReadRune decodes the next UTF-8 encoded rune and returns it with its
// size. An invalid encoding yields U+FFFD with size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.partialRune() {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the last rune; the previous call must have been
// ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.lastRuneSize > b.r {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.forgetLast()
	return nil
}

// Buffered is the number of bytes that can be read without touching the
// underlying reader.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice returns the input up to and including the first delim, as a
// slice of the buffer that the next read overwrites. When there is no
// delim it returns what it has together with the read error, or the whole
// buffer with ErrBufferFull when the buffer fills up first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	line, err = b.sliceThrough(delim)
	if n := len(line); n > 0 {
		b.lastByte = int(line[n-1])
		b.lastRuneSize = -1
	}
	return line, err
}

// sliceThrough does the work of ReadSlice.
func (b *Reader) sliceThrough(delim byte) ([]byte, error) {
	checked := 0 // leading buffered bytes known not to hold delim
	for {
		if i := bytes.IndexByte(b.buf[b.r+checked:b.w], delim); i >= 0 {
			return b.consume(checked + i + 1), nil
		}
		if b.err != nil {
			return b.consume(b.Buffered()), b.takeErr()
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			return b.buf, ErrBufferFull
		}
		checked = b.Buffered()
		b.fill()
	}
}

// consume hands out the next n buffered bytes.
func (b *Reader) consume(n int) []byte {
	out := b.buf[b.r : b.r+n]
	b.r += n
	return out
}

// ReadLine returns the next line without its "\n" or "\r\n". A line longer
// than the buffer comes in pieces, all but the last with isPrefix set.
// Prefer ReadString('\n') or a Scanner.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// A trailing '\r' might be half of a "\r\n" split across calls:
		// keep it buffered for next time.
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			return nil, false, err
		}
		return line, false, nil
	}
	// There is a line; any error will come again on the next call.
	if n := len(line); line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
		line = line[:n]
	}
	return line, false, nil
}

// gather reads through the first delim, saving a copy of each buffer-full
// piece met on the way. It returns those pieces, the final piece (still in
// the buffer), their combined length and the error that stopped it, if
// any.
func (b *Reader) gather(delim byte) (pieces [][]byte, last []byte, total int, err error) {
	for {
		frag, e := b.ReadSlice(delim)
		if e != ErrBufferFull {
			return pieces, frag, total + len(frag), e
		}
		pieces = append(pieces, bytes.Clone(frag))
		total += len(frag)
	}
}

// ReadBytes returns the input up to and including the first delim in a new
// slice. Without delim it returns everything read and the error (often
// io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	pieces, last, total, err := b.gather(delim)
	out := make([]byte, 0, total)
	for _, p := range pieces {
		out = append(out, p...)
	}
	return append(out, last...), err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	pieces, last, total, err := b.gather(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, p := range pieces {
		sb.Write(p)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo sends the buffered data and then the rest of the input to w,
// letting the underlying reader's WriteTo or w's ReadFrom do the second
// part when available.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetLast()
	if b.Buffered() > 0 {
		if n, err = b.writeBuf(w); err != nil {
			return n, err
		}
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		more, err := wt.WriteTo(w)
		return n + more, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		more, err := rf.ReadFrom(b.rd)
		return n + more, err
	}
	// Pump the input through the buffer.
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.Buffered() > 0 {
		more, werr := b.writeBuf(w)
		n += more
		if werr != nil {
			return n, werr
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil // reaching the end is success
	}
	return n, b.takeErr()
}

// writeBuf offers the buffered data to w once.
func (b *Reader) writeBuf(w io.Writer) (int64, error) {
	wrote, err := w.Write(b.buf[b.r:b.w])
	if wrote < 0 {
		panic(errNegativeWrite)
	}
	b.r += wrote
	return int64(wrote), err
}

// Writer buffers output to an io.Writer. Once a write to the underlying
// writer fails, every later write and Flush returns that error. Call Flush
// when done.
type Writer struct {
	err error
	buf []byte
	n   int // buf[:n] is waiting to be written
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer holds at least size bytes (a
// non-positive size means the default). A w that already is such a Writer
// is returned as it is.
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.buf) >= size {
		return already
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with a buffer of the default size, 4096.
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops unflushed data and any error and switches to writing to w.
// Resetting b to write to itself does nothing.
func (b *Writer) Reset(w io.Writer) {
	if b == w {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err, b.n, b.wr = nil, 0, w
}

// Flush writes out the buffered data.
func (b *Writer) Flush() error {
	if b.err != nil || b.n == 0 {
		return b.err
	}
	wrote, err := b.wr.Write(b.buf[:b.n])
	if err == nil {
		if wrote >= b.n {
			b.n = 0
			return nil
		}
		err = io.ErrShortWrite
	}
	// Keep the unwritten rest at the front of the buffer.
	if 0 < wrote && wrote < b.n {
		copy(b.buf, b.buf[wrote:b.n])
	}
	b.n -= wrote
	b.err = err
	return err
}

// Available is the free space left in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns the buffer's free space as an empty slice, meant
// to be appended to and then passed to Write.
func (b *Writer) AvailableBuffer() []byte {
	return b.buf[b.n:][:0]
}

// Buffered is the number of bytes waiting to be flushed.
func (b *Writer) Buffered() int { return b.n }

// Write buffers p, flushing whenever the buffer fills. Data too large for
// an empty buffer goes straight to the underlying writer. A short count
// comes with the error that caused it.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		var took int
		if b.n == 0 {
			took, b.err = b.wr.Write(p)
		} else {
			took = copy(b.buf[b.n:], p)
			b.n += took
			b.Flush()
		}
		nn += took
		p = p[took:]
	}
	if b.err != nil {
		return nn, b.err
	}
	b.n += copy(b.buf[b.n:], p)
	return nn + len(p), nil
}

// WriteByte buffers the single byte c.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r and returns its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if err := b.Flush(); err != nil {
			return 0, err
		}
		if b.Available() < utf8.UTFMax {
			// The whole buffer is smaller than one encoded rune.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString buffers s, flushing whenever the buffer fills. Text too large
// for an empty buffer goes straight to the underlying writer's WriteString
// when it has one.
func (b *Writer) WriteString(s string) (int, error) {
	var direct io.StringWriter
	checked := false // whether b.wr has been tested for WriteString
	nn := 0
	for b.err == nil && len(s) > b.Available() {
		if b.n == 0 && !checked {
			direct, _ = b.wr.(io.StringWriter)
			checked = true
		}
		var took int
		if b.n == 0 && direct != nil {
			took, b.err = direct.WriteString(s)
		} else {
			took = copy(b.buf[b.n:], s)
			b.n += took
			b.Flush()
		}
		nn += took
		s = s[took:]
	}
	if b.err != nil {
		return nn, b.err
	}
	b.n += copy(b.buf[b.n:], s)
	return nn + len(s), nil
}

// readInto reads from r into the free space, retrying a bounded number of
// times while r returns neither data nor an error; giving up is reported
// as io.ErrNoProgress.
func (b *Writer) readInto(r io.Reader) (int, error) {
	for attempt := 0; attempt < maxConsecutiveEmptyReads; attempt++ {
		got, err := r.Read(b.buf[b.n:])
		if got != 0 || err != nil {
			return got, err
		}
	}
	return 0, io.ErrNoProgress
}

// ReadFrom buffers everything r yields until EOF, flushing whenever the
// buffer fills. When the buffer is empty and the underlying writer has a
// ReadFrom method, the rest is handed to it.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canDelegate := b.wr.(io.ReaderFrom)
	for err == nil {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if canDelegate && b.n == 0 {
			more, rerr := rf.ReadFrom(r)
			b.err = rerr
			return n + more, rerr
		}
		var got int
		got, err = b.readInto(r)
		b.n += got
		n += int64(got)
	}
	if err != io.EOF {
		return n, err
	}
	// Success. A buffer that ended up exactly full is flushed at once.
	if b.Available() == 0 {
		return n, b.Flush()
	}
	return n, nil
}

// ReadWriter bundles a *Reader and a *Writer into an io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter made of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
