//! Assignability and the checks of every implicit assignment: variable initializations,
//! assignments, arguments, return values, composite literal elements, channel sends.

use crate::check::Checker;
use crate::constant::RepresentError;
use crate::info::Mode;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{Expr, ExprKind};
use gorun_syntax::source::Pos;

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `target` in `context` (gc's
    /// words: "assignment", "argument", "return statement", …); converts untyped operands.
    /// On failure reports `cannot use X as T value in CONTEXT[: reason]` and invalidates `x`.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, target: TypeId, context: &str) {
        if x.is_invalid() || target == INVALID {
            x.mode = Mode::Invalid;
            return;
        }
        match x.mode {
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let d = self.describe(x);
                let t = self.type_string(target);
                self.error(self.at(x), format!("cannot assign {d} to {t} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.prog.types.is_untyped(x.typ) {
            let types = &self.prog.types;
            let t = if types.is_interface(target) && !types.is_type_param(target) && x.typ != UNTYPED_NIL {
                types.default_type(x.typ)
            } else {
                target
            };
            if let Err(code) = self.untyped_fits(x, t) {
                let d = self.describe(x);
                let ts = self.type_string(t);
                let suffix = match code {
                    Some(RepresentError::Truncated) => " (truncated)",
                    Some(RepresentError::Overflow) => " (overflows)",
                    _ => "",
                };
                self.error(self.at(x), format!("cannot use {d} as {ts} value in {context}{suffix}"));
                x.mode = Mode::Invalid;
                return;
            }
            self.implicit_convert(x, t);
            if x.is_invalid() {
                return;
            }
        }
        if self.is_generic_func_value(x) {
            let d = self.describe(x);
            self.error(self.at(x), format!("cannot use generic function {} without instantiation", d.split(" (").next().unwrap_or(&d)));
            x.mode = Mode::Invalid;
            return;
        }
        if let Err(cause) = self.assignable_to(x, target) {
            let d = self.describe(x);
            let t = self.type_string(target);
            if cause.is_empty() {
                self.error(self.at(x), format!("cannot use {d} as {t} value in {context}"));
            } else {
                self.error(self.at(x), format!("cannot use {d} as {t} value in {context}: {cause}"));
            }
            x.mode = Mode::Invalid;
        }
    }

    pub(crate) fn at(&self, x: &Operand<'_>) -> Pos {
        x.expr.map_or(Pos(0), |e| e.span.lo)
    }

    /// Whether an untyped operand can become a `target` value: `Err(Some(reason))` for a
    /// constant that does not fit, `Err(None)` for a kind mismatch.
    fn untyped_fits(&self, x: &Operand<'_>, target: TypeId) -> Result<(), Option<RepresentError>> {
        let types = &self.prog.types;
        if x.typ == UNTYPED_NIL {
            return if self.has_nil(target) { Ok(()) } else { Err(None) };
        }
        if types.is_type_param(target) {
            // Every type of the type set must accept it.
            let terms = self.type_set_terms(target);
            if terms.is_empty() {
                return Err(None);
            }
            for term in terms {
                self.untyped_fits(x, term.typ)?;
            }
            return Ok(());
        }
        let Some(tk) = types.basic(target) else { return Err(None) };
        let xk = types.basic(x.typ).unwrap_or(BasicKind::Invalid);
        let compatible = match xk {
            BasicKind::UntypedBool => tk.is_boolean(),
            BasicKind::UntypedString => tk.is_string(),
            BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex => tk.is_numeric(),
            _ => false,
        };
        if !compatible {
            return Err(None);
        }
        if x.is_constant() {
            if let Some(repr) = self.repr_of(target) {
                x.val.represent(repr).map_err(|e| match e {
                    RepresentError::NotNumeric => None,
                    e => Some(e),
                })?;
            }
        }
        Ok(())
    }

    /// Go's assignability of a typed value (`x.typ`) to `target`; the reason if not.
    pub(crate) fn assignable_to(&mut self, x: &Operand<'a>, target: TypeId) -> Result<(), String> {
        let v = x.typ;
        let types = &self.prog.types;
        if types.identical(v, target) {
            return Ok(());
        }
        if x.is_nil() || v == UNTYPED_NIL {
            return if self.has_nil(target) { Ok(()) } else { Err(String::new()) };
        }
        let (vu, tu) = (types.underlying(v), types.underlying(target));
        let (v_param, t_param) = (types.is_type_param(v), types.is_type_param(target));
        // Identical underlying types, at least one of them not named.
        if types.identical(vu, tu) && (!types.is_named(v) || !types.is_named(target)) && !v_param && !t_param {
            return Ok(());
        }
        // A bidirectional channel to a channel type with the same element type.
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (types.get(vu), types.get(tu)) {
            if types.identical(*ve, *te) && (!types.is_named(v) || !types.is_named(target)) && !v_param && !t_param {
                return Ok(());
            }
        }
        // An interface implemented by the value.
        if types.is_interface(target) && !t_param {
            return self.implements(v, target);
        }
        // The other way round: an interface value to a concrete type needs an assertion.
        if types.is_interface(v) && !v_param && !types.is_interface(target) {
            let vs = self.type_string(v);
            let ts = self.type_string(target);
            if self.implements(target, v).is_ok() {
                return Err(format!("need type assertion"));
            }
            let _ = (vs, ts);
            return Err(String::new());
        }
        Err(String::new())
    }

    /// Assignability of an operand's type only (no reason), for comparisons.
    pub(crate) fn assignable_type(&mut self, x: &Operand<'a>, target: TypeId) -> bool {
        if self.prog.types.is_untyped(x.typ) {
            return self.untyped_fits(x, target).is_ok();
        }
        self.assignable_to(x, target).is_ok()
    }

    /// The type of a variable declared from `x` without a type: its default type.
    pub(crate) fn var_type_from(&mut self, x: &mut Operand<'a>, context: &str) -> TypeId {
        if x.is_invalid() {
            return INVALID;
        }
        if x.is_nil() {
            self.error(self.at(x), format!("use of untyped nil in {context}"));
            x.mode = Mode::Invalid;
            return INVALID;
        }
        match x.mode {
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let d = self.describe(x);
                self.error(self.at(x), format!("cannot assign {d} to variable in {context}"));
                return INVALID;
            }
        }
        if self.prog.types.is_untyped(x.typ) {
            let d = self.prog.types.default_type(x.typ);
            self.implicit_convert(x, d);
            if x.is_invalid() {
                return INVALID;
            }
        }
        if self.is_generic_func_value(x) {
            let s = x.expr.map(|e| self.expr_string(e)).unwrap_or_default();
            self.error(self.at(x), format!("cannot use generic function {s} without instantiation"));
            x.mode = Mode::Invalid;
            return INVALID;
        }
        x.typ
    }

    /// The values a (possibly multi-value) operand provides to `n_lhs` variables: a
    /// call's results, or a map index, assertion or receive with its "ok" for two.
    pub(crate) fn tuple_types(&self, x: &Operand<'_>, n_lhs: usize) -> Vec<TypeId> {
        if x.is_invalid() {
            return Vec::new();
        }
        match self.prog.types.get(x.typ) {
            Type::Tuple(ts) => ts.clone(),
            _ if x.mode == Mode::NoValue => Vec::new(),
            _ if n_lhs == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) => vec![x.typ, UNTYPED_BOOL],
            _ => vec![x.typ],
        }
    }

    /// gc's "assignment mismatch" for `n` variables and the values `rhs`.
    pub(crate) fn assign_mismatch(&mut self, n: usize, rhs: &'a [Expr], x: &Operand<'a>, _pos: Pos) {
        let vars = format!("{n} variable{}", crate::decl::plural(n));
        let count = if rhs.len() == 1 { self.tuple_types(x, n).len() } else { rhs.len() };
        let vals = format!("{count} value{}", crate::decl::plural(count));
        let first = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call(call) = &crate::expr::strip_parens(first).kind {
                let f = self.expr_string(&call.fun);
                self.error(first.span.lo, format!("assignment mismatch: {vars} but {f} returns {vals}"));
                return;
            }
        }
        self.error(first.span.lo, format!("assignment mismatch: {vars} but {vals}"));
    }
}
