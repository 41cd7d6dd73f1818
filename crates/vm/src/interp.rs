//! The dispatch loop.
//!
//! `Machine::step` runs one goroutine for at most `budget` back-edges and calls, then
//! returns why it stopped: the goroutine finished, yielded (budget spent or preemption
//! requested), parked, or panicked. The scheduler decides what runs next; the loop never
//! blocks and never recurses on the host stack for a Go call.
//!
//! Hot state lives in locals: the current function's code, the pc, and a raw pointer to
//! the current frame's first register. Register operands are read and written through
//! that pointer without bounds checks. That is sound because of two invariants:
//! * the verifier (run before any goroutine starts) proved that every register operand of
//!   every instruction, with its width, lies below its function's frame size `nregs`, that
//!   every jump stays inside the function and that code cannot run off its end;
//! * the goroutine's stack always holds at least `base + nregs` words for the current
//!   frame: a call grows the stack before it enters the callee, and after any growth the
//!   frame pointer is recomputed from the (possibly moved) stack.

use crate::barrier;
use crate::goroutine::{DeferRec, Frame, Goroutine, PANIC_RESUME, PanicRec, PanicVal};
use crate::mem;
use crate::natives::{self, Native};
use crate::print::format_float;
use gorun_bytecode::isa::{bounds, printk, range_state, rterr};
use gorun_bytecode::{Instr, Program, Reg, TypeDesc};
use gorun_runtime::{Heap, Layout, Mcache};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Why `step` returned.
#[derive(Debug, PartialEq)]
pub enum Status {
    Done,
    Yielded,
    Parked,
    Panicked(GoPanic),
    /// `os.Exit(code)`: the program ends now, without running deferred calls.
    Exit(i32),
    /// A call made by [`Machine::call_nested`] returned.
    Returned,
}

/// How a native function or a run-time check stops the normal flow.
#[derive(Debug)]
pub enum Trap {
    Panic(GoPanic),
    Exit(i32),
    /// `runtime.Goexit`.
    Goexit,
}

impl From<GoPanic> for Trap {
    fn from(p: GoPanic) -> Trap {
        Trap::Panic(p)
    }
}

/// The Go type of a run-time panic's value as `recover` returns it: an index into
/// `Program::runtime_error_types`.
#[derive(Debug, PartialEq, Eq, Clone, Copy, Default)]
pub enum ErrorKind {
    /// `runtime.errorString`: the message starts `runtime error: `.
    #[default]
    ErrorString = 0,
    /// `runtime.boundsError`: index and slice bounds, slice-to-array conversions.
    Bounds = 1,
    /// `*runtime.TypeAssertionError`.
    TypeAssertion = 2,
    /// `*runtime.PanicNilError`: `panic(nil)`.
    PanicNil = 3,
    /// `runtime.plainError`: a `runtime.Error` whose text has no prefix
    /// (`assignment to entry in nil map`, `send on closed channel`).
    Plain = 4,
    /// A Go `string`: what a standard-library function written in Go would `panic` with
    /// (`strings: negative Repeat count`); not a `runtime.Error`.
    GoString = 5,
}

/// A Go panic in flight (for now: run-time errors and fatal errors).
#[derive(Debug, PartialEq, Clone)]
pub struct GoPanic {
    /// The text after `panic: ` (or after `fatal error: ` when `fatal`).
    pub message: String,
    /// What `recover` returns for it (not used when `fatal`).
    pub kind: ErrorKind,
    pub fatal: bool,
    /// Lines printed before the `fatal error:` line (`runtime: goroutine stack exceeds…`).
    pub preamble: Vec<String>,
    /// The frames at the panic, innermost first: (function name, file, line).
    pub trace: Vec<(String, String, u32)>,
}

impl GoPanic {
    /// A recoverable run-time panic of `kind` (the interpreter adds the traceback).
    pub fn error(kind: ErrorKind, message: impl Into<String>) -> GoPanic {
        GoPanic { message: message.into(), kind, fatal: false, preamble: Vec::new(), trace: Vec::new() }
    }

    /// A fatal error: `fatal error: {message}`, never recovered.
    pub fn fatal(message: impl Into<String>) -> GoPanic {
        GoPanic {
            message: message.into(),
            kind: ErrorKind::default(),
            fatal: true,
            preamble: Vec::new(),
            trace: Vec::new(),
        }
    }
}

/// One interpreter context: the program, its globals, its heap and its output.
pub struct Machine<'p> {
    pub prog: &'p Program,
    pub globals: Vec<u64>,
    /// Output of the builtin print functions, flushed at newlines and at exit.
    pub print_buf: String,
    pub stderr: Box<dyn std::io::Write + Send + 'p>,
    /// Standard output (os.Stdout, fmt's Print functions), flushed at exit.
    pub stdout: Box<dyn std::io::Write + Send + 'p>,
    pub heap: Arc<Heap>,
    pub mcache: Mcache,
    /// The program's native functions, resolved by name at load.
    natives: Vec<Native>,
    /// Method lookup: (type index, method key) to function.
    methods: FxHashMap<(u32, u32), u32>,
    /// Whether a type (index) implements an interface type (index).
    implements: FxHashMap<(u32, u32), bool>,
    /// The command line as `os.Args` sees it.
    pub args: Vec<String>,
    /// Files the program opened, by descriptor minus 3 (0, 1 and 2 are the machine's
    /// standard streams).
    pub files: Vec<Option<std::fs::File>>,
    /// State of the generator behind `select`'s random choice.
    rng: u64,
    /// The program's live settings (GODEBUG, GOGC, the stack limit, …).
    pub config: crate::config::Config,
    /// Set (from any thread) to make the running `step` return `Yielded` soon: it is
    /// read every [`PREEMPT_CHECK`] calls and loop back-edges.
    preempt: Arc<std::sync::atomic::AtomicBool>,
}

/// How many calls and back-edges run between two reads of the preempt flag.
pub const PREEMPT_CHECK: u64 = 1024;

/// The current frame's registers. See the module comment for why unchecked access is sound.
#[derive(Clone, Copy)]
struct Regs(*mut u64);

impl Regs {
    #[inline(always)]
    fn get(self, r: Reg) -> u64 {
        // SAFETY: `r` is a verified register operand (below `nregs`) and the stack holds
        // `base + nregs` words from which this pointer was derived (module invariants).
        unsafe { *self.0.add(usize::from(r.0)) }
    }

    #[inline(always)]
    fn set(self, r: Reg, v: u64) {
        // SAFETY: as in `get`.
        unsafe { *self.0.add(usize::from(r.0)) = v }
    }

    #[inline(always)]
    fn at(self, r: Reg, k: u16) -> Reg {
        Reg(r.0 + k)
    }
}

