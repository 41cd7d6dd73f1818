//! Conversions: the implicit ones that give untyped operands a type, explicit conversions
//! `T(x)`, and constant representability.
//!
//! An untyped expression is recorded with its untyped type when checked; once the context
//! decides its type (an assignment, the other operand of a binary operator, a conversion),
//! `update_expr_type` walks down the untyped expression tree and records the final type of
//! each part, so later stages only see typed expressions (untyped constants that are never
//! materialized keep their untyped type and value).

use crate::check::Checker;
use crate::constant::{ConstValue, RepresentError};
use crate::info::Mode;
use crate::operand::Operand;
use crate::operators::INVALID_OP;
use crate::types::*;
use gorun_syntax::ast::{BinaryOp, CallExpr, Expr, ExprKind, UnaryOp};

/// Why an untyped operand cannot take a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConvError {
    /// A constant out of the type's range: gc says "overflows".
    Overflow,
    /// A constant fraction lost by an integer type: gc says "truncated".
    Truncated,
    /// Any other mismatch ("cannot convert").
    Invalid,
}

impl<'a> Checker<'a> {
    /// The type (and, for constants, the value) an untyped operand takes where `target` is
    /// expected; `x` itself is not changed.
    pub(crate) fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvError> {
        let types = &self.prog.types;
        if x.is_invalid() || !types.is_untyped(x.typ) || target == INVALID {
            return Ok((x.typ, None));
        }
        if types.is_untyped(target) {
            // Both untyped: the larger numeric kind.
            return max_untyped(types, x.typ, target).map(|t| (t, None)).ok_or(ConvError::Invalid);
        }
        if x.is_nil() {
            return if self.has_nil(target) { Ok((target, None)) } else { Err(ConvError::Invalid) };
        }
        let u = types.underlying(target);
        match types.get(u) {
            Type::Basic(_) => {
                if x.is_constant() {
                    let v = self.representation(x, u)?;
                    return Ok((target, Some(v)));
                }
                // Non-constant untyped values: comparison results and shifted constants.
                let ok = match types.basic(x.typ) {
                    Some(BasicKind::UntypedBool) => types.basic(u).is_some_and(|k| k.is_boolean()),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => types.basic(u).is_some_and(|k| k.is_numeric()),
                    Some(BasicKind::UntypedString) => types.basic(u).is_some_and(|k| k.is_string()),
                    _ => false,
                };
                if ok { Ok((target, None)) } else { Err(ConvError::Invalid) }
            }
            Type::Interface(_) if types.is_type_param(target) => {
                // Every type of the type set must accept the operand.
                let ok = types.under_is(target, |u| u.is_some_and(|u| self.implicit_type_and_value(x, u).is_ok()));
                if ok { Ok((target, None)) } else { Err(ConvError::Invalid) }
            }
            Type::Interface(_) => {
                // Values in interfaces have concrete types: the default type, and only for
                // interfaces without methods.
                let (methods, _) = types.flat_interface(u);
                if !methods.is_empty() || types.type_set(u).has_terms() {
                    return Err(ConvError::Invalid);
                }
                Ok((types.default_type(x.typ), None))
            }
            _ => Err(ConvError::Invalid),
        }
    }

    /// Gives an untyped operand the type `target` wants, reporting gc's error if it cannot
    /// take it.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.prog.types.is_type_param(target) { target } else { self.prog.types.underlying(target) };
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
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

    /// Gives an untyped operand its default type (`x := 1`, operands of a comparison).
    pub(crate) fn default_untyped(&mut self, x: &mut Operand<'a>) {
        if self.prog.types.is_untyped(x.typ) && !x.is_nil() {
            let d = self.prog.types.default_type(x.typ);
            self.convert_untyped(x, d);
        }
    }

    fn invalid_conversion(&mut self, code: ConvError, x: &Operand<'a>, target: TypeId) {
        let (d, t) = (self.describe(x), self.type_string(target));
        let msg = match code {
            ConvError::Truncated => format!("{d} truncated to {t}"),
            ConvError::Overflow => format!("{d} overflows {t}"),
            ConvError::Invalid => format!("cannot convert {d} to type {t}"),
        };
        self.error(self.at(x), msg);
    }

