//! `for … range f` over an iterator function (Go 1.23).
//!
//! The loop body becomes a function of its own, the `yield` the iterator calls with each
//! key and value; it returns true to ask for more. What leaves the body other than by
//! finishing an iteration goes through a control object the loop allocates and the body
//! captures, three words laid out as
//!
//! ```text
//!   state  gc's range-func state: READY, running (PANIC), DONE, EXHAUSTED
//!   next   what the loop does once the iterator returns: 0 go on after the loop,
//!          RETURN_VALUES / RETURN_BARE return from the function, EXIT + k take the
//!          k-th branch out of the loop (a break or continue of an enclosing statement)
//!   depth  the frame depth of the function the loop is in, where a `defer` in the
//!          body belongs (`DeferAt`)
//! ```
//!
//! followed, for the outermost such loop of a function with results, by the values a
//! `return` in a body returns (in Go's memory layout). Nested loops share that slot and
//! pass `next` outwards one body at a time. The checks gc makes (a body called again
//! after it asked to stop, or after the iterator returned; a body panic the iterator
//! swallowed) are `RangeEnter` and `RangeExit`, with Go's messages.

use crate::func::{FnBuilder, RangeBody};
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::isa::range_state;
use gorun_bytecode::typedesc::TypeDesc;
use gorun_bytecode::{Instr, Reg, TypeKind};
use gorun_syntax::ast::{AssignOp, BranchKind, Expr, ExprKind, RangeStmt, Stmt};
use gorun_syntax::intern::Symbol;
use gorun_types::types::TypeId;

/// `next` codes (see the module comment).
const RETURN_VALUES: i16 = 1;
const RETURN_BARE: i16 = 2;
const EXIT: i16 = 3;
/// Byte offsets in the control object.
const STATE: i16 = 0;
const NEXT: i16 = 8;
const DEPTH: i16 = 16;
const RESULTS: i64 = 24;