impl<'p> Machine<'p> {
    pub fn new(
        prog: &'p Program,
        stdout: Box<dyn std::io::Write + Send + 'p>,
        stderr: Box<dyn std::io::Write + Send + 'p>,
    ) -> Machine<'p> {
        let mut natives_table = Vec::with_capacity(prog.natives.len());
        for name in &prog.natives {
            // A native gorun lacks fails only if the program calls it.
            natives_table.push(natives::lookup(name).unwrap_or(natives::missing));
        }
        let mut methods = FxHashMap::default();
        let keys: FxHashMap<&str, u32> =
            prog.method_keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u32)).collect();
        for (t, desc) in prog.types.iter().enumerate() {
            for m in &desc.methods {
                if let Some(&k) = keys.get(format!("{} {}", m.name, m.sig).as_str()) {
                    methods.insert((t as u32, k), m.func);
                }
            }
        }
        let heap = Heap::new();
        Machine {
            prog,
            globals: vec![0; prog.global_words as usize],
            print_buf: String::new(),
            stderr,
            stdout,
            mcache: Mcache::new(heap.clone()),
            heap,
            natives: natives_table,
            rng: {
                use std::hash::BuildHasher;
                std::collections::hash_map::RandomState::new().hash_one(0x5e1ec7u64)
            },
            methods,
            preempt: Arc::default(),
            config: crate::config::Config::default(),
            implements: FxHashMap::default(),
            args: Vec::new(),
            files: Vec::new(),
        }
    }

    /// Allocates zeroed memory for `count` values of type `elem`.
    pub fn alloc(&mut self, elem: &TypeDesc, count: u64) -> Result<u64, GoPanic> {
        let size = elem.size.checked_mul(count).filter(|&s| s <= MAX_ALLOC).ok_or_else(out_of_memory)?;
        let layout = if elem.has_pointers() {
            Layout::Scan { mask: &elem.pointer_mask, elem_words: (elem.size / 8) as usize }
        } else {
            Layout::NoScan
        };
        match self.mcache.alloc(size as usize, layout) {
            Ok(p) => Ok(p.as_ptr() as u64),
            Err(_) => Err(out_of_memory()),
        }
    }

    /// Allocates `words` zeroed words made of elements of `elem_words` words whose
    /// pointer words `mask` gives.
    pub fn alloc_words(&mut self, words: u64, mask: &[u64], elem_words: usize) -> Result<u64, GoPanic> {
        if words == 0 {
            return Ok(Heap::zerobase().as_ptr() as u64);
        }
        match self.mcache.alloc(words as usize * 8, Layout::Scan { mask, elem_words }) {
            Ok(p) => Ok(p.as_ptr() as u64),
            Err(_) => Err(out_of_memory()),
        }
    }

    /// Allocates `len` bytes that hold no pointers.
    pub fn alloc_bytes(&mut self, len: u64) -> Result<u64, GoPanic> {
        if len > MAX_ALLOC {
            return Err(out_of_memory());
        }
        match self.mcache.alloc(len as usize, Layout::NoScan) {
            Ok(p) => Ok(p.as_ptr() as u64),
            Err(_) => Err(out_of_memory()),
        }
    }

    /// A new Go string holding `bytes`: (data, length).
    pub fn new_string(&mut self, bytes: &[u8]) -> Result<(u64, u64), GoPanic> {
        let p = self.alloc_bytes(bytes.len() as u64)?;
        // SAFETY: `p` is a fresh object of `bytes.len()` bytes.
        unsafe { mem::copy(p, bytes.as_ptr() as u64, bytes.len() as u64) };
        Ok((p, bytes.len() as u64))
    }

    /// The flag another thread sets to preempt the running goroutine (a scheduler's
    /// sysmon, or an embedder interrupting a runaway program).
    pub fn preempt_flag(&self) -> Arc<std::sync::atomic::AtomicBool> {
        self.preempt.clone()
    }

    /// Whether preemption was requested (clearing the request).
    #[cold]
    fn preempt_requested(&self) -> bool {
        self.preempt.swap(false, std::sync::atomic::Ordering::Relaxed)
    }

    /// A random word (wyrand), for `select`'s uniform choice among ready cases.
    pub fn rand(&mut self) -> u64 {
        crate::map::rand_next(&mut self.rng)
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// The function implementing method `key` for dynamic type `typ` (an index).
    fn method(&self, typ: u32, key: u32) -> Option<u32> {
        self.methods.get(&(typ, key)).copied()
    }

    /// Whether type `t` implements interface type `iface` (both indices).
    pub fn type_implements(&mut self, t: u32, iface: u32) -> bool {
        if let Some(&v) = self.implements.get(&(t, iface)) {
            return v;
        }
        let v = missing_method(&self.prog.types[t as usize], &self.prog.types[iface as usize]).is_none();
        self.implements.insert((t, iface), v);
        v
    }

    pub fn flush_print(&mut self) {
        if !self.print_buf.is_empty() {
            let _ = self.stderr.write_all(self.print_buf.as_bytes());
            let _ = self.stderr.flush();
            self.print_buf.clear();
        }
    }

    /// A run-time error at the current frame: Go's text, and the traceback.
    fn runtime_error(&self, g: &Goroutine, code: u16) -> GoPanic {
        let message = match code {
            rterr::DIVIDE => "runtime error: integer divide by zero",
            rterr::NIL_DEREF => "runtime error: invalid memory address or nil pointer dereference",
            rterr::NEGATIVE_SHIFT => "runtime error: negative shift amount",
            rterr::MAKESLICE_LEN => "runtime error: makeslice: len out of range",
            rterr::MAKESLICE_CAP => "runtime error: makeslice: cap out of range",
            rterr::GROWSLICE_LEN => "runtime error: growslice: len out of range",
            c if c == rterr::RANGE_STATE => {
                "runtime error: range function continued iteration after function for loop body returned false"
            }
            c if c == rterr::RANGE_STATE + 2 => {
                "runtime error: range function continued iteration after loop body panic"
            }
            c if c == rterr::RANGE_STATE + 3 => {
                "runtime error: range function continued iteration after whole loop exit"
            }
            rterr::RANGE_MISSING_PANIC => {
                "runtime error: range function recovered a loop body panic and did not resume panicking"
            }
            _ => "runtime error: unknown",
        };
        self.panic_msg(g, ErrorKind::ErrorString, message.to_string())
    }

    /// A panic with a run-time error's text at the current frame.
    fn panic_msg(&self, g: &Goroutine, kind: ErrorKind, message: String) -> GoPanic {
        GoPanic { trace: self.traceback(g), ..GoPanic::error(kind, message) }
    }

    /// The goroutine's frames, innermost first (the current pc points past the
    /// instruction being executed).
    pub fn traceback(&self, g: &Goroutine) -> Vec<(String, String, u32)> {
        let mut out = Vec::new();
        let mut push = |func: u32, pc: u32| {
            let f = &self.prog.funcs[func as usize];
            let file = self.prog.files.get(f.file as usize).cloned().unwrap_or_default();
            out.push((f.name.clone(), file, f.line_at(pc.saturating_sub(1) as usize)));
        };
        push(g.func, g.pc);
        for fr in g.frames.iter().rev() {
            push(fr.func, fr.pc);
        }
        out
    }

    /// Runs `g` until it finishes, panics, or has taken `budget` calls and back-edges.
    pub fn step(&mut self, g: &mut Goroutine, mut budget: u64) -> Status {
        let prog = self.prog;
        let mut func = &prog.funcs[g.func as usize];
        let mut code: &[Instr] = &func.code;
        let mut pc = g.pc as usize;
        let mut base = g.base as usize;
        // SAFETY (for the pointer's later use): the stack holds base + nregs words for the
        // current frame, by the invariant kept at every call and growth.
        let mut regs = Regs(g.stack[base..].as_mut_ptr());

        macro_rules! binop {
            ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
                let $x = regs.get($a);
                let $y = regs.get($b);
                regs.set($dst, $e);
            }};
        }
        macro_rules! fop {
            ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
                let $x = f64::from_bits(regs.get($a));
                let $y = f64::from_bits(regs.get($b));
                regs.set($dst, $e);
            }};
        }
        let mut func_idx = g.func;
        macro_rules! save {
            () => {{
                g.func = func_idx;
                g.pc = pc as u32;
                g.base = base as u32;
            }};
        }
        macro_rules! reload {
            () => {{
                func_idx = g.func;
                func = &prog.funcs[func_idx as usize];
                code = &func.code;
                pc = g.pc as usize;
                base = g.base as usize;
                regs = Regs(g.stack[base..].as_mut_ptr());
            }};
        }
        macro_rules! throw {
            ($p:expr) => {{
                save!();
                let p = $p;
                match self.raise(g, p) {
                    Some(status) => return status,
                    None => {
                        reload!();
                        continue;
                    }
                }
            }};
        }
        macro_rules! nil_check {
            ($a:expr) => {{
                if $a == 0 {
                    throw!(self.runtime_error(g, rterr::NIL_DEREF));
                }
                $a
            }};
        }
        macro_rules! try_go {
            ($e:expr) => {{
                match $e {
                    Ok(v) => v,
                    Err(p) => throw!(self.locate(g, p)),
                }
            }};
        }
        macro_rules! load {
            ($dst:expr, $addr:expr, $off:expr, $t:ty, |$v:ident| $conv:expr) => {{
                let a = nil_check!(regs.get($addr)).wrapping_add($off as i64 as u64);
                // SAFETY: a non-nil pointer register addresses a live object large enough
                // for this typed access (mem module comment).
                let $v: $t = unsafe { mem::load(a) };
                regs.set($dst, $conv);
            }};
        }
        macro_rules! store {
            ($addr:expr, $src:expr, $off:expr, $t:ty, |$v:ident| $conv:expr) => {{
                let a = nil_check!(regs.get($addr)).wrapping_add($off as i64 as u64);
                let $v = regs.get($src);
                // SAFETY: as for loads; stores only reach heap objects (static data is
                // never the target of a store: string bytes are immutable in Go).
                unsafe { mem::store::<$t>(a, $conv) };
            }};
        }
        macro_rules! call_setup {
            ($callee_idx:expr, $at:expr) => {{
                let callee_idx = $callee_idx;
                let callee = &prog.funcs[callee_idx as usize];
                let new_base = base + usize::from($at);
                let top = new_base + usize::from(callee.nregs);
                g.frames.push(Frame { func: func_idx, pc: pc as u32, base: base as u32 });
                if top > g.stack.len() && !g.grow(top, self.config.max_stack) {
                    g.func = callee_idx;
                    g.pc = 1;
                    g.base = new_base as u32;
                    return Status::Panicked(self.stack_overflow(g));
                }
                // Zero the callee's registers past its arguments when some of them can
                // hold pointers, so the collector scans frames precisely (the compiler
                // writes every other register before reading it).
                if !callee.pointer_regs.is_empty() {
                    g.stack[new_base + usize::from(callee.param_words)..top].fill(0);
                }
                func = callee;
                func_idx = callee_idx;
                code = &func.code;
                pc = 0;
                base = new_base;
                regs = Regs(g.stack[base..].as_mut_ptr());
                budget -= 1;
                if budget % PREEMPT_CHECK == 0 && (budget == 0 || self.preempt_requested()) {
                    save!();
                    return Status::Yielded;
                }
            }};
        }
        macro_rules! jump {
            ($off:expr) => {{
                let off = $off as isize;
                pc = (pc as isize + off) as usize;
                if off < 0 {
                    budget -= 1;
                    if budget % PREEMPT_CHECK == 0 && (budget == 0 || self.preempt_requested()) {
                        save!();
                        return Status::Yielded;
                    }
                }
            }};
        }
        loop {
            // SAFETY: the verifier proved that control stays within `code` (jumps land
            // inside it and its last instruction does not fall through).
            let ins = unsafe { *code.get_unchecked(pc) };
            pc += 1;
            match ins {
                Instr::Nop {} => {}
                Instr::Move { dst, src } => regs.set(dst, regs.get(src)),
                Instr::Move2 { dst, src } => {
                    let (a, b) = (regs.get(src), regs.get(regs.at(src, 1)));
                    regs.set(dst, a);
                    regs.set(regs.at(dst, 1), b);
                }
                Instr::Move3 { dst, src } => {
                    let (a, b, c) = (regs.get(src), regs.get(regs.at(src, 1)), regs.get(regs.at(src, 2)));
                    regs.set(dst, a);
                    regs.set(regs.at(dst, 1), b);
                    regs.set(regs.at(dst, 2), c);
                }
                Instr::MoveN { dst, src, n } => {
                    // The runs may overlap: copy in the direction that reads each word
                    // before overwriting it.
                    if dst.0 < src.0 {
                        for k in 0..n {
                            regs.set(regs.at(dst, k), regs.get(regs.at(src, k)));
                        }
                    } else {
                        for k in (0..n).rev() {
                            regs.set(regs.at(dst, k), regs.get(regs.at(src, k)));
                        }
                    }
                }
                Instr::Zero { dst, n } => {
                    for k in 0..n {
                        regs.set(regs.at(dst, k), 0);
                    }
                }
                Instr::LoadImm { dst, imm } => regs.set(dst, i64::from(imm) as u64),
                Instr::LoadConst { dst, k } => regs.set(dst, prog.consts[k as usize]),
                Instr::LoadStr { dst, s } => {
                    let bytes = &prog.strings[s as usize];
                    regs.set(dst, bytes.as_ptr() as u64);
                    regs.set(regs.at(dst, 1), bytes.len() as u64);
                }
                Instr::LoadGlobal { dst, g: gi } => regs.set(dst, self.globals[gi as usize]),
                // The write barrier joins these stores when the collector lands.
                Instr::StoreGlobal { g: gi, src } | Instr::StoreGlobalPtr { g: gi, src } => {
                    self.globals[gi as usize] = regs.get(src)
                }

                Instr::AddI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_add(y)),
                Instr::SubI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_sub(y)),
                Instr::MulI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_mul(y)),
                Instr::DivI { dst, a, b }
                | Instr::RemI { dst, a, b }
                | Instr::DivU { dst, a, b }
                | Instr::RemU { dst, a, b } => {
                    let (x, y) = (regs.get(a), regs.get(b));
                    if y == 0 {
                        throw!(self.runtime_error(g, rterr::DIVIDE));
                    }
                    let v = match ins {
                        Instr::DivI { .. } => (x as i64).wrapping_div(y as i64) as u64,
                        Instr::RemI { .. } => (x as i64).wrapping_rem(y as i64) as u64,
                        Instr::DivU { .. } => x / y,
                        _ => x % y,
                    };
                    regs.set(dst, v);
                }
                Instr::And { dst, a, b } => binop!(dst, a, b, |x, y| x & y),
                Instr::Or { dst, a, b } => binop!(dst, a, b, |x, y| x | y),
                Instr::Xor { dst, a, b } => binop!(dst, a, b, |x, y| x ^ y),
                Instr::AndNot { dst, a, b } => binop!(dst, a, b, |x, y| x & !y),
                Instr::Shl { dst, a, b } => binop!(dst, a, b, |x, y| if y >= 64 { 0 } else { x << y }),
                Instr::ShrI { dst, a, b } => binop!(dst, a, b, |x, y| ((x as i64) >> y.min(63)) as u64),
                Instr::ShrU { dst, a, b } => binop!(dst, a, b, |x, y| if y >= 64 { 0 } else { x >> y }),
                Instr::CheckShift { a } => {
                    if (regs.get(a) as i64) < 0 {
                        throw!(self.runtime_error(g, rterr::NEGATIVE_SHIFT));
                    }
                }
                Instr::AddImm { dst, a, imm } => regs.set(dst, regs.get(a).wrapping_add(i64::from(imm) as u64)),
                Instr::ShlImm { dst, a, imm } => regs.set(dst, regs.get(a) << (imm as u32 & 63)),
                Instr::ShrIImm { dst, a, imm } => regs.set(dst, ((regs.get(a) as i64) >> (imm as u32 & 63)) as u64),
                Instr::ShrUImm { dst, a, imm } => regs.set(dst, regs.get(a) >> (imm as u32 & 63)),
                Instr::AndImm { dst, a, imm } => regs.set(dst, regs.get(a) & (i64::from(imm) as u64)),
                Instr::NegI { dst, a } => regs.set(dst, regs.get(a).wrapping_neg()),
                Instr::Not { dst, a } => regs.set(dst, !regs.get(a)),
                Instr::NotB { dst, a } => regs.set(dst, regs.get(a) ^ 1),
                Instr::SextN { dst, a, bits } => {
                    let x = regs.get(a);
                    let v = match bits {
                        8 => x as i8 as i64,
                        16 => x as i16 as i64,
                        _ => x as i32 as i64,
                    };
                    regs.set(dst, v as u64);
                }
                Instr::ZextN { dst, a, bits } => {
                    let x = regs.get(a);
                    regs.set(dst, x & ((1u64 << bits) - 1));
                }

                Instr::EqI { dst, a, b } => binop!(dst, a, b, |x, y| u64::from(x == y)),
                Instr::NeI { dst, a, b } => binop!(dst, a, b, |x, y| u64::from(x != y)),
                Instr::LtI { dst, a, b } => binop!(dst, a, b, |x, y| u64::from((x as i64) < (y as i64))),
                Instr::LeI { dst, a, b } => binop!(dst, a, b, |x, y| u64::from((x as i64) <= (y as i64))),
                Instr::LtU { dst, a, b } => binop!(dst, a, b, |x, y| u64::from(x < y)),
                Instr::LeU { dst, a, b } => binop!(dst, a, b, |x, y| u64::from(x <= y)),

                Instr::AddF { dst, a, b } => fop!(dst, a, b, |x, y| (x + y).to_bits()),
                Instr::SubF { dst, a, b } => fop!(dst, a, b, |x, y| (x - y).to_bits()),
                Instr::MulF { dst, a, b } => fop!(dst, a, b, |x, y| (x * y).to_bits()),
                Instr::DivF { dst, a, b } => fop!(dst, a, b, |x, y| (x / y).to_bits()),
                Instr::NegF { dst, a } => regs.set(dst, (-f64::from_bits(regs.get(a))).to_bits()),
                Instr::RoundF32 { dst, a } => {
                    regs.set(dst, f64::from(f64::from_bits(regs.get(a)) as f32).to_bits());
                }
                Instr::EqF { dst, a, b } => fop!(dst, a, b, |x, y| u64::from(x == y)),
                Instr::NeF { dst, a, b } => fop!(dst, a, b, |x, y| u64::from(x != y)),
                Instr::LtF { dst, a, b } => fop!(dst, a, b, |x, y| u64::from(x < y)),
                Instr::LeF { dst, a, b } => fop!(dst, a, b, |x, y| u64::from(x <= y)),
                Instr::IToF { dst, a } => regs.set(dst, (regs.get(a) as i64 as f64).to_bits()),
                Instr::UToF { dst, a } => regs.set(dst, (regs.get(a) as f64).to_bits()),
                Instr::FToI { dst, a } => regs.set(dst, float_to_int(f64::from_bits(regs.get(a))) as u64),
                Instr::FToU { dst, a } => regs.set(dst, float_to_uint(f64::from_bits(regs.get(a)))),

                Instr::MulC { dst, a, b } | Instr::DivC { dst, a, b } => {
                    let x = (f64::from_bits(regs.get(a)), f64::from_bits(regs.get(regs.at(a, 1))));
                    let y = (f64::from_bits(regs.get(b)), f64::from_bits(regs.get(regs.at(b, 1))));
                    let (re, im) = if let Instr::MulC { .. } = ins {
                        (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
                    } else {
                        complex_div(x, y)
                    };
                    regs.set(dst, re.to_bits());
                    regs.set(regs.at(dst, 1), im.to_bits());
                }
                Instr::EqStr { dst, a, b } | Instr::LtStr { dst, a, b } | Instr::LeStr { dst, a, b } => {
                    // SAFETY: string registers hold string values of this program.
                    let x = unsafe { mem::bytes(regs.get(a), regs.get(regs.at(a, 1))) };
                    // SAFETY: as above.
                    let y = unsafe { mem::bytes(regs.get(b), regs.get(regs.at(b, 1))) };
                    let v = match ins {
                        Instr::EqStr { .. } => x == y,
                        Instr::LtStr { .. } => x < y,
                        _ => x <= y,
                    };
                    regs.set(dst, u64::from(v));
                }

                Instr::Jump { off } => jump!(off),
                Instr::JumpIf { cond, off } => {
                    if regs.get(cond) != 0 {
                        jump!(off)
                    }
                }
                Instr::JumpIfNot { cond, off } => {
                    if regs.get(cond) == 0 {
                        jump!(off)
                    }
                }
                Instr::JumpLtI { a, b, off } => {
                    if (regs.get(a) as i64) < (regs.get(b) as i64) {
                        jump!(off)
                    }
                }
                Instr::JumpLeI { a, b, off } => {
                    if (regs.get(a) as i64) <= (regs.get(b) as i64) {
                        jump!(off)
                    }
                }
                Instr::JumpGeI { a, b, off } => {
                    if (regs.get(a) as i64) >= (regs.get(b) as i64) {
                        jump!(off)
                    }
                }
                Instr::JumpGtI { a, b, off } => {
                    if (regs.get(a) as i64) > (regs.get(b) as i64) {
                        jump!(off)
                    }
                }
                Instr::JumpEqI { a, b, off } => {
                    if regs.get(a) == regs.get(b) {
                        jump!(off)
                    }
                }
                Instr::JumpNeI { a, b, off } => {
                    if regs.get(a) != regs.get(b) {
                        jump!(off)
                    }
                }

                Instr::JumpLtImm { a, imm, off } => {
                    if (regs.get(a) as i64) < i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::JumpLeImm { a, imm, off } => {
                    if (regs.get(a) as i64) <= i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::JumpGtImm { a, imm, off } => {
                    if (regs.get(a) as i64) > i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::JumpGeImm { a, imm, off } => {
                    if (regs.get(a) as i64) >= i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::JumpEqImm { a, imm, off } => {
                    if regs.get(a) as i64 == i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::JumpNeImm { a, imm, off } => {
                    if regs.get(a) as i64 != i64::from(imm) {
                        jump!(off)
                    }
                }
                Instr::IncJumpLtI { a, b, off } => {
                    let v = regs.get(a).wrapping_add(1);
                    regs.set(a, v);
                    if (v as i64) < (regs.get(b) as i64) {
                        jump!(off)
                    }
                }
                Instr::Call { base: at, func: callee_idx } => call_setup!(callee_idx, at.0),
                Instr::CallClosure { base: at, f } => {
                    let clo = nil_check!(regs.get(f));
                    // SAFETY: a func value is nil or a closure object whose first word is
                    // the function's index.
                    let callee_idx = unsafe { mem::load::<u64>(clo) } as u32;
                    if callee_idx as usize >= prog.funcs.len() {
                        throw!(self.panic_msg(g, ErrorKind::ErrorString, "invalid function value".into()));
                    }
                    g.ctx = clo;
                    call_setup!(callee_idx, at.0)
                }
                Instr::CallIface { base: at, key } => {
                    let t = regs.get(Reg(at.0 - 1));
                    if t == 0 {
                        throw!(self.runtime_error(g, rterr::NIL_DEREF));
                    }
                    let Some(callee_idx) = self.method(t as u32 - 1, key) else {
                        throw!(self.panic_msg(g, ErrorKind::ErrorString, "method not found".into()));
                    };
                    call_setup!(callee_idx, at.0)
                }
                Instr::CallNative { base: at, native } => {
                    save!();
                    let f = self.natives[native as usize];
                    match f(self, g, base + usize::from(at.0)) {
                        Ok(()) => {}
                        Err(Trap::Exit(code)) => return Status::Exit(code),
                        Err(Trap::Panic(p)) => throw!(self.locate(g, p)),
                        Err(Trap::Goexit) => {
                            let trace = self.traceback(g);
                            match self.start_panic(g, PanicVal::Goexit, trace) {
                                Some(status) => return status,
                                None => {
                                    reload!();
                                    continue;
                                }
                            }
                        }
                    }
                    // The native may have grown the stack.
                    regs = Regs(g.stack[base..].as_mut_ptr());
                }
                Instr::LoadCtx { dst } => regs.set(dst, g.ctx),
                Instr::Return {} => {
                    let Some(caller) = g.frames.pop() else {
                        save!();
                        return Status::Done;
                    };
                    if g.frames.len() < g.floor {
                        g.func = caller.func;
                        g.pc = caller.pc;
                        g.base = caller.base;
                        return Status::Returned;
                    }
                    if caller.pc == PANIC_RESUME {
                        // A deferred call made for a panic returned: recover, or go on.
                        g.func = caller.func;
                        g.base = caller.base;
                        match self.continue_panic(g) {
                            Some(status) => return status,
                            None => {
                                reload!();
                                continue;
                            }
                        }
                    }
                    func_idx = caller.func;
                    func = &prog.funcs[func_idx as usize];
                    code = &func.code;
                    pc = caller.pc as usize;
                    base = caller.base as usize;
                    regs = Regs(g.stack[base..].as_mut_ptr());
                }
                Instr::Panic { code } => throw!(self.runtime_error(g, code)),
                Instr::Print { src, what } => self.print(regs, src, what),

                Instr::NilCheck { a } => {
                    nil_check!(regs.get(a));
                }
                Instr::MulImm { dst, a, imm } => regs.set(dst, regs.get(a).wrapping_mul(i64::from(imm) as u64)),
                Instr::Bounds { x, y, code } => {
                    let (xv, yv) = (regs.get(x), regs.get(y));
                    let ok = match code & 0xff {
                        bounds::INDEX => xv < yv,
                        bounds::CONVERT => xv <= yv,
                        _ => xv <= yv,
                    };
                    if !ok {
                        throw!(self.panic_msg(g, ErrorKind::Bounds, bounds_message(code, xv, yv)));
                    }
                }
                Instr::Load8S { dst, addr, off } => load!(dst, addr, off, i8, |v| v as i64 as u64),
                Instr::Load8U { dst, addr, off } => load!(dst, addr, off, u8, |v| u64::from(v)),
                Instr::Load16S { dst, addr, off } => load!(dst, addr, off, i16, |v| v as i64 as u64),
                Instr::Load16U { dst, addr, off } => load!(dst, addr, off, u16, |v| u64::from(v)),
                Instr::Load32S { dst, addr, off } => load!(dst, addr, off, i32, |v| v as i64 as u64),
                Instr::Load32U { dst, addr, off } => load!(dst, addr, off, u32, |v| u64::from(v)),
                Instr::Load64 { dst, addr, off } => load!(dst, addr, off, u64, |v| v),
                Instr::LoadF32 { dst, addr, off } => load!(dst, addr, off, f32, |v| f64::from(v).to_bits()),
                Instr::Store8 { addr, src, off } => store!(addr, src, off, u8, |v| v as u8),
                Instr::Store16 { addr, src, off } => store!(addr, src, off, u16, |v| v as u16),
                Instr::Store32 { addr, src, off } => store!(addr, src, off, u32, |v| v as u32),
                Instr::Store64 { addr, src, off } => store!(addr, src, off, u64, |v| v),
                Instr::StorePtr { addr, src, off } => {
                    let a = nil_check!(regs.get(addr)).wrapping_add(off as i64 as u64);
                    // SAFETY: as for `store!`: a heap word of a live object.
                    unsafe { barrier::write_ptr(a, regs.get(src)) };
                }
                Instr::StoreF32 { addr, src, off } => store!(addr, src, off, f32, |v| f64::from_bits(v) as f32),
                Instr::BoundsImm { x, n } | Instr::BoundsImmU { x, n } => {
                    let xv = regs.get(x);
                    if xv >= n as u64 {
                        let code = if let Instr::BoundsImmU { .. } = ins { bounds::UNSIGNED } else { 0 };
                        throw!(self.panic_msg(
                            g,
                            ErrorKind::Bounds,
                            bounds_message(bounds::INDEX | code, xv, n as u64)
                        ));
                    }
                }
                Instr::LoadIdx64 { dst, base, i } => {
                    let a = regs.get(base).wrapping_add(regs.get(i).wrapping_mul(8));
                    // SAFETY: the compiler emits this only after a bounds check of `i`
                    // against the length of the array or slice at `base`.
                    regs.set(dst, unsafe { mem::load::<u64>(a) });
                }
                Instr::StoreIdx64 { base, i, src } => {
                    let a = regs.get(base).wrapping_add(regs.get(i).wrapping_mul(8));
                    // SAFETY: as for `LoadIdx64`; the element holds no pointer.
                    unsafe { mem::store::<u64>(a, regs.get(src)) };
                }
                Instr::LoadIdx8U { dst, base, i } => {
                    let a = regs.get(base).wrapping_add(regs.get(i));
                    // SAFETY: as for `LoadIdx64`.
                    regs.set(dst, u64::from(unsafe { mem::load::<u8>(a) }));
                }
                Instr::StoreIdx8 { base, i, src } => {
                    let a = regs.get(base).wrapping_add(regs.get(i));
                    // SAFETY: as for `LoadIdx64`.
                    unsafe { mem::store::<u8>(a, regs.get(src) as u8) };
                }
                Instr::IndexByte { dst, s, i } | Instr::IndexWord { dst, s, i } => {
                    let (idx, len) = (regs.get(i), regs.get(regs.at(s, 1)));
                    if idx >= len {
                        throw!(self.panic_msg(g, ErrorKind::Bounds, bounds_message(bounds::INDEX, idx, len)));
                    }
                    let v = if let Instr::IndexByte { .. } = ins {
                        // SAFETY: idx < len, and a string or slice addresses len elements.
                        u64::from(unsafe { mem::load::<u8>(regs.get(s) + idx) })
                    } else {
                        // SAFETY: as above, for 8-byte elements.
                        unsafe { mem::load::<u64>(regs.get(s) + idx * 8) }
                    };
                    regs.set(dst, v);
                }
                Instr::SetIndexByte { s, i, src } | Instr::SetIndexWord { s, i, src } => {
                    let (idx, len) = (regs.get(i), regs.get(regs.at(s, 1)));
                    if idx >= len {
                        throw!(self.panic_msg(g, ErrorKind::Bounds, bounds_message(bounds::INDEX, idx, len)));
                    }
                    let v = regs.get(src);
                    if let Instr::SetIndexByte { .. } = ins {
                        // SAFETY: idx < len elements of a slice's heap array.
                        unsafe { mem::store::<u8>(regs.get(s) + idx, v as u8) };
                    } else {
                        // SAFETY: as above, for 8-byte elements.
                        unsafe { mem::store::<u64>(regs.get(s) + idx * 8, v) };
                    }
                }
                Instr::New { dst, typ } => {
                    let p = try_go!(self.alloc(&prog.types[typ as usize], 1));
                    regs.set(dst, p);
                }
                Instr::MakeSlice { dst, elem } => {
                    let (len, cap) = (regs.get(regs.at(dst, 1)) as i64, regs.get(regs.at(dst, 2)) as i64);
                    let t = &prog.types[elem as usize];
                    let max = MAX_ALLOC.checked_div(t.size).map_or(i64::MAX, |m| m as i64);
                    if len < 0 || len > max {
                        throw!(self.runtime_error(g, rterr::MAKESLICE_LEN));
                    }
                    if cap < len || cap > max {
                        throw!(self.runtime_error(g, rterr::MAKESLICE_CAP));
                    }
                    let p = try_go!(self.alloc(t, cap as u64));
                    regs.set(dst, p);
                }
                Instr::SliceGrow { s, elem } => {
                    let t = &prog.types[elem as usize];
                    let (ptr, len, cap, n) =
                        (regs.get(s), regs.get(regs.at(s, 1)), regs.get(regs.at(s, 2)), regs.get(regs.at(s, 3)));
                    let new_len = len.wrapping_add(n);
                    if (new_len as i64) < 0 {
                        throw!(self.runtime_error(g, rterr::GROWSLICE_LEN));
                    }
                    if new_len > cap {
                        let noscan = !t.has_pointers();
                        let new_cap = gorun_runtime::grow_slice_cap(
                            len as usize,
                            cap as usize,
                            new_len as usize,
                            t.size as usize,
                            noscan,
                        ) as u64;
                        let p = try_go!(self.alloc(t, new_cap));
                        // SAFETY: both arrays hold at least `len` elements of type `t`.
                        unsafe { barrier::typed_copy(p, ptr, t, len) };
                        regs.set(s, p);
                        regs.set(regs.at(s, 2), new_cap);
                    }
                    regs.set(regs.at(s, 1), new_len);
                }
                Instr::SliceCopy { args, elem } => {
                    let t = &prog.types[elem as usize];
                    let n = regs.get(regs.at(args, 1)).min(regs.get(regs.at(args, 4)));
                    // SAFETY: both slices hold at least `n` elements of type `t`.
                    unsafe { barrier::typed_copy(regs.get(args), regs.get(regs.at(args, 3)), t, n) };
                    regs.set(args, n);
                }
                Instr::CopyObj { args, typ } => {
                    let (dst, src) = (nil_check!(regs.get(args)), nil_check!(regs.get(regs.at(args, 1))));
                    // SAFETY: both addresses hold values of type `typ` (module invariant).
                    unsafe { barrier::typed_copy(dst, src, &prog.types[typ as usize], 1) };
                }
                Instr::ClearSlice { s, elem } => {
                    let (p, n) = (regs.get(s), regs.get(regs.at(s, 1)));
                    // SAFETY: a slice addresses `len` elements of type `elem`.
                    unsafe { barrier::typed_clear(p, &prog.types[elem as usize], n) };
                }
                Instr::UnsafeLen { p, n, code } => {
                    let (pv, nv) = (regs.get(p), regs.get(n) as i64);
                    let what = if code == 0 { "unsafe.Slice" } else { "unsafe.String" };
                    if nv < 0 || (nv as u64).checked_add(pv).is_none() {
                        throw!(self.panic_msg(
                            g,
                            ErrorKind::ErrorString,
                            format!("runtime error: {what}: len out of range")
                        ));
                    }
                    if pv == 0 && nv > 0 {
                        throw!(self.panic_msg(
                            g,
                            ErrorKind::ErrorString,
                            format!("runtime error: {what}: ptr is nil and len is not zero")
                        ));
                    }
                }
                Instr::SubSlice { s, lo, esize } => {
                    let (l, h, m) = (regs.get(lo), regs.get(regs.at(lo, 1)), regs.get(regs.at(lo, 2)));
                    let ptr = regs.get(s);
                    // An empty result keeps the base pointer, so it never points past the
                    // end of its array.
                    let p = if m == l { ptr } else { ptr.wrapping_add(l.wrapping_mul(u64::from(esize))) };
                    regs.set(s, p);
                    regs.set(regs.at(s, 1), h.wrapping_sub(l));
                    regs.set(regs.at(s, 2), m.wrapping_sub(l));
                }
                Instr::Concat { dst, a, b } => {
                    let (ap, al, bp, bl) = (regs.get(a), regs.get(regs.at(a, 1)), regs.get(b), regs.get(regs.at(b, 1)));
                    let (p, n) = if al == 0 {
                        (bp, bl)
                    } else if bl == 0 {
                        (ap, al)
                    } else {
                        let p = try_go!(self.alloc_bytes(al + bl));
                        // SAFETY: `p` has al + bl fresh bytes; the sources are strings.
                        unsafe {
                            mem::copy(p, ap, al);
                            mem::copy(p + al, bp, bl);
                        }
                        (p, al + bl)
                    };
                    regs.set(dst, p);
                    regs.set(regs.at(dst, 1), n);
                }
                Instr::StrConv { dst, src, code } => {
                    try_go!(crate::strings::convert(self, regs.0, dst.0, src.0, code));
                }
                Instr::DecodeRune { dst, s } => {
                    let i = regs.get(regs.at(dst, 1));
                    // SAFETY: a string register pair holds a string value.
                    let bytes = unsafe { mem::bytes(regs.get(s), regs.get(regs.at(s, 1))) };
                    let (r, w) = crate::strings::decode_rune(&bytes[i as usize..]);
                    regs.set(dst, u64::from(r));
                    regs.set(regs.at(dst, 1), i + w as u64);
                }
                Instr::EqIface { dst, a, b } => {
                    let (at, ad, bt, bd) = (regs.get(a), regs.get(regs.at(a, 1)), regs.get(b), regs.get(regs.at(b, 1)));
                    let eq = try_go!(crate::equal::iface_equal(self, at, ad, bt, bd));
                    regs.set(dst, u64::from(eq));
                }
                Instr::EqMem { args, typ } => {
                    let (a, b) = (regs.get(args), regs.get(regs.at(args, 1)));
                    let eq = try_go!(crate::equal::values_equal(self, typ, a, b));
                    regs.set(args, u64::from(eq));
                }
                Instr::Implements { x, typ } => {
                    let t = regs.get(x);
                    let v = t != 0 && self.type_implements(t as u32 - 1, typ);
                    regs.set(x, u64::from(v));
                }
                Instr::AssertFail { x, pair } => {
                    let bits = prog.consts[pair as usize];
                    let msg = self.assert_message(regs.get(x), (bits >> 32) as u32, bits as u32);
                    throw!(self.panic_msg(g, ErrorKind::TypeAssertion, msg));
                }
                Instr::ChanMake { dst, typ } => {
                    let h = try_go!(crate::chan::make(self, typ, regs.get(dst) as i64));
                    regs.set(dst, h);
                }
                Instr::ChanSend { args, typ: _ } | Instr::ChanRecv { args, typ: _ } => {
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(args.0)));
                    let h = regs.get(args);
                    let outcome = if let Instr::ChanSend { .. } = ins {
                        try_go!(crate::chan::send(self, h, &w, 1))
                    } else {
                        try_go!(crate::chan::recv(self, h, &w, 0))
                    };
                    if let crate::chan::Outcome::Park(reason) = outcome {
                        save!();
                        g.wait = reason;
                        return Status::Parked;
                    }
                }
                Instr::ChanClose { ch } => try_go!(crate::chan::close(regs.get(ch))),
                Instr::ChanLen { dst, ch } => regs.set(dst, crate::chan::len(regs.get(ch))),
                Instr::ChanCap { dst, ch } => regs.set(dst, crate::chan::cap(regs.get(ch))),
                Instr::Select { cases, n, default } => {
                    let frame = crate::mapops::Window(regs.0);
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(cases.0)));
                    let nregs = usize::from(func.nregs);
                    let outcome = try_go!(crate::chan::select(self, &frame, nregs, &w, usize::from(n), default != 0));
                    if let crate::chan::Outcome::Park(reason) = outcome {
                        save!();
                        g.wait = reason;
                        return Status::Parked;
                    }
                }
                Instr::MapMake { dst, typ } => {
                    let hint = regs.get(dst) as i64;
                    let mp = try_go!(crate::map::map_new(self, typ, hint));
                    regs.set(dst, mp);
                }
                Instr::MapIndex { args, typ } => {
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(args.0)));
                    try_go!(crate::mapops::index(self, typ, w));
                }
                Instr::MapAssign { args, typ } => {
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(args.0)));
                    try_go!(crate::mapops::assign(self, typ, w));
                }
                Instr::MapDelete { args, typ } => {
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(args.0)));
                    try_go!(crate::mapops::delete(self, typ, w));
                }
                Instr::MapLen { dst, m } => regs.set(dst, crate::map::map_len(regs.get(m))),
                Instr::MapClear { m, typ } => crate::map::map_clear(self, typ, regs.get(m)),
                Instr::MapIterInit { it, typ } => {
                    let mp = regs.get(it);
                    let iter = try_go!(crate::map::map_iter_new(self, typ, mp));
                    regs.set(it, iter);
                }
                Instr::MapIterNext { it, typ } => {
                    let w = crate::mapops::Window(regs.0.wrapping_add(usize::from(it.0)));
                    try_go!(crate::mapops::iter_next(self, typ, w));
                }
                Instr::Defer { f, args, n } => {
                    let rec = DeferRec {
                        f: regs.get(f),
                        args: (0..n).map(|k| regs.get(regs.at(args, k))).collect(),
                        depth: g.frames.len(),
                        func: func_idx,
                        base: base as u32,
                    };
                    g.defers.push(rec);
                }
                Instr::DeferAt { f, args, n } => {
                    let depth = regs.get(regs.at(f, 1)) as usize;
                    let Some(owner) = g.frames.get(depth).copied() else {
                        throw!(self.panic_msg(
                            g,
                            ErrorKind::ErrorString,
                            "runtime error: defer in a loop body whose function returned".into()
                        ));
                    };
                    let rec = DeferRec {
                        f: regs.get(f),
                        args: (0..n).map(|k| regs.get(regs.at(args, k))).collect(),
                        depth,
                        func: owner.func,
                        base: owner.base,
                    };
                    let at = g.defers.iter().rposition(|d| d.depth <= depth).map_or(0, |i| i + 1);
                    g.defers.insert(at, rec);
                }
                Instr::FrameDepth { dst } => regs.set(dst, g.frames.len() as u64),
                Instr::RangeEnter { ctl } => {
                    let c = nil_check!(regs.get(ctl));
                    // SAFETY: a control object is a live heap object of three words.
                    let state = unsafe { mem::load::<i64>(c) };
                    if state != range_state::READY {
                        throw!(self.runtime_error(g, rterr::RANGE_STATE + state as u16));
                    }
                    // SAFETY: as above.
                    unsafe { mem::store::<i64>(c, range_state::PANIC) };
                }
                Instr::RangeExit { ctl } => {
                    let c = nil_check!(regs.get(ctl));
                    // SAFETY: a control object is a live heap object of three words.
                    let state = unsafe { mem::load::<i64>(c) };
                    if state == range_state::PANIC {
                        throw!(self.runtime_error(g, rterr::RANGE_MISSING_PANIC));
                    }
                    // SAFETY: as above.
                    unsafe { mem::store::<i64>(c, range_state::EXHAUSTED) };
                }
                Instr::RunDefers {} => {
                    if g.defers.last().is_some_and(|d| d.depth == g.frames.len()) {
                        let rec = g.defers.pop().expect("a deferred call");
                        // Call it on top of this frame; its return re-runs RunDefers.
                        pc -= 1;
                        save!();
                        if let Err(p) = self.enter_deferred(g, &rec, pc as u32) {
                            pc += 1;
                            throw!(p);
                        }
                        reload!();
                    }
                }
                Instr::PanicValue { v } => {
                    let (t, d) = (regs.get(v), regs.get(regs.at(v, 1)));
                    save!();
                    // panic(nil) panics with a *runtime.PanicNilError unless GODEBUG has
                    // panicnil=1 (the behaviour before Go 1.21).
                    let val = if t == 0 && !self.config.godebug.panicnil() {
                        PanicVal::Runtime(ErrorKind::PanicNil, "runtime error: panic called with nil argument".into())
                    } else {
                        PanicVal::Value(t, d)
                    };
                    let trace = self.traceback(g);
                    match self.start_panic(g, val, trace) {
                        Some(status) => return status,
                        None => reload!(),
                    }
                }
                Instr::Recover { dst } => {
                    let (t, d) = try_go!(self.recover(g));
                    regs.set(dst, t);
                    regs.set(regs.at(dst, 1), d);
                }
            }
        }
    }

    fn print(&mut self, regs: Regs, src: Reg, what: u16) {
        use std::fmt::Write;
        let out = &mut self.print_buf;
        let w = regs.get(src);
        match what {
            printk::INT => {
                let _ = write!(out, "{}", w as i64);
            }
            printk::UINT => {
                let _ = write!(out, "{w}");
            }
            printk::FLOAT => format_float(out, f64::from_bits(w), 64),
            printk::FLOAT32 => format_float(out, f64::from_bits(w), 32),
            printk::BOOL => out.push_str(if w != 0 { "true" } else { "false" }),
            printk::STRING => {
                // SAFETY: a string register pair holds a string value of this program.
                let bytes = unsafe { mem::bytes(w, regs.get(regs.at(src, 1))) };
                out.push_str(&String::from_utf8_lossy(bytes));
            }
            printk::POINTER => {
                let _ = write!(out, "{w:#x}");
            }
            printk::COMPLEX | printk::COMPLEX64 => {
                let bits = if what == printk::COMPLEX { 64 } else { 32 };
                out.push('(');
                format_float(out, f64::from_bits(w), bits);
                let im = f64::from_bits(regs.get(regs.at(src, 1)));
                if !(im < 0.0 || im.is_nan() || im.is_sign_negative() && im.is_infinite()) {
                    out.push('+');
                }
                format_float(out, im, bits);
                out.push_str("i)");
            }
            printk::IFACE => {
                let _ = write!(out, "({:#x},{:#x})", w, regs.get(regs.at(src, 1)));
            }
            printk::SLICE => {
                let _ = write!(out, "[{}/{}]{:#x}", regs.get(regs.at(src, 1)), regs.get(regs.at(src, 2)), w);
            }
            printk::SPACE => out.push(' '),
            _ => {
                out.push('\n');
                self.flush_print();
            }
        }
    }

    /// Calls function `func` with argument words `args` on top of `g`'s current frame
    /// (from a native function), runs it to completion and returns its result words.
    pub fn call_nested(&mut self, g: &mut Goroutine, func: u32, args: &[u64], ctx: u64) -> Result<Vec<u64>, Trap> {
        let prog = self.prog;
        let callee = &prog.funcs[func as usize];
        let new_base = g.base as usize + usize::from(prog.funcs[g.func as usize].nregs);
        let top = new_base + usize::from(callee.nregs).max(args.len());
        if top > g.stack.len() && !g.grow(top, self.config.max_stack) {
            return Err(Trap::Panic(self.stack_overflow(g)));
        }
        g.stack[new_base..new_base + args.len()].copy_from_slice(args);
        g.stack[new_base + args.len()..top].fill(0);
        let saved = Frame { func: g.func, pc: g.pc, base: g.base };
        let depth = g.frames.len();
        let (n_defers, n_panics) = (g.defers.len(), g.panics.len());
        g.frames.push(saved);
        let old_floor = std::mem::replace(&mut g.floor, depth + 1);
        g.func = func;
        g.pc = 0;
        g.base = new_base as u32;
        g.ctx = ctx;
        let outcome = loop {
            match self.step(g, 1 << 20) {
                Status::Returned => break Ok(()),
                Status::Yielded => {}
                // Nothing can wake a goroutine parked under a native's call (nor, until
                // the scheduler, any other).
                Status::Parked => break Err(Trap::Panic(self.deadlock(g))),
                Status::Done => break Ok(()),
                Status::Exit(c) => break Err(Trap::Exit(c)),
                Status::Panicked(p) => break Err(Trap::Panic(p)),
            }
        };
        g.floor = old_floor;
        if outcome.is_err() {
            g.frames.truncate(depth);
            g.defers.truncate(n_defers);
            g.panics.truncate(n_panics);
            g.func = saved.func;
            g.pc = saved.pc;
            g.base = saved.base;
        }
        outcome?;
        Ok(g.stack[new_base..new_base + usize::from(callee.result_words)].to_vec())
    }

    /// Go's fatal error when no goroutine can run again, with the parked goroutine's frames.
    pub fn deadlock(&self, g: &Goroutine) -> GoPanic {
        GoPanic { trace: self.traceback(g), ..GoPanic::fatal("all goroutines are asleep - deadlock!") }
    }

    /// Starts unwinding for a run-time error (a fatal error ends the program at once).
    fn raise(&mut self, g: &mut Goroutine, p: GoPanic) -> Option<Status> {
        if p.fatal {
            return Some(Status::Panicked(p));
        }
        self.start_panic(g, PanicVal::Runtime(p.kind, p.message), p.trace)
    }

    /// Starts a panic with value `val`: runs deferred calls until one recovers it.
    /// `None` means execution continues at `g`'s current frame (a deferred call, or the
    /// frame that recovered); otherwise the panic was not recovered.
    pub fn start_panic(
        &mut self,
        g: &mut Goroutine,
        val: PanicVal,
        trace: Vec<(String, String, u32)>,
    ) -> Option<Status> {
        let mut rec =
            PanicRec { val, recovered: false, repanicked: false, depth: g.frames.len(), running: None, trace };
        // Panicking again with the value just recovered replaces that panic.
        if let Some(last) = g.panics.last()
            && last.recovered
            && last.val == rec.val
        {
            rec.repanicked = true;
            g.panics.pop();
        }
        g.panics.push(rec);
        self.unwind(g)
    }

    /// Calls the next deferred call for the current panic, or reports it as not recovered.
    fn unwind(&mut self, g: &mut Goroutine) -> Option<Status> {
        let next = g.defers.last().is_some_and(|d| d.depth >= g.floor);
        if !next {
            return Some(Status::Panicked(self.panic_report(g)));
        }
        let rec = g.defers.pop().expect("a deferred call");
        if let Some(p) = g.panics.last_mut() {
            p.running = Some((rec.depth, rec.func, rec.base));
        }
        match self.enter_deferred(g, &rec, PANIC_RESUME) {
            Ok(()) => None,
            Err(p) => self.raise(g, p),
        }
    }

    /// A deferred call made for a panic returned: recover if it called `recover`.
    fn continue_panic(&mut self, g: &mut Goroutine) -> Option<Status> {
        let p = g.panics.last()?;
        if !p.recovered {
            return self.unwind(g);
        }
        let (depth, func, base) = p.running.expect("a recovering deferred call");
        // Panics raised at or above the recovering frame are over.
        g.panics.retain(|q| q.depth < depth);
        g.frames.truncate(depth);
        g.func = func;
        g.base = base;
        g.pc = self.prog.funcs[func as usize].recover_pc.unwrap_or(0);
        None
    }

    /// Sets `g` up to run deferred call `rec` above its current frame; its return goes
    /// to `resume_pc` of the current frame.
    fn enter_deferred(&mut self, g: &mut Goroutine, rec: &DeferRec, resume_pc: u32) -> Result<(), GoPanic> {
        let prog = self.prog;
        if rec.f == 0 {
            return Err(self.runtime_error(g, rterr::NIL_DEREF));
        }
        // SAFETY: `rec.f` is a non-nil function value (a closure object).
        let callee_idx = unsafe { mem::load::<u64>(rec.f) } as u32;
        let callee = &prog.funcs[callee_idx as usize];
        let new_base = g.base as usize + usize::from(prog.funcs[g.func as usize].nregs);
        let top = new_base + usize::from(callee.nregs).max(rec.args.len());
        g.frames.push(Frame { func: g.func, pc: resume_pc, base: g.base });
        if top > g.stack.len() && !g.grow(top, self.config.max_stack) {
            return Err(self.stack_overflow(g));
        }
        g.stack[new_base..new_base + rec.args.len()].copy_from_slice(&rec.args);
        g.stack[new_base + rec.args.len()..top].fill(0);
        g.ctx = rec.f;
        g.func = callee_idx;
        g.pc = 0;
        g.base = new_base as u32;
        Ok(())
    }

    /// `recover()`: the current panic's value when called directly by a deferred call
    /// the panic made, nil otherwise.
    fn recover(&mut self, g: &mut Goroutine) -> Result<(u64, u64), GoPanic> {
        // Called by the deferred function itself (through any wrappers the compiler made).
        let mut i = g.frames.len();
        while i > 0 && g.frames[i - 1].pc != PANIC_RESUME && self.prog.funcs[g.frames[i - 1].func as usize].wrapper {
            i -= 1;
        }
        let direct = i > 0 && g.frames[i - 1].pc == PANIC_RESUME;
        let Some(p) = g.panics.last_mut() else { return Ok((0, 0)) };
        if !direct || p.recovered || p.val == PanicVal::Goexit {
            return Ok((0, 0));
        }
        p.recovered = true;
        match p.val.clone() {
            PanicVal::Value(t, d) => Ok((t, d)),
            PanicVal::Goexit => Ok((0, 0)),
            PanicVal::Runtime(kind, msg) => {
                let Some(types) = self.prog.runtime_error_types else { return Ok((0, 0)) };
                let t = types[kind as usize];
                let (sp, sl) = self.new_string(msg.as_bytes())?;
                let b = self.alloc_words(2, &[1], 2)?;
                // SAFETY: `b` is a fresh two-word box: the message string.
                unsafe {
                    mem::store::<u64>(b, sp);
                    mem::store::<u64>(b + 8, sl);
                }
                // From now on the panic's value is this one (a repanic with it is
                // recognised as the same panic).
                if let Some(p) = g.panics.last_mut() {
                    p.val = PanicVal::Value(u64::from(t) + 1, b);
                }
                Ok((u64::from(t) + 1, b))
            }
        }
    }

    /// The report of a panic nothing recovered: every panic in flight, oldest first.
    fn panic_report(&mut self, g: &mut Goroutine) -> GoPanic {
        let panics = g.panics.clone();
        if panics.last().is_some_and(|p| p.val == PanicVal::Goexit) {
            // The main goroutine exited and nothing else can run.
            return GoPanic::fatal("no goroutines (main called runtime.Goexit) - deadlock!");
        }
        let mut message = String::new();
        for (i, p) in panics.iter().enumerate() {
            if i > 0 {
                message.push_str("\n\tpanic: ");
            }
            message.push_str(&self.panic_value_text(g, &p.val));
            if p.repanicked {
                message.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                message.push_str(" [recovered]");
            }
        }
        // A nil dereference is a signal in Go; its report names it (the pc is Go's own
        // machine address, which an interpreter does not have).
        if panics.last().is_some_and(|p| {
            matches!(&p.val, PanicVal::Runtime(_, m) if m == "runtime error: invalid memory address or nil pointer dereference")
        }) {
            message.push_str("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        }
        let trace = panics.last().map(|p| p.trace.clone()).unwrap_or_default();
        GoPanic { trace, ..GoPanic::error(ErrorKind::default(), message) }
    }

    /// A panic value as Go prints it: an error's `Error()`, a Stringer's `String()`,
    /// basic values (named ones as `main.T(v)`), strings with continuation lines indented.
    fn panic_value_text(&mut self, g: &mut Goroutine, v: &PanicVal) -> String {
        let (t, d) = match v {
            PanicVal::Runtime(_, msg) => return msg.clone(),
            PanicVal::Goexit => return String::new(),
            PanicVal::Value(0, _) => return "nil".into(), // panic(nil) with panicnil=1
            PanicVal::Value(t, d) => (*t, *d),
        };
        let prog = self.prog;
        let desc = &prog.types[t as usize - 1];
        if prog.runtime_error_types.is_some_and(|ts| ts.contains(&(t as u32 - 1))) {
            // SAFETY: a runtime error's box holds its message string.
            return unsafe { String::from_utf8_lossy(mem::bytes(mem::load(d), mem::load(d + 8))).into_owned() };
        }
        for name in ["Error", "String"] {
            if let Some(m) = desc.method(name).filter(|m| m.sig == "func() string") {
                let f = m.func;
                return match self.call_nested(g, f, &[d], 0) {
                    // SAFETY: the method returned a string value.
                    Ok(w) => indent(&String::from_utf8_lossy(unsafe { mem::bytes(w[0], w[1]) })),
                    Err(_) => "<panic while printing panic value>".into(),
                };
            }
        }
        use gorun_bytecode::TypeKind as K;
        // SAFETY (for the loads below): a non-pointer-shaped value's data word is the
        // address of a box holding a value of the dynamic type.
        let text = unsafe {
            match desc.kind {
                K::String => {
                    let s = String::from_utf8_lossy(mem::bytes(mem::load(d), mem::load(d + 8))).into_owned();
                    if desc.named {
                        return format!("{}({s:?})", desc.name);
                    }
                    return indent(&s);
                }
                K::Bool => (mem::load::<u8>(d) != 0).to_string(),
                K::Int | K::Int64 => mem::load::<i64>(d).to_string(),
                K::Int32 => mem::load::<i32>(d).to_string(),
                K::Int16 => mem::load::<i16>(d).to_string(),
                K::Int8 => mem::load::<i8>(d).to_string(),
                K::Uint | K::Uint64 | K::Uintptr => mem::load::<u64>(d).to_string(),
                K::Uint32 => mem::load::<u32>(d).to_string(),
                K::Uint16 => mem::load::<u16>(d).to_string(),
                K::Uint8 => mem::load::<u8>(d).to_string(),
                K::Float64 | K::Float32 => {
                    let f = if desc.kind == K::Float64 { mem::load::<f64>(d) } else { f64::from(mem::load::<f32>(d)) };
                    let mut s = String::new();
                    format_float(&mut s, f, if desc.kind == K::Float64 { 64 } else { 32 });
                    s
                }
                K::Complex128 | K::Complex64 => {
                    let (re, im) = if desc.kind == K::Complex128 {
                        (mem::load::<f64>(d), mem::load::<f64>(d + 8))
                    } else {
                        (f64::from(mem::load::<f32>(d)), f64::from(mem::load::<f32>(d + 4)))
                    };
                    let bits = if desc.kind == K::Complex128 { 64 } else { 32 };
                    let mut s = String::from("(");
                    format_float(&mut s, re, bits);
                    if !(im < 0.0 || im.is_nan()) {
                        s.push('+');
                    }
                    format_float(&mut s, im, bits);
                    s.push_str("i)");
                    s
                }
                _ => return format!("({}) {:#x}", desc.name, d),
            }
        };
        if desc.named { format!("{}({text})", desc.name) } else { text }
    }

    /// Gives a panic raised by a helper (without a traceback yet) the current frames.
    fn locate(&self, g: &Goroutine, mut p: GoPanic) -> GoPanic {
        if p.trace.is_empty() {
            p.trace = self.traceback(g);
        }
        p
    }

    /// Go's text for a failed type assertion: `x` is the dynamic type word, `iface` the
    /// static interface type, `want` the asserted type (indices).
    fn assert_message(&self, x: u64, iface: u32, want: u32) -> String {
        let types = &self.prog.types;
        let inter = iface_name(&types[iface as usize]);
        let want_t = &types[want as usize];
        if x == 0 {
            // Asserting to an interface type names no static type.
            let inter = if want_t.kind == gorun_bytecode::TypeKind::Interface { "interface" } else { inter };
            return format!("interface conversion: {inter} is nil, not {}", want_t.name);
        }
        let have = &types[x as usize - 1];
        if want_t.kind == gorun_bytecode::TypeKind::Interface {
            let missing = missing_method(have, want_t).unwrap_or("?");
            return format!("interface conversion: {} is not {}: missing method {missing}", have.name, want_t.name);
        }
        let mut msg = format!("interface conversion: {inter} is {}, not {}", have.name, want_t.name);
        if have.name == want_t.name {
            msg.push_str(" (types from different packages/scopes)");
        }
        msg
    }

    #[cold]
    fn stack_overflow(&self, g: &Goroutine) -> GoPanic {
        GoPanic {
            preamble: vec![format!("runtime: goroutine stack exceeds {}-byte limit", self.config.max_stack)],
            trace: self.traceback(g),
            ..GoPanic::fatal("stack overflow")
        }
    }
}

/// The largest allocation Go allows on 64-bit systems (`maxAlloc`: 2^48).
pub const MAX_ALLOC: u64 = 1 << 48;

fn out_of_memory() -> GoPanic {
    GoPanic::fatal("runtime: out of memory")
}

/// Go's text for a failed bounds check (`code` as in `bounds`).
pub fn bounds_message(code: u16, x: u64, y: u64) -> String {
    let signed = code & bounds::UNSIGNED == 0;
    let xs = if signed { (x as i64).to_string() } else { x.to_string() };
    let neg = signed && (x as i64) < 0;
    let text = match (code & 0xff, neg) {
        (bounds::INDEX, false) => format!("index out of range [{xs}] with length {y}"),
        (bounds::INDEX, true) => format!("index out of range [{xs}]"),
        (bounds::SLICE_ALEN, false) => format!("slice bounds out of range [:{xs}] with length {y}"),
        (bounds::SLICE_ACAP, false) => format!("slice bounds out of range [:{xs}] with capacity {y}"),
        (bounds::SLICE_ALEN | bounds::SLICE_ACAP, true) => format!("slice bounds out of range [:{xs}]"),
        (bounds::SLICE_B, false) => format!("slice bounds out of range [{xs}:{y}]"),
        (bounds::SLICE_B, true) => format!("slice bounds out of range [{xs}:]"),
        (bounds::SLICE3_ALEN, false) => format!("slice bounds out of range [::{xs}] with length {y}"),
        (bounds::SLICE3_ACAP, false) => format!("slice bounds out of range [::{xs}] with capacity {y}"),
        (bounds::SLICE3_ALEN | bounds::SLICE3_ACAP, true) => format!("slice bounds out of range [::{xs}]"),
        (bounds::SLICE3_B, false) => format!("slice bounds out of range [:{xs}:{y}]"),
        (bounds::SLICE3_B, true) => format!("slice bounds out of range [:{xs}:]"),
        (bounds::SLICE3_C, false) => format!("slice bounds out of range [{xs}:{y}:]"),
        (bounds::SLICE3_C, true) => format!("slice bounds out of range [{xs}::]"),
        _ => format!("cannot convert slice with length {y} to array or pointer to array with length {xs}"),
    };
    format!("runtime error: {text}")
}

/// The first method of interface `iface` that type `t` lacks (by name and signature).
pub fn missing_method<'t>(t: &TypeDesc, iface: &'t TypeDesc) -> Option<&'t str> {
    iface
        .iface_methods
        .iter()
        .find(|(name, sig)| t.method(name).is_none_or(|m| &m.sig != sig))
        .map(|(name, _)| name.as_str())
}

