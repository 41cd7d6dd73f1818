//! Channels: `make`, send, receive (with comma-ok), `close`, `len` and `cap`, `range`
//! over a channel, and `select`.
//!
//! Send and receive are one instruction each over a register run: the channel, then the
//! value in register form (see `vm::chan`). A `select` evaluates every case's channel and
//! send value first, in source order as the spec says, into a table of two words a case
//! (the channel; the direction and the register of the case's value), then one `Select`
//! instruction picks a ready case (uniformly at random among several), performs its
//! communication and leaves the case's index in the table's first word for the dispatch
//! that follows.

use crate::func::{Breakable, FnBuilder};
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{AssignOp, Expr, ExprKind, RangeStmt, SelectStmt, Stmt, StmtKind, UnaryOp};
use gorun_syntax::intern::Symbol;
use gorun_types::types::{Type, TypeId};

impl<'a> Compiler<'a> {
    /// The element type of channel type `t`.
    pub(crate) fn chan_elem(&self, t: TypeId) -> Option<TypeId> {
        let types = &self.checked.program.types;
        match types.get(types.underlying(t)) {
            Type::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    /// `make(chan T[, size])` into `dst`.
    pub(crate) fn chan_make(&mut self, b: &mut FnBuilder, t: TypeId, size: Option<&Expr>, dst: Reg) -> CResult<()> {
        match size {
            Some(e) => self.expr_into(b, e, dst)?,
            None => self.load_int(b, dst, 0),
        }
        let typ = self.type_desc(t);
        b.emit(Instr::ChanMake { dst, typ });
        Ok(())
    }

    /// `<-ch` into `dst…` (the value, then with `comma_ok` whether a send delivered it).
    pub(crate) fn chan_recv(&mut self, b: &mut FnBuilder, ch: &Expr, dst: Reg, comma_ok: bool) -> CResult<()> {
        let t = self.type_of(ch);
        let Some(elem) = self.chan_elem(t) else { return unsupported(ch.span.lo, "receiving from this operand") };
        let vs = self.shape(elem, ch.span.lo)?;
        let mark = b.mark();
        let args = b.alloc(vs.words() + 1);
        b.mark_pointers(args, Shape::Pointer);
        b.mark_pointers(args, vs);
        self.expr_into(b, ch, args)?;
        let typ = self.type_desc(t);
        b.emit(Instr::ChanRecv { args, typ });
        let n = vs.words() + u16::from(comma_ok);
        match n {
            0 => {}
            1 => {
                b.emit(Instr::Move { dst, src: args });
            }
            n => {
                b.emit(Instr::MoveN { dst, src: args, n });
            }
        }
        b.release(mark);
        Ok(())
    }

    /// `ch <- v`.
    pub(crate) fn chan_send(&mut self, b: &mut FnBuilder, ch: &Expr, v: &Expr) -> CResult<()> {
        let t = self.type_of(ch);
        let Some(elem) = self.chan_elem(t) else { return unsupported(ch.span.lo, "sending on this operand") };
        let vs = self.shape(elem, v.span.lo)?;
        let mark = b.mark();
        let args = b.alloc(1 + vs.words());
        b.mark_pointers(args, Shape::Pointer);
        b.mark_pointers(Reg(args.0 + 1), vs);
        self.expr_into(b, ch, args)?;
        self.expr_to(b, v, elem, Reg(args.0 + 1))?;
        let typ = self.type_desc(t);
        b.emit(Instr::ChanSend { args, typ });
        b.release(mark);
        Ok(())
    }

    /// `for v := range ch`: receives until the channel is closed and drained. (`close`,
    /// `len` and `cap` of a channel are single instructions; see `builtin`.)
    pub(crate) fn range_chan(&mut self, b: &mut FnBuilder, r: &RangeStmt, label: Option<Symbol>) -> CResult<()> {
        let t = self.type_of(&r.x);
        let elem = self.chan_elem(t).expect("a channel");
        let vs = self.shape(elem, r.x.span.lo)?;
        let mark = b.mark();
        let ch = b.alloc_value(Shape::Pointer);
        self.expr_into(b, &r.x, ch)?;
        let typ = self.type_desc(t);
        let top = b.pc();
        let args = b.alloc(vs.words() + 1);
        b.mark_pointers(args, Shape::Pointer);
        b.mark_pointers(args, vs);
        b.emit(Instr::Move { dst: args, src: ch });
        b.emit(Instr::ChanRecv { args, typ });
        let exit = b.emit(Instr::JumpIfNot { cond: Reg(args.0 + vs.words()), off: 0 });
        let body_mark = b.mark();
        if let Some(target) = &r.key {
            self.bind_target(b, target, r.tok == Some(AssignOp::Define), args, vs)?;
        }
        b.breakables.push(Breakable { label, is_loop: true, breaks: Vec::new(), continues: Vec::new() });
        self.block(b, &r.body.stmts)?;
        b.end_scope(body_mark);
        b.jump_to(top);
        let end = b.pc();
        self.patch(b, exit, end)?;
        self.close_breakable(b, top)?;
        b.end_scope(mark);
        Ok(())
    }

    /// A `select` statement.
    pub(crate) fn select_stmt(
        &mut self,
        b: &mut FnBuilder,
        sel: &SelectStmt,
        label: Option<Symbol>,
        s: &Stmt,
    ) -> CResult<()> {
        let mark = b.mark();
        let cases: Vec<usize> = (0..sel.clauses.len()).filter(|&i| sel.clauses[i].comm.is_some()).collect();
        let n = cases.len() as u16;
        let table = b.alloc(2 * n.max(1));
        for k in 0..n {
            b.mark_pointers(Reg(table.0 + 2 * k), Shape::Pointer);
        }
        // Each case's channel and send value, in source order; where its value goes.
        let mut slots: Vec<(Reg, Shape)> = Vec::new();
        for (k, &i) in cases.iter().enumerate() {
            let comm = sel.clauses[i].comm.as_ref().expect("a communication");
            let at = Reg(table.0 + 2 * k as u16);
            let (ch, send) = match &comm.kind {
                StmtKind::Send(ch, v) => (&**ch, Some(&**v)),
                _ => match recv_operand(comm) {
                    Some(ch) => (ch, None),
                    None => return unsupported(comm.span.lo, "this select case"),
                },
            };
            let elem = self.chan_elem(self.type_of(ch)).expect("a channel");
            let vs = self.shape(elem, ch.span.lo)?;
            self.expr_into(b, ch, at)?;
            let val = match send {
                Some(v) => {
                    let val = b.alloc_value(vs);
                    self.expr_to(b, v, elem, val)?;
                    val
                }
                None => {
                    let val = b.alloc(vs.words() + 1);
                    b.mark_pointers(val, vs);
                    val
                }
            };
            let code = (i32::from(val.0) << 1) | i32::from(send.is_none());
            b.emit(Instr::LoadImm { dst: Reg(at.0 + 1), imm: code });
            slots.push((val, vs));
        }
        let has_default = sel.clauses.iter().any(|c| c.comm.is_none());
        b.line = self.line_of(s.span.lo);
        b.emit(Instr::Select { cases: table, n, default: u16::from(has_default) });
        b.breakables.push(Breakable { label, is_loop: false, breaks: Vec::new(), continues: Vec::new() });
        let mut ends = Vec::new();
        let mut order: Vec<(Option<usize>, usize)> = cases.iter().enumerate().map(|(k, &i)| (Some(k), i)).collect();
        if let Some(d) = sel.clauses.iter().position(|c| c.comm.is_none()) {
            order.push((None, d));
        }
        for (k, i) in order {
            let clause = &sel.clauses[i];
            let skip = k.map(|k| b.emit(Instr::JumpNeImm { a: table, imm: k as i16, off: 0 }));
            let body_mark = b.mark();
            if let (Some(k), Some(comm)) = (k, &clause.comm) {
                self.select_bind(b, comm, slots[k])?;
            }
            self.block(b, &clause.body)?;
            b.end_scope(body_mark);
            ends.push(b.emit(Instr::Jump { off: 0 }));
            if let Some(j) = skip {
                let here = b.pc();
                self.patch(b, j, here)?;
            }
        }
        let end = b.pc();
        for j in ends {
            self.patch(b, j, end)?;
        }
        self.close_breakable(b, end)?;
        b.end_scope(mark);
        Ok(())
    }

    /// The variables of a chosen receive case (`v := <-ch`, `v, ok = <-ch`).
    fn select_bind(&mut self, b: &mut FnBuilder, comm: &Stmt, (val, vs): (Reg, Shape)) -> CResult<()> {
        let StmtKind::Assign(a) = &comm.kind else { return Ok(()) };
        let targets = [(val, vs), (Reg(val.0 + vs.words()), Shape::Bool)];
        for (lhs, (reg, shape)) in a.lhs.iter().zip(targets) {
            self.bind_target(b, lhs, a.op == AssignOp::Define, reg, shape)?;
        }
        Ok(())
    }
}

/// The channel of a receive case: `<-ch`, `v := <-ch`, `v, ok = <-ch`.
fn recv_operand(comm: &Stmt) -> Option<&Expr> {
    let e = match &comm.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign(a) if a.rhs.len() == 1 => &a.rhs[0],
        _ => return None,
    };
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    match &e.kind {
        ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
        _ => None,
    }
}
