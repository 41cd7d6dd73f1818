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
    Stmt, StmtKind, SwitchStmt, TypeSwitchStmt, UnaryOp,
};
use gorun_syntax::intern::Symbol;
use gorun_types::info::Mode;
use gorun_types::types::Type;

impl<'a> Compiler<'a> {
    pub fn block(&mut self, b: &mut FnBuilder, stmts: &[Stmt]) -> CResult<()> {
        let mark = b.mark();
        for s in stmts {
            self.stmt(b, s)?;
        }
        b.end_scope(mark);
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
                let here = b.pc();
                b.labels.insert(l.name, here);
                let pending: Vec<usize> =
                    b.gotos.iter().filter(|(name, _)| *name == l.name).map(|&(_, at)| at).collect();
                b.gotos.retain(|(name, _)| *name != l.name);
                for at in pending {
                    self.patch(b, at, here)?;
                }
                b.pending_label = Some(l.name);
                self.stmt(b, inner)?;
            }
            StmtKind::Branch(kind, target) => self.branch_stmt(b, *kind, target.map(|t| t.name), s)?,
            StmtKind::Go(_) => return unsupported(s.span.lo, "go statements"),
            StmtKind::Defer(e) => self.defer_stmt(b, e)?,
            StmtKind::Send(ch, v) => {
                b.line = self.line_of(s.span.lo);
                self.chan_send(b, ch, v)?
            }
            StmtKind::Select(sel) => self.select_stmt(b, sel, label, s)?,
            StmtKind::TypeSwitch(ts) => self.type_switch(b, ts, label)?,
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
                if signed_or_eq && let Some(imm) = self.const_int(y).and_then(|k| i16::try_from(k).ok()) {
                    let mark = b.mark();
                    let a = self.expr_reg(b, x)?;
                    let op = if when { *op } else { negate(*op) };
                    let ins = match op {
                        BinaryOp::Lss => Instr::JumpLtImm { a, imm, off: 0 },
                        BinaryOp::Leq => Instr::JumpLeImm { a, imm, off: 0 },
                        BinaryOp::Gtr => Instr::JumpGtImm { a, imm, off: 0 },
                        BinaryOp::Geq => Instr::JumpGeImm { a, imm, off: 0 },
                        BinaryOp::Eql => Instr::JumpEqImm { a, imm, off: 0 },
                        _ => Instr::JumpNeImm { a, imm, off: 0 },
                    };
                    let at = b.emit(ins);
                    b.release(mark);
                    return Ok(vec![at]);
                }
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
                // The new variables are not in scope in their own initializers: compute
                // every value first, then declare.
                let mut vals = Vec::new();
                for (obj, v) in objs.iter().zip(&vs.values) {
                    let t = match obj {
                        Some(o) => self.checked.program.objects.get(*o).typ,
                        None => self.type_of(v),
                    };
                    let shape = self.shape(t, v.span.lo)?;
                    let r = b.alloc_value(shape);
                    self.expr_to(b, v, t, r)?;
                    vals.push((r, shape));
                }
                for (obj, (r, shape)) in objs.iter().zip(vals) {
                    if let Some(o) = obj {
                        self.bind_var(b, *o, r, shape);
                    }
                }
            } else if vs.values.is_empty() {
                for o in objs.into_iter().flatten() {
                    let t = self.checked.program.objects.get(o).typ;
                    let shape = self.shape(t, vs.span.lo)?;
                    self.new_var(b, o, t, shape);
                }
            } else {
                let results = self.multi_value(b, &vs.values[0])?;
                for (obj, (t, shape)) in objs.iter().zip(results) {
                    if let Some(o) = obj {
                        self.bind_var(b, *o, t, shape);
                    }
                }
            }
        }
        Ok(())
    }

    /// The values of a multi-value expression (a call, or a comma-ok form), in registers.
    fn multi_value(&mut self, b: &mut FnBuilder, e: &Expr) -> CResult<Vec<(Reg, Shape)>> {
        match &e.kind {
            ExprKind::Paren(x) => self.multi_value(b, x),
            ExprKind::Call(call) => self.call(b, call, e),
            ExprKind::Index(ie) if self.as_map_index(e).is_some() => {
                let (_, vt) = self.map_types(self.type_of(&ie.x)).expect("a map");
                let shape = self.shape(vt, e.span.lo)?;
                let dst = b.alloc(shape.words() + 1);
                b.mark_pointers(dst, shape);
                self.map_index(b, &ie.x, &ie.indices[0], dst, true)?;
                Ok(vec![(dst, shape), (Reg(dst.0 + shape.words()), Shape::Bool)])
            }
            ExprKind::Unary(UnaryOp::Recv, ch) => {
                let elem = self.chan_elem(self.type_of(ch)).expect("a channel");
                let shape = self.shape(elem, e.span.lo)?;
                let dst = b.alloc(shape.words() + 1);
                b.mark_pointers(dst, shape);
                self.chan_recv(b, ch, dst, true)?;
                Ok(vec![(dst, shape), (Reg(dst.0 + shape.words()), Shape::Bool)])
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                let t = self.type_of(e);
                let t = match self.checked.program.types.get(t) {
                    gorun_types::types::Type::Tuple(ts) => ts[0],
                    _ => t,
                };
                let shape = self.shape(t, e.span.lo)?;
                let dst = b.alloc(shape.words() + 1);
                b.mark_pointers(dst, shape);
                self.type_assert(b, x, t, dst, true)?;
                Ok(vec![(dst, shape), (Reg(dst.0 + shape.words()), Shape::Bool)])
            }
            _ => unsupported(e.span.lo, "this multi-value expression"),
        }
    }

    /// Declares variable `o` holding the value in `r`.
    pub fn bind_var(&mut self, b: &mut FnBuilder, o: gorun_types::object::ObjId, r: Reg, shape: Shape) {
        if self.needs_cell(o) {
            let t = self.checked.program.objects.get(o).typ;
            let cell = b.alloc_value(Shape::Pointer);
            let typ = self.type_desc(t);
            b.emit(Instr::New { dst: cell, typ });
            self.store_value(b, cell, 0, r, shape);
            b.cells.insert(o);
            b.locals.insert(o, (cell, shape));
        } else {
            let home = b.alloc_value(shape);
            b.move_value(home, r, shape);
            b.locals.insert(o, (home, shape));
        }
    }

    /// The value in `r` given to `target` of a `range` clause, a receive case or another
    /// statement that declares (`define`) or assigns its targets: a new variable, or a
    /// store; the blank identifier takes nothing.
    pub(crate) fn bind_target(
        &mut self,
        b: &mut FnBuilder,
        target: &Expr,
        define: bool,
        r: Reg,
        shape: Shape,
    ) -> CResult<()> {
        if is_blank(self, target) {
            return Ok(());
        }
        if define {
            if let Some(&obj) = self.checked.program.info.defs.get(&target.span.lo) {
                self.bind_var(b, obj, r, shape);
            }
            return Ok(());
        }
        self.store(b, target, r, shape)
    }

    fn assign(&mut self, b: &mut FnBuilder, a: &AssignStmt, _s: &Stmt) -> CResult<()> {
        let info = &self.checked.program.info;
        match a.op {
            AssignOp::Op(op) => {
                let lhs = &a.lhs[0];
                let xs = self.shape_of(lhs)?;
                let mark = b.mark();
                if let Some(r) = self.local_reg(b, lhs)
                    && !matches!(xs, Shape::Mem(_))
                {
                    let y = self.expr_reg(b, &a.rhs[0])?;
                    self.binary_op(b, op, xs, xs, r, r, y, &a.rhs[0], lhs)?;
                    b.release(mark);
                    return Ok(());
                }
                if let Some((m, k)) = self.as_map_index(lhs) {
                    let cur = b.alloc_value(xs);
                    self.map_index(b, m, k, cur, false)?;
                    let y = self.expr_reg(b, &a.rhs[0])?;
                    self.binary_op(b, op, xs, xs, cur, cur, y, &a.rhs[0], lhs)?;
                    self.map_store(b, m, k, cur)?;
                    b.release(mark);
                    return Ok(());
                }
                let place = self.place(b, lhs)?;
                let Some((place, _)) = place else { return unsupported(lhs.span.lo, "assigning to this operand") };
                let place = self.pin_place(b, place);
                let cur = b.alloc_value(xs);
                self.load_place(b, place, cur, xs);
                let y = self.expr_reg(b, &a.rhs[0])?;
                self.binary_op(b, op, xs, xs, cur, cur, y, &a.rhs[0], lhs)?;
                self.store_place(b, place, cur, xs, lhs.span.lo)?;
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
                        let t = self.checked.program.objects.get(obj).typ;
                        let shape = self.shape(t, lhs.span.lo)?;
                        let r = b.alloc_value(shape);
                        self.expr_to(b, &a.rhs[0], t, r)?;
                        if self.needs_cell(obj) {
                            self.bind_var(b, obj, r, shape);
                        } else {
                            b.locals.insert(obj, (r, shape));
                        }
                        return Ok(());
                    }
                    if is_blank(self, lhs) {
                        let mark = b.mark();
                        self.expr_reg(b, &a.rhs[0])?;
                        b.release(mark);
                        return Ok(());
                    }
                    let lt = self.type_of(lhs);
                    let shape = self.shape_of(lhs)?;
                    let mark = b.mark();
                    if let Some(r) = self.local_reg(b, lhs)
                        && !matches!(shape, Shape::Mem(_))
                    {
                        // Computed aside first: the value may read the variable.
                        let t = b.alloc_value(shape);
                        self.expr_to(b, &a.rhs[0], lt, t)?;
                        b.move_value(r, t, shape);
                        b.release(mark);
                        return Ok(());
                    }
                    if crate::composite::has_call(lhs)
                        && self.as_map_index(lhs).is_none()
                        && let Some((place, _)) = self.place(b, lhs)?
                    {
                        let place = self.pin_place(b, place);
                        // `a[f()] = g()`: the left side's calls come first.
                        let t = b.alloc_value(shape);
                        self.expr_to(b, &a.rhs[0], lt, t)?;
                        self.store_place(b, place, t, shape, lhs.span.lo)?;
                        b.release(mark);
                        return Ok(());
                    }
                    let t = b.alloc_value(shape);
                    if let Shape::Mem(_) = shape {
                        // The store copies into the destination: a struct or array on the
                        // right need not be copied first.
                        self.expr_into(b, &a.rhs[0], t)?;
                    } else {
                        self.expr_to(b, &a.rhs[0], lt, t)?;
                    }
                    self.store(b, lhs, t, shape)?;
                    b.release(mark);
                    return Ok(());
                }
                // Several: the places on the left (their index and pointer operands),
                // then every value into a temporary, then the stores (so `a, b = b, a`
                // swaps and `i, x[i] = 1, 2` indexes with the old `i`), then the new
                // variables.
                let mut places = Vec::new();
                for (l, obj) in a.lhs.iter().zip(&new) {
                    let p = if obj.is_some() || is_blank(self, l) || self.as_map_index(l).is_some() {
                        None
                    } else {
                        self.place(b, l)?.map(|(p, shape)| (self.pin_place(b, p), shape))
                    };
                    places.push(p);
                }
                let values: Vec<(Reg, Shape)> = if a.rhs.len() == a.lhs.len() {
                    let mut v = Vec::new();
                    for (r, (l, obj)) in a.rhs.iter().zip(a.lhs.iter().zip(&new)) {
                        let lt = match (obj, is_blank(self, l)) {
                            (Some(o), _) => self.checked.program.objects.get(*o).typ,
                            (None, true) => self.checked.program.types.default_type(self.type_of(r)),
                            (None, false) => self.type_of(l),
                        };
                        let shape = self.shape(lt, r.span.lo)?;
                        let t = b.alloc_value(shape);
                        self.expr_to(b, r, lt, t)?;
                        v.push((t, shape));
                    }
                    v
                } else {
                    self.multi_value(b, &a.rhs[0])?
                };
                for (((l, obj), (t, shape)), place) in a.lhs.iter().zip(&new).zip(values.iter().copied()).zip(places) {
                    match (obj, place) {
                        (Some(_), _) => {}
                        (None, _) if is_blank(self, l) => {}
                        (None, Some((p, _))) => self.store_place(b, p, t, shape, l.span.lo)?,
                        (None, None) => self.store(b, l, t, shape)?,
                    }
                }
                for (obj, (t, shape)) in new.iter().zip(values) {
                    if let Some(o) = obj {
                        self.bind_var(b, *o, t, shape);
                    }
                }
            }
        }
        Ok(())
    }

    /// Stores the value in `src` into the variable, field, element or pointee `lhs`.
    pub(crate) fn store(&mut self, b: &mut FnBuilder, lhs: &Expr, src: Reg, shape: Shape) -> CResult<()> {
        if let Some((m, k)) = self.as_map_index(lhs) {
            return self.map_store(b, m, k, src);
        }
        let mark = b.mark();
        match self.place(b, lhs)? {
            Some((place, _)) => self.store_place(b, place, src, shape, lhs.span.lo)?,
            None => return unsupported(lhs.span.lo, "assigning to this kind of operand"),
        }
        b.release(mark);
        Ok(())
    }

    fn inc_dec(&mut self, b: &mut FnBuilder, x: &Expr, inc: bool) -> CResult<()> {
        let shape = self.shape_of(x)?;
        let mark = b.mark();
        if let Some(r) = self.local_reg(b, x)
            && matches!(shape, Shape::Int(_) | Shape::Uint(_))
        {
            b.emit(Instr::AddImm { dst: r, a: r, imm: if inc { 1 } else { -1 } });
            Self::wrap(b, r, shape);
            return Ok(());
        }
        let map_elem = self.as_map_index(x);
        let place = match map_elem {
            Some(_) => None,
            None => match self.place(b, x)? {
                Some((p, _)) => Some(p),
                None => return unsupported(x.span.lo, "++ and -- on this operand"),
            },
        };
        let cur = b.alloc_value(shape);
        match (place, map_elem) {
            (Some(p), _) => self.load_place(b, p, cur, shape),
            (None, Some((m, k))) => self.map_index(b, m, k, cur, false)?,
            _ => {}
        }
        match shape {
            Shape::Int(_) | Shape::Uint(_) => {
                b.emit(Instr::AddImm { dst: cur, a: cur, imm: if inc { 1 } else { -1 } });
                Self::wrap(b, cur, shape);
            }
            Shape::Float(_) => {
                let one = b.alloc_value(shape);
                let k = self.out.add_const(1f64.to_bits());
                b.emit(Instr::LoadConst { dst: one, k });
                if inc {
                    b.emit(Instr::AddF { dst: cur, a: cur, b: one });
                } else {
                    b.emit(Instr::SubF { dst: cur, a: cur, b: one });
                }
                Self::wrap(b, cur, shape);
            }
            _ => return unsupported(x.span.lo, "++ and -- on this type"),
        }
        match (place, map_elem) {
            (Some(p), _) => self.store_place(b, p, cur, shape, x.span.lo)?,
            (None, Some((m, k))) => self.map_store(b, m, k, cur)?,
            _ => {}
        }
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
        // Variables the init statement declares that live in cells get a new cell per
        // iteration (Go 1.22), made before the post statement from the current value.
        let per_iteration: Vec<(Reg, Shape, gorun_types::types::TypeId)> = b
            .locals
            .iter()
            .filter(|(o, (r, _))| r.0 >= mark && b.cells.contains(*o))
            .map(|(o, (r, shape))| (*r, *shape, self.checked.program.objects.get(*o).typ))
            .collect();
        if per_iteration.is_empty()
            && let Some((i, n)) = self.counting_loop(b, f)?
        {
            // init; if !cond goto end; body: …; continue: i++, if i < n goto body.
            let exits = self.branch(b, f.cond.as_ref().expect("a condition"), false)?;
            let body = b.pc();
            b.breakables.push(Breakable { label, is_loop: true, breaks: exits, continues: Vec::new() });
            self.block(b, &f.body.stmts)?;
            let cont = b.pc();
            let back = b.emit(Instr::IncJumpLtI { a: i, b: n, off: 0 });
            self.patch(b, back, body)?;
            self.close_breakable(b, cont)?;
            b.end_scope(mark);
            return Ok(());
        }
        // init; jump cond; body: …; continue: post; cond: if cond goto body.
        let to_cond = f.cond.as_ref().map(|_| b.emit(Instr::Jump { off: 0 }));
        let body = b.pc();
        b.breakables.push(Breakable { label, is_loop: true, breaks: Vec::new(), continues: Vec::new() });
        self.block(b, &f.body.stmts)?;
        let cont = b.pc();
        for &(cell, shape, t) in &per_iteration {
            let m = b.mark();
            let v = b.alloc_value(shape);
            self.load_value(b, v, cell, 0, shape);
            let typ = self.type_desc(t);
            b.emit(Instr::New { dst: cell, typ });
            self.store_value(b, cell, 0, v, shape);
            b.release(m);
        }
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
        b.end_scope(mark);
        Ok(())
    }

    /// For a loop `for …; i < n; i++` over an `int` variable in a register, with `n` a
    /// variable in a register or a constant (loaded once here): the registers of `i`
    /// and `n`, for the fused loop step.
    fn counting_loop(&mut self, b: &mut FnBuilder, f: &ForStmt) -> CResult<Option<(Reg, Reg)>> {
        let (Some(cond), Some(post)) = (&f.cond, &f.post) else { return Ok(None) };
        let StmtKind::IncDec(px, true) = &post.kind else { return Ok(None) };
        let ExprKind::Binary(BinaryOp::Lss, x, y) = &cond.kind else { return Ok(None) };
        let info = &self.checked.program.info;
        let same = match (&x.kind, &px.kind) {
            (ExprKind::Ident(_), ExprKind::Ident(_)) => {
                info.uses.contains_key(&x.id) && info.uses.get(&x.id) == info.uses.get(&px.id)
            }
            _ => false,
        };
        if !same || self.shape_of(x)? != Shape::Int(64) {
            return Ok(None);
        }
        let Some(i) = self.local_reg(b, x) else { return Ok(None) };
        if let Some(n) = self.local_reg(b, y) {
            return Ok(Some((i, n)));
        }
        if let Some(k) = self.const_int(y) {
            // Loaded once, before the loop; the register lives as long as the loop.
            let n = b.alloc_value(Shape::Int(64));
            self.load_int(b, n, k);
            return Ok(Some((i, n)));
        }
        Ok(None)
    }

    pub(crate) fn close_breakable(&mut self, b: &mut FnBuilder, cont: usize) -> CResult<()> {
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

    fn range_map(&mut self, b: &mut FnBuilder, r: &RangeStmt, label: Option<Symbol>, s: &Stmt) -> CResult<()> {
        let t = self.type_of(&r.x);
        let (kt, vt) = self.map_types(t).expect("a map");
        let mark = b.mark();
        let ks = self.shape(kt, s.span.lo)?;
        let vs = self.shape(vt, s.span.lo)?;
        let it = b.alloc(2 + ks.words() + vs.words());
        b.func.set_pointer_reg(it.0);
        b.mark_pointers(Reg(it.0 + 2), ks);
        b.mark_pointers(Reg(it.0 + 2 + ks.words()), vs);
        self.expr_into(b, &r.x, it)?;
        let typ = self.type_desc(t);
        b.emit(Instr::MapIterInit { it, typ });
        let top = b.pc();
        b.emit(Instr::MapIterNext { it, typ });
        let exit = b.emit(Instr::JumpIfNot { cond: Reg(it.0 + 1), off: 0 });
        let body_mark = b.mark();
        let define = r.tok == Some(AssignOp::Define);
        let key = Reg(it.0 + 2);
        let val = Reg(it.0 + 2 + ks.words());
        for (target, reg, shape) in [(&r.key, key, ks), (&r.value, val, vs)] {
            let Some(target) = target else { continue };
            if is_blank(self, target) {
                continue;
            }
            if let Shape::Mem(mt) = shape {
                self.copy_mem(b, reg, reg, mt);
            }
            self.bind_target(b, target, define, reg, shape)?;
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

    fn range_stmt(&mut self, b: &mut FnBuilder, r: &RangeStmt, label: Option<Symbol>, s: &Stmt) -> CResult<()> {
        let types = &self.checked.program.types;
        let xt = self.type_of(&r.x);
        let xu = types.get(types.underlying(xt)).clone();
        if let Type::Map(..) = xu {
            return self.range_map(b, r, label, s);
        }
        if let Type::Signature(_) = xu {
            return self.range_func(b, r, label, s);
        }
        if let Type::Chan(..) = xu {
            return self.range_chan(b, r, label);
        }
        let int = Shape::Int(64);
        let mark = b.mark();
        // What is ranged over: (length register, element type, data register, is string).
        enum Over {
            Int(Shape),
            Seq { data: Reg, elem: gorun_types::types::TypeId, esize: i64 },
            Str(Reg),
        }
        let n = b.alloc_value(int);
        let over = match xu {
            Type::Basic(k) if k.is_string() => {
                let sr = b.alloc_value(Shape::String);
                self.expr_into(b, &r.x, sr)?;
                b.emit(Instr::Move { dst: n, src: Reg(sr.0 + 1) });
                Over::Str(sr)
            }
            Type::Basic(_) => {
                let xs = self.shape_of(&r.x)?;
                self.expr_into(b, &r.x, n)?;
                Over::Int(xs)
            }
            Type::Slice(elem) => {
                let sr = b.alloc_value(Shape::Slice);
                self.expr_into(b, &r.x, sr)?;
                b.emit(Instr::Move { dst: n, src: Reg(sr.0 + 1) });
                Over::Seq { data: sr, elem, esize: types.sizeof(elem).max(0) }
            }
            Type::Array(len, elem) => {
                let data = b.alloc_value(Shape::Pointer);
                if r.value.is_some() {
                    // The range expression is evaluated once: a copy of the array.
                    self.expr_owned(b, &r.x, data)?;
                }
                self.load_int(b, n, len.unwrap_or(0) as i64);
                Over::Seq { data, elem, esize: types.sizeof(elem).max(0) }
            }
            Type::Pointer(p) => {
                let Type::Array(len, elem) = types.get(types.underlying(p)).clone() else {
                    return unsupported(s.span.lo, "range over this type");
                };
                let data = b.alloc_value(Shape::Pointer);
                self.expr_into(b, &r.x, data)?;
                if r.value.is_some() {
                    b.emit(Instr::NilCheck { a: data });
                }
                self.load_int(b, n, len.unwrap_or(0) as i64);
                Over::Seq { data, elem, esize: types.sizeof(elem).max(0) }
            }
            _ => return unsupported(s.span.lo, "range over this type"),
        };
        let i = b.alloc_value(int);
        b.emit(Instr::LoadImm { dst: i, imm: 0 });
        // For strings: the index of the next rune and the rune.
        let rune = match over {
            Over::Str(_) => Some(b.alloc(2)),
            _ => None,
        };
        let to_cond = b.emit(Instr::Jump { off: 0 });
        let body = b.pc();
        let define = r.tok == Some(AssignOp::Define);
        let body_mark = b.mark();
        // The iteration's key and value.
        let (key_val, value_val): (Reg, Option<(Reg, Shape)>) = match over {
            Over::Int(_) => (i, None),
            Over::Seq { data, elem, esize } => {
                let v = if r.value.is_some() {
                    let shape = self.shape(elem, s.span.lo)?;
                    let at = b.alloc_value(Shape::Pointer);
                    self.scaled_add(b, at, data, i, esize);
                    let v = b.alloc_value(shape);
                    self.load_value(b, v, at, 0, shape);
                    if let Shape::Mem(t) = shape {
                        self.copy_mem(b, v, v, t);
                    }
                    Some((v, shape))
                } else {
                    None
                };
                (i, v)
            }
            Over::Str(sr) => {
                let rr = rune.expect("rune registers");
                b.emit(Instr::Move { dst: Reg(rr.0 + 1), src: i });
                b.emit(Instr::DecodeRune { dst: rr, s: sr });
                (i, Some((rr, Shape::Int(32))))
            }
        };
        let key_shape = match over {
            Over::Int(xs) => xs,
            _ => int,
        };
        let targets = [
            (&r.key, key_val, key_shape),
            (&r.value, value_val.map_or(key_val, |v| v.0), value_val.map_or(int, |v| v.1)),
        ];
        for (k, (target, val, shape)) in targets.into_iter().enumerate() {
            let Some(target) = target else { continue };
            if k == 1 && value_val.is_none() {
                continue;
            }
            self.bind_target(b, target, define, val, shape)?;
        }
        b.breakables.push(Breakable { label, is_loop: true, breaks: Vec::new(), continues: Vec::new() });
        self.block(b, &r.body.stmts)?;
        b.end_scope(body_mark);
        let cont = b.pc();
        match over {
            Over::Str(_) => {
                let rr = rune.expect("rune registers");
                b.emit(Instr::Move { dst: i, src: Reg(rr.0 + 1) });
            }
            _ => {
                b.emit(Instr::AddImm { dst: i, a: i, imm: 1 });
            }
        }
        let here = b.pc();
        self.patch(b, to_cond, here)?;
        let back = if matches!(over, Over::Int(Shape::Uint(_))) {
            let t = b.alloc_value(Shape::Bool);
            b.emit(Instr::LtU { dst: t, a: i, b: n });
            b.emit(Instr::JumpIf { cond: t, off: 0 })
        } else {
            b.emit(Instr::JumpLtI { a: i, b: n, off: 0 })
        };
        self.patch(b, back, body)?;
        self.close_breakable(b, cont)?;
        b.end_scope(mark);
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
                        let c = b.alloc_value(Shape::Bool);
                        let v = if shape == Shape::Interface && self.shape_of(e)? != Shape::Interface {
                            let v = b.alloc_value(Shape::Interface);
                            self.box_operand(b, e, v)?;
                            v
                        } else {
                            self.expr_reg(b, e)?
                        };
                        self.compare(b, BinaryOp::Eql, shape, c, t, v, e)?;
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

    fn type_switch(&mut self, b: &mut FnBuilder, ts: &TypeSwitchStmt, label: Option<Symbol>) -> CResult<()> {
        let mark = b.mark();
        if let Some(init) = &ts.init {
            self.stmt(b, init)?;
        }
        let x = b.alloc_value(Shape::Interface);
        self.expr_into(b, &ts.x, x)?;
        let info = &self.checked.program.info;
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for clause in &ts.clauses {
            let mut jumps = Vec::new();
            for te in clause.list.iter().flatten() {
                let m = b.mark();
                let c = b.alloc_value(Shape::Bool);
                let tv = info.expr(te.id).cloned();
                if tv.as_ref().is_some_and(|tv| tv.mode == Mode::Nil || tv.typ == gorun_types::types::UNTYPED_NIL) {
                    let zero = b.alloc_value(Shape::Int(64));
                    b.emit(Instr::LoadImm { dst: zero, imm: 0 });
                    b.emit(Instr::EqI { dst: c, a: x, b: zero });
                } else {
                    let t = tv.map_or(gorun_types::types::INVALID, |tv| tv.typ);
                    let typ = self.type_desc(t);
                    if self.checked.program.types.is_interface(t) {
                        b.emit(Instr::Move { dst: c, src: x });
                        b.emit(Instr::Implements { x: c, typ });
                    } else {
                        let k = b.alloc_value(Shape::Int(64));
                        self.load_int(b, k, i64::from(typ) + 1);
                        b.emit(Instr::EqI { dst: c, a: x, b: k });
                    }
                }
                jumps.push(b.emit(Instr::JumpIf { cond: c, off: 0 }));
                b.release(m);
            }
            to_body.push(jumps);
        }
        let default_jump = b.emit(Instr::Jump { off: 0 });
        b.breakables.push(Breakable { label, is_loop: false, breaks: Vec::new(), continues: Vec::new() });
        let mut default_body = None;
        for (clause, jumps) in ts.clauses.iter().zip(to_body) {
            let start = b.pc();
            if clause.list.is_none() {
                default_body = Some(start);
            }
            for j in jumps {
                self.patch(b, j, start)?;
            }
            let m = b.mark();
            if ts.bind.is_some()
                && let Some(&obj) = self.checked.program.info.implicits.get(&clause.span.lo)
            {
                let t = self.checked.program.objects.get(obj).typ;
                let shape = self.shape(t, clause.span.lo)?;
                let v = b.alloc_value(shape);
                if self.checked.program.types.is_interface(t) || shape == Shape::Interface {
                    b.move_value(v, x, Shape::Interface);
                } else {
                    self.unbox(b, x, t, v);
                    if let Shape::Mem(mt) = shape {
                        self.copy_mem(b, v, v, mt);
                    }
                }
                self.bind_var(b, obj, v, shape);
            }
            self.block(b, &clause.body)?;
            b.end_scope(m);
            let j = b.emit(Instr::Jump { off: 0 });
            b.breakables.last_mut().expect("switch").breaks.push(j);
        }
        let end = b.pc();
        self.patch(b, default_jump, default_body.unwrap_or(end))?;
        self.close_breakable(b, end)?;
        b.end_scope(mark);
        Ok(())
    }

    pub(crate) fn branch_stmt(
        &mut self,
        b: &mut FnBuilder,
        kind: BranchKind,
        label: Option<Symbol>,
        s: &Stmt,
    ) -> CResult<()> {
        match kind {
            BranchKind::Fallthrough => Ok(()), // the switch emits the jump
            BranchKind::Goto => {
                let Some(label) = label else { return unsupported(s.span.lo, "this goto") };
                match b.labels.get(&label) {
                    Some(&at) => b.jump_to(at),
                    None => {
                        let j = b.emit(Instr::Jump { off: 0 });
                        b.gotos.push((label, j));
                    }
                }
                Ok(())
            }
            BranchKind::Break | BranchKind::Continue => {
                let want_loop = kind == BranchKind::Continue;
                let idx = b.breakables.iter().rposition(|br| match label {
                    Some(l) => br.label == Some(l),
                    None => br.is_loop || !want_loop,
                });
                let Some(idx) = idx else {
                    if b.range_body.is_some() {
                        self.range_body_branch(b, kind, label);
                        return Ok(());
                    }
                    return unsupported(s.span.lo, "this branch");
                };
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
        if b.range_body.is_some() {
            return self.range_body_return(b, values);
        }
        let mark = b.mark();
        let mut regs: Vec<(Reg, Shape)> = Vec::new();
        if values.is_empty() {
            for &(r, shape) in &b.results {
                regs.push((r.expect("a bare return has named results"), shape));
            }
        } else if values.len() == 1
            && b.results.len() == 1
            && !self.checked.program.types.is_interface(b.result_types[0])
            && !matches!(b.results[0].1, Shape::Mem(_))
            && self.local_reg(b, &values[0]).is_some()
        {
            let r = self.local_reg(b, &values[0]).expect("a local");
            regs.push((r, b.results[0].1));
        } else if values.len() == 1
            && b.results.len() == 1
            && b.result_cells.is_empty()
            && !b.has_defer
            && matches!(b.results[0].1, Shape::Int(_) | Shape::Uint(_) | Shape::Float(_) | Shape::Bool)
            && matches!(values[0].kind, ExprKind::Binary(..))
        {
            // A single scalar computed by one final instruction goes straight to the
            // result word (its operands are read before it is written).
            self.expr_into(b, &values[0], Reg(0))?;
            b.emit(Instr::Return {});
            b.release(mark);
            return Ok(());
        } else if values.len() == b.results.len() {
            let types: Vec<gorun_types::types::TypeId> = b.result_types.clone();
            for (v, t) in values.iter().zip(types) {
                let shape = self.shape(t, v.span.lo)?;
                let r = b.alloc_value(shape);
                self.expr_to(b, v, t, r)?;
                regs.push((r, shape));
            }
        } else {
            let ExprKind::Call(call) = &values[0].kind else { return unsupported(s.span.lo, "this return") };
            regs = self.call(b, call, &values[0])?;
        }
        self.return_regs(b, regs, values.is_empty());
        b.release(mark);
        Ok(())
    }

    /// Returns the values in `regs` (for a bare return, the named results' own registers).
    pub(crate) fn return_regs(&mut self, b: &mut FnBuilder, regs: Vec<(Reg, Shape)>, bare: bool) {
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
        let named = b.results.first().is_some_and(|r| r.0.is_some());
        if named && (b.has_defer || !b.result_cells.is_empty()) {
            // The values go to the named results, which the return sequence copies out
            // after the deferred calls (which may change them).
            if !bare {
                let results = b.results.clone();
                for ((r, shape), (named_r, _)) in staged.into_iter().zip(results) {
                    let target = named_r.expect("named result");
                    // A struct or array result owns its memory (a deferred closure may
                    // hold it): copy into it.
                    if b.result_cells.iter().any(|(c, _)| *c == target) || matches!(shape, Shape::Mem(_)) {
                        self.store_value(b, target, 0, r, shape);
                    } else {
                        b.move_value(target, r, shape);
                    }
                }
            }
            self.emit_return(b);
            return;
        }
        for (r, shape) in staged {
            b.move_value(Reg(off), r, shape);
            off += shape.words();
        }
        if b.has_defer {
            b.emit(Instr::RunDefers {});
        }
        b.emit(Instr::Return {});
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
