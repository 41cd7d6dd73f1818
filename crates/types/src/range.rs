//! `for … range` over strings, arrays, pointers to arrays, slices, maps, channels,
//! integers (Go 1.22) and iterator functions (Go 1.23), with per-iteration variables.

use crate::check::Checker;
use crate::info::Mode;
use crate::object::{ObjKind, VarInfo};
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{self, AssignOp, ExprKind, Stmt};
use gorun_syntax::intern::Symbol;

impl<'a> Checker<'a> {
    pub(crate) fn range_stmt(&mut self, _s: &'a Stmt, r: &'a ast::RangeStmt) {
        self.open_scope_pub();
        let x = self.expr(&r.x, None);
        let n_vars = [&r.key, &r.value].iter().filter(|v| v.is_some()).count();
        // What ranging over x yields: up to two types, and how many are allowed.
        let yields: Option<(TypeId, TypeId, usize)> = if x.is_invalid() {
            None
        } else {
            match self.range_types(&x) {
                Ok(y) => Some(y),
                Err(cause) => {
                    let d = self.describe(&x);
                    if cause.is_empty() {
                        self.error(r.x.span.lo, format!("cannot range over {d}"));
                    } else {
                        self.error(r.x.span.lo, format!("cannot range over {d}: {cause}"));
                    }
                    None
                }
            }
        };
        if let Some((_, _, max)) = yields {
            if n_vars > max {
                let second = r.value.as_ref().or(r.key.as_ref()).expect("a variable");
                let d = self.describe(&x);
                if max == 0 {
                    self.error(second.span.lo, format!("range over {d} permits no iteration variables"));
                } else {
                    self.error(second.span.lo, format!("range over {d} permits only one iteration variable"));
                }
            }
        }
        let (kt, vt) = match yields {
            Some((k, v, _)) => (k, v),
            None => (INVALID, INVALID),
        };
        let vars = [(&r.key, kt), (&r.value, vt)];
        match r.tok {
            Some(AssignOp::Define) => {
                let mut objs = Vec::new();
                for (v, t) in vars {
                    let Some(v) = v else { continue };
                    let ExprKind::Ident(sym) = v.kind else {
                        let s = self.expr_string(v);
                        self.error(v.span.lo, format!("non-name {s} on left side of :="));
                        continue;
                    };
                    let obj = self.new_object(sym, ObjKind::Var(VarInfo::default()), v.span.lo);
                    self.prog.info.defs.insert(v.span.lo, obj);
                    self.body.vars.push(obj);
                    // An untyped constant range expression (range 10) yields ints.
                    let t = if self.prog.types.is_untyped(t) { self.prog.types.default_type(t) } else { t };
                    self.prog.objects.get_mut(obj).typ = t;
                    objs.push((sym, obj, v.span.lo));
                }
                for (sym, obj, pos) in objs {
                    if sym != Symbol(0) {
                        self.prog.objects.get_mut(obj).parent = Some(self.scope);
                        self.declare(self.scope, sym, obj, pos);
                    }
                }
            }
            Some(_) => {
                for (v, t) in vars {
                    let Some(v) = v else { continue };
                    if let ExprKind::Ident(sym) = v.kind {
                        if sym == Symbol(0) {
                            continue;
                        }
                    }
                    let lhs = self.expr(v, None);
                    if lhs.is_invalid() || t == INVALID {
                        continue;
                    }
                    if !matches!(lhs.mode, Mode::Variable | Mode::MapIndex) {
                        let s = self.expr_string(v);
                        self.error(v.span.lo, format!("cannot assign to {s} (neither addressable nor a map index expression)"));
                        continue;
                    }
                    // gc names the loop variable as the value being assigned.
                    let mut val = Operand::value(t, v);
                    if self.prog.types.is_untyped(t) {
                        val.typ = self.prog.types.default_type(t);
                    }
                    self.assignment(&mut val, lhs.typ, "assignment");
                }
            }
            None => {}
        }
        self.open_scope_pub();
        self.stmt_list(&r.body.stmts);
        self.close_scope_pub();
        self.close_scope_pub();
    }

    pub(crate) fn open_scope_pub(&mut self) {
        self.scope = self.prog.scopes.new_scope(Some(self.scope), crate::scope::ScopeKind::Block);
    }

    pub(crate) fn close_scope_pub(&mut self) {
        self.scope = self.prog.scopes.get(self.scope).parent.expect("a block scope has a parent");
    }

    /// The key and value types a range expression yields and how many variables it takes;
    /// the reason (possibly empty) if it cannot be ranged over.
    fn range_types(&mut self, x: &Operand<'a>) -> Result<(TypeId, TypeId, usize), String> {
        let types = &self.prog.types;
        // An untyped or integer operand: range over an int.
        if x.is_constant() && types.is_untyped(x.typ) {
            if x.val.to_int().is_some() {
                return Ok((x.typ, INVALID, 1));
            }
            return Err(String::new());
        }
        let u = self.core_type(x.typ);
        let types = &self.prog.types;
        match types.get(u).clone() {
            Type::Basic(k) if k.is_string() => Ok((INT, RUNE, 2)),
            Type::Basic(k) if k.is_integer() => Ok((x.typ, INVALID, 1)),
            Type::Array(_, e) | Type::Slice(e) => Ok((INT, e, 2)),
            Type::Pointer(p) => match types.get(types.underlying(p)) {
                Type::Array(_, e) => Ok((INT, *e, 2)),
                _ => Err(String::new()),
            },
            Type::Map(k, v) => Ok((k, v, 2)),
            Type::Chan(dir, e) => {
                if dir == ChanDir::Send {
                    let t = self.type_string(x.typ);
                    return Err(format!("receive from send-only channel {t}"));
                }
                Ok((e, INVALID, 1))
            }
            Type::Signature(sig) => {
                // func(yield func(…) bool)
                let bad = "func must be func(yield func(...) bool)";
                if sig.params.len() != 1 || !sig.results.is_empty() {
                    return Err(format!("{bad}: wrong argument count"));
                }
                let Some(y) = types.signature(sig.params[0].typ).cloned() else {
                    return Err(format!("{bad}: argument is not func"));
                };
                if y.params.len() > 2 {
                    return Err(format!("{bad}: yield func has too many parameters"));
                }
                if y.results.len() != 1 || !types.basic(y.results[0].typ).is_some_and(|k| k.canonical() == BasicKind::Bool) {
                    return Err(format!("{bad}: yield func does not return bool"));
                }
                let k = y.params.first().map_or(INVALID, |p| p.typ);
                let v = y.params.get(1).map_or(INVALID, |p| p.typ);
                Ok((k, v, y.params.len()))
            }
            _ => Err(String::new()),
        }
    }
}
