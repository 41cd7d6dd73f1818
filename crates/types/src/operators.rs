//! Operators: unary and binary expressions, shifts, comparisons, `x op= y`.
//!
//! The operand rules follow the spec and the order in which gc checks them, so that the
//! first error gc reports is the first we report: both operands are evaluated, untyped
//! operands are converted towards each other (`match_types`), then the types must be
//! identical, the operator defined on them, and constant results representable.
//!
//! A non-constant shift of an untyped constant (`1 << n`) keeps the constant untyped until
//! the context gives the whole expression a type; the left operand is remembered in
//! `shift_lhs` and must then be an integer type (`update_expr_type` checks it).

use crate::check::Checker;
use crate::constant::{self, ArithError, ConstValue};
use crate::info::Mode;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use gorun_syntax::source::Pos;

pub(crate) const INVALID_OP: &str = "invalid operation: ";

fn is_comparison(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq)
}

/// The name gc gives an operation whose untyped result grew too large.
fn op_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Binary(op, ..) => match op {
            BinaryOp::Add => "addition ",
            BinaryOp::Sub => "subtraction ",
            BinaryOp::Xor => "bitwise XOR ",
            BinaryOp::Mul => "multiplication ",
            BinaryOp::Shl => "shift ",
            _ => "",
        },
        ExprKind::Unary(UnaryOp::Xor, _) => "bitwise complement ",
        _ => "",
    }
}

impl<'a> Checker<'a> {
    /// The position gc gives an operation: its operator for unary and binary expressions,
    /// the start of anything else.
    pub(crate) fn op_pos(&self, e: &Expr) -> Pos {
        match &e.kind {
            ExprKind::Binary(op, l, _) => self.find_after(l.span.hi, op.text().as_bytes()[0]),
            _ => e.span.lo,
        }
    }

    // ---- unary ----

