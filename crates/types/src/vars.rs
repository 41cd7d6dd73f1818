//! Variable declarations, assignments, short variable declarations and return statements:
//! how values are matched to variables (one to one, or one multi-value call or comma-ok
//! expression to several), and gc's messages when they do not match up.

use crate::check::Checker;
use crate::info::Mode;
use crate::object::{ObjId, ObjKind, VarInfo};
use crate::operand::{Operand, Synthetic};
use crate::types::*;
use gorun_syntax::ast::{self, Expr, ExprKind};
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

/// A variable being initialized: its object (none for result parameters being returned
/// to) and its type (none until the value gives it one).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LhsVar {
    pub obj: Option<ObjId>,
    pub typ: Option<TypeId>,
}

fn plural(n: usize, unit: &str) -> String {
    if n == 1 { format!("{n} {unit}") } else { format!("{n} {unit}s") }
}

impl<'a> Checker<'a> {
    /// `lhs = x` in a declaration: a variable without a type takes `x`'s (default) type.
    pub(crate) fn init_var(&mut self, lhs: &mut LhsVar, x: &mut Operand<'a>, context: &str) {
        if x.is_invalid() || x.typ == INVALID || lhs.typ == Some(INVALID) {
            lhs.typ.get_or_insert(INVALID);
            x.mode = Mode::Invalid;
            self.set_var_type(lhs);
            return;
        }
        if lhs.typ.is_none() {
            let mut t = x.typ;
            if self.prog.types.is_untyped(t) {
                if x.is_nil() {
                    self.error(self.at(x), format!("use of untyped nil in {context}"));
                    lhs.typ = Some(INVALID);
                    x.mode = Mode::Invalid;
                    self.set_var_type(lhs);
                    return;
                }
                t = self.prog.types.default_type(t);
            }
            lhs.typ = Some(t);
        }
        self.set_var_type(lhs);
        self.assign_to(x, lhs.typ, context);
    }

    fn set_var_type(&mut self, lhs: &LhsVar) {
        if let (Some(obj), Some(t)) = (lhs.obj, lhs.typ) {
            self.prog.objects.get_mut(obj).typ = t;
        }
    }

    /// Initializes `lhs` from `rhs`: variables of a declaration, or (with `ret`, the
    /// position of a return statement) the results of the enclosing function.
    pub(crate) fn init_vars(&mut self, lhs: &mut [LhsVar], rhs: &'a [Expr], ret: Option<Pos>) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if ret.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(crate::expr::strip_parens(&rhs[0]).kind, ExprKind::Call(_));
        if l == r && !is_call {
            for (v, e) in lhs.iter_mut().zip(rhs) {
                let mut x = self.expr(e, None);
                self.init_var(v, &mut x, context);
            }
            return;
        }
        if r != 1 {
            let values = self.use_exprs(rhs, false);
            if values.iter().all(|x| !x.is_invalid()) {
                match ret {
                    Some(at) => self.return_error(at, lhs, &values),
                    None => self.assign_error(rhs, l, r),
                }
            }
            self.invalidate_untyped(lhs);
            return;
        }
        let (values, _) = self.multi_values(&rhs[0], l == 2 && ret.is_none());
        if values.len() == l {
            for (v, mut x) in lhs.iter_mut().zip(values) {
                self.init_var(v, &mut x, context);
            }
            return;
        }
        if !values[0].is_invalid() {
            match ret {
                Some(at) => self.return_error(at, lhs, &values),
                None => self.assign_error(rhs, l, values.len()),
            }
        }
        self.invalidate_untyped(lhs);
    }

    fn invalidate_untyped(&mut self, lhs: &mut [LhsVar]) {
        for v in lhs.iter_mut() {
            v.typ.get_or_insert(INVALID);
            self.set_var_type(v);
        }
    }

