package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is returned by reads and writes on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the state shared by both ends of a Pipe. A Write offers its
// remaining bytes on offers; the Read that takes them answers on taken
// with how many it copied. closed is closed when either end closes.
type pipe struct {
	writing sync.Mutex // serializes Writes so their data does not interleave
	offers  chan []byte
	taken   chan int

	closeOnce sync.Once
	closed    chan struct{}

	errMu     sync.Mutex
	readerErr error // first error given when closing the read end
	writerErr error // first error given when closing the write end
}

// isClosed reports, without blocking, whether either end has closed.
func (p *pipe) isClosed() bool {
	select {
	case <-p.closed:
		return true
	default:
		return false
	}
}

func (p *pipe) read(b []byte) (n int, err error) {
	if p.isClosed() {
		return 0, p.errForReader()
	}
	select {
	case offered := <-p.offers:
		n = copy(b, offered)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, p.errForReader()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	if p.isClosed() {
		return 0, p.errForWriter()
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	// Offer the data at least once, even when b is empty, and keep
	// offering what is left until readers have taken all of it.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.offers <- b:
			took := <-p.taken
			b = b[took:]
			n += took
		case <-p.closed:
			return n, p.errForWriter()
		}
	}
	return n, nil
}

// shut records err as the close error of one end (keeping an earlier one
// if there is one) and closes the pipe.
func (p *pipe) shut(slot *error, err error) {
	p.errMu.Lock()
	if *slot == nil {
		*slot = err
	}
	p.errMu.Unlock()
	p.closeOnce.Do(func() { close(p.closed) })
}

// errForReader is what a Read on a closed pipe returns: the writer's close
// error if only the writer closed, ErrClosedPipe otherwise.
func (p *pipe) errForReader() error {
	p.errMu.Lock()
	defer p.errMu.Unlock()
	if p.readerErr != nil || p.writerErr == nil {
		return ErrClosedPipe
	}
	return p.writerErr
}

// errForWriter is what a Write on a closed pipe returns: the reader's
// close error if only the reader closed, ErrClosedPipe otherwise.
func (p *pipe) errForWriter() error {
	p.errMu.Lock()
	defer p.errMu.Unlock()
	if p.writerErr != nil || p.readerErr == nil {
		return ErrClosedPipe
	}
	return p.readerErr
}

// PipeReader is the read end of a pipe.
type PipeReader struct{ pipe }

// Read waits for a Write on the other end and copies from it into data.
// After the write end closes it returns that end's close error (EOF
// unless CloseWithError gave another).
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.pipe.read(data)
}

// Close closes the read end; Writes then fail with ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the read end; Writes then fail with err, or with
// ErrClosedPipe if err is nil. Only the first close error of an end
// counts. It always returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.pipe.shut(&r.pipe.readerErr, err)
	return nil
}

// PipeWriter is the write end of a pipe.
type PipeWriter struct{ r PipeReader }

// Write blocks until Reads on the other end have taken all of data, or the
// pipe closes.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.r.pipe.write(data)
}

// Close closes the write end; Reads then return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the write end; Reads then return err, or EOF if
// err is nil. Only the first close error of an end counts. It always
// returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.r.pipe.shut(&w.r.pipe.writerErr, err)
	return nil
}

// Pipe returns the two ends of a synchronous in-memory pipe. Every Write
// waits until Reads have consumed its data; there is no buffering. Both
// ends are safe for use from several goroutines.
func Pipe() (*PipeReader, *PipeWriter) {
	w := &PipeWriter{}
	p := &w.r.pipe
	p.offers = make(chan []byte)
	p.taken = make(chan int)
	p.closed = make(chan struct{})
	return &w.r, w
}
