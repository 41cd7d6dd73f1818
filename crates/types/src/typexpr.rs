//! Type expressions: names, type literals, signatures, struct and interface types, type
//! parameter lists.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::later::Later;
use crate::object::{FuncInfo, ObjId, ObjKind, VarInfo};
use crate::types::*;
use gorun_syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use gorun_syntax::intern::Symbol;
use std::sync::Arc;

impl<'a> Checker<'a> {
    /// Checks a type expression and records it; `INVALID` after an error.
    pub(crate) fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.type_expr_inner(e, true);
        if t != INVALID {
            self.prog.info.record(e.id, TypeAndValue { mode: Mode::TypeExpr, typ: t, value: None });
        }
        t
    }

    /// A type for a variable, field, parameter or element: a constraint interface is not
    /// allowed there (checked once types are complete).
    pub(crate) fn var_type(&mut self, e: &'a Expr) -> TypeId {
        let t = self.type_expr(e);
        if t != INVALID {
            self.later(Later::VarType(e.span.lo, t));
        }
        t
    }

    /// Like [`type_expr`], but a generic type may be named without type arguments (the
    /// base of an instantiation, a receiver).
    pub(crate) fn generic_type_expr(&mut self, e: &'a Expr) -> TypeId {
        self.type_expr_inner(e, false)
    }

    fn type_expr_inner(&mut self, e: &'a Expr, need_instance: bool) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = match e.kind {
                    ExprKind::Ident(sym) => {
                        let x = self.ident(e, sym, true);
                        self.record(&x);
                        x
                    }
                    _ => self.expr_or_type(e, None),
                };
                match x.mode {
                    Mode::TypeExpr => {
                        if need_instance && self.is_generic_type(x.typ) {
                            let msg =
                                format!("cannot use generic type {} without instantiation", self.type_string(x.typ));
                            self.error(e.span.lo, msg);
                            return INVALID;
                        }
                        x.typ
                    }
                    Mode::Invalid => INVALID,
                    Mode::NoValue => {
                        let d = self.describe(&x);
                        self.error(e.span.lo, format!("{d} used as type"));
                        INVALID
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(e.span.lo, format!("{d} is not a type"));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(inner) => self.type_expr_inner(inner, need_instance),
            ExprKind::Star(elem) => {
                let t = self.var_type(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.pointer(t)
            }
            ExprKind::ArrayType(None, elem) => {
                let t = self.var_type(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.slice(t)
            }
            ExprKind::ArrayType(Some(len), elem) => {
                if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(len.span.lo, "invalid use of [...] array (outside a composite literal)");
                    self.var_type(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let t = self.var_type(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.array(n, t)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.var_type(k);
                let vt = self.var_type(v);
                if kt == INVALID || vt == INVALID {
                    return INVALID;
                }
                self.later(Later::MapKey(k.span.lo, kt));
                self.prog.types.map(kt, vt)
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.var_type(elem);
                if t == INVALID {
                    return INVALID;
                }
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.prog.types.chan(dir, t)
            }
            ExprKind::FuncType(ft) => self.signature(ft, None),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(ix) => self.instantiated_type(e, ix),
            ExprKind::Ellipsis(_) => {
                self.error(e.span.lo, "invalid use of ...");
                INVALID
            }
            _ => {
                let x = self.expr_or_type(e, None);
                if x.mode == Mode::Invalid {
                    return INVALID;
                }
                if x.mode == Mode::TypeExpr {
                    return x.typ;
                }
                let s = self.expr_string(e);
                self.error(e.span.lo, format!("{s} is not a type"));
                INVALID
            }
        }
    }

    /// The length of an array type: a non-negative integer constant representable as an
    /// `int`.
    fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        // A name that is not a constant: perhaps a type parameter list missing its
        // constraint (`type A[N] int`), so the message mentions that.
        if let ExprKind::Ident(sym) = len.kind {
            match self.prog.scopes.lookup(self.scope, sym) {
                None if sym != Symbol(0) => {
                    let name = self.name(sym);
                    self.error(len.span.lo, format!("undefined array length {name} or missing type constraint"));
                    return None;
                }
                Some((_, obj)) if !matches!(self.prog.objects.get(obj).kind, ObjKind::Const(_)) => {
                    let name = self.name(sym);
                    self.error(len.span.lo, format!("invalid array length {name}"));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(len, None);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Constant {
            let d = self.describe(&x);
            self.error(len.span.lo, format!("array length {d} must be constant"));
            return None;
        }
        let types = &self.prog.types;
        let integer = types.basic(x.typ).is_some_and(|k| k.is_integer());
        if (types.is_untyped(x.typ) || integer)
            && let Some(n) = x.val.to_int().and_then(|n| i64::try_from(&n).ok()).filter(|&n| n >= 0)
        {
            return Some(n as u64);
        }
        let d = self.describe(&x);
        let msg =
            if integer { format!("invalid array length {d}") } else { format!("array length {d} must be integer") };
        self.error(len.span.lo, msg);
        None
    }

    /// A struct type literal.
    fn struct_type(&mut self, fields: &'a ast::FieldList) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(Symbol, gorun_syntax::source::Pos)> = Vec::new();
        for f in &fields.list {
            let t = self.var_type(&f.typ);
            let tag = f.tag.map(|span| match crate::constant::parse_string(self.text(span)) {
                ConstValue::String(b) => Arc::<[u8]>::from(&*b),
                _ => Arc::from(&b""[..]),
            });
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, T[args].
                let name = embedded_name(&f.typ);
                let pos = f.typ.span.lo;
                self.check_embedded(t, &f.typ);
                let obj = self.new_object(
                    name.unwrap_or(Symbol(0)),
                    ObjKind::Var(VarInfo { field: true, embedded: true, ..VarInfo::default() }),
                    pos,
                );
                self.prog.objects.get_mut(obj).typ = t;
                self.prog.info.defs.insert(pos, obj);
                let name = name.unwrap_or(Symbol(0));
                self.add_field(&mut out, &mut seen, name, t, true, tag, obj, pos);
            } else {
                for n in &f.names {
                    let obj =
                        self.new_object(n.name, ObjKind::Var(VarInfo { field: true, ..VarInfo::default() }), n.span.lo);
                    self.prog.objects.get_mut(obj).typ = t;
                    self.prog.info.defs.insert(n.span.lo, obj);
                    self.add_field(&mut out, &mut seen, n.name, t, false, tag.clone(), obj, n.span.lo);
                }
            }
        }
        self.prog.types.add(Type::Struct(Box::new(StructType { fields: out })))
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        seen: &mut Vec<(Symbol, gorun_syntax::source::Pos)>,
        name: Symbol,
        typ: TypeId,
        embedded: bool,
        tag: Option<Arc<[u8]>>,
        obj: ObjId,
        pos: gorun_syntax::source::Pos,
    ) {
        if name != Symbol(0) {
            if let Some(&(_, prev)) = seen.iter().find(|(n, _)| *n == name) {
                let msg = format!("{} redeclared", self.name(name));
                let note = format!("{}: other declaration of {}", self.position(prev), self.name(name));
                self.error_with(pos, msg, vec![note]);
            } else {
                seen.push((name, pos));
            }
        }
        let exported = crate::object::is_exported(self.name(name));
        let pkg = if exported { None } else { Some(self.pkg) };
        out.push(Field { name, typ, embedded, tag, pkg, obj });
    }

    fn check_embedded(&mut self, t: TypeId, e: &'a Expr) {
        if t == INVALID {
            return;
        }
        let types = &self.prog.types;
        let base = match types.get(types.unalias(t)) {
            Type::Pointer(b) => {
                let b = *b;
                if self.prog.types.is_interface(b) {
                    self.error(e.span.lo, "embedded field type cannot be a pointer to an interface");
                    return;
                }
                b
            }
            _ => t,
        };
        if matches!(self.prog.types.get(self.prog.types.underlying(base)), Type::Pointer(_)) {
            self.error(e.span.lo, "embedded field type cannot be a pointer");
        } else if self.prog.types.is_type_param(base) {
            self.error(e.span.lo, "embedded field type cannot be a (pointer to a) type parameter");
        }
    }

    /// An interface type literal.
    pub(crate) fn interface_type(&mut self, elems: &'a ast::FieldList) -> TypeId {
        let mut iface = InterfaceType::default();
        let mut seen: Vec<(Symbol, gorun_syntax::source::Pos)> = Vec::new();
        for f in &elems.list {
            if let ([name], ExprKind::FuncType(ft)) = (&f.names[..], &f.typ.kind) {
                let sig = self.signature(ft, None);
                let obj = self.new_object(
                    name.name,
                    ObjKind::Func(FuncInfo { method: true, ..FuncInfo::default() }),
                    name.span.lo,
                );
                self.prog.objects.get_mut(obj).typ = sig;
                self.prog.info.defs.insert(name.span.lo, obj);
                if let Some(&(_, prev)) = seen.iter().find(|(n, _)| *n == name.name) {
                    let msg = format!("duplicate method {}", self.name(name.name));
                    let note = format!("{}: other declaration of method {}", self.position(prev), self.name(name.name));
                    self.error_with(name.span.lo, msg, vec![note]);
                    continue;
                }
                seen.push((name.name, name.span.lo));
                let exported = crate::object::is_exported(self.name(name.name));
                iface.methods.push(Method {
                    name: name.name,
                    pkg: if exported { None } else { Some(self.pkg) },
                    sig,
                    obj,
                });
            } else {
                let t = self.constraint_elem(&f.typ);
                if t == INVALID {
                    continue;
                }
                if self
                    .prog
                    .types
                    .interface(t)
                    .is_some_and(|i| i.comparable && i.methods.is_empty() && i.embedded.is_empty())
                {
                    iface.comparable = true;
                }
                iface.embedded.push(t);
            }
        }
        self.prog.types.add(Type::Interface(Box::new(iface)))
    }

    /// An interface element or constraint: a type, `~T`, or a union `A | ~B`.
    fn constraint_elem(&mut self, e: &'a Expr) -> TypeId {
        let mut terms: Vec<(gorun_syntax::source::Pos, Term)> = Vec::new();
        self.collect_terms(e, &mut terms);
        if terms.len() == 1 && !terms[0].1.tilde {
            return terms[0].1.typ;
        }
        if terms.iter().any(|(_, t)| t.typ == INVALID) {
            return INVALID;
        }
        let union = self.prog.types.add(Type::Union(terms.iter().map(|(_, t)| *t).collect()));
        self.later(Later::Union(terms));
        union
    }

    /// The terms of a union, left to right, each with its position.
    fn collect_terms(&mut self, e: &'a Expr, out: &mut Vec<(gorun_syntax::source::Pos, Term)>) {
        match &e.kind {
            ExprKind::Binary(BinaryOp::Or, l, r) => {
                self.collect_terms(l, out);
                self.collect_terms(r, out);
            }
            _ => {
                let (tilde, x) = match &e.kind {
                    ExprKind::Unary(UnaryOp::Tilde, t) => (true, &**t),
                    _ => (false, e),
                };
                let mut typ = self.type_expr(x);
                // A type parameter cannot stand alone in a term.
                if self.prog.types.is_type_param(typ) {
                    if tilde {
                        let s = self.expr_string(e);
                        self.error(x.span.lo, format!("type in term {s} cannot be a type parameter"));
                    } else {
                        self.error(x.span.lo, "term cannot be a type parameter");
                    }
                    typ = INVALID;
                }
                out.push((e.span.lo, Term { tilde, typ }));
            }
        }
    }

    /// Declares the type parameters of a generic type or function in the current scope.
    /// `owner` is the generic type being declared, if any: it gets its parameters before
    /// their constraints are checked, since those may refer to the type itself
    /// (`type T[P interface{ M() T[P] }] …`).
    pub(crate) fn declare_type_params(&mut self, list: &'a ast::FieldList, owner: Option<TypeId>) -> Vec<TypeId> {
        let mut params = Vec::new();
        let mut index = 0;
        for f in &list.list {
            for n in &f.names {
                let obj = self.new_object(n.name, ObjKind::TypeName, n.span.lo);
                let t =
                    self.prog.types.add(Type::TypeParam(Box::new(TypeParamType { obj, index, constraint: INVALID })));
                index += 1;
                self.prog.objects.get_mut(obj).typ = t;
                self.prog.info.defs.insert(n.span.lo, obj);
                self.declare(self.scope, n.name, obj, n.span.lo);
                params.push(t);
            }
        }
        if let Some(n) = owner.and_then(|o| self.prog.types.named_mut(o)) {
            n.tparams = params.clone();
        }
        let mut i = 0;
        for f in &list.list {
            let bound = self.constraint(&f.typ);
            for _ in &f.names {
                if let Type::TypeParam(p) = self.prog.types.get_mut(params[i]) {
                    p.constraint = bound;
                }
                i += 1;
            }
        }
        params
    }

    /// A type parameter's constraint, always an interface (implicit for `~int` or `A|B`).
    fn constraint(&mut self, e: &'a Expr) -> TypeId {
        let t = self.constraint_elem(e);
        if t == INVALID || self.prog.types.is_interface(t) {
            return t;
        }
        self.prog.types.add(Type::Interface(Box::new(InterfaceType {
            embedded: vec![t],
            implicit: true,
            ..InterfaceType::default()
        })))
    }

    /// The type of a function literal or function type.
    pub(crate) fn signature(&mut self, ft: &'a ast::FuncType, recv: Option<Param>) -> TypeId {
        let (params, variadic) = self.param_list(&ft.params, true);
        let results = match &ft.results {
            Some(r) => self.param_list(r, false).0,
            None => Vec::new(),
        };
        self.prog.types.add(Type::Signature(Box::new(Signature {
            params,
            results,
            variadic,
            recv,
            tparams: Vec::new(),
        })))
    }

    /// Parameters (or results) with their objects (declared later, in the body's scope).
    fn param_list(&mut self, list: &'a ast::FieldList, variadic_ok: bool) -> (Vec<Param>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        let n = list.list.len();
        for (i, f) in list.list.iter().enumerate() {
            let (t, _) = match &f.typ.kind {
                ExprKind::Ellipsis(Some(elem)) if variadic_ok && i + 1 == n => {
                    let e = self.var_type(elem);
                    variadic = true;
                    (if e == INVALID { INVALID } else { self.prog.types.slice(e) }, true)
                }
                ExprKind::Ellipsis(Some(elem)) => {
                    let e = self.var_type(elem);
                    (if e == INVALID { INVALID } else { self.prog.types.slice(e) }, true)
                }
                _ => (self.var_type(&f.typ), false),
            };
            if f.names.is_empty() {
                out.push(Param { name: None, typ: t, obj: None });
            }
            for name in &f.names {
                let obj = self.new_object(
                    name.name,
                    ObjKind::Var(VarInfo { param: true, ..VarInfo::default() }),
                    name.span.lo,
                );
                self.prog.objects.get_mut(obj).typ = t;
                self.prog.info.defs.insert(name.span.lo, obj);
                out.push(Param { name: Some(name.name), typ: t, obj: Some(obj) });
            }
        }
        (out, variadic)
    }

    /// The signature of a function or method declaration, with receiver checks.
    pub(crate) fn func_signature(&mut self, obj: ObjId, decl: &'a ast::FuncDecl) -> TypeId {
        let saved = self.scope;
        self.scope = self.prog.scopes.new_scope(Some(self.scope), crate::scope::ScopeKind::Block);
        let mut recv_param = None;
        if let Some(recv) = &decl.recv {
            recv_param = self.receiver(obj, recv);
        }
        let tparams = match &decl.typ.type_params {
            Some(tps) => self.declare_type_params(tps, None),
            None => Vec::new(),
        };
        let sig = self.signature(&decl.typ, recv_param);
        if let Type::Signature(s) = self.prog.types.get_mut(sig) {
            s.tparams = tparams;
        }
        self.scope = saved;
        sig
    }

    /// Checks a method's receiver; declares the receiver type's type parameters.
    fn receiver(&mut self, method: ObjId, recv: &'a ast::FieldList) -> Option<Param> {
        let field = recv.list.first()?;
        // Receiver type parameters: `func (l *List[T]) …` declares T for this method.
        let mut base = &field.typ;
        let mut pointer = false;
        loop {
            match &base.kind {
                ExprKind::Paren(inner) => base = inner,
                ExprKind::Star(inner) if !pointer => {
                    pointer = true;
                    base = inner;
                }
                _ => break,
            }
        }
        let (base_name_expr, targ_names): (&'a Expr, Vec<&'a Expr>) = match &base.kind {
            ExprKind::Index(ix) => (&ix.x, ix.indices.iter().collect()),
            _ => (base, Vec::new()),
        };
        let mut recv_type;
        if targ_names.is_empty() {
            // An ordinary receiver type, possibly through aliases: T or *T for a defined T.
            let t = self.var_type(&field.typ);
            recv_type = t;
            if t != INVALID {
                let types = &self.prog.types;
                let (base, is_ptr) = match types.get(types.unalias(t)) {
                    Type::Pointer(e) => (types.unalias(*e), true),
                    _ => (types.unalias(t), false),
                };
                pointer = is_ptr;
                recv_type = base;
                if self.is_generic_type(base) {
                    let s = self.type_string(base);
                    self.error(base_name_expr.span.lo, format!("cannot use generic type {s} without instantiation"));
                    recv_type = INVALID;
                } else if !self.check_receiver_base(base, t, base_name_expr) {
                    recv_type = INVALID;
                }
            }
        } else {
            let base_type = self.generic_type_expr(base_name_expr);
            recv_type = base_type;
            if base_type != INVALID {
                let generic_params = self.prog.types.named(base_type).map(|n| n.tparams.clone()).unwrap_or_default();
                // Declare the receiver's type parameters with the generic type's bounds.
                let mut args = Vec::new();
                for (i, tn) in targ_names.iter().enumerate() {
                    let ExprKind::Ident(sym) = tn.kind else {
                        self.error(tn.span.lo, "receiver type parameter must be an identifier");
                        continue;
                    };
                    let pobj = self.new_object(sym, ObjKind::TypeName, tn.span.lo);
                    let bound = generic_params
                        .get(i)
                        .and_then(|&p| match self.prog.types.get(p) {
                            Type::TypeParam(tp) => Some(tp.constraint),
                            _ => None,
                        })
                        .unwrap_or(INVALID);
                    let t = self.prog.types.add(Type::TypeParam(Box::new(TypeParamType {
                        obj: pobj,
                        index: i as u32,
                        constraint: bound,
                    })));
                    self.prog.objects.get_mut(pobj).typ = t;
                    self.prog.info.defs.insert(tn.span.lo, pobj);
                    self.declare(self.scope, sym, pobj, tn.span.lo);
                    args.push(t);
                }
                if generic_params.is_empty() {
                    let s = self.type_string(base_type);
                    self.error(base_name_expr.span.lo, format!("{s} is not a generic type"));
                    recv_type = INVALID;
                } else if args.len() != generic_params.len() {
                    let msg = format!(
                        "receiver declares {} type parameter{}, but receiver base type declares {}",
                        args.len(),
                        crate::decl::plural(args.len()),
                        generic_params.len()
                    );
                    self.error(base_name_expr.span.lo, msg);
                    recv_type = INVALID;
                } else {
                    recv_type = self.instantiate(base_type, &args, base.span.lo, false);
                    let shown = if pointer { self.prog.types.pointer(recv_type) } else { recv_type };
                    if !self.check_receiver_base(base_type, shown, base_name_expr) {
                        recv_type = INVALID;
                    }
                }
            }
        }
        if let ObjKind::Func(info) = &mut self.prog.objects.get_mut(method).kind {
            info.pointer_recv = pointer;
        }
        let typ = if recv_type == INVALID {
            INVALID
        } else if pointer {
            self.prog.types.pointer(recv_type)
        } else {
            recv_type
        };
        if typ != INVALID {
            self.prog.info.record(field.typ.id, TypeAndValue { mode: Mode::TypeExpr, typ, value: None });
        }
        let name = field.names.first();
        let pobj = name.map(|n| {
            let o = self.new_object(n.name, ObjKind::Var(VarInfo { param: true, ..VarInfo::default() }), n.span.lo);
            self.prog.objects.get_mut(o).typ = typ;
            self.prog.info.defs.insert(n.span.lo, o);
            o
        });
        Some(Param { name: name.map(|n| n.name), typ, obj: pobj })
    }

    /// gc's checks on a receiver's base type (`recv` is the receiver type as written):
    /// a defined type of this package that is not a pointer or interface.
    fn check_receiver_base(&mut self, base: TypeId, recv: TypeId, at: &'a Expr) -> bool {
        let types = &self.prog.types;
        if base == INVALID || types.underlying(base) == INVALID {
            return false; // reported where the type was declared
        }
        let Some(n) = types.named(base) else {
            let s = self.type_string(recv);
            if matches!(types.get(base), Type::Basic(_)) {
                let s = self.type_string(if matches!(types.get(types.unalias(recv)), Type::Pointer(_)) {
                    base
                } else {
                    recv
                });
                self.error(at.span.lo, format!("cannot define new methods on non-local type {s}"));
            } else {
                self.error(at.span.lo, format!("invalid receiver type {s}"));
            }
            return false;
        };
        let rtyp = match types.get(types.unalias(recv)) {
            Type::Pointer(_) => base,
            _ => recv,
        };
        if self.prog.objects.get(n.obj).pkg != Some(self.pkg) {
            let s = self.type_string(rtyp);
            self.error(at.span.lo, format!("cannot define new methods on non-local type {s}"));
            return false;
        }
        let u = types.underlying(base);
        let cause = match types.get(u) {
            Type::Pointer(_) | Type::Interface(_) => "pointer or interface type",
            Type::Basic(BasicKind::UnsafePointer) => "unsafe.Pointer",
            _ => return true,
        };
        let s = self.type_string(rtyp);
        self.error(at.span.lo, format!("invalid receiver type {s} ({cause})"));
        false
    }
}

/// The name of an embedded field: its type's name (`T` for `*pkg.T[int]`).
fn embedded_name(e: &Expr) -> Option<Symbol> {
    match &e.kind {
        ExprKind::Ident(s) => Some(*s),
        ExprKind::Star(inner) | ExprKind::Paren(inner) => embedded_name(inner),
        ExprKind::Selector(_, sel) => Some(sel.name),
        ExprKind::Index(ix) => embedded_name(&ix.x),
        _ => None,
    }
}