impl<'a> Compiler<'a> {
    pub(crate) fn range_func(
        &mut self,
        b: &mut FnBuilder,
        r: &RangeStmt,
        label: Option<Symbol>,
        s: &Stmt,
    ) -> CResult<()> {
        let types = &self.checked.program.types;
        let pos = s.span.lo;
        let fsig = types.signature(types.underlying(self.type_of(&r.x))).cloned();
        let ysig = fsig.as_ref().and_then(|f| f.params.first()).and_then(|p| types.signature(types.underlying(p.typ)));
        let Some(ysig) = ysig.cloned() else { return unsupported(pos, "range over this function") };
        let line = self.line_of(pos);
        let mark = b.mark();
        let results: Vec<(TypeId, Shape)> = match &b.range_body {
            Some(p) => p.results.clone(),
            None => b.result_types.iter().zip(&b.results).map(|(t, (_, shape))| (*t, *shape)).collect(),
        };
        let outermost = b.range_body.is_none();

        let f = b.alloc_value(Shape::Pointer);
        self.expr_into(b, &r.x, f)?;
        let ctl = b.alloc_value(Shape::Pointer);
        let desc = self.range_ctl_desc(if outermost { &results } else { &[] });
        b.emit(Instr::New { dst: ctl, typ: desc });
        let t = b.alloc_value(Shape::Int(64));
        b.emit(Instr::LoadImm { dst: t, imm: range_state::READY as i32 });
        b.emit(Instr::Store64 { addr: ctl, src: t, off: STATE });
        match &b.range_body {
            Some(p) => b.emit(Instr::Load64 { dst: t, addr: p.ctl, off: DEPTH }),
            None => b.emit(Instr::FrameDepth { dst: t }),
        };
        b.emit(Instr::Store64 { addr: ctl, src: t, off: DEPTH });
        let parent_ret = b.range_body.as_ref().and_then(|p| p.ret);
        let has_ret = if outermost { !results.is_empty() } else { parent_ret.is_some() };

        // The body function.
        let captured = self.captures(b);
        let outer = b.func.name.clone();
        let n = self.lit_counts.entry(format!("{outer}-range")).or_insert(0);
        *n += 1;
        let mut fb = FnBuilder::new(format!("{outer}-range{n}"), b.func.file);
        fb.line = line;
        let mut params = Vec::new();
        for p in &ysig.params {
            let shape = self.shape(p.typ, pos)?;
            params.push((fb.alloc_value(shape), shape));
        }
        if fb.top == 0 {
            fb.alloc(1);
        }
        let extra = 1 + u16::from(has_ret && !outermost);
        let ctx = self.load_captures(b, &mut fb, &captured, extra).expect("a control word");
        let at = 8 * (captured.len() as i16 + 1);
        let fctl = fb.alloc_value(Shape::Pointer);
        fb.emit(Instr::Load64 { dst: fctl, addr: ctx, off: at });
        let fret = match (has_ret, outermost) {
            (false, _) => None,
            (true, true) => Some(fctl),
            (true, false) => {
                let r = fb.alloc_value(Shape::Pointer);
                fb.emit(Instr::Load64 { dst: r, addr: ctx, off: at + 8 });
                Some(r)
            }
        };
        fb.emit(Instr::RangeEnter { ctl: fctl });
        let define = r.tok == Some(AssignOp::Define);
        for (k, target) in [&r.key, &r.value].into_iter().enumerate() {
            let (Some(target), Some(&(reg, shape))) = (target, params.get(k)) else { continue };
            self.bind_target(&mut fb, target, define, reg, shape)?;
        }
        fb.range_body =
            Some(RangeBody { label, ctl: fctl, ret: fret, exits: Vec::new(), results, returns: [false; 2] });
        self.block(&mut fb, &r.body.stmts)?;
        fb.line = self.line_of(r.body.rbrace);
        yield_return(&mut fb, true);
        if !fb.gotos.is_empty() {
            return unsupported(pos, "goto out of the body of a range-over-func loop");
        }
        let body = fb.range_body.take().expect("the body's context");
        fb.func.param_words = crate::layout::words_of(&self.checked.program.types, &ysig.params);
        fb.func.result_words = 1;
        fb.func.nregs = fb.func.nregs.max(fb.func.param_words).max(1);
        self.out.funcs.push(fb.func);
        let idx = (self.out.funcs.len() - 1) as u32;

        // The call, then whatever the body asked for.
        let mut words: Vec<Reg> = captured.iter().map(|c| c.1).collect();
        words.push(ctl);
        if let (false, Some(pr)) = (outermost, parent_ret) {
            words.push(pr);
        }
        let area = b.alloc_value(Shape::Pointer);
        self.make_closure(b, area, idx, &words);
        b.line = line;
        b.emit(Instr::CallClosure { base: area, f });
        b.emit(Instr::RangeExit { ctl });
        if body.returns == [false; 2] && body.exits.is_empty() {
            b.release(mark);
            return Ok(());
        }
        let nx = b.alloc_value(Shape::Int(64));
        b.emit(Instr::Load64 { dst: nx, addr: ctl, off: NEXT });
        for (code, returned) in [(RETURN_VALUES, body.returns[0]), (RETURN_BARE, body.returns[1])] {
            if !returned {
                continue;
            }
            let skip = b.emit(Instr::JumpNeImm { a: nx, imm: code, off: 0 });
            if !outermost {
                if let Some(p) = b.range_body.as_mut() {
                    p.returns[usize::from(code == RETURN_BARE)] = true;
                }
                body_exit(b, code);
            } else if code == RETURN_BARE {
                self.return_regs_bare(b);
            } else {
                let inner = b.mark();
                let mut regs = Vec::new();
                for (off, (_, shape)) in self.result_offsets(&body.results).into_iter().zip(body.results.clone()) {
                    let v = b.alloc_value(shape);
                    self.load_value(b, v, ctl, off, shape);
                    regs.push((v, shape));
                }
                self.return_regs(b, regs, false);
                b.release(inner);
            }
            let here = b.pc();
            self.patch(b, skip, here)?;
        }
        for (k, (kind, target)) in body.exits.iter().enumerate() {
            let skip = b.emit(Instr::JumpNeImm { a: nx, imm: EXIT + k as i16, off: 0 });
            self.branch_stmt(b, *kind, *target, s)?;
            let here = b.pc();
            self.patch(b, skip, here)?;
        }
        b.release(mark);
        Ok(())
    }

    /// `break` or `continue` in a range-over-func body that no statement inside the
    /// body takes: ends this call of the body (asking for more for a `continue` of this
    /// loop), or leaves the loop for a branch of an enclosing statement.
    pub(crate) fn range_body_branch(&mut self, b: &mut FnBuilder, kind: BranchKind, label: Option<Symbol>) {
        let body = b.range_body.as_mut().expect("in a range-over-func body");
        if label.is_none() || label == body.label {
            yield_return(b, kind == BranchKind::Continue);
            return;
        }
        let k = match body.exits.iter().position(|e| *e == (kind, label)) {
            Some(k) => k,
            None => {
                body.exits.push((kind, label));
                body.exits.len() - 1
            }
        };
        body_exit(b, EXIT + k as i16);
    }

