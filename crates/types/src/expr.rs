//! Expressions: identifiers, literals, operators, selectors, indexes, slices, assertions.
//!
//! Every expression is checked to an [`Operand`] and its type (and constant value) is
//! recorded by `NodeId`. Untyped operands keep their untyped type until the context gives
//! them one (assignment, an operand of a binary operator, a conversion); then the recorded
//! types of the untyped expression tree are updated (`update_untyped`), so that later stages
//! see every expression with its final type.

use crate::check::Checker;
use crate::constant::{self, ConstValue};
use crate::info::{Mode, TypeAndValue};
use crate::object::{ObjKind, VarInfo};
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{Expr, ExprKind, LitKind};
use gorun_syntax::intern::Symbol;

impl<'a> Checker<'a> {
    /// A single value (a type, a builtin, no value or several values is an error).
    pub(crate) fn expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.single_value(&mut x);
        self.exclude_non_values(&mut x);
        x
    }

    /// A value or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.single_value(&mut x);
        if x.mode == Mode::NoValue {
            let d = self.expr_string(e);
            self.error(e.span.lo, format!("{d} (no value) used as value"));
            x.mode = Mode::Invalid;
        }
        x
    }

    /// A value that may be a tuple (the right side of `a, b := f()`).
    pub(crate) fn multi_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude_non_values(&mut x);
        x
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value
            && let Type::Tuple(_) = self.prog.types.get(x.typ)
        {
            let e = x.expr.expect("operand of an expression");
            let s = self.expr_string(e);
            let t = self.type_string(x.typ);
            self.error(e.span.lo, format!("multiple-value {s} (value of type {t}) in single-value context"));
            x.mode = Mode::Invalid;
        }
    }

    pub(crate) fn exclude_non_values(&mut self, x: &mut Operand<'a>) {
        let Some(e) = x.expr else { return };
        match x.mode {
            Mode::TypeExpr => {
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("{s} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(_) => {
                self.error(e.span.lo, format!("{} (built-in) must be called", self.expr_string(e)));
                x.mode = Mode::Invalid;
            }
            Mode::NoValue => {
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("{s} (no value) used as value"));
                x.mode = Mode::Invalid;
            }
            _ => {}
        }
    }

    /// Checks an expression of any kind and records the result.
    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.expr_kind(e, hint);
        self.record(&x);
        x
    }

    fn expr_kind(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Ident(sym) => self.ident(e, *sym, false),
            ExprKind::BasicLit(kind) => {
                let text = self.text(e.span);
                let (typ, val) = match kind {
                    LitKind::Int => (UNTYPED_INT, constant::parse_number(text)),
                    LitKind::Float => (UNTYPED_FLOAT, constant::parse_number(text)),
                    LitKind::Imag => (UNTYPED_COMPLEX, constant::parse_number(text)),
                    LitKind::Char => (UNTYPED_RUNE, constant::parse_rune(text)),
                    LitKind::String => (UNTYPED_STRING, constant::parse_string(text)),
                };
                if let ConstValue::Int(i) = &val
                    && i.bits() > constant::MAX_INT_BITS
                {
                    self.error(e.span.lo, "integer constant overflow");
                    return Operand::invalid(e);
                }
                Operand::constant(typ, val, e)
            }
            ExprKind::CompositeLit(c) => self.composite_lit(e, c, hint),
            ExprKind::FuncLit(f) => self.func_lit(e, f),
            ExprKind::Paren(inner) => {
                let mut x = self.raw_expr(inner, hint);
                x.expr = Some(e);
                x
            }
            ExprKind::Selector(base, sel) => self.selector(e, base, *sel),
            ExprKind::Index(ix) => self.index_expr(e, ix, hint),
            ExprKind::Slice(s) => self.slice_expr(e, s),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call(c) => self.call(e, c),
            ExprKind::Star(inner) => self.star(e, inner),
            ExprKind::Unary(op, inner) => self.unary(e, *op, inner, hint),
            ExprKind::Binary(op, l, r) => self.binary(Some(e), *op, l, r),
            ExprKind::KeyValue(..) => {
                self.error(e.span.lo, "unexpected key:value expression");
                Operand::invalid(e)
            }
            ExprKind::ArrayType(..)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.type_expr(e);
                if t == INVALID {
                    return Operand::invalid(e);
                }
                Operand::new(Mode::TypeExpr, t, ConstValue::Unknown, Some(e))
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span.lo, "invalid use of ...");
                Operand::invalid(e)
            }
        }
    }

    /// An identifier; `want_type` where only a type may appear.
    pub(crate) fn ident(&mut self, e: &'a Expr, sym: Symbol, want_type: bool) -> Operand<'a> {
        if sym == Symbol(0) {
            self.error(e.span.lo, "cannot use _ as value or type");
            return Operand::invalid(e);
        }
        let Some((scope, obj)) = self.prog.scopes.lookup(self.scope, sym) else {
            let name = self.name(sym);
            self.error(e.span.lo, format!("undefined: {name}"));
            return Operand::invalid(e);
        };
        self.prog.info.uses.insert(e.id, obj);
        if want_type && !matches!(self.prog.objects.get(obj).kind, ObjKind::TypeName) {
            let (name, kind) = (self.name(sym), self.object_kind(obj));
            self.error(e.span.lo, format!("{name} ({kind}) is not a type"));
            self.mark_used(obj);
            return Operand::invalid(e);
        }
        // Package-level objects: make sure their declaration is checked; record the
        // dependency for initialization order.
        let pkg_level = self.prog.objects.get(obj).pkg == Some(self.pkg) && self.decls.contains_key(&obj);
        if pkg_level {
            self.obj_decl(obj);
            self.add_decl_dep(obj);
        }
        let o = self.prog.objects.get(obj);
        let typ = o.typ;
        match o.kind.clone() {
            ObjKind::Var(_) => {
                self.mark_used(obj);
                // A variable of an enclosing function, used in a function literal.
                if let Some(&lit_scope) = self.ctx.func_scopes.last()
                    && !self.scope_within(scope, lit_scope)
                    && !self.prog.objects.get(obj).var().is_some_and(|v| v.global)
                    && let Some(v) = self.prog.objects.get_mut(obj).var_mut()
                {
                    v.captured = true;
                }
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                Operand::new(Mode::Variable, typ, ConstValue::Unknown, Some(e))
            }
            ObjKind::Const(val) => {
                if obj == self.prog.universe.iota {
                    return match self.ctx.iota.clone() {
                        Some(v) => Operand::constant(UNTYPED_INT, v, e),
                        None => {
                            self.error(e.span.lo, "cannot use iota outside constant declaration");
                            Operand::invalid(e)
                        }
                    };
                }
                if typ == INVALID || val.is_unknown() {
                    return Operand::invalid(e);
                }
                Operand::constant(typ, val, e)
            }
            ObjKind::TypeName => {
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                Operand::new(Mode::TypeExpr, typ, ConstValue::Unknown, Some(e))
            }
            ObjKind::Func(_) => {
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                if self.name(sym) == "init" && self.prog.objects.get(obj).pkg == Some(self.pkg) && pkg_level {
                    self.error(e.span.lo, "cannot refer to init");
                }
                Operand::value(typ, e)
            }
            ObjKind::PkgName(_) => {
                self.used_pkgnames.insert(obj);
                let name = self.name(sym);
                self.error(e.span.lo, format!("use of package {name} not in selector"));
                Operand::invalid(e)
            }
            ObjKind::Builtin(b) => Operand::new(Mode::Builtin(b), INVALID, ConstValue::Unknown, Some(e)),
            ObjKind::Nil => Operand::new(Mode::Nil, UNTYPED_NIL, ConstValue::Unknown, Some(e)),
            ObjKind::Label => Operand::invalid(e),
        }
    }

    /// Records that the package-level declaration being checked refers to `obj` (a
    /// package-level variable, constant, function or method), for initialization order.
    pub(crate) fn add_decl_dep(&mut self, obj: crate::object::ObjId) {
        let Some(current) = self.ctx.decl_obj else { return };
        if !self.decls.contains_key(&obj) {
            return;
        }
        if matches!(self.prog.objects.get(obj).kind, ObjKind::Var(_) | ObjKind::Func(_) | ObjKind::Const(_)) {
            self.deps.entry(current).or_default().push(obj);
        }
    }

    /// How gc names the kind of an object in messages.
    pub(crate) fn object_kind(&self, obj: crate::object::ObjId) -> &'static str {
        let o = self.prog.objects.get(obj);
        match &o.kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => match self.prog.types.get(o.typ) {
                Type::Alias(..) => "type alias",
                Type::TypeParam(_) => "type parameter",
                _ => "defined type",
            },
            ObjKind::Var(v) if v.field => "struct field",
            ObjKind::Var(v) if v.param => "parameter",
            ObjKind::Var(v) if v.global => "package-level variable",
            ObjKind::Var(_) => "local variable",
            ObjKind::Func(f) if f.method => "method",
            ObjKind::Func(_) => "function",
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    pub(crate) fn mark_used(&mut self, obj: crate::object::ObjId) {
        if let Some(v) = self.prog.objects.get_mut(obj).var_mut() {
            v.used = true;
        }
    }

    fn scope_within(&self, mut s: crate::scope::ScopeId, outer: crate::scope::ScopeId) -> bool {
        loop {
            if s == outer {
                return true;
            }
            match self.prog.scopes.get(s).parent {
                Some(p) => s = p,
                None => return false,
            }
        }
    }

    // ---- operators ----

    /// Notes that a variable's address is taken (it must live in a heap cell).
    pub(crate) fn mark_address_taken(&mut self, e: &Expr) {
        let mut e = e;
        loop {
            match &e.kind {
                ExprKind::Paren(inner) => e = inner,
                ExprKind::Selector(base, _) if self.prog.info.selections.get(&e.id).is_some_and(|s| !s.indirect) => {
                    e = base
                }
                ExprKind::Index(ix)
                    if matches!(
                        self.prog.types.get(self.prog.types.underlying(self.expr_type(&ix.x))),
                        Type::Array(..)
                    ) =>
                {
                    e = &ix.x
                }
                _ => break,
            }
        }
        if let ExprKind::Ident(_) = e.kind
            && let Some(&obj) = self.prog.info.uses.get(&e.id)
            && let Some(v) = self.prog.objects.get_mut(obj).var_mut()
        {
            v.address_taken = true;
        }
    }

    /// The recorded type of an already checked expression.
    pub(crate) fn expr_type(&self, e: &Expr) -> TypeId {
        self.prog.info.expr(e.id).map_or(INVALID, |tv| tv.typ)
    }

    // ---- type predicates over type sets ----

    /// Whether every type of `t`'s type set (just `t` for other types) has a basic
    /// underlying type satisfying `pred`; false for a type set without specific types.
    fn all_basic(&self, t: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        let types = &self.prog.types;
        types.under_is(t, |u| u.and_then(|u| types.basic(u)).is_some_and(&pred))
    }

    pub(crate) fn all_numeric(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_numeric)
    }

    pub(crate) fn all_integer(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_integer)
    }

    pub(crate) fn all_boolean(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_boolean)
    }

    pub(crate) fn all_string(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_string)
    }

    pub(crate) fn all_ordered(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_ordered)
    }

    /// Whether values of `t` can be `nil` (for a type parameter: every type of its set).
    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        let types = &self.prog.types;
        let nillable = |u: TypeId| {
            matches!(
                types.get(u),
                Type::Pointer(_)
                    | Type::Slice(_)
                    | Type::Map(..)
                    | Type::Chan(..)
                    | Type::Signature(_)
                    | Type::Interface(_)
                    | Type::Basic(BasicKind::UnsafePointer)
            )
        };
        if types.is_type_param(t) {
            return types.type_set(t).terms.is_some() && types.under_is(t, |u| u.is_some_and(nillable));
        }
        nillable(types.underlying(t))
    }

    /// Whether values of `t` can be compared with `==` (interfaces included; type
    /// parameters by their type sets).
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.prog.types.comparable(t)
    }
}

pub(crate) fn strip_parens(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

#[allow(dead_code)]
fn unused(_: VarInfo, _: TypeAndValue) {}
