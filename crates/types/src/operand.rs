//! Operands: what checking an expression yields, and how gc describes one in a message:
//! `x (variable of type int)`, `"a" (untyped string constant)`, `c (constant 5 of int type
//! MyInt)`, `f() (value of struct type T)`, `nil`.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::types::*;
use gorun_syntax::ast::Expr;

#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: Mode,
    pub typ: TypeId,
    /// The value of a constant operand (`Unknown` otherwise).
    pub val: ConstValue,
    /// The expression the operand comes from, for messages and recording.
    pub expr: Option<&'a Expr>,
    /// For a value that has no expression of its own (one result of a multi-value call,
    /// the "ok" of a comma-ok expression): how gc names it in messages.
    pub synthetic: Option<Synthetic>,
}

/// The names gc gives values without expressions of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Synthetic {
    /// The n-th (from 1) result of a call: "1st function result".
    Result(u32),
    /// "ok value of (comma, ok) expression".
    CommaOk,
}

impl std::fmt::Display for Synthetic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Synthetic::Result(n) => {
                let suffix = match (n % 100, n % 10) {
                    (11..=13, _) => "th",
                    (_, 1) => "st",
                    (_, 2) => "nd",
                    (_, 3) => "rd",
                    _ => "th",
                };
                write!(f, "{n}{suffix} function result")
            }
            Synthetic::CommaOk => f.write_str("ok value of (comma, ok) expression"),
        }
    }
}

impl<'a> Operand<'a> {
    pub fn new(mode: Mode, typ: TypeId, val: ConstValue, expr: Option<&'a Expr>) -> Operand<'a> {
        Operand { mode, typ, val, expr, synthetic: None }
    }

    pub fn invalid(expr: &'a Expr) -> Operand<'a> {
        Operand::new(Mode::Invalid, INVALID, ConstValue::Unknown, Some(expr))
    }

    pub fn value(typ: TypeId, expr: &'a Expr) -> Operand<'a> {
        Operand::new(Mode::Value, typ, ConstValue::Unknown, Some(expr))
    }

    pub fn constant(typ: TypeId, val: ConstValue, expr: &'a Expr) -> Operand<'a> {
        Operand::new(Mode::Constant, typ, val, Some(expr))
    }

    /// A value named by gc's words for it (see [`Synthetic`]), positioned at `at`.
    pub fn synthetic(typ: TypeId, what: Synthetic, at: &'a Expr) -> Operand<'a> {
        Operand { synthetic: Some(what), ..Operand::value(typ, at) }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }

    pub fn is_constant(&self) -> bool {
        self.mode == Mode::Constant
    }

    pub fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }
}

impl<'a> Checker<'a> {
    /// gc's description of an operand in messages.
    pub(crate) fn describe(&self, x: &Operand<'_>) -> String {
        if x.is_nil() {
            return match x.typ {
                INVALID => "nil (with invalid type)".to_string(),
                UNTYPED_NIL => "nil".to_string(),
                t => format!("nil (of type {})", self.type_string(t)),
            };
        }
        let expr = match (x.synthetic, x.expr) {
            (Some(s), _) => s.to_string(),
            (None, Some(e)) => self.expr_string(e),
            (None, None) => match x.mode {
                Mode::TypeExpr => self.type_string(x.typ),
                Mode::Constant => x.val.to_string(),
                _ => String::new(),
            },
        };
        let mut out = String::new();
        if !expr.is_empty() {
            out.push_str(&expr);
            out.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.prog.types.is_untyped(x.typ) {
                    out.push_str(self.type_string(x.typ).as_str());
                    out.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        out.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value | Mode::Nil => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Constant {
            let s = x.val.to_string();
            if s != expr {
                out.push(' ');
                out.push_str(&s);
            }
        }
        if has_type {
            if x.typ == INVALID {
                out.push_str(" with invalid type");
            } else {
                let types = &self.prog.types;
                let mut desc = String::new();
                if types.named(x.typ).is_some_and(|n| !n.tparams.is_empty() && n.targs.is_empty()) {
                    desc.push_str("generic ");
                }
                let is_param = types.is_type_param(x.typ);
                if !is_param && matches!(types.get(x.typ), Type::Named(_) | Type::Alias(..)) {
                    desc.push_str(&self.composite_kind(x.typ));
                    desc.push(' ');
                }
                out.push_str(" of ");
                out.push_str(&desc);
                out.push_str("type ");
                out.push_str(&self.type_string(x.typ));
                if is_param && let Type::TypeParam(p) = types.get(types.unalias(x.typ)) {
                    out.push_str(" constrained by ");
                    out.push_str(&self.type_string(p.constraint));
                }
            }
        }
        if !expr.is_empty() {
            out.push(')');
        }
        out
    }

    /// The kind of a named type's underlying type, as gc names it: `struct`, `map`, `func`,
    /// …, or the basic type's name.
    pub(crate) fn composite_kind(&self, t: TypeId) -> String {
        let types = &self.prog.types;
        match types.get(types.underlying(t)) {
            Type::Basic(k) => k.name().to_string(),
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Signature(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            Type::Tuple(_) => "tuple".into(),
            Type::Union(_) => "union".into(),
            _ => String::new(),
        }
    }

    /// Records the operand's type (and value) for its expression.
    pub(crate) fn record(&mut self, x: &Operand<'_>) {
        let Some(e) = x.expr else { return };
        if x.mode == Mode::Invalid {
            return;
        }
        let value = if x.mode == Mode::Constant { Some(x.val.clone()) } else { None };
        self.prog.info.record(e.id, TypeAndValue { mode: x.mode, typ: x.typ, value });
    }
}