/// 2^63 as a float64.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// Indents the continuation lines of a multi-line panic message, as Go prints them.
fn indent(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// How Go names an interface type in a failed assertion (`interface {}` for `any`).
fn iface_name(t: &TypeDesc) -> &str {
    if t.name == "any" { "interface {}" } else { &t.name }
}

/// Go's float-to-int conversion as amd64 executes it: out-of-range and NaN give the
/// minimum int64.
fn float_to_int(f: f64) -> i64 {
    if (-TWO_POW_63..TWO_POW_63).contains(&f) { f as i64 } else { i64::MIN }
}

/// Go's float-to-uint64 conversion as amd64 executes it.
fn float_to_uint(f: f64) -> u64 {
    if f < TWO_POW_63 {
        float_to_int(f) as u64
    } else {
        // From 2^63 up, Go subtracts 2^63, converts, and sets the top bit back.
        (float_to_int(f - TWO_POW_63) as u64) ^ (1 << 63)
    }
}

/// Complex division as Go defines it: Smith's method (scale by the larger part of the
/// divisor to avoid overflow), then, when both parts came out NaN, the infinities and
/// zeros C99's Annex G asks for.
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f) = if c.abs() >= d.abs() {
        let r = d / c;
        let den = c + r * d;
        ((a + b * r) / den, (b - a * r) / den)
    } else {
        let r = c / d;
        let den = d + r * c;
        ((a * r + b) / den, (b * r - a) / den)
    };
    if e.is_nan() && f.is_nan() {
        let unit = |x: f64| if x.is_infinite() { 1f64 } else { 0f64 };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            let s = f64::INFINITY.copysign(c);
            e = s * a;
            f = s * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a2, b2) = (unit(a).copysign(a), unit(b).copysign(b));
            e = f64::INFINITY * (a2 * c + b2 * d);
            f = f64::INFINITY * (b2 * c - a2 * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c2, d2) = (unit(c).copysign(c), unit(d).copysign(d));
            e = 0.0 * (a * c2 + b * d2);
            f = 0.0 * (b * c2 - a * d2);
        }
    }
    (e, f)
}
