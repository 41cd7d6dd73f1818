// Package debug is gorun's implementation of Go's runtime/debug: the knobs of
// the garbage collector, the stack limit and tracebacks, and stack dumps.
//
// Native functions (7): SetGCPercent, SetMemoryLimit, SetMaxStack,
// SetMaxThreads, SetTraceback, SetPanicOnFault and FreeOSMemory. They read
// and change the running program's settings, which start from GOGC,
// GOMEMLIMIT, GOTRACEBACK and GODEBUG as Go's runtime reads them.
package debug

import "runtime"

// SetGCPercent sets the garbage collection target percentage (a collection
// starts when the heap has grown that much since the last one) and returns
// the previous setting. A negative percentage turns collection off; GOGC
// sets the initial value, 100 by default. (Native.)
func SetGCPercent(percent int) int

// SetMemoryLimit sets the soft memory limit of the runtime in bytes and
// returns the previous limit; a negative limit only reports the current
// one. GOMEMLIMIT sets the initial limit, math.MaxInt64 (no limit) by
// default. (Native.)
func SetMemoryLimit(limit int64) int64

// SetMaxStack sets the largest stack a goroutine may use, in bytes, and
// returns the previous limit. A goroutine growing past it dies with a fatal
// "stack overflow". The default is 1 GB. (Native.)
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads the
// program may use and returns the previous setting (10000 by default).
// (Native.)
func SetMaxThreads(threads int) int

// SetTraceback sets how much a crash report prints: "none", "single",
// "all", "system" or "crash", as GOTRACEBACK does. It cannot go below the
// level GOTRACEBACK set. (Native.)
func SetTraceback(level string)

// SetPanicOnFault controls whether an unexpected fault at a non-nil
// address panics instead of crashing; it returns the previous setting.
// (Native.)
func SetPanicOnFault(enabled bool) bool

// FreeOSMemory forces a garbage collection and returns as much memory to
// the operating system as possible. (Native.)
func FreeOSMemory()

// Stack returns a formatted stack trace of the calling goroutine.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints the stack trace returned by Stack to standard error.
func PrintStack() {
	print(string(Stack()))
}
