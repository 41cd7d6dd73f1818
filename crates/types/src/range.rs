//! `for … range` over strings, arrays, pointers to arrays, slices, maps, channels,
//! integers (Go 1.22) and iterator functions (Go 1.23), with per-iteration variables.

use crate::check::Checker;
use crate::operand::Operand;
use crate::types::*;
use crate::vars::LhsVar;
use gorun_syntax::ast::{self, AssignOp, ExprKind, Stmt};
use gorun_syntax::intern::Symbol;

/// What ranging over a value yields: key and value types (`None` where the form has
/// fewer iteration variables).
struct RangeYield {
    key: Option<TypeId>,
    value: Option<TypeId>,
}

impl<'a> Checker<'a> {
    pub(crate) fn range_stmt(&mut self, s: &'a Stmt, r: &'a ast::RangeStmt) {
        self.open_scope_pub();
        let mut x = self.expr(&r.x, None);
        let (s_key, s_value) = (r.key.as_ref(), r.value.as_ref());
        let mut yields = RangeYield { key: None, value: None };
        if !x.is_invalid() {
            match self.range_key_val(x.typ) {
                Err(cause) => {
                    let d = self.describe(&x);
                    let msg = if cause.is_empty() {
                        format!("cannot range over {d}")
                    } else {
                        format!("cannot range over {d}: {cause}")
                    };
                    self.error(self.at(&x), msg);
                    yields = RangeYield { key: Some(INVALID), value: Some(INVALID) };
                }
                Ok(y) => {
                    if let (None, Some(k)) = (y.key, s_key) {
                        let d = self.describe(&x);
                        self.error(k.span.lo, format!("range over {d} permits no iteration variables"));
                    } else if let (None, Some(v)) = (y.value, s_value) {
                        let d = self.describe(&x);
                        self.error(v.span.lo, format!("range over {d} permits only one iteration variable"));
                    }
                    yields = y;
                }
            }
        }
        let over_int = self.all_integer(x.typ) && !x.is_invalid();
        // The body of a loop over an iterator function runs as a function the iterator
        // calls: the variables of the enclosing function it uses (the iteration variables
        // of an assigning loop among them) are captured, as by a function literal.
        let over_func =
            !x.is_invalid() && matches!(self.prog.types.get(self.prog.types.underlying(x.typ)), Type::Signature(_));
        if over_func {
            self.ctx.func_scopes.push(self.scope);
        }
        let lhs = [s_key, s_value];
        let rhs = [yields.key, yields.value];
        match r.tok {
            Some(AssignOp::Define) => {
                let mut new_vars = Vec::new();
                for (i, l) in lhs.iter().enumerate() {
                    let Some(l) = l else { continue };
                    let obj = match l.kind {
                        ExprKind::Ident(sym) => {
                            let obj = self.new_local_var(ast::Ident { name: sym, span: l.span });
                            if sym != Symbol(0) {
                                new_vars.push(obj);
                            }
                            Some(obj)
                        }
                        _ => {
                            let s = self.expr_string(l);
                            self.error(l.span.lo, format!("non-name {s} on left side of :="));
                            None
                        }
                    };
                    let mut v = LhsVar { obj, typ: None };
                    match rhs[i] {
                        None | Some(INVALID) => {
                            // Nothing to initialize it with: not reported as unused either.
                            if let Some(o) = obj {
                                self.prog.objects.get_mut(o).typ = INVALID;
                                self.mark_used(o);
                            }
                        }
                        Some(_) if over_int => self.init_var(&mut v, &mut x, "range clause"),
                        Some(t) => {
                            let mut y = Operand::value(t, l);
                            self.init_var(&mut v, &mut y, "assignment");
                        }
                    }
                }
                if new_vars.is_empty() {
                    self.error(s.span.lo, "no new variables on left side of :=");
                }
                for obj in new_vars {
                    self.declare_local(obj);
                }
            }
            Some(_) if s_key.is_some() => {
                for (i, l) in lhs.iter().enumerate() {
                    let (Some(l), Some(t)) = (l, rhs[i]) else { continue };
                    if t == INVALID {
                        continue;
                    }
                    if over_int {
                        self.assign_var(l, None, Some(x.clone()), "range clause");
                        // An untyped range operand takes the variable's type, an integer one.
                        let t = self.expr_type(l);
                        if t != INVALID && !self.all_integer(t) {
                            let ts = self.type_string(t);
                            self.error(l.span.lo, format!("cannot use iteration variable of type {ts}"));
                        }
                    } else {
                        self.assign_var(l, None, Some(Operand::value(t, l)), "assignment");
                    }
                }
            }
            _ if over_int => {
                // `for range n`: n must still convert to its default type.
                self.assign_to(&mut x, None, "range clause");
            }
            _ => {}
        }
        self.open_scope_pub();
        self.stmt_list(&r.body.stmts);
        self.close_scope_pub();
        if over_func {
            self.ctx.func_scopes.pop();
        }
        self.close_scope_pub();
    }

