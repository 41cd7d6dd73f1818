package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is returned by reads and writes on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the state shared by a PipeReader and its PipeWriter. A write
// hands its data over wrCh and waits for the reader to report, over rdCh,
// how much it consumed.
type pipe struct {
	wrMu sync.Mutex // one Write at a time
	wrCh chan []byte
	rdCh chan int

	mu   sync.Mutex // guards closed, rerr and werr
	done chan struct{}
	shut bool
	rerr error // set by the reader's Close
	werr error // set by the writer's Close
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

// closeWith records err for the side that closed (reader or writer) unless
// an error was recorded already, and marks the pipe done.
func (p *pipe) closeWith(reader bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if reader {
		if err == nil {
			err = ErrClosedPipe
		}
		if p.rerr == nil {
			p.rerr = err
		}
	} else {
		if err == nil {
			err = EOF
		}
		if p.werr == nil {
			p.werr = err
		}
	}
	if !p.shut {
		p.shut = true
		close(p.done)
	}
}

func (p *pipe) readCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return p.werr
	}
	return ErrClosedPipe
}

func (p *pipe) writeCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return p.rerr
	}
	return ErrClosedPipe
}

// PipeReader is the reading half of a pipe.
type PipeReader struct{ pipe }

// Read reads data written to the other end, blocking until a writer
// arrives or the write end is closed (then it returns the close error,
// EOF by default).
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.pipe.read(data)
}

// Close closes the reader; later writes return ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; later writes return err
// (ErrClosedPipe if nil). Only the first error is kept.
func (r *PipeReader) CloseWithError(err error) error {
	r.pipe.closeWith(true, err)
	return nil
}

// PipeWriter is the writing half of a pipe.
type PipeWriter struct{ r PipeReader }

// Write writes data to the pipe, blocking until readers have consumed all
// of it or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.r.pipe.write(data)
}

// Close closes the writer; later reads return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; later reads return err (EOF if nil).
// Only the first error is kept.
func (w *PipeWriter) CloseWithError(err error) error {
	w.r.pipe.closeWith(false, err)
	return nil
}

// Pipe creates a synchronous in-memory pipe: each Write blocks until
// reads have consumed its data. Reads and Writes may be called from any
// goroutines.
func Pipe() (*PipeReader, *PipeWriter) {
	pw := &PipeWriter{r: PipeReader{pipe: pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}}}
	return &pw.r, pw
}
