//! Calls: function and method calls (with generic inference), conversions, builtins.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{CallExpr, Expr};

use crate::operators::INVALID_OP;

impl<'a> Checker<'a> {
    pub(crate) fn call(&mut self, e: &'a Expr, c: &'a CallExpr) -> Operand<'a> {
        let f = self.raw_expr_generic(&c.fun);
        match f.mode {
            Mode::Invalid => {
                for a in &c.args {
                    self.expr_or_type(a, None);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => self.conversion_call(e, c, f.typ),
            Mode::Builtin(b) => self.builtin(e, c, b),
            _ => self.func_call(e, c, f),
        }
    }

    /// The function of a call: like `expr_or_type`, but a generic function may be named
    /// without instantiation (its type arguments are inferred from the arguments).
    fn raw_expr_generic(&mut self, fun: &'a Expr) -> Operand<'a> {
        self.allow_generic += 1;
        let x = self.raw_expr(fun, None);
        self.allow_generic -= 1;
        x
    }

    fn func_call(&mut self, e: &'a Expr, c: &'a CallExpr, f: Operand<'a>) -> Operand<'a> {
        let core = self.core_type(f.typ);
        let Some(sig) = self.prog.types.signature(core).cloned() else {
            let d = self.describe(&f);
            let t = self.type_string(f.typ);
            self.error(e.span.lo, format!("{INVALID_OP}cannot call {d}: {t} is not a function"));
            for a in &c.args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid(e);
        };
        let fun_text = self.expr_string(&c.fun);
        // Arguments: one multi-value call spreads over the parameters.
        let mut args: Vec<Operand<'a>> = Vec::new();
        if c.args.len() == 1 && c.ellipsis.is_none() {
            let x = self.multi_expr(&c.args[0]);
            if let Type::Tuple(ts) = self.prog.types.get(x.typ) {
                if x.mode == Mode::Value {
                    for &t in ts.clone().iter() {
                        args.push(Operand::new(Mode::Value, t, ConstValue::Unknown, Some(&c.args[0])));
                    }
                }
            } else if x.mode == Mode::NoValue {
                let s = self.expr_string(&c.args[0]);
                self.error(c.args[0].span.lo, format!("{s} (no value) used as value"));
                return self.call_result(e, &sig);
            } else {
                args.push(x);
            }
        } else {
            for (i, a) in c.args.iter().enumerate() {
                let hint = sig.params.get(i).map(|p| p.typ).filter(|_| sig.tparams.is_empty());
                let mut x = self.raw_expr(a, hint);
                if let Type::Tuple(_) = self.prog.types.get(x.typ)
                    && x.mode == Mode::Value
                {
                    let s = self.expr_string(a);
                    let t = self.type_string(x.typ);
                    self.error(a.span.lo, format!("multiple-value {s} (value of type {t}) in single-value context"));
                    x.mode = Mode::Invalid;
                }
                if x.mode == Mode::TypeExpr {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (type) is not an expression"));
                    x.mode = Mode::Invalid;
                } else if x.mode == Mode::NoValue {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (no value) used as value"));
                    x.mode = Mode::Invalid;
                } else if let Mode::Builtin(_) = x.mode {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (built-in) must be called"));
                    x.mode = Mode::Invalid;
                }
                args.push(x);
            }
        }
        // Generic functions: infer and substitute.
        let mut sig = sig;
        if !sig.tparams.is_empty() {
            match self.infer_call(e, c, &sig, &mut args) {
                Some(s) => sig = s,
                None => return Operand::invalid(e),
            }
        }
        let dots = c.ellipsis.is_some();
        let n_params = sig.params.len();
        if dots {
            if !sig.variadic {
                self.error(e.span.lo, format!("cannot use ... in call to non-variadic {fun_text}"));
                return self.call_result(e, &sig);
            }
            if c.args.len() == 1 && args.len() > 1 {
                let s = self.expr_string(&c.args[0]);
                self.error(e.span.lo, format!("cannot use ... with {}-valued {s}", args.len()));
                return self.call_result(e, &sig);
            }
        }
        // The parameter types the arguments are assigned to.
        let arity_ok = if sig.variadic && !dots { args.len() >= n_params - 1 } else { args.len() == n_params };
        if !arity_ok {
            let too_many = args.len() > n_params;
            let qualifier = if too_many { "too many" } else { "not enough" };
            let at = if too_many {
                args.get(n_params).and_then(|a| a.expr).map_or(e.span.lo, |x| x.span.lo)
            } else {
                args.last().and_then(|a| a.expr).filter(|_| !c.args.is_empty()).map_or(e.span.lo, |x| x.span.lo)
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.typ).collect();
            let want: Vec<TypeId> = sig.params.iter().map(|p| p.typ).collect();
            let have = self.types_summary(&have, false, dots);
            let want = self.types_summary(&want, sig.variadic, false);
            self.error_with(
                at,
                format!("{qualifier} arguments in call to {fun_text}"),
                vec![format!("have {have}"), format!("want {want}")],
            );
            return self.call_result(e, &sig);
        }
        let context = format!("argument to {fun_text}");
        for (i, mut x) in args.into_iter().enumerate() {
            let target = if sig.variadic && i + 1 >= n_params {
                let last = sig.params[n_params - 1].typ;
                if dots {
                    last
                } else {
                    match self.prog.types.get(self.prog.types.underlying(last)) {
                        Type::Slice(elem) => *elem,
                        _ => last,
                    }
                }
            } else {
                sig.params[i].typ
            };
            self.assignment(&mut x, target, &context);
        }
        self.call_result(e, &sig)
    }

    fn call_result(&mut self, e: &'a Expr, sig: &Signature) -> Operand<'a> {
        self.has_call_or_recv = true;
        match sig.results.len() {
            0 => Operand::new(Mode::NoValue, INVALID, ConstValue::Unknown, Some(e)),
            1 => Operand::value(sig.results[0].typ, e),
            _ => {
                let ts = sig.results.iter().map(|r| r.typ).collect();
                let t = self.prog.types.tuple(ts);
                Operand::value(t, e)
            }
        }
    }

    /// gc's `(int, string)` summary of argument or parameter types.
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.prog.types.is_untyped(t) {
                if self.prog.types.basic(t).is_some_and(|k| k.is_numeric()) {
                    "number".to_string()
                } else {
                    self.type_string(t).replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(elem) = self.prog.types.get(t) {
                        s = self.type_string(*elem);
                    }
                    s = format!("...{s}");
                } else if dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }
}
