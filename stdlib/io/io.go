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

// WriteString writes s to w, through w's WriteString method if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads from r into buf until it has read at least min bytes.
// It returns ErrShortBuffer if buf is smaller than min, EOF if nothing was
// read before the end, and ErrUnexpectedEOF if the end came after fewer
// than min bytes. With n >= min, err is nil.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

// ReadFull reads exactly len(buf) bytes from r into buf, with the errors of
// ReadAtLeast.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or up to an error) from src to dst. It returns
// the number copied; err is nil exactly when written == n, and EOF if src
// ended early.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return
}

// Copy copies from src to dst until EOF or an error and returns the number
// of bytes copied. Reaching EOF is not an error. It uses src's WriteTo or
// dst's ReadFrom method when there is one.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy using buf as the staging buffer (unless WriteTo or
// ReadFrom is used). It panics if buf is non-nil but empty.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

// ReadAll reads from r until EOF or an error and returns the data. Reaching
// EOF is not an error: a successful ReadAll returns err == nil.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			// Grow the buffer (append picks the new capacity).
			b = append(b, 0)[:len(b)]
		}
	}
}
