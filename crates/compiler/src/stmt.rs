//! Statements and control flow.
//!
//! Conditions compile to jumps (`branch`), fusing integer comparisons with the jump, so
//! a `for i := 0; i < n; i++` loop runs its body, one add and one compare-and-branch per
//! iteration (the condition sits at the bottom of the loop).

use crate::func::{Breakable, FnBuilder};
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{
    AssignOp, AssignStmt, BinaryOp, BranchKind, DeclKeyword, Expr, ExprKind, ForStmt, GenDecl, IfStmt, RangeStmt, Spec,
    Stmt, StmtKind, SwitchStmt, UnaryOp,
};
use gorun_syntax::intern::Symbol;

impl<'a> Compiler<'a> {
    pub fn block(&mut self, b: &mut FnBuilder, stmts: &[Stmt]) -> CResult<()> {
        let mark = b.mark();
        for s in stmts {
            self.stmt(b, s)?;
        }
        b.release(mark);
        Ok(())
    }

    fn stmt(&mut self, b: &mut FnBuilder, s: &Stmt) -> CResult<()> {
        b.line = self.line_of(s.span.lo);
        b.pos = s.span.lo;
        let label = b.pending_label.take();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Block(blk) => self.block(b, &blk.stmts)?,
            StmtKind::Expr(e) => {
                let mark = b.mark();
                match &e.kind {
                    ExprKind::Call(call) => {
                        self.call(b, call, e)?;
                    }
                    _ => {
                        self.expr_reg(b, e)?;
                    }
                }
                b.release(mark);
            }
            StmtKind::Decl(g) => self.local_decl(b, g)?,
            StmtKind::Assign(a) => self.assign(b, a, s)?,
            StmtKind::IncDec(x, inc) => self.inc_dec(b, x, *inc)?,
            StmtKind::If(ifs) => self.if_stmt(b, ifs)?,
            StmtKind::For(f) => self.for_stmt(b, f, label)?,
            StmtKind::Range(r) => self.range_stmt(b, r, label, s)?,
            StmtKind::Switch(sw) => self.switch_stmt(b, sw, label)?,
            StmtKind::Return(values) => self.return_stmt(b, values, s)?,
            StmtKind::Labeled(l, inner) => {
                b.pending_label = Some(l.name);
                self.stmt(b, inner)?;
            }
            StmtKind::Branch(kind, target) => self.branch_stmt(b, *kind, target.map(|t| t.name), s)?,
            StmtKind::Go(_) => return unsupported(s.span.lo, "go statements"),
            StmtKind::Defer(_) => return unsupported(s.span.lo, "defer"),
            StmtKind::Send(..) => return unsupported(s.span.lo, "channels"),
            StmtKind::Select(_) => return unsupported(s.span.lo, "select"),
            StmtKind::TypeSwitch(_) => return unsupported(s.span.lo, "type switches"),
            StmtKind::Bad => return unsupported(s.span.lo, "this statement"),
        }
        Ok(())
    }

    /// Emits jumps taken when `e` evaluates to `when`; falls through otherwise. Returns
    /// the jumps to patch.
    pub fn branch(&mut self, b: &mut FnBuilder, e: &Expr, when: bool) -> CResult<Vec<usize>> {
        let is_const = self.checked.program.info.expr(e.id).and_then(|tv| tv.value.as_ref()).and_then(|v| v.as_bool());
        if let Some(v) = is_const {
            return Ok(if v == when { vec![b.emit(Instr::Jump { off: 0 })] } else { Vec::new() });
        }
        match &e.kind {
            ExprKind::Paren(x) => return self.branch(b, x, when),
            ExprKind::Unary(UnaryOp::Not, x) => return self.branch(b, x, !when),
            ExprKind::Binary(op @ (BinaryOp::AndAnd | BinaryOp::OrOr), x, y) => {
                // `x && y` is true when both are; `x || y` when either is.
                let short = *op != BinaryOp::AndAnd;
                if when == short {
                    let mut jumps = self.branch(b, x, when)?;
                    jumps.extend(self.branch(b, y, when)?);
                    return Ok(jumps);
                }
                let skip = self.branch(b, x, short)?;
                let jumps = self.branch(b, y, when)?;
                let here = b.pc();
                for j in skip {
                    self.patch(b, j, here)?;
                }
                return Ok(jumps);
            }
            ExprKind::Binary(op, x, y) if is_compare(*op) => {
                let xs = self.shape_of(x)?;
                let signed_or_eq = matches!(xs, Shape::Int(_))
                    || matches!(xs, Shape::Uint(_) | Shape::Bool | Shape::Pointer)
                        && matches!(op, BinaryOp::Eql | BinaryOp::Neq);
                if signed_or_eq {
                    let mark = b.mark();
                    let a = self.expr_reg(b, x)?;
                    let c = self.expr_reg(b, y)?;
                    let op = if when { *op } else { negate(*op) };
                    let ins = match op {
                        BinaryOp::Lss => Instr::JumpLtI { a, b: c, off: 0 },
                        BinaryOp::Leq => Instr::JumpLeI { a, b: c, off: 0 },
                        BinaryOp::Gtr => Instr::JumpGtI { a, b: c, off: 0 },
                        BinaryOp::Geq => Instr::JumpGeI { a, b: c, off: 0 },
                        BinaryOp::Eql => Instr::JumpEqI { a, b: c, off: 0 },
                        _ => Instr::JumpNeI { a, b: c, off: 0 },
                    };
                    let at = b.emit(ins);
                    b.release(mark);
                    return Ok(vec![at]);
                }
            }
            _ => {}
        }
        let mark = b.mark();
        let cond = self.expr_reg(b, e)?;
        let at = if when { b.emit(Instr::JumpIf { cond, off: 0 }) } else { b.emit(Instr::JumpIfNot { cond, off: 0 }) };
        b.release(mark);
        Ok(vec![at])
    }

    pub fn patch(&mut self, b: &mut FnBuilder, at: usize, target: usize) -> CResult<()> {
        if b.patch(at, target) {
            Ok(())
        } else {
            unsupported(b.pos, "a function this large (a jump over more than 32767 instructions)")
        }
    }

    fn local_decl(&mut self, b: &mut FnBuilder, g: &GenDecl) -> CResult<()> {
        if g.keyword != DeclKeyword::Var {
            return Ok(()); // constants and types need no code
        }
        for spec in &g.specs {
            let Spec::Value(vs) = spec else { continue };
            let objs: Vec<_> =
                vs.names.iter().map(|n| self.checked.program.info.defs.get(&n.span.lo).copied()).collect();
            if vs.values.len() == vs.names.len() {
                // The new variables are not in scope in their own initializers, so each
                // value is computed straight into its variable.
                let regs = self.new_locals(b, &objs, vs.span.lo)?;
                for ((r, _), v) in regs.iter().zip(&vs.values) {
                    match r {
                        Some(r) => self.expr_into(b, v, *r)?,
                        None => {
                            let mark = b.mark();
                            self.expr_reg(b, v)?;
                            b.release(mark);
                        }
                    }
                }
            } else if vs.values.is_empty() {
                let regs = self.new_locals(b, &objs, vs.span.lo)?;
                for (r, shape) in regs {
                    if let Some(r) = r {
                        b.emit_zero(r, shape);
                    }
                }
            } else {
                let ExprKind::Call(call) = &vs.values[0].kind else {
                    return unsupported(vs.span.lo, "this declaration");
                };
                let results = self.call(b, call, &vs.values[0])?;
                let regs = self.new_locals(b, &objs, vs.span.lo)?;
                for ((r, shape), (t, _)) in regs.iter().zip(&results) {
                    if let Some(r) = r {
                        b.move_value(*r, *t, *shape);
                    }
                }
            }
        }
        Ok(())
    }

    /// Registers for newly declared variables (None for blank ones).
    fn new_locals(
        &mut self,
        b: &mut FnBuilder,
        objs: &[Option<gorun_types::object::ObjId>],
        pos: gorun_syntax::source::Pos,
    ) -> CResult<Vec<(Option<Reg>, Shape)>> {
        let mut out = Vec::new();
        for obj in objs {
            match obj {
                Some(o) => {
                    self.check_register_var(*o, pos)?;
                    let shape = self.shape(self.checked.program.objects.get(*o).typ, pos)?;
                    let r = b.alloc_value(shape);
                    b.locals.insert(*o, (r, shape));
                    out.push((Some(r), shape));
                }
                None => out.push((None, Shape::Bool)),
            }
        }
        Ok(out)
    }

    fn assign(&mut self, b: &mut FnBuilder, a: &AssignStmt, s: &Stmt) -> CResult<()> {
        let info = &self.checked.program.info;
        match a.op {
            AssignOp::Op(op) => {
                let lhs = &a.lhs[0];
                let xs = self.shape_of(lhs)?;
                let mark = b.mark();
                let cur = self.expr_reg(b, lhs)?;
                let y = self.expr_reg(b, &a.rhs[0])?;
                let dst = match self.local_reg(b, lhs) {
                    Some(r) => r,
                    None => b.alloc_value(xs),
                };
                self.binary_op(b, op, xs, xs, dst, cur, y, &a.rhs[0], lhs)?;
                self.store(b, lhs, dst, xs)?;
                b.release(mark);
            }
            AssignOp::Define | AssignOp::Assign => {
                let define = a.op == AssignOp::Define;
                // Which left-hand names are new variables.
                let new: Vec<Option<gorun_types::object::ObjId>> =
                    a.lhs.iter().map(|l| if define { info.defs.get(&l.span.lo).copied() } else { None }).collect();
                if a.lhs.len() == 1 && a.rhs.len() == 1 {
                    let lhs = &a.lhs[0];
                    if let Some(obj) = new[0] {
                        let r = self.new_locals(b, &[Some(obj)], lhs.span.lo)?[0].0.expect("named");
                        self.expr_into(b, &a.rhs[0], r)?;
                        return Ok(());
                    }
                    if is_blank(self, lhs) {
                        let mark = b.mark();
                        self.expr_reg(b, &a.rhs[0])?;
                        b.release(mark);
                        return Ok(());
                    }
                    if let Some(r) = self.local_reg(b, lhs) {
                        return self.expr_into(b, &a.rhs[0], r);
                    }
                    let mark = b.mark();
                    let shape = self.shape_of(lhs)?;
                    let t = self.expr_reg(b, &a.rhs[0])?;
                    self.store(b, lhs, t, shape)?;
                    b.release(mark);
                    return Ok(());
                }
                // Several: new variables' registers first, then every value into a
                // temporary, then the stores (so `a, b = b, a` swaps).
                let mut targets = Vec::new();
                for (l, obj) in a.lhs.iter().zip(&new) {
                    let reg = match obj {
                        Some(o) => self.new_locals(b, &[Some(*o)], l.span.lo)?[0].0,
                        None => None,
                    };
                    targets.push(reg);
                }
                let mark = b.mark();
                let values: Vec<(Reg, Shape)> = if a.rhs.len() == a.lhs.len() {
                    let mut v = Vec::new();
                    for r in &a.rhs {
                        let shape = self.shape_of(r)?;
                        let t = b.alloc_value(shape);
                        self.expr_into(b, r, t)?;
                        v.push((t, shape));
                    }
                    v
                } else {
                    let ExprKind::Call(call) = &a.rhs[0].kind else { return unsupported(s.span.lo, "this assignment") };
                    self.call(b, call, &a.rhs[0])?
                };
                for ((l, target), (t, shape)) in a.lhs.iter().zip(targets).zip(values) {
                    match target {
                        Some(r) => b.move_value(r, t, shape),
                        None if is_blank(self, l) => {}
                        None => self.store(b, l, t, shape)?,
                    }
                }
                b.release(mark);
            }
        }
        Ok(())
    }

    /// Stores the value in `src` into the variable `lhs` names.
    fn store(&mut self, b: &mut FnBuilder, lhs: &Expr, src: Reg, shape: Shape) -> CResult<()> {
        if let Some(r) = self.local_reg(b, lhs) {
            b.move_value(r, src, shape);
            return Ok(());
        }
        let info = &self.checked.program.info;
        let target = match &lhs.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => info.uses.get(&lhs.id).copied(),
            ExprKind::Paren(x) => return self.store(b, x, src, shape),
            _ => None,
        };
        match target.and_then(|o| self.globals.get(&o).copied()) {
            Some((off, shape)) => {
                self.store_global(b, off, src, shape);
                Ok(())
            }
            None => unsupported(lhs.span.lo, "assigning to this kind of operand"),
        }
    }

    fn inc_dec(&mut self, b: &mut FnBuilder, x: &Expr, inc: bool) -> CResult<()> {
        let shape = self.shape_of(x)?;
        let mark = b.mark();
        let cur = self.expr_reg(b, x)?;
        let dst = self.local_reg(b, x).unwrap_or_else(|| b.alloc_value(shape));
        match shape {
            Shape::Int(_) | Shape::Uint(_) => {
                b.emit(Instr::AddImm { dst, a: cur, imm: if inc { 1 } else { -1 } });
                Self::wrap(b, dst, shape);
            }
            Shape::Float(_) => {
                let one = b.alloc_value(shape);
                let k = self.out.add_const(1f64.to_bits());
                b.emit(Instr::LoadConst { dst: one, k });
                if inc {
                    b.emit(Instr::AddF { dst, a: cur, b: one });
                } else {
                    b.emit(Instr::SubF { dst, a: cur, b: one });
                }
                Self::wrap(b, dst, shape);
            }
            _ => return unsupported(x.span.lo, "++ and -- on this type"),
        }
        self.store(b, x, dst, shape)?;
        b.release(mark);
        Ok(())
    }

    fn if_stmt(&mut self, b: &mut FnBuilder, s: &IfStmt) -> CResult<()> {
        let mark = b.mark();
        if let Some(init) = &s.init {
            self.stmt(b, init)?;
        }
        let to_else = self.branch(b, &s.cond, false)?;
        self.block(b, &s.then.stmts)?;
        match &s.els {
            None => {
                let end = b.pc();
                for j in to_else {
                    self.patch(b, j, end)?;
                }
            }
            Some(els) => {
                let over = b.emit(Instr::Jump { off: 0 });
                let here = b.pc();
                for j in to_else {
                    self.patch(b, j, here)?;
                }
                self.stmt(b, els)?;
                let end = b.pc();
                self.patch(b, over, end)?;
            }
        }
        b.release(mark);
        Ok(())
    }

    fn for_stmt(&mut self, b: &mut FnBuilder, f: &ForStmt, label: Option<Symbol>) -> CResult<()> {
        let mark = b.mark();
        if let Some(init) = &f.init {
            self.stmt(b, init)?;
        }
        // init; jump cond; body: …; continue: post; cond: if cond goto body.
        let to_cond = f.cond.as_ref().map(|_| b.emit(Instr::Jump { off: 0 }));
        let body = b.pc();
        b.breakables.push(Breakable { label, is_loop: true, breaks: Vec::new(), continues: Vec::new() });
        self.block(b, &f.body.stmts)?;
        let cont = b.pc();
        if let Some(post) = &f.post {
            self.stmt(b, post)?;
        }
        match &f.cond {
            Some(cond) => {
                let here = b.pc();
                self.patch(b, to_cond.expect("jump to the condition"), here)?;
                for j in self.branch(b, cond, true)? {
                    self.patch(b, j, body)?;
                }
            }
            None => b.jump_to(body),
        }
        self.close_breakable(b, cont)?;
        b.release(mark);
        Ok(())
    }

    fn close_breakable(&mut self, b: &mut FnBuilder, cont: usize) -> CResult<()> {
        let br = b.breakables.pop().expect("breakable");
        let end = b.pc();
        for j in br.breaks {
            self.patch(b, j, end)?;
        }
        for j in br.continues {
            self.patch(b, j, cont)?;
        }
        Ok(())
    }

    fn range_stmt(&mut self, b: &mut FnBuilder, r: &RangeStmt, label: Option<Symbol>, s: &Stmt) -> CResult<()> {
        let xs = self.shape_of(&r.x)?;
        if !matches!(xs, Shape::Int(_) | Shape::Uint(_)) {
            return unsupported(s.span.lo, "range over this type");
        }
        let mark = b.mark();
        let n = b.alloc_value(xs);
        self.expr_into(b, &r.x, n)?;
        let i = b.alloc_value(xs);
        b.emit(Instr::LoadImm { dst: i, imm: 0 });
        // The key variable: a new one per iteration (Go 1.22) or an existing one.
        let key_reg = match &r.key {
            Some(k) if r.tok == Some(AssignOp::Define) => {
                let obj = self.checked.program.info.defs.get(&k.span.lo).copied();
                self.new_locals(b, &[obj], k.span.lo)?[0].0
            }
            _ => None,
        };
        let to_cond = b.emit(Instr::Jump { off: 0 });
        let body = b.pc();
        match (&r.key, key_reg) {
            (_, Some(kr)) => {
                b.emit(Instr::Move { dst: kr, src: i });
            }
            (Some(k), None) if !is_blank(self, k) => self.store(b, k, i, xs)?,
            _ => {}
        }
        b.breakables.push(Breakable { label, is_loop: true, breaks: Vec::new(), continues: Vec::new() });
        self.block(b, &r.body.stmts)?;
        let cont = b.pc();
        b.emit(Instr::AddImm { dst: i, a: i, imm: 1 });
        let here = b.pc();
        self.patch(b, to_cond, here)?;
        let back = if matches!(xs, Shape::Int(_)) {
            b.emit(Instr::JumpLtI { a: i, b: n, off: 0 })
        } else {
            let t = b.alloc_value(Shape::Bool);
            b.emit(Instr::LtU { dst: t, a: i, b: n });
            b.emit(Instr::JumpIf { cond: t, off: 0 })
        };
        self.patch(b, back, body)?;
        self.close_breakable(b, cont)?;
        b.release(mark);
        Ok(())
    }

    fn switch_stmt(&mut self, b: &mut FnBuilder, sw: &SwitchStmt, label: Option<Symbol>) -> CResult<()> {
        let mark = b.mark();
        if let Some(init) = &sw.init {
            self.stmt(b, init)?;
        }
        let tag = match &sw.tag {
            Some(t) => Some((self.expr_reg(b, t)?, self.shape_of(t)?)),
            None => None,
        };
        // Tests first, each jumping to its clause's body; then the bodies in order.
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for clause in &sw.clauses {
            let mut jumps = Vec::new();
            for e in clause.list.iter().flatten() {
                match tag {
                    Some((t, shape)) => {
                        let m = b.mark();
                        let v = self.expr_reg(b, e)?;
                        let c = b.alloc_value(Shape::Bool);
                        let ins = match shape {
                            Shape::String => Instr::EqStr { dst: c, a: t, b: v },
                            Shape::Float(_) => Instr::EqF { dst: c, a: t, b: v },
                            Shape::Bool | Shape::Int(_) | Shape::Uint(_) | Shape::Pointer => {
                                Instr::EqI { dst: c, a: t, b: v }
                            }
                            _ => return unsupported(e.span.lo, "switching on this type"),
                        };
                        b.emit(ins);
                        jumps.push(b.emit(Instr::JumpIf { cond: c, off: 0 }));
                        b.release(m);
                    }
                    None => jumps.extend(self.branch(b, e, true)?),
                }
            }
            to_body.push(jumps);
        }
        let default_jump = b.emit(Instr::Jump { off: 0 });
        b.breakables.push(Breakable { label, is_loop: false, breaks: Vec::new(), continues: Vec::new() });
        let mut fallthrough_from: Option<usize> = None;
        let mut default_body = None;
        for (clause, jumps) in sw.clauses.iter().zip(to_body) {
            let start = b.pc();
            if clause.list.is_none() {
                default_body = Some(start);
            }
            for j in jumps {
                self.patch(b, j, start)?;
            }
            if let Some(f) = fallthrough_from.take() {
                self.patch(b, f, start)?;
            }
            let ends_in_fallthrough =
                clause.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Branch(BranchKind::Fallthrough, _)));
            self.block(b, &clause.body)?;
            let j = b.emit(Instr::Jump { off: 0 });
            if ends_in_fallthrough {
                fallthrough_from = Some(j);
            } else {
                b.breakables.last_mut().expect("switch").breaks.push(j);
            }
        }
        let end = b.pc();
        self.patch(b, default_jump, default_body.unwrap_or(end))?;
        if let Some(f) = fallthrough_from {
            self.patch(b, f, end)?;
        }
        self.close_breakable(b, end)?;
        b.release(mark);
        Ok(())
    }

    fn branch_stmt(&mut self, b: &mut FnBuilder, kind: BranchKind, label: Option<Symbol>, s: &Stmt) -> CResult<()> {
        match kind {
            BranchKind::Fallthrough => Ok(()), // the switch emits the jump
            BranchKind::Goto => unsupported(s.span.lo, "goto"),
            BranchKind::Break | BranchKind::Continue => {
                let want_loop = kind == BranchKind::Continue;
                let idx = b.breakables.iter().rposition(|br| match label {
                    Some(l) => br.label == Some(l),
                    None => br.is_loop || !want_loop,
                });
                let Some(idx) = idx else { return unsupported(s.span.lo, "this branch") };
                let j = b.emit(Instr::Jump { off: 0 });
                if want_loop {
                    b.breakables[idx].continues.push(j);
                } else {
                    b.breakables[idx].breaks.push(j);
                }
                Ok(())
            }
        }
    }

    fn return_stmt(&mut self, b: &mut FnBuilder, values: &[Expr], s: &Stmt) -> CResult<()> {
        let mark = b.mark();
        let mut regs: Vec<(Reg, Shape)> = Vec::new();
        if values.is_empty() {
            for &(r, shape) in &b.results {
                regs.push((r.expect("a bare return has named results"), shape));
            }
        } else if values.len() == b.results.len() {
            for v in values {
                regs.push((self.expr_reg(b, v)?, self.shape_of(v)?));
            }
        } else {
            let ExprKind::Call(call) = &values[0].kind else { return unsupported(s.span.lo, "this return") };
            regs = self.call(b, call, &values[0])?;
        }
        // Every value is computed before the first is moved into the result words,
        // which overlap the parameters: with several values, stage them first.
        let staged: Vec<(Reg, Shape)> = if regs.len() > 1 {
            regs.into_iter()
                .map(|(r, shape)| {
                    let t = b.alloc_value(shape);
                    b.move_value(t, r, shape);
                    (t, shape)
                })
                .collect()
        } else {
            regs
        };
        let mut off = 0u16;
        for (r, shape) in staged {
            b.move_value(Reg(off), r, shape);
            off += shape.words();
        }
        b.emit(Instr::Return {});
        b.release(mark);
        Ok(())
    }
}

fn is_compare(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq)
}

fn negate(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lss => BinaryOp::Geq,
        BinaryOp::Leq => BinaryOp::Gtr,
        BinaryOp::Gtr => BinaryOp::Leq,
        BinaryOp::Geq => BinaryOp::Lss,
        BinaryOp::Eql => BinaryOp::Neq,
        _ => BinaryOp::Eql,
    }
}

fn is_blank(c: &Compiler<'_>, e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Ident(name) if c.interner.get(name) == "_")
}
