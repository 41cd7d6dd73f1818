//! Function values: function literals (closures) and named functions used as values.
//!
//! A function value is the address of a closure object: the function's index in its
//! first word, then the addresses of the variables it captures (captured variables
//! always live in heap cells, or in memory of their own for structs and arrays, so a
//! closure shares them with the function that declared them). `CallClosure` hands the
//! object to the callee, whose first instruction (`LoadCtx`) fetches it.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::typedesc::TypeDesc;
use gorun_bytecode::{Instr, Reg, TypeKind};
use gorun_syntax::ast::{Expr, FuncLit};
use gorun_types::object::{ObjId, ObjKind};

impl<'a> Compiler<'a> {
    /// The descriptor of a closure object capturing `n` variables.
    pub(crate) fn closure_desc(&mut self, n: u16) -> u32 {
        if let Some(&d) = self.closure_descs.get(&n) {
            return d;
        }
        let words = u64::from(n) + 1;
        let mut mask = vec![0u64; (words as usize).div_ceil(64)];
        for k in 1..words as usize {
            mask[k / 64] |= 1 << (k % 64);
        }
        self.out
            .types
            .push(TypeDesc { comparable: false, ..TypeDesc::plain(TypeKind::Struct, "func", words * 8, mask) });
        let d = (self.out.types.len() - 1) as u32;
        self.closure_descs.insert(n, d);
        d
    }

    /// Makes a closure object for function `func` capturing the cells in `captured`.
    pub(crate) fn make_closure(&mut self, b: &mut FnBuilder, dst: Reg, func: u32, captured: &[Reg]) {
        let typ = self.closure_desc(captured.len() as u16);
        let mark = b.mark();
        let t = b.alloc_value(Shape::Int(64));
        b.emit(Instr::New { dst, typ });
        b.emit(Instr::LoadImm { dst: t, imm: func as i32 });
        b.emit(Instr::Store64 { addr: dst, src: t, off: 0 });
        for (k, &r) in captured.iter().enumerate() {
            b.emit(Instr::StorePtr { addr: dst, src: r, off: 8 * (k as i16 + 1) });
        }
        b.release(mark);
    }

    /// A closure of function `func` capturing nothing, into `dst`.
    pub fn closure_of(&mut self, b: &mut FnBuilder, dst: Reg, func: u32) {
        self.make_closure(b, dst, func, &[]);
    }

    /// A named function used as a value.
    pub fn func_value(&mut self, b: &mut FnBuilder, obj: ObjId, dst: Reg, e: &Expr) -> CResult<()> {
        let idx = self.func_ref(obj, e.span.lo)?;
        self.make_closure(b, dst, idx, &[]);
        Ok(())
    }

    /// Every variable in scope that some function literal (or range-over-func body)
    /// captures, in a fixed order: each lives in a cell, or in memory of its own.
    pub(crate) fn captures(&self, b: &FnBuilder) -> Vec<(ObjId, Reg, Shape)> {
        let prog = &self.checked.program;
        let mut captured: Vec<(ObjId, Reg, Shape)> = b
            .locals
            .iter()
            .filter(|(o, _)| matches!(&prog.objects.get(**o).kind, ObjKind::Var(v) if v.captured))
            .map(|(o, (r, s))| (*o, *r, *s))
            .collect();
        captured.sort_by_key(|c| c.0);
        captured
    }

    /// In a closure's function `fb`: fetches the closure object and binds the captured
    /// variables (of the enclosing `b`) to their cells; `extra` more words follow them in
    /// the object. Returns the register of the closure object.
    pub(crate) fn load_captures(
        &mut self,
        b: &FnBuilder,
        fb: &mut FnBuilder,
        captured: &[(ObjId, Reg, Shape)],
        extra: u16,
    ) -> Option<Reg> {
        if captured.is_empty() && extra == 0 {
            return None;
        }
        let ctx = fb.alloc_value(Shape::Pointer);
        fb.emit(Instr::LoadCtx { dst: ctx });
        for (k, (obj, _, shape)) in captured.iter().enumerate() {
            let r = fb.alloc_value(Shape::Pointer);
            fb.emit(Instr::Load64 { dst: r, addr: ctx, off: 8 * (k as i16 + 1) });
            fb.locals.insert(*obj, (r, *shape));
            if b.cells.contains(obj) {
                fb.cells.insert(*obj);
            }
        }
        Some(ctx)
    }

    /// Compiles a function literal and makes its closure in `dst`.
    pub fn func_lit(&mut self, b: &mut FnBuilder, fl: &FuncLit, e: &Expr, dst: Reg) -> CResult<()> {
        let prog = &self.checked.program;
        let captured = self.captures(b);
        let outer = b.func.name.clone();
        let n = self.lit_counts.entry(outer.clone()).or_insert(0);
        *n += 1;
        let name = if outer.contains(".func") { format!("{outer}.{n}") } else { format!("{outer}.func{n}") };
        let Some(sig) = prog.types.signature(self.type_of(e)).cloned() else {
            return unsupported(e.span.lo, "this function literal");
        };
        let mut fb = FnBuilder::new(name, b.func.file);
        fb.line = self.line_of(e.span.lo);
        self.params_prologue(&mut fb, &sig, e.span.lo)?;
        self.results_prologue(&mut fb, &sig, e.span.lo)?;
        self.load_captures(b, &mut fb, &captured, 0);
        fb.has_defer = self.may_defer(e.span);
        self.block(&mut fb, &fl.body.stmts)?;
        fb.line = self.line_of(fl.body.rbrace);
        if sig.results.is_empty() {
            self.emit_return(&mut fb);
        } else {
            fb.emit(Instr::Panic { code: gorun_bytecode::isa::rterr::MISSING_RETURN });
        }
        self.emit_recovery(&mut fb);
        let (pw, rw) =
            (crate::layout::words_of(&prog.types, &sig.params), crate::layout::words_of(&prog.types, &sig.results));
        fb.func.param_words = pw;
        fb.func.result_words = rw;
        fb.func.nregs = fb.func.nregs.max(pw).max(rw);
        self.out.funcs.push(fb.func);
        let idx = (self.out.funcs.len() - 1) as u32;
        let regs: Vec<Reg> = captured.iter().map(|c| c.1).collect();
        self.make_closure(b, dst, idx, &regs);
        Ok(())
    }
}