    /// `lhs1, lhs2 = rhs…`.
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 { "multiple assignment" } else { "assignment" };
        let is_call = r == 1 && matches!(crate::expr::strip_parens(&rhs[0]).kind, ExprKind::Call(_));
        if l == r && !is_call {
            for (target, e) in lhs.iter().zip(rhs) {
                self.assign_var(target, Some(e), None, context);
            }
            return;
        }
        if r != 1 {
            let ok_lhs = self.use_exprs(lhs, true).iter().all(|x| !x.is_invalid());
            let ok_rhs = self.use_exprs(rhs, false).iter().all(|x| !x.is_invalid());
            if ok_lhs && ok_rhs {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (values, _) = self.multi_values(&rhs[0], l == 2);
        if values.len() == l {
            for (target, x) in lhs.iter().zip(values) {
                self.assign_var(target, None, Some(x), context);
            }
            return;
        }
        if !values[0].is_invalid() {
            self.assign_error(rhs, l, values.len());
        }
        self.use_exprs(lhs, true);
    }

    /// `lhs = rhs`, or `lhs = x` for an already evaluated `x`.
    pub(crate) fn assign_var(&mut self, lhs: &'a Expr, rhs: Option<&'a Expr>, x: Option<Operand<'a>>, context: &str) {
        let target = self.lhs_var(lhs);
        if target == Some(INVALID) {
            if let (None, Some(rhs)) = (&x, rhs) {
                self.use_exprs(std::slice::from_ref(rhs), false);
            }
            return;
        }
        let mut x = match (x, rhs) {
            (Some(x), _) => x,
            (None, Some(rhs)) => self.expr(rhs, None),
            (None, None) => return,
        };
        let context = if target.is_none() && context == "assignment" { "assignment to _ identifier" } else { context };
        self.assign_to(&mut x, target, context);
    }

    /// The type of an assignment's left side: `None` for the blank identifier,
    /// `Some(INVALID)` if it cannot be assigned to (reported). Assigning to a variable does
    /// not count as using it.
    pub(crate) fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let unparen = crate::expr::strip_parens(lhs);
        let ident = match unparen.kind {
            ExprKind::Ident(sym) => Some(sym),
            _ => None,
        };
        if ident == Some(Symbol(0)) {
            return None;
        }
        let x = self.expr_not_using(lhs);
        if x.is_invalid() || x.typ == INVALID {
            return Some(INVALID);
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => Some(x.typ),
            _ => {
                let s = self.expr_string(lhs);
                if let ExprKind::Selector(base, _) = &unparen.kind
                    && self.prog.info.expr(base.id).is_some_and(|tv| tv.mode == Mode::MapIndex)
                {
                    self.error(self.at(&x), format!("cannot assign to struct field {s} in map"));
                    return Some(INVALID);
                }
                self.error(
                    self.at(&x),
                    format!("cannot assign to {s} (neither addressable nor a map index expression)"),
                );
                Some(INVALID)
            }
        }
    }