    pub(crate) fn open_scope_pub(&mut self) {
        self.scope = self.prog.scopes.new_scope(Some(self.scope), crate::scope::ScopeKind::Block);
    }

    pub(crate) fn close_scope_pub(&mut self) {
        self.scope = self.prog.scopes.get(self.scope).parent.expect("a block scope has a parent");
    }

    /// What ranging over a value of type `t` yields; gc's cause (possibly empty) if it
    /// cannot be ranged over.
    fn range_key_val(&mut self, t: TypeId) -> Result<RangeYield, String> {
        let u = self.common_under(t, |this, t, u| match this.prog.types.get(u) {
            Type::Chan(ChanDir::Send, _) => Err(format!("receive from send-only channel {}", this.type_string(t))),
            _ => Ok(()),
        })?;
        let types = &self.prog.types;
        let u = match types.get(u) {
            Type::Pointer(p) if matches!(types.get(types.underlying(*p)), Type::Array(..)) => types.underlying(*p),
            _ => u,
        };
        let both = |k: TypeId, v: TypeId| Ok(RangeYield { key: Some(k), value: Some(v) });
        match types.get(u).clone() {
            Type::Basic(k) if k.is_string() => both(INT, RUNE),
            Type::Basic(k) if k.is_integer() => Ok(RangeYield { key: Some(t), value: None }),
            Type::Array(_, e) | Type::Slice(e) => both(INT, e),
            Type::Map(k, v) => both(k, v),
            Type::Chan(_, e) => Ok(RangeYield { key: Some(e), value: None }),
            Type::Signature(sig) => {
                const BAD: &str = "func must be func(yield func(...) bool)";
                if sig.params.len() != 1 {
                    return Err(format!("{BAD}: wrong argument count"));
                }
                if !sig.results.is_empty() {
                    return Err(format!("{BAD}: unexpected results"));
                }
                let yield_type = sig.params[0].typ;
                let cb = match self.common_under(yield_type, |_, _, _| Ok(())) {
                    Ok(u) => self.prog.types.signature(u).cloned(),
                    Err(cause) => return Err(format!("{BAD}: in yield type, {cause}")),
                };
                let Some(cb) = cb else { return Err(format!("{BAD}: argument is not func")) };
                let types = &self.prog.types;
                if cb.params.len() > 2 {
                    return Err(format!("{BAD}: yield func has too many parameters"));
                }
                if cb.results.len() != 1 || !types.identical(cb.results[0].typ, BOOL) {
                    if cb.results.len() == 1
                        && types.basic(types.underlying(cb.results[0].typ)).is_some_and(|k| k.is_boolean())
                    {
                        return Err(format!("{BAD}: yield func returns user-defined boolean, not bool"));
                    }
                    return Err(format!("{BAD}: yield func does not return bool"));
                }
                if cb.variadic {
                    let ts = self.type_string(yield_type);
                    return Err(format!("yield func of type {ts} cannot be variadic"));
                }
                Ok(RangeYield { key: cb.params.first().map(|p| p.typ), value: cb.params.get(1).map(|p| p.typ) })
            }
            _ => Err(String::new()),
        }
    }
}