    pub(crate) fn unary(&mut self, e: &'a Expr, op: UnaryOp, inner: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match op {
            UnaryOp::Addr => return self.address_of(e, inner, hint),
            UnaryOp::Recv => return self.receive(e, inner),
            _ => {}
        }
        let mut x = self.expr(inner, None);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let mut op = op;
        if op == UnaryOp::Tilde {
            if !self.all_integer(x.typ) {
                self.error(e.span.lo, "cannot use ~ outside of interface or type constraint");
                return Operand::invalid(e);
            }
            self.error(
                e.span.lo,
                "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
            );
            op = UnaryOp::Xor;
        }
        let defined = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.all_numeric(x.typ),
            UnaryOp::Xor => self.all_integer(x.typ),
            UnaryOp::Not => self.all_boolean(x.typ),
            _ => false,
        };
        if !defined {
            let d = self.describe(&x);
            self.error(self.at(&x), format!("{INVALID_OP}operator {} not defined on {d}", op.text()));
            return Operand::invalid(e);
        }
        x.expr = Some(e);
        if !x.is_constant() {
            x.mode = Mode::Value;
            return x;
        }
        if x.val.is_unknown() {
            return x;
        }
        x.val = match op {
            UnaryOp::Neg => constant::negate(&x.val),
            UnaryOp::Not => ConstValue::Bool(x.val.as_bool() != Some(true)),
            UnaryOp::Xor => {
                let bits = self.prog.types.basic(x.typ).filter(|k| k.is_unsigned()).map(|k| k.bits());
                match x.val.to_int() {
                    Some(i) => ConstValue::Int(constant::complement(&i, bits)),
                    None => ConstValue::Unknown,
                }
            }
            _ => x.val.clone(),
        };
        self.overflow(&mut x, e.span.lo);
        x
    }

    fn address_of(&mut self, e: &'a Expr, inner: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        // &T{…} as an element of a composite literal: the hint is a pointer type whose
        // element type the literal may leave out.
        let inner_hint = hint.and_then(|h| match self.prog.types.get(self.prog.types.underlying(h)) {
            Type::Pointer(elem) => Some(*elem),
            _ => None,
        });
        let unparen = crate::expr::strip_parens(inner);
        let x = self.expr(inner, inner_hint);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if x.mode != Mode::Variable && !matches!(unparen.kind, ExprKind::CompositeLit(_)) {
            let d = self.describe(&x);
            self.error(self.at(&x), format!("{INVALID_OP}cannot take address of {d}"));
            return Operand::invalid(e);
        }
        self.mark_address_taken(unparen);
        let t = self.prog.types.pointer(x.typ);
        Operand::value(t, e)
    }

    fn receive(&mut self, e: &'a Expr, inner: &'a Expr) -> Operand<'a> {
        let x = self.expr(inner, None);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        match self.chan_elem(&x, true) {
            Ok(elem) => {
                self.has_call_or_recv = true;
                Operand::new(Mode::CommaOk, elem, ConstValue::Unknown, Some(e))
            }
            Err(cause) => {
                let d = self.describe(&x);
                let msg = if self.prog.types.is_type_param(x.typ) {
                    format!("{INVALID_OP}cannot receive from {d}: {cause}")
                } else {
                    format!("{INVALID_OP}cannot receive from {cause} {d}")
                };
                self.error(self.at(&x), msg);
                Operand::invalid(e)
            }
        }
    }

    /// The element type of a channel operand for a receive (`recv`) or a send; the cause
    /// in gc's words if the operation is not allowed.
    pub(crate) fn chan_elem(&self, x: &Operand<'a>, recv: bool) -> Result<TypeId, String> {
        let types = &self.prog.types;
        let judge = |t: TypeId, u: TypeId| -> Result<TypeId, String> {
            match types.get(u) {
                Type::Chan(ChanDir::Send, _) if recv => Err(format!("send-only channel {}", self.type_string(t))),
                Type::Chan(ChanDir::Recv, _) if !recv => Err(format!("receive-only channel {}", self.type_string(t))),
                Type::Chan(_, elem) => Ok(*elem),
                _ => Err(format!("non-channel {}", self.type_string(t))),
            }
        };
        if !types.is_type_param(x.typ) {
            return judge(x.typ, types.underlying(x.typ));
        }
        let Some(terms) = types.type_set(x.typ).terms else { return Err("no specific channel type".into()) };
        let mut elem: Option<TypeId> = None;
        for term in &terms {
            let e = judge(term.typ, types.underlying(term.typ))?;
            match elem {
                Some(prev) if !types.identical(prev, e) => {
                    return Err(format!(
                        "channels {} and {} have different element types",
                        self.type_string(terms[0].typ),
                        self.type_string(term.typ)
                    ));
                }
                _ => elem = Some(e),
            }
        }
        elem.ok_or_else(|| "no specific channel type".into())
    }

    /// `*x`: a pointer indirection, or a pointer type when `x` is a type.
    pub(crate) fn star(&mut self, e: &'a Expr, inner: &'a Expr) -> Operand<'a> {
        let mut x = self.expr_or_type(inner, None);
        match x.mode {
            Mode::Invalid => Operand::invalid(e),
            Mode::TypeExpr => {
                let t = self.prog.types.pointer(x.typ);
                Operand::new(Mode::TypeExpr, t, ConstValue::Unknown, Some(e))
            }
            _ => {
                if x.is_nil() {
                    self.error(self.at(&x), format!("{INVALID_OP}cannot indirect nil"));
                    return Operand::invalid(e);
                }
                let u = self.core_type(x.typ);
                match self.prog.types.get(u) {
                    Type::Pointer(elem) => {
                        x.typ = *elem;
                        x.mode = Mode::Variable;
                        x.expr = Some(e);
                        x.val = ConstValue::Unknown;
                        x
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("{INVALID_OP}cannot indirect {d}"));
                        Operand::invalid(e)
                    }
                }
            }
        }
    }

    // ---- binary ----

    /// `l op r`. `e` is the binary expression, or `None` for the implicit one of `l op= r`.
    pub(crate) fn binary(&mut self, e: Option<&'a Expr>, op: BinaryOp, l: &'a Expr, r: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(l, None);
        let mut y = self.expr(r, None);
        let result_expr = e.unwrap_or(l);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(result_expr);
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(x, y, e, op);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() {
            return Operand::invalid(result_expr);
        }
        if is_comparison(op) {
            return self.comparison(x, y, op, result_expr);
        }
        if !self.prog.types.identical(x.typ, y.typ) {
            if x.typ != INVALID && y.typ != INVALID {
                let (xs, ys) = (self.type_string(x.typ), self.type_string(y.typ));
                let what = match e {
                    Some(e) => self.expr_string(e),
                    None => format!("{} {}= {}", self.expr_string(l), op.text(), self.expr_string(r)),
                };
                self.error(self.at(&x), format!("{INVALID_OP}{what} (mismatched types {xs} and {ys})"));
            }
            return Operand::invalid(result_expr);
        }
        let defined = match op {
            BinaryOp::Add => self.all_basic_kind(x.typ, |k| k.is_numeric() || k.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.all_numeric(x.typ),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.all_integer(x.typ),
            BinaryOp::AndAnd | BinaryOp::OrOr => self.all_boolean(x.typ),
            _ => false,
        };
        if !defined {
            let d = self.describe(&x);
            self.error(self.at(&x), format!("{INVALID_OP}operator {} not defined on {d}", op.text()));
            return Operand::invalid(result_expr);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && y.is_constant()
            && (x.is_constant() || self.all_integer(x.typ))
            && y.val.is_zero()
        {
            self.error(self.at(&y), format!("{INVALID_OP}division by zero"));
            return Operand::invalid(result_expr);
        }
        if x.is_constant() && y.is_constant() {
            if x.val.is_unknown() || y.val.is_unknown() {
                x.val = ConstValue::Unknown;
                x.expr = Some(result_expr);
                return x;
            }
            let int_div = self.prog.types.basic(x.typ).is_some_and(|k| k.is_integer());
            let cop = match op {
                BinaryOp::Add => Some(constant::BinOp::Add),
                BinaryOp::Sub => Some(constant::BinOp::Sub),
                BinaryOp::Mul => Some(constant::BinOp::Mul),
                BinaryOp::Div => Some(constant::BinOp::Div),
                BinaryOp::Rem => Some(constant::BinOp::Rem),
                BinaryOp::And => Some(constant::BinOp::And),
                BinaryOp::Or => Some(constant::BinOp::Or),
                BinaryOp::Xor => Some(constant::BinOp::Xor),
                BinaryOp::AndNot => Some(constant::BinOp::AndNot),
                _ => None,
            };
            let val = match (op, cop) {
                (BinaryOp::AndAnd, _) => {
                    Ok(ConstValue::Bool(x.val.as_bool() == Some(true) && y.val.as_bool() == Some(true)))
                }
                (BinaryOp::OrOr, _) => {
                    Ok(ConstValue::Bool(x.val.as_bool() == Some(true) || y.val.as_bool() == Some(true)))
                }
                (BinaryOp::Add, _) if matches!(x.val, ConstValue::String(_)) => {
                    let (a, b) = (x.val.as_bytes().unwrap_or(&[]), y.val.as_bytes().unwrap_or(&[]));
                    // gc's limit on the size of a constant string (its maximum symbol size).
                    const MAX_LEN: usize = 2_000_000_000;
                    if a.len() + b.len() > MAX_LEN {
                        let pos = e.map_or(l.span.lo, |e| self.op_pos(e));
                        self.error(
                            pos,
                            format!("constant string too long ({} bytes > {MAX_LEN} bytes)", a.len() + b.len()),
                        );
                        x.val = ConstValue::Unknown;
                        x.expr = Some(result_expr);
                        return x;
                    }
                    let mut s = Vec::with_capacity(a.len() + b.len());
                    s.extend_from_slice(a);
                    s.extend_from_slice(b);
                    Ok(ConstValue::string(&s))
                }
                (_, Some(cop)) => constant::binary(cop, &x.val, &y.val, int_div),
                _ => Ok(ConstValue::Unknown),
            };
            x.expr = Some(result_expr);
            x.val = match val {
                Ok(v) => v,
                Err(ArithError::DivisionByZero) => {
                    self.error(self.at(&y), format!("{INVALID_OP}division by zero"));
                    return Operand::invalid(result_expr);
                }
                // Grew past the size limit: reported by `overflow` below.
                Err(ArithError::Overflow) => ConstValue::Unknown,
            };
            let pos = e.map_or(l.span.lo, |e| self.op_pos(e));
            if x.val.is_unknown() {
                let name = op_name(result_expr);
                self.error(pos, format!("constant {name}overflow"));
                return x;
            }
            self.overflow(&mut x, pos);
            return x;
        }
        Operand::new(Mode::Value, x.typ, ConstValue::Unknown, Some(result_expr))
    }

    /// Whether every type of `t`'s type set has a basic underlying type satisfying `pred`.
    fn all_basic_kind(&self, t: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        let types = &self.prog.types;
        types.under_is(t, |u| u.and_then(|u| types.basic(u)).is_some_and(&pred))
    }

    /// A constant result must stay representable: in its type if typed, within gc's size
    /// limit if an untyped integer.
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) {
        if x.val.is_unknown() {
            return;
        }
        if !self.prog.types.is_untyped(x.typ) {
            let t = x.typ;
            self.representable(x, t);
            return;
        }
        if let ConstValue::Int(i) = &x.val
            && i.bits() > constant::MAX_INT_BITS
        {
            let name = x.expr.map_or("", op_name);
            self.error(op_pos, format!("constant {name}overflow"));
            x.val = ConstValue::Unknown;
        }
    }

    /// Gives two operands a common type where one (or both) is untyped: the untyped one
    /// is converted to the other's type, two untyped numbers to the larger kind.
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        if self.may_convert(x, y) {
            let yt = y.typ;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.typ;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    /// Whether converting one operand to the other's type could make them match.
    fn may_convert(&self, x: &Operand<'a>, y: &Operand<'a>) -> bool {
        let types = &self.prog.types;
        if !types.is_untyped(x.typ) && !types.is_untyped(y.typ) {
            return false;
        }
        if self.all_numeric(x.typ) != self.all_numeric(y.typ) {
            return false;
        }
        let plain_iface = |t: TypeId| types.is_interface(t) && !types.is_type_param(t);
        if plain_iface(x.typ) || plain_iface(y.typ) {
            return true;
        }
        if self.all_boolean(x.typ) != self.all_boolean(y.typ) {
            return false;
        }
        if self.all_string(x.typ) != self.all_string(y.typ) {
            return false;
        }
        if x.is_nil() {
            return self.has_nil(y.typ);
        }
        if y.is_nil() {
            return self.has_nil(x.typ);
        }
        let is_ptr = |t: TypeId| matches!(types.get(types.underlying(t)), Type::Pointer(_));
        !(is_ptr(x.typ) || is_ptr(y.typ))
    }

    // ---- comparisons ----

    fn comparison(&mut self, mut x: Operand<'a>, mut y: Operand<'a>, op: BinaryOp, e: &'a Expr) -> Operand<'a> {
        if x.typ == INVALID || y.typ == INVALID {
            return Operand::invalid(e);
        }
        match self.comparison_error(&x, &y, op) {
            Some((on_y, cause)) => {
                let (xs, ys) = (
                    x.expr.map(|e| self.expr_string(e)).unwrap_or_default(),
                    y.expr.map(|e| self.expr_string(e)).unwrap_or_default(),
                );
                let at = if on_y { self.at(&y) } else { self.at(&x) };
                self.error(at, format!("{INVALID_OP}{xs} {} {ys} ({cause})", op.text()));
                Operand::invalid(e)
            }
            None => {
                if x.is_constant() && y.is_constant() {
                    let ord = constant::compare(&x.val, &y.val);
                    let result = match op {
                        BinaryOp::Eql => constant::equal(&x.val, &y.val),
                        BinaryOp::Neq => !constant::equal(&x.val, &y.val),
                        BinaryOp::Lss => ord == Some(std::cmp::Ordering::Less),
                        BinaryOp::Leq => matches!(ord, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)),
                        BinaryOp::Gtr => ord == Some(std::cmp::Ordering::Greater),
                        BinaryOp::Geq => matches!(ord, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)),
                        _ => false,
                    };
                    let val = if x.val.is_unknown() || y.val.is_unknown() {
                        ConstValue::Unknown
                    } else {
                        ConstValue::Bool(result)
                    };
                    return Operand::constant(UNTYPED_BOOL, val, e);
                }
                // The operands are materialized with their (default) types.
                let (xt, yt) = (self.prog.types.default_type(x.typ), self.prog.types.default_type(y.typ));
                self.update_untyped(&x, xt);
                self.update_untyped(&y, yt);
                x.typ = xt;
                y.typ = yt;
                Operand::value(UNTYPED_BOOL, e)
            }
        }
    }

    /// What is wrong with a switch case value `x` compared with the tag (`None`: nothing).
    pub(crate) fn switch_case_error(&mut self, x: &Operand<'a>, tag: &Operand<'a>) -> Option<String> {
        self.comparison_error(x, tag, BinaryOp::Eql).map(|(_, cause)| cause)
    }

    /// What is wrong with comparing `x op y`: whether to report at `y`, and the cause.
    fn comparison_error(&mut self, x: &Operand<'a>, y: &Operand<'a>, op: BinaryOp) -> Option<(bool, String)> {
        let assignable = self.assignable_to(x, y.typ).is_ok() || self.assignable_to(y, x.typ).is_ok();
        if !assignable {
            let (xs, ys) = (self.type_string(x.typ), self.type_string(y.typ));
            return Some((true, format!("mismatched types {xs} and {ys}")));
        }
        let types = &self.prog.types;
        let (on_y, cause) = if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            if x.is_nil() || y.is_nil() {
                let other = if x.is_nil() { y.typ } else { x.typ };
                if self.has_nil(other) {
                    return None;
                }
                (true, String::new())
            } else if let Some(cause) = self.incomparable_cause(x.typ) {
                (false, cause)
            } else if let Some(cause) = self.incomparable_cause(y.typ) {
                (true, cause)
            } else {
                return None;
            }
        } else if !self.all_ordered(x.typ) {
            (false, String::new())
        } else if !self.all_ordered(y.typ) {
            (true, String::new())
        } else {
            return None;
        };
        if !cause.is_empty() {
            return Some((on_y, cause));
        }
        // No specific cause: name the operator and what it is not defined on.
        let (xp, yp) = (types.is_type_param(x.typ), types.is_type_param(y.typ));
        if xp || yp {
            let z = if !xp || on_y { y } else { x };
            let on_y = !xp || on_y;
            return Some((
                on_y,
                format!("type parameter {} cannot use operator {}", self.type_string(z.typ), op.text()),
            ));
        }
        let z = if on_y { y } else { x };
        let what = match self.composite_kind_name(z.typ) {
            "" => self.type_string(z.typ),
            k => k.to_string(),
        };
        Some((on_y, format!("operator {} not defined on {what}", op.text())))
    }

    /// gc's `compositeKind`: the kind word of a non-basic underlying type.
    fn composite_kind_name(&self, t: TypeId) -> &'static str {
        let types = &self.prog.types;
        match types.get(types.underlying(t)) {
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Signature(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            _ => "",
        }
    }

    /// Why values of `t` cannot be compared with `==`; `None` if they can. An empty string
    /// means "not comparable, no specific cause".
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> Option<String> {
        let types = &self.prog.types;
        if matches!(types.get(types.underlying(t)), Type::Slice(_) | Type::Signature(_) | Type::Map(..)) {
            return Some(format!("{} can only be compared to nil", self.composite_kind_name(t)));
        }
        self.comparable_cause(t, &mut Vec::new())
    }

    fn comparable_cause(&self, t: TypeId, seen: &mut Vec<TypeId>) -> Option<String> {
        if seen.contains(&t) {
            return None;
        }
        seen.push(t);
        let types = &self.prog.types;
        match types.get(types.underlying(t)).clone() {
            Type::Basic(k) => (k == BasicKind::UntypedNil).then(String::new),
            Type::Pointer(_) | Type::Chan(..) => None,
            Type::Struct(s) => s
                .fields
                .iter()
                .find(|f| self.comparable_cause(f.typ, seen).is_some())
                .map(|f| format!("struct containing {} cannot be compared", self.type_string(f.typ))),
            Type::Array(_, elem) => {
                self.comparable_cause(elem, seen).map(|_| format!("{} cannot be compared", self.type_string(t)))
            }
            Type::Interface(_) => {
                if !types.is_type_param(t) || types.comparable(t) {
                    return None;
                }
                Some(
                    if types.type_set(t).is_empty() { "empty type set" } else { "incomparable types in type set" }
                        .into(),
                )
            }
            _ => Some(String::new()),
        }
    }

    // ---- shifts ----

    fn shift(&mut self, mut x: Operand<'a>, mut y: Operand<'a>, e: Option<&'a Expr>, op: BinaryOp) -> Operand<'a> {
        let result_expr = e.or(x.expr).expect("shift operand");
        let types = &self.prog.types;
        // The shifted operand must be an integer, or an untyped constant representable
        // as one.
        let xval = if x.is_constant() { x.val.to_int() } else { None };
        let untyped_int_const = types.is_untyped(x.typ) && xval.is_some();
        if !(self.all_integer(x.typ) || untyped_int_const) {
            let d = self.describe(&x);
            self.error(self.at(&x), format!("{INVALID_OP}shifted operand {d} must be integer"));
            return Operand::invalid(result_expr);
        }
        // The count: an integer, or an untyped constant representable as a uint.
        let mut yval = None;
        if y.is_constant() {
            match y.val.to_int() {
                Some(i) if i.sign() == num_bigint::Sign::Minus => {
                    let d = self.describe(&y);
                    self.error(self.at(&y), format!("{INVALID_OP}negative shift count {d}"));
                    return Operand::invalid(result_expr);
                }
                Some(i) => yval = Some(i),
                None => {}
            }
            if self.prog.types.is_untyped(y.typ) {
                self.representable(&mut y, UINT);
                if y.is_invalid() {
                    return Operand::invalid(result_expr);
                }
            }
        } else if self.all_integer(y.typ) {
        } else if self.prog.types.is_untyped(y.typ) {
            self.convert_untyped(&mut y, UINT);
            if y.is_invalid() {
                return Operand::invalid(result_expr);
            }
        } else {
            let d = self.describe(&y);
            self.error(self.at(&y), format!("{INVALID_OP}shift count {d} must be integer"));
            return Operand::invalid(result_expr);
        }
        if x.is_constant() {
            if y.is_constant() {
                if x.val.is_unknown() || y.val.is_unknown() {
                    x.val = ConstValue::Unknown;
                    x.expr = Some(result_expr);
                    if !self.prog.types.basic(x.typ).is_some_and(|k| k.is_integer()) {
                        x.typ = UNTYPED_INT;
                    }
                    return x;
                }
                // Counts are bounded so that the smallest float64 stays expressible.
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let count = yval.as_ref().and_then(|c| u64::try_from(c).ok()).filter(|&c| c <= SHIFT_BOUND);
                let Some(count) = count else {
                    let d = self.describe(&y);
                    self.error(self.at(&y), format!("{INVALID_OP}invalid shift count {d}"));
                    return Operand::invalid(result_expr);
                };
                if !self.prog.types.basic(x.typ).is_some_and(|k| k.is_integer()) {
                    x.typ = UNTYPED_INT;
                }
                let xi = xval.expect("integer shift operand");
                x.val = constant::shift(&xi, op == BinaryOp::Shl, count).unwrap_or(ConstValue::Unknown);
                x.expr = Some(result_expr);
                let pos = e.map_or(result_expr.span.lo, |e| self.op_pos(e));
                if x.val.is_unknown() {
                    self.error(pos, "constant shift overflow");
                    return x;
                }
                self.overflow(&mut x, pos);
                return x;
            }
            if self.prog.types.is_untyped(x.typ) {
                // A non-constant shift of an untyped constant: the constant gets the type
                // the whole shift gets from its context; checked then.
                if let Some(lhs) = x.expr {
                    self.shift_lhs.insert(lhs.id);
                }
                return Operand::new(Mode::Value, x.typ, ConstValue::Unknown, Some(result_expr));
            }
        }
        if !self.all_integer(x.typ) {
            let d = self.describe(&x);
            self.error(self.at(&x), format!("{INVALID_OP}shifted operand {d} must be integer"));
            return Operand::invalid(result_expr);
        }
        Operand::new(Mode::Value, x.typ, ConstValue::Unknown, Some(result_expr))
    }
}
