//! Statements and function bodies.
//!
//! A body gets a function scope holding its parameters and results; each block, `if`,
//! `for`, `switch` and case clause opens a scope. Local variables are declared after their
//! initializers are checked (`x := x + 1` sees the outer x). When a function (or function
//! literal) ends, its unused variables are reported, its labels and branches are checked
//! (`branches.rs`), and a body with results must end in a terminating statement.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::object::{ObjId, ObjKind, VarInfo};
use crate::operand::Operand;
use crate::scope::ScopeKind;
use crate::types::*;
use gorun_syntax::ast::{self, AssignOp, Block, Expr, ExprKind, Stmt, StmtKind};
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

/// Per-function state for statements.
#[derive(Default)]
pub(crate) struct BodyCtx {
    /// Local variables declared in this function, in order (for "declared and not used").
    pub vars: Vec<ObjId>,
    /// Type switch symbols: (position, the per-clause objects).
    pub switch_symbols: Vec<(Pos, Symbol, Vec<ObjId>)>,
    /// Named results, for `return` with no values.
    pub results: Vec<ObjId>,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let b = self.bodies[i];
            i += 1;
            self.file_index = b.file;
            self.scope = self.file_scopes[b.file];
            self.ctx = Default::default();
            self.ctx.decl_obj = b.obj;
            if let Some(body) = &b.decl.body {
                self.check_func_body(b.sig, &b.decl.typ, body, false);
            }
        }
        self.ctx = Default::default();
    }

    /// Checks a function body against its signature.
    pub(crate) fn check_func_body(&mut self, sig: TypeId, ft: &'a ast::FuncType, body: &'a Block, literal: bool) {
        let saved_scope = self.scope;
        let saved_sig = self.ctx.sig;
        let saved_body = std::mem::take(&mut self.body);
        let func_scope = self.prog.scopes.new_scope(Some(self.scope), ScopeKind::Func);
        self.scope = func_scope;
        self.ctx.sig = Some(sig);
        self.ctx.func_scopes.push(func_scope);
        // Type parameters of a generic function are visible in its body.
        let _ = ft;
        if let Some(s) = self.prog.types.signature(sig).cloned() {
            for &tp in &s.tparams {
                if let Type::TypeParam(p) = self.prog.types.get(tp) {
                    let obj = p.obj;
                    let name = self.prog.objects.get(obj).name;
                    self.prog.scopes.insert(func_scope, name, obj);
                }
            }
            if let Some(recv) = s.recv {
                // Receiver type parameters.
                for tp in self.receiver_type_params(sig) {
                    if let Type::TypeParam(p) = self.prog.types.get(tp) {
                        let obj = p.obj;
                        let name = self.prog.objects.get(obj).name;
                        self.prog.scopes.insert(func_scope, name, obj);
                    }
                }
                self.declare_param(func_scope, recv);
            }
            for p in &s.params {
                self.declare_param(func_scope, *p);
            }
            for r in &s.results {
                self.declare_param(func_scope, *r);
                if let Some(o) = r.obj {
                    self.body.results.push(o);
                }
            }
        }
        self.stmt_list(&body.stmts);
        if self.prog.types.signature(sig).is_some_and(|s| !s.results.is_empty())
            && !self.is_terminating_list(&body.stmts)
        {
            self.error(body.rbrace, "missing return");
        }
        self.report_unused();
        self.check_branches(body);
        self.ctx.func_scopes.pop();
        self.ctx.sig = saved_sig;
        self.scope = saved_scope;
        self.body = saved_body;
        let _ = literal;
    }

    fn declare_param(&mut self, scope: crate::scope::ScopeId, p: Param) {
        if let (Some(name), Some(obj)) = (p.name, p.obj) {
            self.prog.objects.get_mut(obj).parent = Some(scope);
            let pos = self.prog.objects.get(obj).pos;
            self.declare(scope, name, obj, pos);
        }
    }

    /// Reports this function's unused variables, in declaration order.
    fn report_unused(&mut self) {
        for &obj in &self.body.vars.clone() {
            let o = self.prog.objects.get(obj);
            if o.name == Symbol(0) {
                continue;
            }
            if let ObjKind::Var(v) = o.kind
                && !v.used
                && !v.param
                && !v.field
            {
                let n = self.name(o.name);
                let pos = o.pos;
                self.error(pos, format!("declared and not used: {n}"));
            }
        }
        for (pos, name, objs) in self.body.switch_symbols.clone() {
            let used = objs.iter().any(|&o| self.prog.objects.get(o).var().is_some_and(|v| v.used));
            if !used && !objs.is_empty() {
                let n = self.name(name);
                self.error(pos, format!("{n} declared and not used"));
            }
        }
    }

    fn open_scope(&mut self) {
        self.scope = self.prog.scopes.new_scope(Some(self.scope), ScopeKind::Block);
    }

    fn close_scope(&mut self) {
        self.scope = self.prog.scopes.get(self.scope).parent.expect("a block scope has a parent");
    }

    pub(crate) fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Expr(x) => self.expr_stmt(x),
            StmtKind::Send(ch, v) => self.send(s, ch, v),
            StmtKind::IncDec(x, inc) => self.inc_dec(s, x, *inc),
            StmtKind::Assign(a) => self.assign_stmt(a),
            StmtKind::Go(x) => self.go_defer(x, "go"),
            StmtKind::Defer(x) => self.go_defer(x, "defer"),
            StmtKind::Return(xs) => self.return_stmt(s, xs),
            StmtKind::Branch(..) => {}
            StmtKind::Block(b) => {
                self.open_scope();
                self.stmt_list(&b.stmts);
                self.close_scope();
            }
            StmtKind::If(i) => self.if_stmt(i),
            StmtKind::Switch(sw) => self.switch_stmt(sw),
            StmtKind::TypeSwitch(ts) => self.type_switch(s, ts),
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        self.comm_stmt(comm);
                    }
                    self.stmt_list(&c.body);
                    self.close_scope();
                }
            }
            StmtKind::For(f) => {
                self.open_scope();
                if let Some(init) = &f.init {
                    self.stmt(init);
                }
                if let Some(cond) = &f.cond {
                    self.condition(cond, "for");
                }
                if let Some(post) = &f.post {
                    self.stmt(post);
                }
                self.open_scope();
                self.stmt_list(&f.body.stmts);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Range(r) => self.range_stmt(s, r),
        }
    }

    fn comm_stmt(&mut self, comm: &'a Stmt) {
        match &comm.kind {
            StmtKind::Send(..) => self.stmt(comm),
            StmtKind::Expr(x)
                if matches!(crate::expr::strip_parens(x).kind, ExprKind::Unary(ast::UnaryOp::Recv, _)) =>
            {
                self.expr(x, None);
            }
            StmtKind::Assign(a)
                if a.rhs.len() == 1
                    && matches!(crate::expr::strip_parens(&a.rhs[0]).kind, ExprKind::Unary(ast::UnaryOp::Recv, _)) =>
            {
                self.stmt(comm)
            }
            _ => {
                self.error(comm.span.lo, "select case must be receive, send or assign recv");
                self.stmt(comm);
            }
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let mut x = self.expr(cond, None);
        if x.is_invalid() {
            return;
        }
        if !self.all_boolean(x.typ) {
            self.error(cond.span.lo, format!("non-boolean condition in {what} statement"));
            return;
        }
        self.default_untyped(&mut x);
    }

    fn local_decl(&mut self, g: &'a ast::GenDecl) {
        match g.keyword {
            ast::DeclKeyword::Var => {
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    let objs: Vec<ObjId> = v.names.iter().map(|n| self.new_local_var(*n)).collect();
                    self.var_spec(&objs, v);
                    for o in objs {
                        self.declare_local(o);
                    }
                }
            }
            ast::DeclKeyword::Const => {
                let mut last: Option<&'a ast::ValueSpec> = None;
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    let source = if v.values.is_empty() && v.typ.is_none() { last } else { Some(&**v) };
                    if !v.values.is_empty() || v.typ.is_some() {
                        last = Some(v);
                    }
                    self.check_const_spec_arity(v, source);
                    let mut objs = Vec::new();
                    for (i, n) in v.names.iter().enumerate() {
                        let obj = self.new_object(n.name, ObjKind::Const(ConstValue::Unknown), n.span.lo);
                        self.prog.info.defs.insert(n.span.lo, obj);
                        let (typ, init) = match source {
                            Some(s) => (s.typ.as_ref(), s.values.get(i)),
                            None => (None, None),
                        };
                        self.local_const(obj, typ, init, v.iota);
                        objs.push(obj);
                    }
                    for o in objs {
                        self.declare_local(o);
                    }
                }
            }
            ast::DeclKeyword::Type => {
                for spec in &g.specs {
                    let ast::Spec::Type(t) = spec else { continue };
                    let obj = self.new_object(t.name.name, ObjKind::TypeName, t.name.span.lo);
                    self.prog.info.defs.insert(t.name.span.lo, obj);
                    if t.assign.is_some() {
                        let actual = self.type_expr(&t.typ);
                        let alias = self.prog.types.add(Type::Alias(obj, actual));
                        self.prog.objects.get_mut(obj).typ = alias;
                        self.declare_local(obj);
                    } else {
                        let named = self.prog.types.add(Type::Named(Box::new(NamedType {
                            obj,
                            underlying: INVALID,
                            methods: Vec::new(),
                            tparams: Vec::new(),
                            origin: None,
                            targs: Vec::new(),
                        })));
                        self.prog.objects.get_mut(obj).typ = named;
                        // The type's name is in scope in its own definition.
                        self.declare_local(obj);
                        if t.type_params.is_some() {
                            self.error(t.name.span.lo, "generic type cannot be declared inside a function");
                        }
                        let rhs = self.type_expr(&t.typ);
                        let u = self.prog.types.underlying(rhs);
                        if let Some(n) = self.prog.types.named_mut(named) {
                            n.underlying = u;
                        }
                    }
                }
            }
            ast::DeclKeyword::Import => {}
        }
    }

    fn local_const(&mut self, obj: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>, iota: u32) {
        let saved = self.ctx.iota.replace(ConstValue::int(iota as i64));
        let declared = typ.map(|t| self.type_expr(t));
        let Some(init) = init else {
            self.prog.objects.get_mut(obj).typ = declared.unwrap_or(INVALID);
            self.ctx.iota = saved;
            return;
        };
        let mut x = self.expr(init, declared);
        if !x.is_invalid() && !x.is_constant() {
            let d = self.describe(&x);
            self.error(init.span.lo, format!("{d} is not constant"));
            x.mode = Mode::Invalid;
        }
        if let Some(t) = declared
            && t != INVALID
        {
            self.assignment(&mut x, t, "constant declaration");
        }
        if x.is_constant() {
            let o = self.prog.objects.get_mut(obj);
            o.typ = x.typ;
            o.kind = ObjKind::Const(x.val.clone());
        }
        self.ctx.iota = saved;
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let unparen = crate::expr::strip_parens(e);
        let is_call = matches!(unparen.kind, ExprKind::Call(_));
        let is_recv = matches!(unparen.kind, ExprKind::Unary(ast::UnaryOp::Recv, _));
        let kept = match (&unparen.kind, x.mode) {
            (_, Mode::NoValue) => true,
            (ExprKind::Call(c), _) => {
                // Calls of builtins with results (and conversions) must use them.
                let f = self.prog.info.expr(c.fun.id).map(|tv| tv.mode);
                !matches!(f, Some(Mode::TypeExpr | Mode::Builtin(_)))
                    || matches!(
                        f,
                        Some(Mode::Builtin(
                            crate::object::Builtin::Copy
                                | crate::object::Builtin::Recover
                                | crate::object::Builtin::Panic
                                | crate::object::Builtin::Print
                                | crate::object::Builtin::Println
                                | crate::object::Builtin::Close
                                | crate::object::Builtin::Delete
                                | crate::object::Builtin::Clear
                        ))
                    )
            }
            _ => is_recv,
        };
        if !kept || (!is_call && !is_recv) {
            let d = match x.mode {
                Mode::TypeExpr => format!("{} (type)", self.expr_string(e)),
                Mode::Builtin(b) => format!("{} (built-in function {})", self.expr_string(e), b.name()),
                _ => self.describe(&x),
            };
            self.error(e.span.lo, format!("{d} is not used"));
        }
    }

    fn send(&mut self, s: &'a Stmt, ch: &'a Expr, v: &'a Expr) {
        let c = self.expr(ch, None);
        let mut val = self.expr(v, None);
        if c.is_invalid() || val.is_invalid() {
            return;
        }
        let u = self.core_type(c.typ);
        match self.prog.types.get(u).clone() {
            Type::Chan(dir, elem) => {
                if dir == ChanDir::Recv {
                    let (t, d) = (self.type_string(c.typ), self.describe(&c));
                    self.error(s.span.lo, format!("invalid operation: cannot send to receive-only channel {t} {d}"));
                    return;
                }
                self.assignment(&mut val, elem, "send");
            }
            _ => {
                let (t, d) = (self.type_string(c.typ), self.describe(&c));
                self.error(s.span.lo, format!("invalid operation: cannot send to non-channel {t} {d}"));
            }
        }
    }

    fn inc_dec(&mut self, s: &'a Stmt, x: &'a Expr, inc: bool) {
        let v = self.expr(x, None);
        if v.is_invalid() {
            return;
        }
        if !self.all_numeric(v.typ) {
            let op = if inc { "++" } else { "--" };
            let s_text = self.expr_string(x);
            let t = self.type_string(v.typ);
            self.error(s.span.lo, format!("invalid operation: {s_text}{op} (non-numeric type {t})"));
            return;
        }
        self.assign_var(x, None, Some(v), "assignment");
    }

    fn assign_stmt(&mut self, a: &'a ast::AssignStmt) {
        match a.op {
            AssignOp::Define => self.short_var_decl(a.op_pos, &a.lhs, &a.rhs),
            AssignOp::Op(op) => {
                // The parser reports op= with several values.
                if a.lhs.len() != 1 || a.rhs.len() != 1 {
                    return;
                }
                // x op= y: the binary operation, assigned back to x.
                let x = self.binary(None, op, &a.lhs[0], &a.rhs[0]);
                if x.is_invalid() {
                    return;
                }
                self.assign_var(&a.lhs[0], None, Some(x), "assignment");
            }
            AssignOp::Assign => self.assign_vars(&a.lhs, &a.rhs),
        }
    }

    fn go_defer(&mut self, x: &'a Expr, keyword: &str) {
        let inner = crate::expr::strip_parens(x);
        let ExprKind::Call(c) = &inner.kind else {
            self.raw_expr(x, None);
            self.error(x.span.lo, format!("expression in {keyword} must be function call"));
            return;
        };
        let v = self.raw_expr(x, None);
        let fun_mode = self.prog.info.expr(c.fun.id).map(|tv| tv.mode);
        match fun_mode {
            Some(Mode::TypeExpr) => {
                let d = self.describe(&v);
                self.error(x.span.lo, format!("{keyword} requires function call, not conversion {d}"));
            }
            Some(Mode::Builtin(b)) => {
                use crate::object::Builtin::*;
                if !matches!(b, Copy | Recover | Panic | Print | Println | Close | Delete | Clear) {
                    let d = self.describe(&v);
                    self.error(x.span.lo, format!("{keyword} discards result of {d}"));
                }
            }
            _ => {}
        }
    }

    fn if_stmt(&mut self, i: &'a ast::IfStmt) {
        self.open_scope();
        if let Some(init) = &i.init {
            self.stmt(init);
        }
        self.condition(&i.cond, "if");
        self.open_scope();
        self.stmt_list(&i.then.stmts);
        self.close_scope();
        if let Some(els) = &i.els {
            self.stmt(els);
        }
        self.close_scope();
    }

    fn switch_stmt(&mut self, sw: &'a ast::SwitchStmt) {
        self.open_scope();
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        // A missing tag is the constant `true` (of type bool).
        let (tag, tag_text) = match &sw.tag {
            Some(t) => {
                let mut x = self.expr(t, None);
                self.assign_to(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.typ) && !self.has_nil(x.typ) {
                    let (d, ts) = (self.describe(&x), self.type_string(x.typ));
                    self.error(t.span.lo, format!("cannot switch on {d} ({ts} is not comparable)"));
                    x.mode = Mode::Invalid;
                }
                (x, self.expr_string(t))
            }
            None => (Operand::new(Mode::Constant, BOOL, ConstValue::Bool(true), None), "true".to_string()),
        };
        let mut seen: Vec<(ConstValue, TypeId, Pos)> = Vec::new();
        for c in &sw.clauses {
            if let Some(list) = &c.list {
                for v in list {
                    self.case_value(v, &tag, &tag_text, &mut seen);
                }
            }
            self.open_scope();
            self.stmt_list(&c.body);
            self.close_scope();
        }
        self.close_scope();
    }

    /// One value of an expression switch's case: comparable with the tag, and not a
    /// duplicate constant.
    fn case_value(
        &mut self,
        v: &'a Expr,
        tag: &Operand<'a>,
        tag_text: &str,
        seen: &mut Vec<(ConstValue, TypeId, Pos)>,
    ) {
        let mut x = self.expr(v, None);
        if x.is_invalid() || tag.is_invalid() {
            return;
        }
        self.convert_untyped(&mut x, tag.typ);
        if x.is_invalid() {
            return;
        }
        if let Some(cause) = self.switch_case_error(&x, tag) {
            let vs = self.expr_string(v);
            self.error(v.span.lo, format!("invalid case {vs} in switch on {tag_text} ({cause})"));
            return;
        }
        if !x.is_constant() {
            return;
        }
        if let Some((_, _, prev)) =
            seen.iter().find(|(val, t, _)| crate::constant::equal(val, &x.val) && self.prog.types.identical(*t, x.typ))
        {
            let d = self.describe(&x);
            let p = self.position(*prev);
            self.error_with(
                v.span.lo,
                format!("duplicate case {d} in expression switch"),
                vec![format!("{p}: previous case")],
            );
            return;
        }
        seen.push((x.val.clone(), x.typ, v.span.lo));
    }

    fn type_switch(&mut self, _s: &'a Stmt, ts: &'a ast::TypeSwitchStmt) {
        self.open_scope();
        if let Some(init) = &ts.init {
            self.stmt(init);
        }
        let x = self.expr(&ts.x, None);
        let iface = if x.is_invalid() {
            None
        } else if !self.prog.types.is_interface(x.typ) || self.prog.types.is_type_param(x.typ) {
            let d = self.describe(&x);
            self.error(ts.x.span.lo, format!("{d} is not an interface"));
            None
        } else {
            Some(x.typ)
        };
        let mut clause_objs = Vec::new();
        let mut seen: Vec<(TypeId, Pos)> = Vec::new();
        for c in &ts.clauses {
            let mut single: Option<TypeId> = None;
            let mut n_types = 0;
            if let Some(list) = &c.list {
                for t in list {
                    n_types += 1;
                    // nil, or a type.
                    if let ExprKind::Ident(sym) = t.kind
                        && self.prog.scopes.lookup(self.scope, sym).map(|(_, o)| o) == Some(self.prog.universe.nil)
                    {
                        self.prog.info.record(
                            t.id,
                            crate::info::TypeAndValue { mode: Mode::Value, typ: UNTYPED_NIL, value: None },
                        );
                        single = Some(UNTYPED_NIL);
                        continue;
                    }
                    let ty = self.type_expr(t);
                    if ty == INVALID {
                        single = None;
                        continue;
                    }
                    single = Some(ty);
                    if let Some((_, prev)) = seen.iter().find(|(s, _)| self.prog.types.identical(*s, ty)) {
                        let p = self.position(*prev);
                        let tstr = self.type_string(ty);
                        self.error_with(
                            t.span.lo,
                            format!("duplicate case {tstr} in type switch"),
                            vec![format!("{p}: previous case")],
                        );
                        continue;
                    }
                    seen.push((ty, t.span.lo));
                    if let Some(i) = iface
                        && let Err(cause) = self.assertable(i, ty)
                    {
                        let tstr = self.type_string(ty);
                        let d = self.describe(&x);
                        let cause = format!("{d} cannot have dynamic type {tstr} {cause}");
                        self.error_with(t.span.lo, format!("impossible type switch case: {tstr}"), vec![cause]);
                    }
                }
            }
            self.open_scope();
            if let Some(bind) = ts.bind {
                let typ = match (n_types, single) {
                    (1, Some(t)) if t != UNTYPED_NIL => t,
                    _ => iface.unwrap_or(INVALID),
                };
                let obj = self.new_object(bind.name, ObjKind::Var(VarInfo::default()), bind.span.lo);
                self.prog.objects.get_mut(obj).typ = typ;
                self.prog.info.implicits.insert(c.span.lo, obj);
                self.prog.objects.get_mut(obj).parent = Some(self.scope);
                self.prog.scopes.insert(self.scope, bind.name, obj);
                clause_objs.push(obj);
            }
            self.stmt_list(&c.body);
            self.close_scope();
        }
        if let Some(bind) = ts.bind
            && bind.name != Symbol(0)
        {
            self.body.switch_symbols.push((bind.span.lo, bind.name, clause_objs));
        }
        self.close_scope();
    }
}
