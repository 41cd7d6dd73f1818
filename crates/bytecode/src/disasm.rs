//! The disassembler: `gorun disasm FILE.go` prints every function this way.

use crate::isa::{Instr, Operand};
use crate::program::{Func, Program};
use std::fmt::Write;

/// The listing of one function: a header, then one line per instruction with its pc,
/// source line and, for jumps, the absolute target.
pub fn disassemble_func(prog: &Program, f: &Func) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "func {} (params {}, results {}, frame {} words)",
        f.name, f.param_words, f.result_words, f.nregs
    );
    let mut last_line = u32::MAX;
    for (pc, ins) in f.code.iter().enumerate() {
        let line = f.line_at(pc);
        let line_col = if line != last_line { format!("{line:>5}") } else { "     ".to_string() };
        last_line = line;
        let _ = write!(out, "{line_col} {pc:>5}  {ins}");
        for op in ins.operands() {
            if let Operand::Jump(o) = op {
                let _ = write!(out, "  -> {}", pc as i64 + 1 + i64::from(o));
            }
        }
        match *ins {
            Instr::Call { func, .. } => {
                let _ = write!(out, "  ; {}", prog.funcs.get(func as usize).map_or("?", |f| f.name.as_str()));
            }
            Instr::LoadStr { s, .. } => {
                if let Some(b) = prog.strings.get(s as usize) {
                    let _ = write!(out, "  ; {:?}", String::from_utf8_lossy(b));
                }
            }
            Instr::LoadConst { k, .. } => {
                if let Some(c) = prog.consts.get(k as usize) {
                    let _ = write!(out, "  ; {c:#x}");
                }
            }
            _ => {}
        }
        out.push('\n');
    }
    out
}

/// The listing of a whole program.
pub fn disassemble(prog: &Program) -> String {
    prog.funcs.iter().map(|f| disassemble_func(prog, f)).collect::<Vec<_>>().join("\n")
}
