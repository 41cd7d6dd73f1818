//! A goroutine's interpreter state: its register stack and its call frames.
//!
//! Registers live in one growable array of words; each frame is a window of it starting
//! at the frame's base. A call places its arguments at the top of the caller's window, and
//! the callee's window starts there, so arguments are passed without copying and results
//! come back in the same words. Nothing points into this array (addresses taken of
//! variables make them heap cells), so it can grow by copying, as Go's stacks do.
//!
//! Frames are records in a separate array, never Rust stack frames: Go recursion never
//! recurses in the host.

/// A suspended caller: where to continue when the callee returns.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
}

/// A frame record's `pc` when the frame called a deferred function for a panic: its
/// return continues the panic instead of the frame.
pub const PANIC_RESUME: u32 = u32::MAX;

/// A deferred call.
#[derive(Clone, Debug)]
pub struct DeferRec {
    /// The function value (closure) to call.
    pub f: u64,
    /// Its argument words.
    pub args: Vec<u64>,
    /// The deferring frame: its depth (the number of its callers) and where it lives.
    pub depth: usize,
    pub func: u32,
    pub base: u32,
}

/// What a panic carries.
#[derive(Clone, Debug, PartialEq)]
pub enum PanicVal {
    /// A Go value (an interface: type word, data word).
    Value(u64, u64),
    /// A run-time error: the Go type `recover` gives it, and its text.
    Runtime(crate::interp::ErrorKind, String),
    /// `runtime.Goexit`: runs the deferred calls like a panic, but `recover` does not
    /// see it.
    Goexit,
}

/// A panic in flight.
#[derive(Clone, Debug)]
pub struct PanicRec {
    pub val: PanicVal,
    pub recovered: bool,
    /// Raised again with the value it was recovered with (`[recovered, repanicked]`).
    pub repanicked: bool,
    /// The frame count when it was raised.
    pub depth: usize,
    /// The deferred call it is running: (deferring frame's depth, func, base).
    pub running: Option<(usize, u32, u32)>,
    /// The traceback at the panic.
    pub trace: Vec<(String, String, u32)>,
}

/// The bytes one frame record costs, counted against the stack limit with the registers.
pub const FRAME_RECORD_BYTES: usize = std::mem::size_of::<Frame>();

#[derive(Debug)]
pub struct Goroutine {
    pub id: u64,
    /// Register words of every frame.
    pub stack: Vec<u64>,
    /// The callers of the current frame, outermost first.
    pub frames: Vec<Frame>,
    /// The current frame.
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    /// The closure a `CallClosure` passes to its callee (read by `LoadCtx`).
    pub ctx: u64,
    /// A nested call (see `Machine::call_nested`) returns when the frame count drops
    /// below this; 0 when none is running.
    pub floor: usize,
    /// Deferred calls of every frame, most recent last.
    pub defers: Vec<DeferRec>,
    /// Panics in flight, most recent last.
    pub panics: Vec<PanicRec>,
    /// Why the goroutine is parked (Go's wait reason), when it is.
    pub wait: &'static str,
}

/// Words a new goroutine's stack starts with (1 KiB).
const INITIAL_STACK_WORDS: usize = 128;

impl Goroutine {
    /// A goroutine about to run function `func` (whose frame is `nregs` words).
    pub fn new(id: u64, func: u32, nregs: usize) -> Goroutine {
        Goroutine {
            id,
            stack: vec![0; INITIAL_STACK_WORDS.max(nregs.next_power_of_two())],
            frames: Vec::new(),
            func,
            pc: 0,
            base: 0,
            ctx: 0,
            floor: 0,
            defers: Vec::new(),
            panics: Vec::new(),
            wait: "",
        }
    }

    /// Bytes of stack in use, as counted against the stack limit
    /// (`runtime/debug.SetMaxStack`).
    pub fn stack_bytes(&self, top: usize) -> usize {
        top * 8 + self.frames.len() * FRAME_RECORD_BYTES
    }

    /// Makes room for `top` words, doubling; false past the limit of `max_stack` bytes.
    #[cold]
    pub fn grow(&mut self, top: usize, max_stack: usize) -> bool {
        if self.stack_bytes(top) > max_stack {
            return false;
        }
        let mut len = self.stack.len().max(1);
        while len < top {
            len *= 2;
        }
        self.stack.resize(len, 0);
        true
    }
}
