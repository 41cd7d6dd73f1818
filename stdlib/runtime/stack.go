package runtime

// Caller reports the program counter, file and line of a call on the
// calling goroutine's stack: skip 0 is the caller of Caller, 1 its caller,
// and so on. ok is false if there is no such frame. (Native.)
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the program counters of the calling goroutine's
// stack, skipping skip frames (0 is Callers itself, 1 its caller), and
// returns how many it wrote. (Native.)
func Callers(skip int, pc []uintptr) int

// Stack writes a trace of the calling goroutine's stack (of all
// goroutines if all is set) into buf and returns the number of bytes
// written, truncating if buf is too small. (Native.)
func Stack(buf []byte, all bool) int

// funcInfo describes the function holding pc: its name, its entry, and
// the file and line of pc. ok is false for an unknown pc. (Native.)
func funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)

// Func describes a function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns the Func holding pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the function's name, qualified by its package path ("" for
// a nil Func).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the source file and line of pc, which should be in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, ok := funcInfo(pc)
	if !ok {
		return "?", 0
	}
	return file, line
}

// Frame describes one call frame, as returned by Frames.
type Frame struct {
	// PC is the program counter of the frame's location.
	PC uintptr

	// Func is the frame's function, or nil if unknown.
	Func *Func

	// Function is the package-qualified name of the function ("" if
	// unknown).
	Function string

	// File and Line are the frame's source location (zero if unknown).
	File string
	Line int

	// Entry is the function's entry address (0 if unknown).
	Entry uintptr

	startLine int
}

// Frames iterates over the frames of a list of program counters from
// Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns a Frames for the program counters from Callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame, and whether more frames follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok := funcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Func: &Func{name: name, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