    /// Checks that constant `x` is representable as a value of basic type `t`, rounding it.
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let u = self.prog.types.underlying(t);
        match self.representation(x, u) {
            Ok(v) => x.val = v,
            Err(code) => {
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
            }
        }
    }

    /// The value of constant `x` as basic type `t` (integers exact, floats rounded).
    pub(crate) fn representation(&self, x: &Operand<'a>, t: TypeId) -> Result<ConstValue, ConvError> {
        if x.val.is_unknown() {
            return Ok(ConstValue::Unknown);
        }
        let types = &self.prog.types;
        let Some(tk) = types.basic(t) else { return Err(ConvError::Invalid) };
        let xk = types.basic(x.typ).unwrap_or(BasicKind::Invalid);
        let fail = || {
            if xk.is_numeric() && tk.is_numeric() {
                if !xk.is_integer() && tk.is_integer() { ConvError::Truncated } else { ConvError::Overflow }
            } else {
                ConvError::Invalid
            }
        };
        match &x.val {
            ConstValue::Bool(_) => return if tk.is_boolean() { Ok(x.val.clone()) } else { Err(ConvError::Invalid) },
            ConstValue::String(_) => return if tk.is_string() { Ok(x.val.clone()) } else { Err(ConvError::Invalid) },
            _ => {}
        }
        if !tk.is_numeric() {
            return Err(ConvError::Invalid);
        }
        match self.repr_of(t) {
            Some(repr) => x.val.represent(repr).map_err(|e| match e {
                RepresentError::NotNumeric => ConvError::Invalid,
                _ => fail(),
            }),
            // Untyped numeric kinds: an integer kind needs an integral value.
            None => match tk {
                BasicKind::UntypedInt | BasicKind::UntypedRune => x.val.to_int_value().ok_or_else(fail),
                BasicKind::UntypedFloat => match &x.val {
                    ConstValue::Complex(..) => x.val.to_rat().map(ConstValue::Float).ok_or_else(fail),
                    v => Ok(v.clone()),
                },
                _ => Ok(x.val.clone()),
            },
        }
    }

    /// The constant representation limits of a basic type.
    pub(crate) fn repr_of(&self, t: TypeId) -> Option<crate::constant::Repr> {
        use crate::constant::Repr;
        let k = self.prog.types.basic(self.prog.types.underlying(t))?.canonical();
        Some(match k {
            BasicKind::Int8 => Repr::Signed(8),
            BasicKind::Int16 => Repr::Signed(16),
            BasicKind::Int32 => Repr::Signed(32),
            BasicKind::Int | BasicKind::Int64 => Repr::Signed(64),
            BasicKind::Uint8 => Repr::Unsigned(8),
            BasicKind::Uint16 => Repr::Unsigned(16),
            BasicKind::Uint32 => Repr::Unsigned(32),
            BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Repr::Unsigned(64),
            BasicKind::Float32 => Repr::Float32,
            BasicKind::Float64 => Repr::Float64,
            BasicKind::Complex64 => Repr::Complex64,
            BasicKind::Complex128 => Repr::Complex128,
            _ => return None,
        })
    }

    /// After an untyped operand got its final type, records the type of its expression
    /// tree.
    pub(crate) fn update_untyped(&mut self, x: &Operand<'a>, final_type: TypeId) {
        if let Some(e) = x.expr {
            self.update_expr_type(e, final_type);
        }
    }

    fn update_expr_type(&mut self, e: &'a Expr, typ: TypeId) {
        let Some(old) = self.prog.info.expr(e.id).cloned() else { return };
        if !self.prog.types.is_untyped(old.typ) {
            return;
        }
        // The operands of a non-constant untyped expression share its final type.
        if old.value.is_none() {
            match &e.kind {
                ExprKind::Paren(inner) => self.update_expr_type(inner, typ),
                ExprKind::Unary(op, inner) if *op != UnaryOp::Recv && *op != UnaryOp::Addr => {
                    self.update_expr_type(inner, typ)
                }
                ExprKind::Binary(op, l, r) => match op {
                    BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq => {}
                    BinaryOp::Shl | BinaryOp::Shr => self.update_expr_type(l, typ),
                    _ => {
                        self.update_expr_type(l, typ);
                        self.update_expr_type(r, typ);
                    }
                },
                _ => {}
            }
        } else if let ExprKind::Paren(inner) = &e.kind {
            self.update_expr_type(inner, typ);
        }
        if self.prog.types.is_untyped(typ) {
            let mut tv = old;
            tv.typ = typ;
            self.prog.info.record(e.id, tv);
            return;
        }
        if self.shift_lhs.remove(&e.id) && !self.all_integer(typ) {
            // The left operand of a non-constant shift must become an integer.
            let (s, t) = (self.expr_string(e), self.type_string(typ));
            self.error(e.span.lo, format!("{INVALID_OP}shifted operand {s} (type {t}) must be integer"));
            return;
        }
        let mut tv = old;
        if let Some(v) = &tv.value {
            let x = Operand::new(tv.mode, tv.typ, v.clone(), Some(e));
            match self.implicit_type_and_value(&x, typ) {
                Ok((_, Some(v))) => tv.value = Some(v),
                Ok(_) => {}
                Err(code) => {
                    let t = self.prog.types.underlying(typ);
                    self.invalid_conversion(code, &x, t);
                    return;
                }
            }
        }
        tv.typ = typ;
        self.prog.info.record(e.id, tv);
    }

    // ---- explicit conversions ----

    /// `T(x)` where the callee is the type `t`.
    pub(crate) fn conversion_call(&mut self, e: &'a Expr, c: &'a CallExpr, t: TypeId) -> Operand<'a> {
        let ts = self.type_string(t);
        match c.args.len() {
            0 => {
                self.error(c.rparen, format!("missing argument in conversion to {ts}"));
                return Operand::invalid(e);
            }
            1 => {}
            n => {
                for a in &c.args {
                    self.expr(a, None);
                }
                self.error(c.args[n - 1].span.lo, format!("too many arguments in conversion to {ts}"));
                return Operand::invalid(e);
            }
        }
        if c.ellipsis.is_some() {
            self.expr(&c.args[0], None);
            self.error(c.args[0].span.lo, format!("invalid use of ... in conversion to {ts}"));
            return Operand::invalid(e);
        }
        let x = self.expr(&c.args[0], None);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let mut x = self.conversion(x, t);
        x.expr = Some(e);
        x
    }

    /// Converts operand `x` to type `t`, reporting gc's error if it cannot be.
    pub(crate) fn conversion(&mut self, mut x: Operand<'a>, t: TypeId) -> Operand<'a> {
        let types = &self.prog.types;
        let const_arg = x.is_constant();
        let const_type = self.is_const_type(t) && !types.is_type_param(t);
        let mut cause = String::new();
        let ok = if const_arg && const_type {
            let tu = types.underlying(t);
            match self.const_convertible(&x, tu) {
                Some(v) => {
                    x.val = v;
                    true
                }
                None => {
                    let xk = types.basic(x.typ).unwrap_or(BasicKind::Invalid);
                    if xk.is_integer() && types.basic(tu).is_some_and(|k| k.is_integer()) {
                        // Integer to integer can only fail by overflowing: a concise message.
                        let (v, ts) = (x.val.to_string(), self.type_string(t));
                        self.error(self.at(&x), format!("constant {v} overflows {ts}"));
                        return Operand::invalid(x.expr.expect("conversion operand"));
                    }
                    false
                }
            }
        } else if const_arg && types.is_type_param(t) {
            // Every type of the set must accept the constant; the result is not constant.
            let mut ok = true;
            let set = types.type_set(t);
            match set.terms {
                None => {
                    cause = format!("{} does not contain specific types", self.type_string(t));
                    ok = false;
                }
                Some(terms) => {
                    for term in terms {
                        let u = self.prog.types.underlying(term.typ);
                        let xk = self.prog.types.basic(x.typ).unwrap_or(BasicKind::Invalid);
                        if xk.is_string() && self.is_bytes_or_runes(u) {
                            continue;
                        }
                        if self.const_convertible(&x, u).is_none() {
                            let (us, ts) = (self.type_string(u), self.type_string(t));
                            cause = if xk.is_integer() && self.prog.types.basic(u).is_some_and(|k| k.is_integer()) {
                                format!("constant {} overflows {us} (in {ts})", x.val)
                            } else {
                                format!("cannot convert {} to type {us} (in {ts})", self.describe(&x))
                            };
                            ok = false;
                            break;
                        }
                    }
                }
            }
            x.mode = Mode::Value;
            ok
        } else {
            match self.convertible_to(&x, t) {
                Ok(()) => {
                    // A non-constant conversion yields a value, also of nil: `[]rune(nil)`
                    // is a slice value, not the predeclared nil, so `string([]rune(nil))`
                    // is an ordinary (typed, non-constant) string.
                    x.mode = Mode::Value;
                    true
                }
                Err(c) => {
                    cause = c;
                    false
                }
            }
        };
        if !ok {
            let (d, ts) = (self.describe(&x), self.type_string(t));
            let msg = if cause.is_empty() {
                format!("cannot convert {d} to type {ts}")
            } else {
                format!("cannot convert {d} to type {ts}: {cause}")
            };
            self.error(self.at(&x), msg);
            return Operand::invalid(x.expr.expect("conversion operand"));
        }
        // The argument's final type: the default type when converting to an interface or
        // to a non-constant type, the argument's own for integer → string.
        if self.prog.types.is_untyped(x.typ) {
            let types = &self.prog.types;
            let final_type = if x.typ == UNTYPED_NIL {
                t
            } else if (types.is_interface(t) && !types.is_type_param(t)) || (const_arg && !const_type) {
                types.default_type(x.typ)
            } else if const_arg && types.basic(x.typ).is_some_and(|k| k.is_integer()) && self.all_string(t) {
                x.typ
            } else {
                t
            };
            self.update_untyped(&x, final_type);
        }
        if x.mode == Mode::Constant && !const_type {
            x.mode = Mode::Value;
        }
        if x.mode != Mode::Constant {
            x.val = ConstValue::Unknown;
        }
        x.typ = t;
        x
    }

    /// The value of constant `x` converted to basic type `u`, if it converts.
    fn const_convertible(&self, x: &Operand<'a>, u: TypeId) -> Option<ConstValue> {
        let types = &self.prog.types;
        let tk = types.basic(u)?;
        if let Ok(v) = self.representation(x, u) {
            return Some(v);
        }
        // An integer constant to a string: the UTF-8 of the code point (U+FFFD if invalid).
        if types.basic(x.typ).is_some_and(|k| k.is_integer()) && tk.is_string() {
            let c = x.val.to_int().and_then(|i| u32::try_from(&i).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
            return Some(ConstValue::string(c.to_string().as_bytes()));
        }
        None
    }

    pub(crate) fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        let types = &self.prog.types;
        match types.get(types.underlying(t)) {
            Type::Slice(e) => matches!(
                types.basic(types.underlying(*e)).map(BasicKind::canonical),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// Whether `x` (non-constant, or constant to a non-constant type) converts to `t`; the
    /// cause in gc's words if not.
    pub(crate) fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId) -> Result<(), String> {
        let cause = match self.assignable_to(x, t) {
            Ok(()) => return Ok(()),
            Err(c) => c,
        };
        let types = &self.prog.types;
        let (v, t_un) = (types.unalias(x.typ), types.unalias(t));
        let (vu, tu) = (types.underlying(v), types.underlying(t_un));
        let (vp, tp) = (types.is_type_param(v), types.is_type_param(t_un));
        if self.prog.types.identical_ignore_tags(vu, tu) && !vp && !tp {
            return Ok(());
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(v), types.get(t_un)) {
            let (a, b) = (*a, *b);
            if self.prog.types.identical_ignore_tags(types.underlying(a), types.underlying(b))
                && !types.is_type_param(a)
                && !types.is_type_param(b)
            {
                return Ok(());
            }
        }
        let (vk, tk) = (types.basic(vu), types.basic(tu));
        let int_or_float = |k: Option<BasicKind>| k.is_some_and(|k| k.is_integer() || k.is_float());
        if int_or_float(vk) && int_or_float(tk) {
            return Ok(());
        }
        if vk.is_some_and(|k| k.is_complex()) && tk.is_some_and(|k| k.is_complex()) {
            return Ok(());
        }
        if (vk.is_some_and(|k| k.is_integer()) || self.is_bytes_or_runes(vu)) && tk.is_some_and(|k| k.is_string()) {
            return Ok(());
        }
        if vk.is_some_and(|k| k.is_string()) && self.is_bytes_or_runes(tu) {
            return Ok(());
        }
        let is_ptr = |u: TypeId| matches!(types.get(u), Type::Pointer(_));
        let unsafe_ptr = |k: Option<BasicKind>| k == Some(BasicKind::UnsafePointer);
        let uintptr = |k: Option<BasicKind>| k.map(BasicKind::canonical) == Some(BasicKind::Uintptr);
        if (is_ptr(vu) || uintptr(vk)) && unsafe_ptr(tk) {
            return Ok(());
        }
        if unsafe_ptr(vk) && (is_ptr(tu) || uintptr(tk)) {
            return Ok(());
        }
        if let Type::Slice(se) = types.get(vu) {
            match types.get(tu) {
                Type::Array(_, ae) if types.identical(*se, *ae) => return Ok(()),
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = types.get(types.underlying(*p))
                        && types.identical(*se, *ae)
                    {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if !vp && !tp {
            return Err(cause);
        }
        // Type parameters: every pair of types of the two sets must convert.
        let with_cause = |msg: String, inner: String| if inner.is_empty() { msg } else { format!("{msg}\n\t{inner}") };
        let vterms = if vp { types.type_set(v).terms } else { Some(vec![Term { tilde: false, typ: v }]) };
        let tterms = if tp { types.type_set(t_un).terms } else { Some(vec![Term { tilde: false, typ: t_un }]) };
        let (Some(vterms), Some(tterms)) = (vterms, tterms) else { return Err(String::new()) };
        for vt in &vterms {
            for tt in &tterms {
                let y = Operand { typ: vt.typ, ..x.clone() };
                if let Err(inner) = self.convertible_to(&y, tt.typ) {
                    let (vs, ts) = (self.type_string(vt.typ), self.type_string(tt.typ));
                    let msg = match (vp, tp) {
                        (true, true) => format!(
                            "cannot convert {vs} (in {}) to type {ts} (in {})",
                            self.type_string(v),
                            self.type_string(t_un)
                        ),
                        (true, false) => {
                            format!("cannot convert {vs} (in {}) to type {}", self.type_string(v), self.type_string(t))
                        }
                        _ => format!(
                            "cannot convert {} to type {ts} (in {})",
                            self.type_string(x.typ),
                            self.type_string(t_un)
                        ),
                    };
                    return Err(with_cause(msg, inner));
                }
            }
        }
        Ok(())
    }
}

/// The larger of two untyped numeric types (int < rune < float < complex), or the type
/// itself if both are the same.
pub(crate) fn max_untyped(types: &Types, x: TypeId, y: TypeId) -> Option<TypeId> {
    if x == y {
        return Some(x);
    }
    let rank = |t: TypeId| match types.basic(t)? {
        BasicKind::UntypedInt => Some(0),
        BasicKind::UntypedRune => Some(1),
        BasicKind::UntypedFloat => Some(2),
        BasicKind::UntypedComplex => Some(3),
        _ => None,
    };
    let (rx, ry) = (rank(x)?, rank(y)?);
    Some(if rx > ry { x } else { y })
}
