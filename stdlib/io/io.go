// Package io is gorun's implementation of Go's io package: the basic I/O
// interfaces and helpers built on them. It has no native functions.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // relative to the start
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// ErrShortWrite reports a write that accepted fewer bytes than requested
// without returning an error.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite reports a write that claimed to write more than asked.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer reports a read that needed a larger buffer.
var ErrShortBuffer = errors.New("short buffer")

// EOF is returned by Read when there is no more input. Readers return EOF
// itself, never a wrapped EOF, so callers can compare with ==.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF reports an EOF in the middle of a fixed-size block or a
// structured piece of data.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress reports a Reader that keeps returning neither data nor an
// error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// Reader is the interface of the Read method: it reads up to len(p) bytes
// into p and returns how many it read, with io.EOF at the end of the input.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface of the Write method: it writes p and returns how
// many bytes it wrote; a short write must come with an error.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is the interface of the Close method.
type Closer interface {
	Close() error
}

// Seeker is the interface of the Seek method, which sets the offset of the
// next Read or Write relative to whence (SeekStart, SeekCurrent, SeekEnd).
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser groups Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser groups Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser groups Read, Write and Close.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker groups Read and Seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser groups Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker groups Write and Seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker groups Read, Write and Seek.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom is implemented by writers that can read everything from a
// Reader themselves (Copy uses it).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo is implemented by readers that can write all their data to a
// Writer themselves (Copy uses it).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt is the interface of ReadAt, which reads len(p) bytes at offset
// off, independently of any other offset.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt is the interface of WriteAt, which writes p at offset off.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader is the interface of ReadByte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner adds UnreadByte to ByteReader.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter is the interface of WriteByte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader is the interface of ReadRune.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner adds UnreadRune to RuneReader.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter is the interface of WriteString.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, using w's own WriteString method when it has
// one and converting s to bytes otherwise.
func WriteString(w Writer, s string) (n int, err error) {
	sw, ok := w.(StringWriter)
	if !ok {
		return w.Write([]byte(s))
	}
	return sw.WriteString(s)
}

// ReadAtLeast keeps reading from r into buf until at least min bytes have
// arrived. A buf shorter than min gives ErrShortBuffer. If the input ends
// first, the error is EOF when nothing was read and ErrUnexpectedEOF
// otherwise; once min bytes are in, any error from the last Read is
// dropped.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		got, rerr := r.Read(buf[n:])
		n, err = n+got, rerr
	}
	switch {
	case n >= min:
		return n, nil
	case n > 0 && err == EOF:
		return n, ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills buf from r, failing as ReadAtLeast does when the input
// ends too soon.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes from src to dst. The error is nil exactly when all
// n were copied; EOF means src ran out first.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	copied, err := Copy(dst, LimitReader(src, n))
	switch {
	case copied == n:
		err = nil
	case copied < n && err == nil:
		err = EOF
	}
	return copied, err
}

// Copy moves data from src to dst until src reports EOF (which is not an
// error) or something fails, and returns the number of bytes moved. It
// lets src.WriteTo or, failing that, dst.ReadFrom do the work when
// available.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging the data in buf rather than a buffer of its
// own (buf goes unused when WriteTo or ReadFrom takes over). A non-nil,
// zero-length buf panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if len(buf) == 0 && buf != nil {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// defaultCopySize is the staging buffer size Copy uses.
const defaultCopySize = 32 * 1024

// copyStagingSize picks the staging buffer size for copying from src: the
// default, or less when src is a LimitedReader with fewer bytes left
// (though never less than one).
func copyStagingSize(src Reader) int {
	lr, ok := src.(*LimitedReader)
	switch {
	case !ok || lr.N >= defaultCopySize:
		return defaultCopySize
	case lr.N < 1:
		return 1
	}
	return int(lr.N)
}

// copyBuffer is the common body of Copy and CopyBuffer.
func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, copyStagingSize(src))
	}
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				// An impossible count is treated as nothing written.
				put = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(put)
			if werr == nil && put != got {
				werr = ErrShortWrite
			}
			if werr != nil {
				return written, werr
			}
		}
		switch rerr {
		case nil:
		case EOF:
			return written, nil
		default:
			return written, rerr
		}
	}
}

// roomFor returns an empty byte slice with capacity for at least n bytes;
// the allocator may round the capacity up.
func roomFor(n int) []byte {
	return append([]byte(nil), make([]byte, n)...)[:0]
}

// ReadAll collects everything r yields until EOF, which is not reported as
// an error. Data accumulates in a series of growing buffers that are
// joined into one right-sized slice at the end.
func ReadAll(r Reader) ([]byte, error) {
	var filled [][]byte // buffers that are full, in order
	filledLen := 0
	cur := make([]byte, 0, 512)
	nextSize := 256
	for {
		got, err := r.Read(cur[len(cur):cap(cur)])
		cur = cur[:len(cur)+got]
		if err != nil {
			if err == EOF {
				err = nil
			}
			if len(filled) == 0 {
				return cur, err
			}
			all := roomFor(filledLen + len(cur))
			for _, part := range filled {
				all = append(all, part...)
			}
			return append(all, cur...), err
		}
		// Move on to a fresh buffer once less than a sixteenth of this one
		// is free; each new buffer is half as big again as the one before.
		if cap(cur)-len(cur) < cap(cur)/16 {
			filled = append(filled, cur)
			filledLen += len(cur)
			cur = roomFor(nextSize)
			nextSize += nextSize / 2
		}
	}
}
