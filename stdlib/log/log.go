// Package log is gorun's implementation of Go's log package: a simple
// logger writing lines with an optional prefix, time stamp and source
// position. Fatal functions call os.Exit(1) after writing; Panic
// functions panic. It has no native functions.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Flags choosing what starts each line. For example, with Ldate|Ltime
// (LstdFlags) a line looks like "2009/01/23 01:23:23 message".
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123 (assumes Ltime)
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23 (overrides Llongfile)
	LUTC                          // with Ldate or Ltime, use UTC rather than local time
	Lmsgprefix                    // put the prefix just before the message, not at the start of the line
	LstdFlags     = Ldate | Ltime // the initial flags of the standard logger
)

// Logger writes lines of output to an io.Writer, one Write per message. It
// is safe for concurrent use.
type Logger struct {
	mu     sync.Mutex // guards the fields below and serializes writes
	prefix string
	flag   int
	out    io.Writer
}

// New returns a Logger writing to out, starting lines with prefix (or
// putting it before the message with Lmsgprefix) and the header chosen by
// flag.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// SetOutput sets the destination of l.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// appendInt appends i in decimal, zero-padded to wid digits.
func appendInt(b []byte, i int, wid int) []byte {
	var buf [20]byte
	bp := len(buf) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		buf[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	buf[bp] = byte('0' + i)
	return append(b, buf[bp:]...)
}

// header appends the start of a line: prefix, date and time, and file
// position, as flag asks.
func header(b []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		b = append(b, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			b = appendInt(b, year, 4)
			b = append(b, '/')
			b = appendInt(b, int(month), 2)
			b = append(b, '/')
			b = appendInt(b, day, 2)
			b = append(b, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			b = appendInt(b, hour, 2)
			b = append(b, ':')
			b = appendInt(b, min, 2)
			b = append(b, ':')
			b = appendInt(b, sec, 2)
			if flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = appendInt(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(b, ':')
		b = appendInt(b, line, -1)
		b = append(b, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		b = append(b, prefix...)
	}
	return b
}

// output writes one line: the header, the message and a newline if the
// message lacks one. calldepth counts the frames between the caller to
// report and output's caller (for Lshortfile and Llongfile).
func (l *Logger) output(calldepth int, msg string) error {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	var file string
	var line int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		// Release the lock while looking up the caller.
		l.mu.Unlock()
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
		l.mu.Lock()
	}
	b := header(nil, now, l.prefix, l.flag, file, line)
	b = append(b, msg...)
	if len(msg) == 0 || msg[len(msg)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

// Output writes s as one log line. calldepth is the number of frames to
// skip when Llongfile or Lshortfile is set: 1 reports the caller of
// Output.
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, s)
}

// Print writes its operands, formatted as by fmt.Print, as a log line.
func (l *Logger) Print(v ...any) { l.output(2, fmt.Sprint(v...)) }

// Printf writes its operands, formatted as by fmt.Printf, as a log line.
func (l *Logger) Printf(format string, v ...any) { l.output(2, fmt.Sprintf(format, v...)) }

// Println writes its operands, formatted as by fmt.Println, as a log
// line.
func (l *Logger) Println(v ...any) { l.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(2, s)
	panic(s)
}

// Flags returns the output flags of l.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the output flags of l.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Prefix returns the output prefix of l.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the output prefix of l.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Writer returns the destination of l.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// SetOutput sets the destination of the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags of the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags of the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix of the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix of the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the destination of the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print writes to the standard logger, formatting as fmt.Print does.
func Print(v ...any) { std.output(2, fmt.Sprint(v...)) }

// Printf writes to the standard logger, formatting as fmt.Printf does.
func Printf(format string, v ...any) { std.output(2, fmt.Sprintf(format, v...)) }

// Println writes to the standard logger, formatting as fmt.Println does.
func Println(v ...any) { std.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(2, s)
	panic(s)
}

// Output writes s as a line of the standard logger (see Logger.Output).
func Output(calldepth int, s string) error {
	return std.output(calldepth+1, s)
}
