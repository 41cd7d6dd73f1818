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

use crate::goroutine::{Frame, Goroutine};
use crate::print::format_float;
use gorun_bytecode::isa::{printk, rterr};
use gorun_bytecode::{Instr, Program, Reg};

/// Why `step` returned.
#[derive(Debug, PartialEq)]
pub enum Status {
    Done,
    Yielded,
    Parked,
    Panicked(GoPanic),
}

/// A Go panic in flight (for now: run-time errors and fatal errors).
#[derive(Debug, PartialEq, Clone)]
pub struct GoPanic {
    /// The text after `panic: ` (or after `fatal error: ` when `fatal`).
    pub message: String,
    pub fatal: bool,
    /// Lines printed before the `fatal error:` line (`runtime: goroutine stack exceeds…`).
    pub preamble: Vec<String>,
    /// The frames at the panic, innermost first: (function name, file, line).
    pub trace: Vec<(String, String, u32)>,
}

/// One interpreter context: the program, its globals and its output.
pub struct Machine<'p> {
    pub prog: &'p Program,
    pub globals: Vec<u64>,
    /// Output of the builtin print functions, flushed at newlines and at exit.
    pub print_buf: String,
    pub stderr: Box<dyn std::io::Write + Send + 'p>,
}

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

/// Reads the bytes of a Go string value (pointer, length).
///
/// # Safety
/// `(ptr, len)` must be a string value produced by this program: it points at `len`
/// readable bytes (a static string of the program or a heap object, which stay alive while
/// a register refers to them) or has length 0.
unsafe fn str_bytes<'a>(ptr: u64, len: u64) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) }
}

impl<'p> Machine<'p> {
    pub fn new(prog: &'p Program, stderr: Box<dyn std::io::Write + Send + 'p>) -> Machine<'p> {
        Machine { prog, globals: vec![0; prog.global_words as usize], print_buf: String::new(), stderr }
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
            _ => "runtime error: unknown",
        };
        GoPanic { message: message.to_string(), fatal: false, preamble: Vec::new(), trace: self.traceback(g) }
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
        macro_rules! jump {
            ($off:expr) => {{
                let off = $off as isize;
                pc = (pc as isize + off) as usize;
                if off < 0 {
                    budget -= 1;
                    if budget == 0 {
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
                        save!();
                        return Status::Panicked(self.runtime_error(g, rterr::DIVIDE));
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
                        save!();
                        return Status::Panicked(self.runtime_error(g, rterr::NEGATIVE_SHIFT));
                    }
                }
                Instr::AddImm { dst, a, imm } => regs.set(dst, regs.get(a).wrapping_add(i64::from(imm) as u64)),
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

                Instr::EqStr { dst, a, b } | Instr::LtStr { dst, a, b } | Instr::LeStr { dst, a, b } => {
                    // SAFETY: string registers hold string values of this program.
                    let x = unsafe { str_bytes(regs.get(a), regs.get(regs.at(a, 1))) };
                    // SAFETY: as above.
                    let y = unsafe { str_bytes(regs.get(b), regs.get(regs.at(b, 1))) };
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

                Instr::Call { base: at, func: callee_idx } => {
                    let callee = &prog.funcs[callee_idx as usize];
                    let new_base = base + usize::from(at.0);
                    let top = new_base + usize::from(callee.nregs);
                    g.frames.push(Frame { func: func_idx, pc: pc as u32, base: base as u32 });
                    if top > g.stack.len() && !g.grow(top) {
                        g.func = callee_idx;
                        g.pc = 1;
                        g.base = new_base as u32;
                        return Status::Panicked(self.stack_overflow(g));
                    }
                    // Zero the callee's registers past its arguments: frames start zeroed so
                    // the collector can scan them precisely.
                    g.stack[new_base + usize::from(callee.param_words)..top].fill(0);
                    func = callee;
                    func_idx = callee_idx;
                    code = &func.code;
                    pc = 0;
                    base = new_base;
                    regs = Regs(g.stack[base..].as_mut_ptr());
                    budget -= 1;
                    if budget == 0 {
                        save!();
                        return Status::Yielded;
                    }
                }
                Instr::Return {} => {
                    let Some(caller) = g.frames.pop() else {
                        save!();
                        return Status::Done;
                    };
                    func_idx = caller.func;
                    func = &prog.funcs[func_idx as usize];
                    code = &func.code;
                    pc = caller.pc as usize;
                    base = caller.base as usize;
                    regs = Regs(g.stack[base..].as_mut_ptr());
                }
                Instr::Panic { code } => {
                    save!();
                    return Status::Panicked(self.runtime_error(g, code));
                }
                Instr::Print { src, what } => self.print(regs, src, what),
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
                let bytes = unsafe { str_bytes(w, regs.get(regs.at(src, 1))) };
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

    #[cold]
    fn stack_overflow(&self, g: &Goroutine) -> GoPanic {
        GoPanic {
            message: "stack overflow".into(),
            fatal: true,
            preamble: vec![format!(
                "runtime: goroutine stack exceeds {}-byte limit",
                crate::goroutine::MAX_STACK_BYTES
            )],
            trace: self.traceback(g),
        }
    }
}

/// 2^63 as a float64.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

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