    /// `return` in a range-over-func body: the values go to the function's result slot,
    /// and the loop returns once the iterator has.
    pub(crate) fn range_body_return(&mut self, b: &mut FnBuilder, values: &[Expr]) -> CResult<()> {
        let body = b.range_body.as_mut().expect("in a range-over-func body");
        if values.is_empty() {
            body.returns[1] = true;
            body_exit(b, RETURN_BARE);
            return Ok(());
        }
        body.returns[0] = true;
        let (results, ret) = (body.results.clone(), body.ret.expect("a result slot"));
        let mark = b.mark();
        let regs: Vec<(Reg, Shape)> = if values.len() == results.len() {
            let mut regs = Vec::new();
            for (v, &(t, shape)) in values.iter().zip(&results) {
                let r = b.alloc_value(shape);
                self.expr_to(b, v, t, r)?;
                regs.push((r, shape));
            }
            regs
        } else {
            let ExprKind::Call(call) = &values[0].kind else { return unsupported(values[0].span.lo, "this return") };
            self.call(b, call, &values[0])?
        };
        for (off, (r, shape)) in self.result_offsets(&results).into_iter().zip(regs) {
            self.store_value(b, ret, off, r, shape);
        }
        b.release(mark);
        body_exit(b, RETURN_VALUES);
        Ok(())
    }

    /// The offsets of the results in the control object.
    fn result_offsets(&self, results: &[(TypeId, Shape)]) -> Vec<i64> {
        let types = &self.checked.program.types;
        let mut off = RESULTS;
        let mut out = Vec::new();
        for &(t, _) in results {
            let align = types.alignof(t).max(1);
            off = (off + align - 1) / align * align;
            out.push(off);
            off += types.sizeof(t).max(0);
        }
        out
    }

    /// The descriptor of a control object with room for `results`.
    fn range_ctl_desc(&mut self, results: &[(TypeId, Shape)]) -> u32 {
        let offs = self.result_offsets(results);
        let types = &self.checked.program.types;
        let size = match (results.last(), offs.last()) {
            (Some(&(t, _)), Some(&o)) => (o + types.sizeof(t).max(0) + 7) / 8 * 8,
            _ => RESULTS,
        };
        let mut mask = vec![0u64; (size as usize / 8).div_ceil(64).max(1)];
        for (&(t, _), &o) in results.iter().zip(&offs) {
            self.pointer_bits(t, o as u64, &mut mask);
        }
        self.out.types.push(TypeDesc::plain(TypeKind::Struct, "range-func control", size as u64, mask));
        (self.out.types.len() - 1) as u32
    }

    /// A bare `return` of the enclosing function after its loop's iterator returned.
    fn return_regs_bare(&mut self, b: &mut FnBuilder) {
        let regs = b.results.iter().map(|&(r, shape)| (r.expect("a bare return has named results"), shape)).collect();
        self.return_regs(b, regs, true);
    }
}

/// Ends this call of the body: `true` asks the iterator for more (the loop is ready
/// again), `false` tells it to stop (the loop is done).
fn yield_return(b: &mut FnBuilder, more: bool) {
    let ctl = b.range_body.as_ref().expect("in a range-over-func body").ctl;
    let state = if more { range_state::READY } else { range_state::DONE };
    let mark = b.mark();
    let t = b.alloc_value(Shape::Int(64));
    b.emit(Instr::LoadImm { dst: t, imm: state as i32 });
    b.emit(Instr::Store64 { addr: ctl, src: t, off: STATE });
    b.emit(Instr::LoadImm { dst: Reg(0), imm: i32::from(more) });
    b.emit(Instr::Return {});
    b.release(mark);
}

/// Stops the iteration with `code` in the loop's `next` word.
fn body_exit(b: &mut FnBuilder, code: i16) {
    let ctl = b.range_body.as_ref().expect("in a range-over-func body").ctl;
    let mark = b.mark();
    let t = b.alloc_value(Shape::Int(64));
    b.emit(Instr::LoadImm { dst: t, imm: i32::from(code) });
    b.emit(Instr::Store64 { addr: ctl, src: t, off: NEXT });
    b.release(mark);
    yield_return(b, false);
}
