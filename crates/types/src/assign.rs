//! Assignability and the checks of every implicit assignment: variable initializations,
//! assignments, arguments, return values, composite literal elements, channel sends.

use crate::check::Checker;
use crate::convert::ConvError;
use crate::info::Mode;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::source::Pos;

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `target` in `context` (gc's
    /// words: "assignment", "argument to f", "return statement", …), giving an untyped
    /// operand its type. `target` `None` is the blank identifier (or a variable without a
    /// declared type): untyped operands get their default type. On failure reports
    /// `cannot use X as T value in CONTEXT[: cause]` and invalidates `x`.
    pub(crate) fn assign_to(&mut self, x: &mut Operand<'a>, target: Option<TypeId>, context: &str) {
        match x.mode {
            Mode::Invalid => return,
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk | Mode::Nil => {}
            _ => {
                let d = self.describe(x);
                let t = target.map_or_else(|| "_".to_string(), |t| self.type_string(t));
                self.error(self.at(x), format!("cannot assign {d} to {t} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if target == Some(INVALID) {
            x.mode = Mode::Invalid;
            return;
        }
        if self.prog.types.is_untyped(x.typ) {
            let types = &self.prog.types;
            let goal = match target {
                None if x.is_nil() => {
                    self.error(self.at(x), format!("use of untyped nil in {context}"));
                    x.mode = Mode::Invalid;
                    return;
                }
                None => types.default_type(x.typ),
                Some(t) if types.is_interface(t) && !x.is_nil() => types.default_type(x.typ),
                Some(t) => t,
            };
            match self.implicit_type_and_value(x, goal) {
                Err(code) => {
                    let (d, ts) = (self.describe(x), self.type_string(goal));
                    let suffix = match code {
                        ConvError::Truncated => " (truncated)",
                        ConvError::Overflow => " (overflows)",
                        ConvError::Invalid => "",
                    };
                    self.error(self.at(x), format!("cannot use {d} as {ts} value in {context}{suffix}"));
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((t, val)) => {
                    if let Some(v) = val {
                        x.val = v;
                    }
                    if t != x.typ {
                        x.typ = t;
                        self.update_untyped(x, t);
                    }
                }
            }
        }
        if self.is_generic_func_value(x) {
            // A generic function assigned to a function type: its type arguments are
            // inferred from that type (reverse inference).
            if let Some(t) = target.filter(|&t| self.prog.types.signature(self.prog.types.underlying(t)).is_some())
                && let Some(inst) = self.infer_from_target(x, t)
            {
                x.typ = inst;
                if let Some(e) = x.expr
                    && let Some(mut tv) = self.prog.info.expr(e.id).cloned()
                {
                    tv.typ = inst;
                    self.prog.info.record(e.id, tv);
                }
            }
        }
        if self.is_generic_func_value(x) {
            let s = x.expr.map(|e| self.expr_string(e)).unwrap_or_default();
            self.error(self.at(x), format!("cannot use generic function {s} without instantiation"));
            x.mode = Mode::Invalid;
            return;
        }
        let Some(target) = target else { return };
        if let Err(cause) = self.assignable_to(x, target) {
            let (d, t) = (self.describe(x), self.type_string(target));
            let msg = if cause.is_empty() {
                format!("cannot use {d} as {t} value in {context}")
            } else {
                format!("cannot use {d} as {t} value in {context}: {cause}")
            };
            self.error(self.at(x), msg);
            x.mode = Mode::Invalid;
        }
    }

    /// [`assign_to`](Self::assign_to) a variable of type `target`.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, target: TypeId, context: &str) {
        self.assign_to(x, Some(target), context);
    }

    /// Where gc reports an error about an operand: the start of its expression.
    pub(crate) fn at(&self, x: &Operand<'_>) -> Pos {
        x.expr.map_or(Pos(0), |e| self.start_pos(e))
    }

    /// Where gc reports an error about an expression: where it starts, except that a
    /// slice expression `x[i:j]` is placed at its `[` (a quirk of gc's positions).
    pub(crate) fn start_pos(&self, e: &gorun_syntax::ast::Expr) -> Pos {
        use gorun_syntax::ast::ExprKind;
        match &e.kind {
            ExprKind::Slice(s) => self.find_after(s.x.span.hi, b'['),
            ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => self.start_pos(x),
            ExprKind::Index(ix) => self.start_pos(&ix.x),
            ExprKind::Call(c) => self.start_pos(&c.fun),
            ExprKind::Binary(_, l, _) => self.start_pos(l),
            ExprKind::KeyValue(k, _) => self.start_pos(k),
            ExprKind::CompositeLit(c) => c.typ.as_ref().map_or(e.span.lo, |t| self.start_pos(t)),
            _ => e.span.lo,
        }
    }

    /// Go's assignability of `x` to type `t`; gc's cause if not (possibly empty).
    pub(crate) fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId) -> Result<(), String> {
        if x.is_invalid() || t == INVALID || x.typ == INVALID {
            return Ok(());
        }
        let types = &self.prog.types;
        let (v, t_un) = (types.unalias(x.typ), types.unalias(t));
        if types.identical(v, t_un) {
            return Ok(());
        }
        let (vu, tu) = (types.underlying(v), types.underlying(t_un));
        let (vp, tp) = (types.is_type_param(v), types.is_type_param(t_un));
        if types.is_untyped(v) {
            // Representable by every type of a type parameter's set, or by `t`.
            let ok = if tp {
                let x2 = x.clone();
                types.under_is(t_un, |u| u.is_some_and(|u| self.implicit_type_and_value(&x2, u).is_ok()))
                    && types.type_set(t_un).has_terms()
            } else {
                self.implicit_type_and_value(x, t_un).is_ok()
            };
            return if ok { Ok(()) } else { Err(String::new()) };
        }
        let (v_named, t_named) = (types.is_named(v), types.is_named(t_un));
        if types.identical(vu, tu) && (!v_named || !t_named) && !vp && !tp {
            return Ok(());
        }
        let t_iface = matches!(types.get(tu), Type::Interface(_)) && !tp;
        if t_iface || self.is_interface_ptr_type(tu) {
            match self.implements(v, t_un, false) {
                Ok(()) => return Ok(()),
                Err(cause) if !vp => return Err(cause),
                Err(_) => {}
            }
        }
        let types = &self.prog.types;
        if matches!(types.get(vu), Type::Interface(_)) && !vp && self.implements(t_un, v, false).is_ok() {
            return Err("need type assertion".into());
        }
        let types = &self.prog.types;
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (types.get(vu), types.get(tu))
            && types.identical(*ve, *te)
        {
            return if !v_named || !t_named { Ok(()) } else { Err(String::new()) };
        }
        if !vp && !tp {
            return Err(String::new());
        }
        let with_cause = |msg: String, inner: String| if inner.is_empty() { msg } else { format!("{msg}\n\t{inner}") };
        // An unnamed value to a type parameter: assignable to every type of its set.
        if !v_named && tp {
            let Some(terms) = self.prog.types.type_set(t_un).terms else { return Err(String::new()) };
            for term in terms {
                if let Err(inner) = self.assignable_to(x, term.typ) {
                    let (vs, ts, ps) = (self.type_string(x.typ), self.type_string(term.typ), self.type_string(t_un));
                    return Err(with_cause(format!("cannot assign {vs} to {ts} (in {ps})"), inner));
                }
            }
            return Ok(());
        }
        // A type parameter value to an unnamed type: every type of its set must assign.
        if vp && !t_named {
            let Some(terms) = self.prog.types.type_set(v).terms else { return Err(String::new()) };
            for term in terms {
                let y = Operand { typ: term.typ, ..x.clone() };
                if let Err(inner) = self.assignable_to(&y, t) {
                    let (vs, ps, ts) = (self.type_string(term.typ), self.type_string(v), self.type_string(t));
                    return Err(with_cause(format!("cannot assign {vs} (in {ps}) to {ts}"), inner));
                }
            }
            return Ok(());
        }
        Err(String::new())
    }

    fn is_interface_ptr_type(&self, u: TypeId) -> bool {
        let types = &self.prog.types;
        matches!(types.get(u), Type::Pointer(base) if types.is_interface(*base))
    }
}
