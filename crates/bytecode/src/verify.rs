//! The load-time verifier.
//!
//! The interpreter indexes registers and tables without bounds checks; this pass is what
//! makes that sound. It runs once per program, before any goroutine starts, and rejects
//! a program in which any instruction could reach outside its frame or a table, jump
//! outside its function, or run off the end of its code.

use crate::isa::{Instr, Kind, Operand, printk, strconv};
use crate::program::{Func, Program};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    pub func: String,
    pub pc: usize,
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bytecode verification failed in {} at pc {}: {}", self.func, self.pc, self.msg)
    }
}

impl std::error::Error for VerifyError {}

/// Checks every function of `prog`.
pub fn verify(prog: &Program) -> Result<(), VerifyError> {
    if prog.funcs.get(prog.entry as usize).is_none() {
        return Err(VerifyError { func: "<program>".into(), pc: 0, msg: "no entry function".into() });
    }
    for f in &prog.funcs {
        verify_func(prog, f)?;
    }
    Ok(())
}

fn verify_func(prog: &Program, f: &Func) -> Result<(), VerifyError> {
    let fail = |pc: usize, msg: String| Err(VerifyError { func: f.name.clone(), pc, msg });
    let nregs = usize::from(f.nregs);
    if usize::from(f.param_words) > nregs || usize::from(f.result_words) > nregs {
        return fail(0, format!("frame of {nregs} words cannot hold its parameters and results"));
    }
    match f.code.last() {
        Some(Instr::Return {} | Instr::Jump { .. } | Instr::Panic { .. }) => {}
        _ => return fail(f.code.len(), "code can run off its end".into()),
    }
    let n = f.code.len();
    for (pc, ins) in f.code.iter().enumerate() {
        let info = ins.info();
        let ops = ins.operands();
        let count = ops.iter().zip(info.operands).find(|(_, (name, _))| *name == "n").map(|(op, _)| match op {
            Operand::Imm(v) => *v as usize,
            _ => 0,
        });
        for (op, &(name, kind)) in ops.iter().zip(info.operands) {
            let within = |len: usize, what: &str, x: u32| -> Result<(), VerifyError> {
                if (x as usize) < len {
                    Ok(())
                } else {
                    Err(VerifyError { func: f.name.clone(), pc, msg: format!("{name}: {what} #{x} out of range") })
                }
            };
            match (kind, *op) {
                (Kind::R | Kind::R2 | Kind::R3 | Kind::RN, Operand::Reg(r)) => {
                    let width = match (kind, ins) {
                        (Kind::RN, _) => count.unwrap_or(0),
                        (_, Instr::Print { what, .. }) => print_width(*what),
                        // A call's argument area is checked against the callee below.
                        (_, Instr::Call { .. } | Instr::CallClosure { .. } | Instr::CallNative { .. })
                            if name == "base" =>
                        {
                            0
                        }
                        (_, Instr::CallIface { .. }) => 0,
                        (_, Instr::SliceGrow { .. }) => 4,
                        // Map operations' register runs depend on their key and value
                        // types, checked below.
                        (_, Instr::MapIndex { .. } | Instr::MapAssign { .. } | Instr::MapDelete { .. }) => 1,
                        (_, Instr::MapIterNext { .. }) => 2,
                        (_, Instr::SliceCopy { .. }) => 6,
                        (_, Instr::Defer { n, .. } | Instr::DeferAt { n, .. }) if name == "args" => usize::from(*n),
                        (_, Instr::Select { n, .. }) => 2 * usize::from(*n).max(1),
                        (_, Instr::ChanSend { .. } | Instr::ChanRecv { .. }) => 1,
                        _ => kind.reg_width().unwrap_or(1),
                    };
                    if usize::from(r) + width > nregs {
                        return fail(pc, format!("{name}: register r{r} (+{width}) outside a frame of {nregs}"));
                    }
                }
                (Kind::J16 | Kind::J32, Operand::Jump(o)) => {
                    let target = pc as i64 + 1 + i64::from(o);
                    if target < 0 || target >= n as i64 {
                        return fail(pc, format!("jump to {target} outside the function"));
                    }
                }
                (Kind::Func, Operand::Index(x)) => within(prog.funcs.len(), "function", x)?,
                (Kind::Type, Operand::Index(x)) => within(prog.types.len(), "type", x)?,
                (Kind::Const, Operand::Index(x)) => within(prog.consts.len(), "constant", x)?,
                (Kind::Str, Operand::Index(x)) => within(prog.strings.len(), "string", x)?,
                (Kind::Global, Operand::Index(x)) => within(prog.global_words as usize, "global word", x)?,
                (Kind::Method, Operand::Index(x)) => within(prog.method_keys.len(), "method key", x)?,
                (Kind::Native, Operand::Index(x)) => within(prog.natives.len(), "native", x)?,
                _ => {}
            }
        }
        match *ins {
            Instr::Call { base, func } => {
                let callee = &prog.funcs[func as usize];
                let need = usize::from(callee.param_words.max(callee.result_words));
                if usize::from(base.0) + need > nregs {
                    return fail(pc, format!("call of {} needs {need} words at r{}", callee.name, base.0));
                }
            }
            Instr::MapIndex { args, typ }
            | Instr::MapAssign { args, typ }
            | Instr::MapDelete { args, typ }
            | Instr::MapIterNext { it: args, typ } => {
                let t = &prog.types[typ as usize];
                let words = |x: Option<u32>| x.map_or(0, |i| reg_words(&prog.types[i as usize]));
                let (kw, vw) = (words(t.key), words(t.elem));
                let need = match ins {
                    Instr::MapIndex { .. } => (1 + kw).max(vw + 1),
                    Instr::MapAssign { .. } => 1 + kw + vw,
                    Instr::MapDelete { .. } => 1 + kw,
                    _ => 2 + kw + vw,
                };
                if t.kind != crate::TypeKind::Map || usize::from(args.0) + need > nregs {
                    return fail(pc, format!("map operation needs {need} words at r{}", args.0));
                }
            }
            Instr::ChanSend { args, typ } | Instr::ChanRecv { args, typ } => {
                let t = &prog.types[typ as usize];
                let vw = t.elem.map_or(0, |i| reg_words(&prog.types[i as usize]));
                let need = if let Instr::ChanSend { .. } = ins { 1 + vw } else { vw + 1 };
                if t.kind != crate::TypeKind::Chan || usize::from(args.0) + need > nregs {
                    return fail(pc, format!("channel operation needs {need} words at r{}", args.0));
                }
            }
            Instr::ChanMake { typ, .. } if prog.types[typ as usize].kind != crate::TypeKind::Chan => {
                return fail(pc, "make of a channel with a type that is not one".into());
            }
            Instr::CallIface { base, .. } if base.0 == 0 || usize::from(base.0) > nregs => {
                return fail(pc, "interface call without room for its type word".into());
            }
            Instr::StrConv { code, dst, src } => {
                let width = |c: u16, out: bool| match (c, out) {
                    (strconv::BYTES_TO_STR | strconv::RUNES_TO_STR, true) => 2,
                    (strconv::BYTES_TO_STR | strconv::RUNES_TO_STR, false) => 3,
                    (strconv::STR_TO_BYTES | strconv::STR_TO_RUNES, true) => 3,
                    (strconv::STR_TO_BYTES | strconv::STR_TO_RUNES, false) => 2,
                    (strconv::RUNE_TO_STR, true) => 2,
                    _ => 1,
                };
                if code > strconv::RUNE_TO_STR
                    || usize::from(dst.0) + width(code, true) > nregs
                    || usize::from(src.0) + width(code, false) > nregs
                {
                    return fail(pc, format!("bad string conversion {code}"));
                }
            }
            Instr::ShlImm { imm, .. } | Instr::ShrIImm { imm, .. } | Instr::ShrUImm { imm, .. }
                if !(0..64).contains(&imm) =>
            {
                return fail(pc, format!("shift count {imm} out of range"));
            }
            Instr::SextN { bits, .. } | Instr::ZextN { bits, .. } if !matches!(bits, 8 | 16 | 32) => {
                return fail(pc, format!("bad width {bits}"));
            }
            Instr::Print { what, .. } if what > printk::SLICE => return fail(pc, format!("bad print kind {what}")),
            _ => {}
        }
    }
    Ok(())
}

/// How many registers `Print` reads for a kind.
pub fn print_width(what: u16) -> usize {
    match what {
        printk::STRING | printk::COMPLEX | printk::COMPLEX64 | printk::IFACE => 2,
        printk::SLICE => 3,
        printk::SPACE | printk::NEWLINE => 0,
        _ => 1,
    }
}

/// Register words a value of type `t` takes (structs and arrays: one, by reference).
pub fn reg_words(t: &crate::TypeDesc) -> usize {
    use crate::TypeKind as K;
    match t.kind {
        K::String | K::Interface | K::Complex64 | K::Complex128 => 2,
        K::Slice => 3,
        _ => 1,
    }
}
