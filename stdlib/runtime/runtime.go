// Package runtime is gorun's implementation of Go's runtime package: the
// interface to the goroutine scheduler, garbage collector and call stacks,
// and the types of run-time panics.
//
// Native functions (17): GC, Gosched, Goexit, NumGoroutine, GOMAXPROCS,
// NumCPU, Version, GOROOT, Breakpoint, Caller, Callers, funcInfo, Stack,
// SetFinalizer, ReadMemStats, addCleanup and stopCleanup. Profiling and
// tracing are not supported: those functions are written in Go and report
// no data. SetCgoTraceback is omitted (gorun has no cgo and no unsafe).
//
// The unexported error types (errorString, plainError, boundsError) and the
// fields of TypeAssertionError are what the VM fills in when it raises
// run-time panics.
package runtime

// Compiler is the name of the toolchain that built the program.
const Compiler = "gc"

// GOOS is the operating system the program runs on.
const GOOS string = "linux"

// GOARCH is the architecture the program runs on.
const GOARCH string = "amd64"

// GC runs a garbage collection and blocks until it is complete. (Native.)
func GC()

// Gosched yields the processor, letting other goroutines run. (Native.)
func Gosched()

// Goexit ends the calling goroutine after running its deferred calls. It
// is not a panic: recover returns nil in those calls. Calling Goexit from
// the main goroutine ends it, and the program crashes once no other
// goroutine can run. (Native.)
func Goexit()

// NumGoroutine returns the number of goroutines that exist. (Native.)
func NumGoroutine() int

// GOMAXPROCS sets the number of CPUs that can run Go code at once and
// returns the previous setting; n < 1 leaves it unchanged. (Native.)
func GOMAXPROCS(n int) int

// SetDefaultGOMAXPROCS restores GOMAXPROCS to its default value.
func SetDefaultGOMAXPROCS() {
	GOMAXPROCS(NumCPU())
}

// NumCPU returns the number of logical CPUs usable by the process.
// (Native.)
func NumCPU() int

// Version returns the Go version the program behaves as, such as
// "go1.27.3". (Native.)
func Version() string

// GOROOT returns the GOROOT environment variable, or the root of the Go
// tree the program was built with.
//
// Deprecated: the root used at build time may not exist when the program
// runs; use "go env GOROOT" instead. (Native.)
func GOROOT() string

// Breakpoint executes a breakpoint trap. (Native.)
func Breakpoint()

// KeepAlive marks x as reachable up to the call, so that it is not
// finalized before that point.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to its current thread. In
// gorun it has no effect.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread. In gorun it has no effect.
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the process: always 0
// in gorun.
func NumCgoCall() int64 { return 0 }

// SetFinalizer sets the function to call on obj's pointee when the
// garbage collector finds it unreachable (nil removes it). (Native.)
func SetFinalizer(obj any, finalizer any)

// Cleanup is a handle to a cleanup function registered with AddCleanup.
type Cleanup struct {
	id uint64
}

// addCleanup registers f to run once ptr's pointee is unreachable and
// returns an identifier for it. (Native.)
func addCleanup(ptr any, f func()) uint64

// stopCleanup cancels the cleanup with the given identifier. (Native.)
func stopCleanup(id uint64)

// AddCleanup arranges for cleanup(arg) to run, on its own goroutine, some
// time after ptr's pointee becomes unreachable. arg must not refer to ptr's
// pointee, or it will never become unreachable.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	return Cleanup{addCleanup(ptr, func() { cleanup(arg) })}
}

// Stop cancels the cleanup if it has not run yet.
func (c Cleanup) Stop() {
	if c.id != 0 {
		stopCleanup(c.id)
	}
}

// Pinner pins Go objects in memory. gorun's collector does not move
// objects, so pinning only records them.
type Pinner struct {
	pinned []any
}

// Pin pins pointer's pointee until Unpin is called.
func (p *Pinner) Pin(pointer any) {
	p.pinned = append(p.pinned, pointer)
}

// Unpin unpins everything p has pinned.
func (p *Pinner) Unpin() {
	p.pinned = nil
}