    /// Evaluates `e`, but an identifier naming a variable is not counted as a use.
    fn expr_not_using(&mut self, e: &'a Expr) -> Operand<'a> {
        let var = match crate::expr::strip_parens(e).kind {
            ExprKind::Ident(sym) => self.prog.scopes.lookup(self.scope, sym).map(|(_, o)| o).filter(|&o| {
                let o = self.prog.objects.get(o);
                o.pkg == Some(self.pkg) && matches!(o.kind, ObjKind::Var(_))
            }),
            _ => None,
        };
        let was_used = var.and_then(|o| self.prog.objects.get(o).var().map(|v| v.used));
        let x = self.expr(e, None);
        if let (Some(o), Some(used)) = (var, was_used)
            && let Some(v) = self.prog.objects.get_mut(o).var_mut()
        {
            v.used = used;
        }
        x
    }

    /// Evaluates expressions only to check them (and count their variables as used, or
    /// not if `lhs`); the operands, for error reports.
    pub(crate) fn use_exprs(&mut self, es: &'a [Expr], lhs: bool) -> Vec<Operand<'a>> {
        es.iter()
            .map(|e| match crate::expr::strip_parens(e).kind {
                ExprKind::Ident(Symbol(0)) => Operand::value(INVALID, e),
                ExprKind::Ident(_) if lhs => self.expr_not_using(e),
                ExprKind::Ident(_) => self.expr_or_type(e, None),
                _ => {
                    let mut x = self.raw_expr(e, None);
                    self.exclude_non_values(&mut x);
                    x
                }
            })
            .collect()
    }

    /// The values of a single right-hand side: a call's results, or (where
    /// `allow_comma_ok`) a map index, type assertion or receive with its "ok" boolean.
    /// Whether the comma-ok form was taken.
    pub(crate) fn multi_values(&mut self, e: &'a Expr, allow_comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None);
        self.exclude_non_values(&mut x);
        if let Type::Tuple(ts) = self.prog.types.get(x.typ).clone()
            && !x.is_invalid()
        {
            let list = ts
                .iter()
                .enumerate()
                .map(|(i, &t)| Operand::synthetic(t, Synthetic::Result(i as u32 + 1), e))
                .collect();
            return (list, false);
        }
        if allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
            self.prog.info.comma_ok.insert(e.id);
            let ok = Operand::synthetic(UNTYPED_BOOL, Synthetic::CommaOk, e);
            return (vec![x, ok], true);
        }
        (vec![x], false)
    }

    /// gc's "assignment mismatch" for `l` variables and `r` values.
    pub(crate) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let (vars, vals) = (plural(l, "variable"), plural(r, "value"));
        let first = &rhs[0];
        if rhs.len() == 1
            && let ExprKind::Call(call) = &crate::expr::strip_parens(first).kind
        {
            let f = self.expr_string(&call.fun);
            self.error(first.span.lo, format!("assignment mismatch: {vars} but {f} returns {vals}"));
            return;
        }
        self.error(first.span.lo, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// gc's "not enough/too many return values" with have/want lines.
    fn return_error(&mut self, ret: Pos, lhs: &[LhsVar], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (qualifier, at) = if r > l {
            ("too many", self.at(&rhs[l]))
        } else if r > 0 {
            ("not enough", self.at(&rhs[r - 1]))
        } else {
            ("not enough", ret)
        };
        let have: Vec<TypeId> = rhs.iter().map(|x| x.typ).collect();
        let want: Vec<TypeId> = lhs.iter().map(|v| v.typ.unwrap_or(INVALID)).collect();
        let (have, want) = (self.types_summary(&have, false, false), self.types_summary(&want, false, false));
        self.error_with(at, format!("{qualifier} return values"), vec![format!("have {have}"), format!("want {want}")]);
    }

    /// `return` and `return x, y`.
    pub(crate) fn return_stmt(&mut self, s: &'a ast::Stmt, results: &'a [Expr]) {
        let Some(sig) = self.ctx.sig else { return };
        let params: Vec<Param> = self.prog.types.signature(sig).map(|s| s.results.clone()).unwrap_or_default();
        if results.is_empty() && params.first().is_some_and(|p| p.name.is_some()) {
            // A bare return: no other entity may hide a result parameter.
            for p in &params {
                let (Some(name), Some(obj)) = (p.name, p.obj) else { continue };
                if let Some((_, alt)) = self.prog.scopes.lookup(self.scope, name)
                    && alt != obj
                {
                    let n = self.name(name);
                    let o = self.prog.objects.get(alt);
                    let (pos, t) = (self.position(o.pos), self.type_string(o.typ));
                    let note = format!("{pos}: inner declaration of var {n} {t}");
                    self.error_with(s.span.lo, format!("result parameter {n} not in scope at return"), vec![note]);
                }
            }
            return;
        }
        let mut lhs: Vec<LhsVar> = params.iter().map(|p| LhsVar { obj: None, typ: Some(p.typ) }).collect();
        self.init_vars(&mut lhs, results, Some(s.span.lo));
    }

    /// A new local variable (declared in scope later, by `declare_local`).
    pub(crate) fn new_local_var(&mut self, name: ast::Ident) -> ObjId {
        let obj = self.new_object(name.name, ObjKind::Var(VarInfo::default()), name.span.lo);
        self.prog.info.defs.insert(name.span.lo, obj);
        self.body.vars.push(obj);
        obj
    }

    pub(crate) fn declare_local(&mut self, obj: ObjId) {
        let o = self.prog.objects.get(obj);
        let (name, pos) = (o.name, o.pos);
        self.prog.objects.get_mut(obj).parent = Some(self.scope);
        self.declare(self.scope, name, obj, pos);
    }

    /// `a, b := x, y`.
    pub(crate) fn short_var_decl(&mut self, op_pos: Pos, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let mut seen: Vec<Symbol> = Vec::new();
        let mut vars: Vec<LhsVar> = Vec::with_capacity(lhs.len());
        let mut new_vars: Vec<ObjId> = Vec::new();
        let mut has_err = false;
        for l in lhs {
            let ExprKind::Ident(sym) = l.kind else {
                // The parser reported "non-name … on left side of :=".
                self.use_exprs(std::slice::from_ref(l), true);
                has_err = true;
                vars.push(LhsVar { obj: None, typ: None });
                continue;
            };
            if sym != Symbol(0) {
                if seen.contains(&sym) {
                    let n = self.name(sym);
                    self.error(l.span.lo, format!("{n} repeated on left side of :="));
                    has_err = true;
                    vars.push(LhsVar { obj: None, typ: None });
                    continue;
                }
                seen.push(sym);
            }
            if let Some(existing) = self.prog.scopes.lookup_local(self.scope, sym).filter(|_| sym != Symbol(0)) {
                self.prog.info.uses.insert(l.id, existing);
                let o = self.prog.objects.get(existing);
                if matches!(o.kind, ObjKind::Var(_)) {
                    // A reused variable is an ordinary operand of the assignment: record
                    // its type as for any identifier.
                    let typ = o.typ;
                    self.prog.info.record(
                        l.id,
                        crate::info::TypeAndValue { mode: crate::info::Mode::Variable, typ, value: None },
                    );
                    vars.push(LhsVar { obj: Some(existing), typ: Some(typ) });
                } else {
                    let s = self.expr_string(l);
                    self.error(l.span.lo, format!("cannot assign to {s}"));
                    has_err = true;
                    vars.push(LhsVar { obj: None, typ: None });
                }
                continue;
            }
            let obj = self.new_local_var(ast::Ident { name: sym, span: l.span });
            if sym != Symbol(0) {
                new_vars.push(obj);
            }
            vars.push(LhsVar { obj: Some(obj), typ: None });
        }
        self.init_vars(&mut vars, rhs, None);
        if new_vars.is_empty() && !has_err {
            self.error(op_pos, "no new variables on left side of :=");
            return;
        }
        for obj in new_vars {
            self.declare_local(obj);
        }
    }

    /// The variables of one `var` spec (package-level or local): typed by the spec's type
    /// or their values; gc's arity errors.
    pub(crate) fn var_spec(&mut self, objs: &[ObjId], spec: &'a ast::ValueSpec) {
        let declared = spec.typ.as_ref().map(|t| self.var_type(t));
        let values = &spec.values[..];
        let mut lhs: Vec<LhsVar> = objs.iter().map(|&o| LhsVar { obj: Some(o), typ: declared }).collect();
        if values.len() == 1 && objs.len() > 1 {
            // One multi-value expression for all variables.
            self.init_vars(&mut lhs, values, None);
        } else {
            for (i, v) in lhs.iter_mut().enumerate() {
                match values.get(i) {
                    Some(e) => {
                        let mut x = self.expr(e, None);
                        self.init_var(v, &mut x, "variable declaration");
                    }
                    None => {
                        v.typ.get_or_insert(INVALID);
                        self.set_var_type(v);
                    }
                }
            }
        }
        if spec.typ.is_none() || !values.is_empty() {
            self.var_arity(spec);
        }
    }

    /// `var a, b = 1` / `var a = 1, 2`.
    fn var_arity(&mut self, spec: &'a ast::ValueSpec) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if l < r {
            let extra = &spec.values[l];
            let s = self.expr_string(extra);
            self.error(extra.span.lo, format!("extra init expr {s}"));
        } else if l > r && r != 1 {
            let name = spec.names[r];
            let n = self.name(name.name);
            self.error(name.span.lo, format!("missing init expr for {n}"));
        }
    }
}
