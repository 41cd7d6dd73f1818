package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner reads input split into tokens (lines by default) by a
// SplitFunc. Scanning stops at EOF, at the first I/O error, or when a
// token is too large for the buffer (see Buffer).
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the last token
	buf          []byte
	start        int // first unprocessed byte in buf
	end          int // end of the data in buf
	err          error
	empties      int  // consecutive empty tokens
	scanCalled   bool // Scan has been called (the buffer is in use)
	done         bool // Scan has finished
}

// SplitFunc finds the next token in data. atEOF reports that no more data
// will come. It returns how many bytes to advance the input, the token
// (nil for none yet), and an error, which stops the scan (ErrFinalToken
// stops it without an error). Returning 0, nil, nil asks for more data.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Errors returned by Scanner.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a SplitFunc, ends the scan without an error
// after delivering the token returned with it (if not nil).
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the default largest token; Buffer can change
	// it.
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096
)

// NewScanner returns a Scanner that reads r line by line.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the error that stopped the Scanner, or nil if it stopped at
// the end of the input.
func (s *Scanner) Err() error {
	if s.err != io.EOF {
		return s.err
	}
	return nil
}

// Bytes returns the current token. It aliases the Scanner's buffer, so the
// next Scan may overwrite it.
func (s *Scanner) Bytes() []byte {
	return s.token
}

// Text returns the current token as a new string.
func (s *Scanner) Text() string {
	return string(s.token)
}

// Scan moves to the next token, which Bytes and Text then return. It
// returns false when there are no more tokens, either because the input
// ended or because of an error, which Err reports.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// At the end of the input the split function still gets a call,
		// even with nothing buffered, to deliver a last token.
		if s.end > s.start || s.err != nil {
			if finished, ok := s.splitBuffered(); finished {
				return ok
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// splitBuffered hands the buffered data to the split function and acts on
// its answer. finished reports whether Scan should return now, and ok what
// it should return.
func (s *Scanner) splitBuffered() (finished, ok bool) {
	atEOF := s.err != nil
	adv, tok, err := s.split(s.buf[s.start:s.end], atEOF)
	switch {
	case err == ErrFinalToken:
		s.token, s.done = tok, true
		// A nil final token means there was none to deliver.
		return true, tok != nil
	case err != nil:
		s.setErr(err)
		return true, false
	case adv < 0:
		s.setErr(ErrNegativeAdvance)
		return true, false
	case adv > s.end-s.start:
		s.setErr(ErrAdvanceTooFar)
		return true, false
	}
	s.start += adv
	s.token = tok
	if tok == nil {
		return false, false
	}
	if !atEOF || adv > 0 {
		s.empties = 0
		return true, true
	}
	// Tokens that consume nothing at the end of input could go on
	// forever; give up after a while.
	s.empties++
	if s.empties > maxConsecutiveEmptyReads {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
	return true, true
}

// makeRoom frees space at the end of the buffer for reading, sliding the
// unprocessed data to the front when worthwhile, or moving it to a buffer
// twice as large when the buffer is full. It reports false, having
// recorded ErrTooLong, when the buffer may not grow any further.
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		s.moveData(s.buf)
	}
	if s.end < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
		s.setErr(ErrTooLong)
		return false
	}
	size := startBufSize
	if len(s.buf) > 0 {
		size = 2 * len(s.buf)
	}
	s.moveData(make([]byte, min(size, s.maxTokenSize)))
	return true
}

// moveData copies the unprocessed bytes to the start of dst, which becomes
// the buffer.
func (s *Scanner) moveData(dst []byte) {
	n := copy(dst, s.buf[s.start:s.end])
	s.buf, s.start, s.end = dst, 0, n
}

// readMore reads once into the free space at the end of the buffer,
// retrying a bounded number of times while the reader returns neither data
// nor an error.
func (s *Scanner) readMore() {
	for attempt := 1; ; attempt++ {
		got, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if got < 0 || got > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += got
		switch {
		case err != nil:
			s.setErr(err)
			return
		case got > 0:
			s.empties = 0
			return
		case attempt > maxConsecutiveEmptyReads:
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// setErr records err unless an error other than EOF is already recorded.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer makes buf (its full capacity) the initial buffer and max the
// largest buffer size, and so the longest possible token, that Scan may
// use. It panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.maxTokenSize = max
}

// Split chooses the split function. It panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc whose tokens are single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// errorRune is the token ScanRunes returns for a byte that does not start
// a valid encoding.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc whose tokens are UTF-8 encoded runes. A byte
// that cannot start a valid encoding is returned as U+FFFD, consuming that
// one byte.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	if c := data[0]; c < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, size := utf8.DecodeRune(data); size > 1 {
		return size, data[:size], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		// Possibly a valid rune whose rest has not arrived yet.
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// trimCR drops one trailing carriage return.
func trimCR(data []byte) []byte {
	if n := len(data); n > 0 && data[n-1] == '\r' {
		return data[:n-1]
	}
	return data
}

// ScanLines is a SplitFunc whose tokens are lines, without the "\n" or
// "\r\n" that ends them. A last line need not end in a newline, but an
// empty last line is not a token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	nl := bytes.IndexByte(data, '\n')
	switch {
	case nl >= 0:
		return nl + 1, trimCR(data[:nl]), nil
	case atEOF && len(data) > 0:
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is white space in the sense of
// unicode.IsSpace.
func isSpace(r rune) bool {
	switch {
	case r == ' ', '\t' <= r && r <= '\r', r == 0x85, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case 0x2000 <= r && r <= 0x200a:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// ScanWords is a SplitFunc whose tokens are the runs of non-space runes
// (space as in unicode.IsSpace); it never returns an empty token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	// Skip the spaces in front of the word.
	start := 0
	for start < len(data) {
		r, size := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	// The word ends at the next space.
	for pos := start; pos < len(data); {
		r, size := utf8.DecodeRune(data[pos:])
		if isSpace(r) {
			return pos + size, data[start:pos], nil
		}
		pos += size
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	// Ask for more input, dropping the spaces already seen.
	return start, nil, nil
}
