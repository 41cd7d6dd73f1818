//! Expressions: identifiers, literals, operators, selectors, indexes, slices, assertions.
//!
//! Every expression is checked to an [`Operand`] and its type (and constant value) is
//! recorded by `NodeId`. Untyped operands keep their untyped type until the context gives
//! them one (assignment, an operand of a binary operator, a conversion); then the recorded
//! types of the untyped expression tree are updated (`update_untyped`), so that later stages
//! see every expression with its final type.

use crate::check::Checker;
use crate::constant::{self, ArithError, ConstValue, RepresentError};
use crate::info::{Mode, TypeAndValue};
use crate::object::{ObjKind, VarInfo};
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
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

    fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value {
            if let Type::Tuple(ts) = self.prog.types.get(x.typ) {
                let n = ts.len();
                let _ = n;
                let e = x.expr.expect("operand of an expression");
                let s = self.expr_string(e);
                let t = self.type_string(x.typ);
                self.error(e.span.lo, format!("multiple-value {s} (value of type {t}) in single-value context"));
                x.mode = Mode::Invalid;
            }
        }
    }

    fn exclude_non_values(&mut self, x: &mut Operand<'a>) {
        let Some(e) = x.expr else { return };
        match x.mode {
            Mode::TypeExpr => {
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("{s} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(b) => {
                self.error(e.span.lo, format!("{} (built-in function {}) must be called", self.expr_string(e), b.name()));
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
            ExprKind::Ident(sym) => self.ident(e, *sym),
            ExprKind::BasicLit(kind) => {
                let text = self.text(e.span);
                let (typ, val) = match kind {
                    LitKind::Int => (UNTYPED_INT, constant::parse_number(text)),
                    LitKind::Float => (UNTYPED_FLOAT, constant::parse_number(text)),
                    LitKind::Imag => (UNTYPED_COMPLEX, constant::parse_number(text)),
                    LitKind::Char => (UNTYPED_RUNE, constant::parse_rune(text)),
                    LitKind::String => (UNTYPED_STRING, constant::parse_string(text)),
                };
                if let ConstValue::Int(i) = &val {
                    if i.bits() > constant::MAX_INT_BITS {
                        self.error(e.span.lo, "integer constant overflow");
                        return Operand::invalid(e);
                    }
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
            ExprKind::Call(c) => self.call(e, c, hint),
            ExprKind::Star(inner) => {
                let mut x = self.expr_or_type(inner, None);
                match x.mode {
                    Mode::Invalid => Operand::invalid(e),
                    Mode::TypeExpr => {
                        let t = self.prog.types.pointer(x.typ);
                        Operand { mode: Mode::TypeExpr, typ: t, val: ConstValue::Unknown, expr: Some(e) }
                    }
                    _ => {
                        if x.is_nil() {
                            self.error(e.span.lo, "invalid operation: cannot indirect nil");
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
                                self.error(e.span.lo, format!("invalid operation: cannot indirect {d}"));
                                Operand::invalid(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, inner) => self.unary(e, *op, inner, hint),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r, hint),
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
                Operand { mode: Mode::TypeExpr, typ: t, val: ConstValue::Unknown, expr: Some(e) }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span.lo, "invalid use of ...");
                Operand::invalid(e)
            }
        }
    }

    fn ident(&mut self, e: &'a Expr, sym: Symbol) -> Operand<'a> {
        if sym == Symbol(0) {
            self.error(e.span.lo, "cannot use _ as value");
            return Operand::invalid(e);
        }
        let Some((scope, obj)) = self.prog.scopes.lookup(self.scope, sym) else {
            let name = self.name(sym);
            self.error(e.span.lo, format!("undefined: {name}"));
            return Operand::invalid(e);
        };
        self.prog.info.uses.insert(e.id, obj);
        // Package-level objects: make sure their declaration is checked; record the
        // dependency for initialization order.
        let pkg_level = self.prog.objects.get(obj).pkg == Some(self.pkg) && self.decls.contains_key(&obj);
        if pkg_level {
            self.obj_decl(obj);
            if let Some(current) = self.ctx.decl_obj {
                if matches!(self.prog.objects.get(obj).kind, ObjKind::Var(_) | ObjKind::Func(_) | ObjKind::Const(_)) {
                    self.deps.entry(current).or_default().push(obj);
                }
            }
        }
        let o = self.prog.objects.get(obj);
        let typ = o.typ;
        match o.kind.clone() {
            ObjKind::Var(_) => {
                self.mark_used(obj);
                // A variable of an enclosing function, used in a function literal.
                if let Some(&lit_scope) = self.ctx.func_scopes.last() {
                    if !self.scope_within(scope, lit_scope) && !self.prog.objects.get(obj).var().is_some_and(|v| v.global) {
                        if let Some(v) = self.prog.objects.get_mut(obj).var_mut() {
                            v.captured = true;
                        }
                    }
                }
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                Operand { mode: Mode::Variable, typ, val: ConstValue::Unknown, expr: Some(e) }
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
                Operand { mode: Mode::TypeExpr, typ, val: ConstValue::Unknown, expr: Some(e) }
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
                self.error(e.span.lo, format!("use of package {name} without selector"));
                Operand::invalid(e)
            }
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(b), typ: INVALID, val: ConstValue::Unknown, expr: Some(e) },
            ObjKind::Nil => Operand::value(UNTYPED_NIL, e),
            ObjKind::Label => Operand::invalid(e),
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

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, inner: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        if op == UnaryOp::Addr {
            return self.address_of(e, inner, hint);
        }
        if op == UnaryOp::Recv {
            return self.receive(e, inner);
        }
        if op == UnaryOp::Tilde {
            self.error(e.span.lo, "cannot use ~ outside of interface or type constraint");
            self.expr(inner, None);
            return Operand::invalid(e);
        }
        let mut x = self.expr(inner, hint);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        x.expr = Some(e);
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.all_numeric(x.typ),
            UnaryOp::Xor => self.all_integer(x.typ),
            UnaryOp::Not => self.all_boolean(x.typ),
            _ => false,
        };
        if !ok {
            let d = self.describe(&Operand { expr: Some(inner), ..x.clone() });
            self.error(e.span.lo, format!("invalid operation: operator {} not defined on {d}", op.text()));
            return Operand::invalid(e);
        }
        if x.is_constant() {
            x.val = match op {
                UnaryOp::Pos => x.val.clone(),
                UnaryOp::Neg => constant::negate(&x.val),
                UnaryOp::Not => ConstValue::Bool(!x.val.as_bool().unwrap_or(false)),
                UnaryOp::Xor => {
                    let bits = self.prog.types.basic(x.typ).filter(|k| k.is_unsigned()).map(|k| k.bits());
                    match x.val.to_int() {
                        Some(i) => ConstValue::Int(constant::complement(&i, bits)),
                        None => ConstValue::Unknown,
                    }
                }
                _ => x.val.clone(),
            };
            self.check_typed_overflow(&mut x, e);
        } else {
            x.mode = Mode::Value;
        }
        x
    }

    fn address_of(&mut self, e: &'a Expr, inner: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        // &T{…}: the hint is a pointer type whose element guides the literal.
        let inner_hint = hint.and_then(|h| match self.prog.types.get(self.prog.types.underlying(h)) {
            Type::Pointer(elem) => Some(*elem),
            _ => None,
        });
        let unparen = strip_parens(inner);
        let x = self.expr(inner, inner_hint);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if x.mode != Mode::Variable && !matches!(unparen.kind, ExprKind::CompositeLit(_)) {
            let d = self.describe(&x);
            self.error(e.span.lo, format!("invalid operation: cannot take address of {d}"));
            return Operand::invalid(e);
        }
        self.mark_address_taken(unparen);
        let t = self.prog.types.pointer(x.typ);
        Operand::value(t, e)
    }

    /// Notes that a variable's address is taken (it must live in a heap cell).
    pub(crate) fn mark_address_taken(&mut self, e: &Expr) {
        let mut e = e;
        loop {
            match &e.kind {
                ExprKind::Paren(inner) => e = inner,
                ExprKind::Selector(base, _) if self.prog.info.selections.get(&e.id).is_some_and(|s| !s.indirect) => e = base,
                ExprKind::Index(ix) if matches!(self.prog.types.get(self.prog.types.underlying(self.expr_type(&ix.x))), Type::Array(..)) => {
                    e = &ix.x
                }
                _ => break,
            }
        }
        if let ExprKind::Ident(_) = e.kind {
            if let Some(&obj) = self.prog.info.uses.get(&e.id) {
                if let Some(v) = self.prog.objects.get_mut(obj).var_mut() {
                    v.address_taken = true;
                }
            }
        }
    }

    /// The recorded type of an already checked expression.
    pub(crate) fn expr_type(&self, e: &Expr) -> TypeId {
        self.prog.info.expr(e.id).map_or(INVALID, |tv| tv.typ)
    }

    fn receive(&mut self, e: &'a Expr, inner: &'a Expr) -> Operand<'a> {
        let x = self.expr(inner, None);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let u = self.core_type(x.typ);
        match self.prog.types.get(u) {
            Type::Chan(dir, elem) => {
                if *dir == ChanDir::Send {
                    let d = self.describe(&x);
                    self.error(e.span.lo, format!("invalid operation: cannot receive from send-only channel {d}"));
                    return Operand::invalid(e);
                }
                let elem = *elem;
                Operand { mode: Mode::CommaOk, typ: elem, val: ConstValue::Unknown, expr: Some(e) }
            }
            _ => {
                let d = self.describe(&x);
                self.error(e.span.lo, format!("invalid operation: cannot receive from non-channel {d}"));
                Operand::invalid(e)
            }
        }
    }

    fn binary(&mut self, e: &'a Expr, op: BinaryOp, l: &'a Expr, r: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, l, r, hint);
        }
        let mut x = self.expr(l, None);
        let mut y = self.expr(r, None);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq) {
            return self.comparison(e, op, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if !self.prog.types.identical(x.typ, y.typ) {
            let (xs, ys) = (self.type_string(x.typ), self.type_string(y.typ));
            let s = self.expr_string(e);
            self.error(x.expr.map_or(e.span.lo, |x| x.span.lo), format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            return Operand::invalid(e);
        }
        if !self.op_defined(op, x.typ) {
            let d = self.describe(&x);
            let what = if matches!(op, BinaryOp::AndAnd | BinaryOp::OrOr) { "" } else { "" };
            let _ = what;
            self.error(l.span.lo, format!("invalid operation: operator {} not defined on {d}", op.text()));
            return Operand::invalid(e);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && y.is_constant()
            && y.val.is_zero()
            && (x.is_constant() || self.all_integer(x.typ))
        {
            self.error(r.span.lo, "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if x.is_constant() && y.is_constant() {
            let int_div = self.all_integer(x.typ);
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
                (BinaryOp::AndAnd, _) => Ok(ConstValue::Bool(x.val.as_bool() == Some(true) && y.val.as_bool() == Some(true))),
                (BinaryOp::OrOr, _) => Ok(ConstValue::Bool(x.val.as_bool() == Some(true) || y.val.as_bool() == Some(true))),
                (BinaryOp::Add, _) if matches!(x.val, ConstValue::String(_)) => {
                    let mut s = x.val.as_bytes().unwrap_or(&[]).to_vec();
                    s.extend_from_slice(y.val.as_bytes().unwrap_or(&[]));
                    Ok(ConstValue::string(&s))
                }
                (_, Some(cop)) => constant::binary(cop, &x.val, &y.val, int_div),
                _ => Ok(ConstValue::Unknown),
            };
            match val {
                Ok(v) => {
                    // An untyped integer divided by an untyped integer stays an integer.
                    let typ = if self.prog.types.is_untyped(x.typ) { self.untyped_kind_of(&v, x.typ) } else { x.typ };
                    let mut z = Operand { mode: Mode::Constant, typ, val: v, expr: Some(e) };
                    self.check_typed_overflow(&mut z, e);
                    return z;
                }
                Err(ArithError::DivisionByZero) => {
                    self.error(r.span.lo, "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
                Err(ArithError::Overflow) => {
                    let s = self.expr_string(e);
                    self.error(e.span.lo, format!("constant {s} overflow"));
                    return Operand::invalid(e);
                }
            }
        }
        Operand::value(x.typ, e)
    }

    /// The untyped type of a folded constant: the operands' kind (int stays int).
    fn untyped_kind_of(&self, v: &ConstValue, operand_type: TypeId) -> TypeId {
        match v {
            ConstValue::Bool(_) => UNTYPED_BOOL,
            ConstValue::String(_) => UNTYPED_STRING,
            ConstValue::Float(_) if operand_type == UNTYPED_INT || operand_type == UNTYPED_RUNE => UNTYPED_FLOAT,
            _ => operand_type,
        }
    }

    /// A typed constant must stay representable in its type: `c + 1` with `c uint8 = 255`.
    pub(crate) fn check_typed_overflow(&mut self, x: &mut Operand<'a>, e: &'a Expr) {
        if !x.is_constant() || self.prog.types.is_untyped(x.typ) {
            return;
        }
        if let Some(repr) = self.repr_of(x.typ) {
            match x.val.represent(repr) {
                Ok(v) => x.val = v,
                Err(_) => {
                    let s = self.expr_string(e);
                    let t = self.type_string(x.typ);
                    let v = x.val.to_string();
                    self.error(e.span.lo, format!("constant {v} overflows {t}"));
                    let _ = s;
                    x.mode = Mode::Invalid;
                }
            }
        }
    }

    /// Gives two operands of a binary operation a common type: an untyped operand takes the
    /// other's type; two untyped numeric operands take the larger kind.
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let (xu, yu) = (self.prog.types.is_untyped(x.typ), self.prog.types.is_untyped(y.typ));
        if xu && !yu {
            self.implicit_convert(x, y.typ);
        } else if yu && !xu {
            self.implicit_convert(y, x.typ);
        } else if xu && yu {
            let kx = self.prog.types.basic(x.typ).unwrap_or(BasicKind::Invalid);
            let ky = self.prog.types.basic(y.typ).unwrap_or(BasicKind::Invalid);
            if kx.is_numeric() && ky.is_numeric() {
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 0,
                    BasicKind::UntypedRune => 1,
                    BasicKind::UntypedFloat => 2,
                    _ => 3,
                };
                let target = if rank(kx) >= rank(ky) { x.typ } else { y.typ };
                x.typ = target;
                y.typ = target;
                if let Some(k) = x.val.num_kind().max(y.val.num_kind()) {
                    x.val = x.val.to_kind(k);
                    y.val = y.val.to_kind(k);
                }
            }
        }
    }

    /// Converts an untyped operand to `target` where Go does so implicitly (operands of
    /// binary operators, assignment); reports what cannot be represented.
    pub(crate) fn implicit_convert(&mut self, x: &mut Operand<'a>, target: TypeId) {
        if x.is_invalid() || !self.prog.types.is_untyped(x.typ) || target == INVALID {
            return;
        }
        let types = &self.prog.types;
        // Untyped nil: only to pointers, slices, maps, channels, functions, interfaces,
        // unsafe.Pointer (and type parameters whose type set has only such types).
        if x.typ == UNTYPED_NIL {
            if !self.has_nil(target) {
                let d = self.describe(x);
                let t = self.type_string(target);
                self.error(x.expr.map_or(gorun_syntax::source::Pos(0), |e| e.span.lo), format!("cannot convert {d} to type {t}"));
                x.mode = Mode::Invalid;
                return;
            }
            x.typ = target;
            self.update_untyped(x, target);
            return;
        }
        if types.is_interface(target) && !types.is_type_param(target) {
            // An untyped constant assigned to an interface takes its default type.
            let d = types.default_type(x.typ);
            if !self.interface_has_no_methods_or_satisfied(target, d) {
                return;
            }
            self.convert_untyped_to(x, d);
            return;
        }
        self.convert_untyped_to(x, target);
    }

    fn interface_has_no_methods_or_satisfied(&self, _iface: TypeId, _t: TypeId) -> bool {
        true
    }

    /// Converts an untyped constant or value to a typed basic target.
    fn convert_untyped_to(&mut self, x: &mut Operand<'a>, target: TypeId) {
        let types = &self.prog.types;
        let Some(tk) = types.basic(target) else {
            // Non-basic target (a struct, a slice, …): an untyped operand never fits.
            let d = self.describe(x);
            let t = self.type_string(target);
            self.error(x.expr.map_or(gorun_syntax::source::Pos(0), |e| e.span.lo), format!("cannot convert {d} to type {t}"));
            x.mode = Mode::Invalid;
            return;
        };
        if types.is_type_param(target) {
            // Each type of the type set must accept the constant; checked per term.
            x.typ = target;
            self.update_untyped(x, target);
            return;
        }
        let xk = types.basic(x.typ).unwrap_or(BasicKind::Invalid);
        let compatible = match xk {
            BasicKind::UntypedBool => tk.is_boolean(),
            BasicKind::UntypedString => tk.is_string(),
            BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex => tk.is_numeric(),
            _ => false,
        };
        if !compatible {
            let d = self.describe(x);
            let t = self.type_string(target);
            let at = x.expr.map_or(gorun_syntax::source::Pos(0), |e| e.span.lo);
            self.error(at, format!("cannot convert {d} to type {t}"));
            x.mode = Mode::Invalid;
            return;
        }
        if x.is_constant() {
            if let Some(repr) = self.repr_of(target) {
                match x.val.represent(repr) {
                    Ok(v) => x.val = v,
                    Err(err) => {
                        let at = x.expr.map_or(gorun_syntax::source::Pos(0), |e| e.span.lo);
                        let d = self.describe(x);
                        let t = self.type_string(target);
                        let msg = match err {
                            RepresentError::Truncated => format!("{d} truncated to {t}"),
                            RepresentError::Overflow if xk == BasicKind::UntypedFloat || xk == BasicKind::UntypedComplex => {
                                format!("{d} overflows {t}")
                            }
                            RepresentError::Overflow => format!("{d} overflows {t}"),
                            RepresentError::NotNumeric => format!("cannot convert {d} to type {t}"),
                        };
                        let _ = msg;
                        let v = x.val.to_string();
                        let text = x.expr.map(|e| self.expr_string(e)).unwrap_or_default();
                        let what = if text == v { format!("{v}") } else { format!("{text} (untyped {} constant {v})", untyped_word(xk)) };
                        let msg = match err {
                            RepresentError::Truncated => format!("cannot use {what} as {t} value in {} (truncated)", "assignment"),
                            _ => format!("cannot use {what} as {t} value in {} (overflows)", "assignment"),
                        };
                        let _ = msg;
                        // gc's wording for an operand converted by an operator.
                        let msg = match err {
                            RepresentError::Truncated => format!("{} truncated to {t}", self.describe(x)),
                            _ => format!("{} overflows {t}", self.describe(x)),
                        };
                        self.error(at, msg);
                        x.mode = Mode::Invalid;
                        return;
                    }
                }
            }
        }
        x.typ = target;
        self.update_untyped(x, target);
    }

    /// The constant representation limits of a basic type.
    pub(crate) fn repr_of(&self, t: TypeId) -> Option<constant::Repr> {
        use constant::Repr;
        let k = self.prog.types.basic(t)?.canonical();
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

    /// After an untyped operand got its final type, updates the recorded types of its
    /// untyped expression tree.
    pub(crate) fn update_untyped(&mut self, x: &Operand<'a>, final_type: TypeId) {
        if let Some(e) = x.expr {
            self.update_expr_type(e, final_type);
        }
    }

    fn update_expr_type(&mut self, e: &Expr, final_type: TypeId) {
        let Some(tv) = self.prog.info.expr(e.id).cloned() else { return };
        if !self.prog.types.is_untyped(tv.typ) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(inner) => self.update_expr_type(inner, final_type),
            ExprKind::Unary(op, inner) if *op != UnaryOp::Not || self.prog.types.basic(final_type).is_some_and(|k| k.is_boolean()) => {
                self.update_expr_type(inner, final_type)
            }
            ExprKind::Binary(op, l, r) => {
                if matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq) {
                    // The result of a comparison is untyped bool; its operands are typed
                    // independently.
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.update_expr_type(l, final_type);
                } else {
                    self.update_expr_type(l, final_type);
                    self.update_expr_type(r, final_type);
                }
            }
            _ => {}
        }
        let mut tv = tv;
        tv.typ = final_type;
        if let (Some(v), Some(repr)) = (&tv.value, self.repr_of(final_type)) {
            if let Ok(r) = v.represent(repr) {
                tv.value = Some(r);
            }
        }
        self.prog.info.record(e.id, tv);
    }

    /// Shifts: the count must be an integer (or an untyped constant representable as
    /// `uint`); an untyped constant left operand of a non-constant shift takes the type
    /// the context gives the whole expression.
    fn shift(&mut self, e: &'a Expr, op: BinaryOp, l: &'a Expr, r: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr(l, None);
        let mut y = self.expr(r, None);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        // The count.
        if y.is_constant() {
            let ok = match y.val.to_int() {
                Some(i) => {
                    if i.sign() == num_bigint::Sign::Minus {
                        let d = self.describe(&y);
                        self.error(r.span.lo, format!("invalid shift count {d} (must be non-negative)"));
                        return Operand::invalid(e);
                    }
                    true
                }
                None => false,
            };
            if !ok || !(self.prog.types.is_untyped(y.typ) || self.all_integer(y.typ)) {
                let d = self.describe(&y);
                self.error(r.span.lo, format!("invalid operation: shift count {d} must be integer"));
                return Operand::invalid(e);
            }
            if self.prog.types.is_untyped(y.typ) {
                self.convert_untyped_to(&mut y, UINT);
            }
        } else if !self.all_integer(y.typ) {
            let d = self.describe(&y);
            self.error(r.span.lo, format!("invalid operation: shift count {d} must be integer"));
            return Operand::invalid(e);
        }
        // The shifted operand.
        if x.is_constant() && self.prog.types.is_untyped(x.typ) {
            match x.val.to_int() {
                Some(i) if x.val.num_kind() != Some(constant::NumKind::Int) => {
                    x.val = ConstValue::Int(i);
                    x.typ = UNTYPED_INT;
                }
                Some(_) => {}
                None => {
                    let d = self.describe(&x);
                    self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
                    return Operand::invalid(e);
                }
            }
        } else if !self.all_integer(x.typ) {
            let d = self.describe(&x);
            self.error(l.span.lo, format!("invalid operation: shift of type {} is not an integer", self.type_string(x.typ)).replace("shift of type", &format!("shifted operand {d} must be integer; type")));
            return Operand::invalid(e);
        }
        if x.is_constant() && y.is_constant() {
            let count = y.val.to_int().and_then(|c| u64::try_from(&c).ok()).unwrap_or(u64::MAX);
            let Some(i) = x.val.to_int() else { return Operand::invalid(e) };
            if count > 10_000 {
                let d = self.describe(&y);
                self.error(r.span.lo, format!("invalid shift count {d}"));
                return Operand::invalid(e);
            }
            return match constant::shift(&i, op == BinaryOp::Shl, count) {
                Ok(v) => {
                    let mut z = Operand { mode: Mode::Constant, typ: x.typ, val: v, expr: Some(e) };
                    self.check_typed_overflow(&mut z, e);
                    z
                }
                Err(_) => {
                    let s = self.expr_string(e);
                    self.error(e.span.lo, format!("constant shift overflow ({s})"));
                    Operand::invalid(e)
                }
            };
        }
        // A non-constant shift of an untyped constant: the constant takes the type the
        // context expects (`hint`), or int.
        if x.is_constant() && self.prog.types.is_untyped(x.typ) {
            let target = match hint {
                Some(h) if self.prog.types.basic(h).is_some_and(|k| !k.is_untyped()) && !self.prog.types.is_interface(h) => h,
                _ => INT,
            };
            if !self.all_integer(target) {
                let d = self.describe(&x);
                let t = self.type_string(target);
                self.error(l.span.lo, format!("invalid operation: shifted operand {d} (type {t}) must be integer"));
                return Operand::invalid(e);
            }
            self.convert_untyped_to(&mut x, target);
            if x.is_invalid() {
                return Operand::invalid(e);
            }
        }
        Operand::value(x.typ, e)
    }

    fn comparison(&mut self, e: &'a Expr, op: BinaryOp, mut x: Operand<'a>, mut y: Operand<'a>) -> Operand<'a> {
        // Nil compares only with nillable types.
        if x.is_nil() || y.is_nil() {
            let (nil, other) = if x.is_nil() { (&x, &y) } else { (&y, &x) };
            if other.is_nil() {
                self.error(e.span.lo, format!("invalid operation: {} (operator {} not defined on nil)", self.expr_string(e), op.text()));
                return Operand::invalid(e);
            }
            if !self.has_nil(other.typ) {
                let d = self.describe(other);
                let _ = nil;
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("invalid operation: {s} (mismatched types {} and untyped nil)", self.type_string(other.typ)).replace(&format!("{d}"), &d));
                return Operand::invalid(e);
            }
            if !matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("invalid operation: {s} (operator {} not defined on nil)", op.text()));
                return Operand::invalid(e);
            }
            let other_type = other.typ;
            if x.is_nil() {
                self.implicit_convert(&mut x, other_type);
            } else {
                self.implicit_convert(&mut y, other_type);
            }
            return Operand::value(UNTYPED_BOOL, e);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        let types = &self.prog.types;
        // Values are comparable if either is assignable to the other's type.
        let compatible = types.identical(x.typ, y.typ) || self.assignable_type(&x, y.typ) || self.assignable_type(&y, x.typ);
        if !compatible {
            let s = self.expr_string(e);
            let (xs, ys) = (self.type_string(x.typ), self.type_string(y.typ));
            self.error(x.expr.map_or(e.span.lo, |x| x.span.lo), format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            return Operand::invalid(e);
        }
        let ordered = !matches!(op, BinaryOp::Eql | BinaryOp::Neq);
        for z in [&x, &y] {
            let bad = if ordered { !self.all_ordered(z.typ) } else { !self.comparable(z.typ) && !(self.prog.types.is_interface(z.typ)) };
            if bad {
                let s = self.expr_string(e);
                let reason = if ordered {
                    format!("operator {} not defined on {}", op.text(), self.describe(z))
                } else {
                    self.incomparable_reason(z)
                };
                self.error(x.expr.map_or(e.span.lo, |x| x.span.lo), format!("invalid operation: {s} ({reason})"));
                return Operand::invalid(e);
            }
        }
        if x.is_constant() && y.is_constant() {
            let ord = constant::compare(&x.val, &y.val);
            let result = match op {
                BinaryOp::Eql => constant::equal(&x.val, &y.val),
                BinaryOp::Neq => !constant::equal(&x.val, &y.val),
                BinaryOp::Lss => ord == Some(std::cmp::Ordering::Less),
                BinaryOp::Leq => ord != Some(std::cmp::Ordering::Greater) && ord.is_some(),
                BinaryOp::Gtr => ord == Some(std::cmp::Ordering::Greater),
                BinaryOp::Geq => ord != Some(std::cmp::Ordering::Less) && ord.is_some(),
                _ => false,
            };
            // Untyped operands of a comparison take their default types.
            self.default_untyped(&mut x);
            self.default_untyped(&mut y);
            return Operand::constant(UNTYPED_BOOL, ConstValue::Bool(result), e);
        }
        self.default_untyped(&mut x);
        self.default_untyped(&mut y);
        Operand::value(UNTYPED_BOOL, e)
    }

    /// Why a value cannot be compared with `==`, in gc's words.
    fn incomparable_reason(&self, z: &Operand<'_>) -> String {
        let types = &self.prog.types;
        let u = types.underlying(z.typ);
        let what = match types.get(u) {
            Type::Slice(_) => "slice",
            Type::Map(..) => "map",
            Type::Signature(_) => "func",
            _ => "",
        };
        if !what.is_empty() {
            let s = z.expr.map(|e| self.expr_string(e)).unwrap_or_default();
            return format!("{what} can only be compared to nil").replace("{s}", &s);
        }
        format!("{} cannot be compared", self.type_string(z.typ))
    }

    /// Gives an untyped operand its default type (a comparison's operands, `x := 1`).
    pub(crate) fn default_untyped(&mut self, x: &mut Operand<'a>) {
        if self.prog.types.is_untyped(x.typ) && x.typ != UNTYPED_NIL {
            let d = self.prog.types.default_type(x.typ);
            self.convert_untyped_to(x, d);
        }
    }

    // ---- type predicates over type sets ----

    /// Whether every type of `t`'s type set satisfies `pred` on its underlying basic kind.
    fn all_basic(&self, t: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        let types = &self.prog.types;
        if types.is_type_param(t) {
            let terms = self.type_set_terms(t);
            return !terms.is_empty() && terms.iter().all(|term| types.basic(term.typ).is_some_and(&pred));
        }
        types.basic(t).is_some_and(pred)
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

    pub(crate) fn all_ordered(&self, t: TypeId) -> bool {
        self.all_basic(t, BasicKind::is_ordered)
    }

    fn op_defined(&self, op: BinaryOp, t: TypeId) -> bool {
        match op {
            BinaryOp::Add => self.all_basic(t, |k| k.is_numeric() || k.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.all_numeric(t),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.all_integer(t),
            BinaryOp::AndAnd | BinaryOp::OrOr => self.all_boolean(t),
            _ => true,
        }
    }

    /// Whether values of `t` can be `nil`.
    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        let types = &self.prog.types;
        if types.is_type_param(t) {
            let terms = self.type_set_terms(t);
            return !terms.is_empty() && terms.iter().all(|term| self.has_nil(term.typ));
        }
        matches!(
            types.get(types.underlying(t)),
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) | Type::Interface(_) | Type::Basic(BasicKind::UnsafePointer | BasicKind::UntypedNil)
        )
    }

    /// Whether values of `t` can be compared with `==` (interfaces and type parameters
    /// by their constraints).
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_in(t, &mut Vec::new())
    }

    fn comparable_in(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let types = &self.prog.types;
        if types.is_type_param(t) {
            return self.type_param_comparable(t);
        }
        let u = types.underlying(t);
        if seen.contains(&u) {
            return true;
        }
        seen.push(u);
        match types.get(u) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(s) => s.fields.iter().all(|f| self.comparable_in(f.typ, seen)),
            Type::Array(_, e) => self.comparable_in(*e, seen),
            _ => false,
        }
    }
}

fn untyped_word(k: BasicKind) -> &'static str {
    match k {
        BasicKind::UntypedInt => "int",
        BasicKind::UntypedRune => "rune",
        BasicKind::UntypedFloat => "float",
        BasicKind::UntypedComplex => "complex",
        BasicKind::UntypedString => "string",
        BasicKind::UntypedBool => "bool",
        _ => "",
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
