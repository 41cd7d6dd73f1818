package runtime

// MemStats holds statistics about the memory allocator, filled in by
// ReadMemStats.
type MemStats struct {
	// General statistics.
	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // cumulative bytes allocated for heap objects
	Sys        uint64 // total bytes of memory obtained from the OS
	Lookups    uint64 // pointer lookups by the runtime
	Mallocs    uint64 // cumulative count of heap objects allocated
	Frees      uint64 // cumulative count of heap objects freed

	// Heap statistics.
	HeapAlloc    uint64 // bytes of allocated heap objects
	HeapSys      uint64 // bytes of heap memory obtained from the OS
	HeapIdle     uint64 // bytes in idle (unused) spans
	HeapInuse    uint64 // bytes in in-use spans
	HeapReleased uint64 // bytes of physical memory returned to the OS
	HeapObjects  uint64 // number of allocated heap objects

	// Stack and other off-heap statistics.
	StackInuse  uint64 // bytes in stack spans
	StackSys    uint64 // bytes of stack memory obtained from the OS
	MSpanInuse  uint64 // bytes of allocated mspan structures
	MSpanSys    uint64 // bytes of memory obtained from the OS for mspans
	MCacheInuse uint64 // bytes of allocated mcache structures
	MCacheSys   uint64 // bytes of memory obtained from the OS for mcaches
	BuckHashSys uint64 // bytes of profiling bucket hash tables
	GCSys       uint64 // bytes of garbage collection metadata
	OtherSys    uint64 // bytes of other off-heap runtime allocations

	// Garbage collector statistics.
	NextGC        uint64      // target heap size of the next cycle
	LastGC        uint64      // time the last collection finished, ns since 1970
	PauseTotalNs  uint64      // cumulative stop-the-world pause time
	PauseNs       [256]uint64 // recent pause times, circular buffer
	PauseEnd      [256]uint64 // recent pause end times, circular buffer
	NumGC         uint32      // number of completed cycles
	NumForcedGC   uint32      // number of cycles forced by GC calls
	GCCPUFraction float64     // fraction of CPU time used by the collector
	EnableGC      bool        // always true
	DebugGC       bool        // currently unused

	// BySize reports per-size-class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with memory allocator statistics. (Native.)
func ReadMemStats(m *MemStats)

// MemProfileRate is the fraction of allocations recorded in the memory
// profile (gorun records none).
var MemProfileRate int = 512 * 1024

// StackRecord describes one execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // the stack, ending at the first 0 entry
}

// Stack returns the stack, without the trailing zeros.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfileRecord describes the objects allocated at one call stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // bytes allocated and freed
	AllocObjects, FreeObjects int64       // objects allocated and freed
	Stack0                    [32]uintptr // the stack, ending at the first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use.
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack, without the trailing zeros.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events at one call stack.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// MemProfile reports no records: gorun does not profile.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }

// BlockProfile reports no records: gorun does not profile.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// MutexProfile reports no records: gorun does not profile.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// GoroutineProfile reports no records: gorun does not profile.
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// ThreadCreateProfile reports no records: gorun does not profile.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// SetBlockProfileRate has no effect: gorun does not profile.
func SetBlockProfileRate(rate int) {}

var mutexProfileFraction int

// SetMutexProfileFraction sets the mutex profile fraction (unless rate is
// negative) and returns the previous one. Nothing is profiled in gorun.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

// SetCPUProfileRate has no effect: gorun does not profile.
func SetCPUProfileRate(hz int) {}

// CPUProfile returns nil: gorun does not profile.
//
// Deprecated: use the runtime/pprof package instead.
func CPUProfile() []byte { return nil }

// traceError is the error of StartTrace.
type traceError struct{}

func (traceError) Error() string { return "runtime: execution tracing is not supported by gorun" }

// StartTrace fails: gorun does not support execution tracing.
func StartTrace() error { return traceError{} }

// StopTrace does nothing.
func StopTrace() {}

// ReadTrace returns nil: there is never trace data.
func ReadTrace() (buf []byte) { return nil }
