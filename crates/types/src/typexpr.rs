//! Type expressions: names, type literals, signatures, struct and interface types, type
//! parameter lists.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
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

    /// Like [`type_expr`], but a generic type may be named without type arguments (the
    /// base of an instantiation, a receiver).
    pub(crate) fn generic_type_expr(&mut self, e: &'a Expr) -> TypeId {
        self.type_expr_inner(e, false)
    }

    fn type_expr_inner(&mut self, e: &'a Expr, need_instance: bool) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e, None);
                match x.mode {
                    Mode::TypeExpr => {
                        if need_instance && self.is_generic_type(x.typ) {
                            let msg = format!("cannot use generic type {} without instantiation", self.type_string(x.typ));
                            self.error(e.span.lo, msg);
                            return INVALID;
                        }
                        x.typ
                    }
                    Mode::Invalid => INVALID,
                    _ => {
                        let s = self.expr_string(e);
                        self.error(e.span.lo, format!("{s} is not a type"));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(inner) => self.type_expr_inner(inner, need_instance),
            ExprKind::Star(elem) => {
                let t = self.type_expr(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.pointer(t)
            }
            ExprKind::ArrayType(None, elem) => {
                let t = self.type_expr(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.slice(t)
            }
            ExprKind::ArrayType(Some(len), elem) => {
                if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(len.span.lo, "invalid use of [...] array (outside a composite literal)");
                    self.type_expr(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let t = self.type_expr(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.prog.types.array(n, t)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == INVALID || vt == INVALID {
                    return INVALID;
                }
                self.later_check_map_key(kt, k);
                self.prog.types.map(kt, vt)
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.type_expr(elem);
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

    /// The length of an array type: a non-negative integer constant.
    fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        let x = self.expr(len, None);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Constant {
            let d = self.describe(&x);
            self.error(len.span.lo, format!("array length {d} must be constant"));
            return None;
        }
        if self.prog.types.is_untyped(x.typ) || self.prog.types.basic(x.typ).is_some_and(|k| k.is_integer()) {
            if let Some(n) = x.val.to_int() {
                if let Ok(n) = u64::try_from(&n) {
                    if n <= i64::MAX as u64 {
                        return Some(n);
                    }
                }
                let d = self.describe(&x);
                self.error(len.span.lo, format!("invalid array length {d}"));
                return None;
            }
        }
        let d = self.describe(&x);
        self.error(len.span.lo, format!("array length {d} must be integer"));
        None
    }

    fn later_check_map_key(&mut self, key: TypeId, at: &'a Expr) {
        // Type parameters are checked against their constraint instead.
        if self.prog.types.is_type_param(key) {
            if !self.type_param_comparable(key) {
                let msg = format!("invalid map key type {}", self.type_string(key));
                self.error(at.span.lo, msg);
            }
            return;
        }
        // A named key type may not be complete yet; check what is known.
        if self.prog.types.named(key).is_some_and(|n| n.underlying == INVALID) {
            return;
        }
        if !self.comparable(key) {
            let msg = format!("invalid map key type {}", self.type_string(key));
            self.error(at.span.lo, msg);
        }
    }

    /// A struct type literal.
    fn struct_type(&mut self, fields: &'a ast::FieldList) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(Symbol, gorun_syntax::source::Pos)> = Vec::new();
        for f in &fields.list {
            let t = self.type_expr(&f.typ);
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
                    let obj = self.new_object(n.name, ObjKind::Var(VarInfo { field: true, ..VarInfo::default() }), n.span.lo);
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
                if matches!(types.get(types.underlying(b)), Type::Pointer(_)) {
                    let msg = format!("embedded field type cannot be a pointer to an interface");
                    let _ = msg;
                }
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
                let obj = self.new_object(name.name, ObjKind::Func(FuncInfo { method: true, ..FuncInfo::default() }), name.span.lo);
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
                iface.methods.push(Method { name: name.name, pkg: if exported { None } else { Some(self.pkg) }, sig, obj });
            } else {
                let t = self.constraint_elem(&f.typ);
                if t == INVALID {
                    continue;
                }
                if self.prog.types.interface(t).is_some_and(|i| i.comparable && i.methods.is_empty() && i.embedded.is_empty()) {
                    iface.comparable = true;
                }
                iface.embedded.push(t);
            }
        }
        self.prog.types.add(Type::Interface(Box::new(iface)))
    }

    /// An interface element or constraint: a type, `~T`, or a union `A | ~B`.
    fn constraint_elem(&mut self, e: &'a Expr) -> TypeId {
        let mut terms = Vec::new();
        self.collect_terms(e, &mut terms);
        if terms.len() == 1 && !terms[0].tilde {
            return terms[0].typ;
        }
        if terms.iter().any(|t| t.typ == INVALID) {
            return INVALID;
        }
        self.prog.types.add(Type::Union(terms))
    }

    fn collect_terms(&mut self, e: &'a Expr, out: &mut Vec<Term>) {
        match &e.kind {
            ExprKind::Binary(BinaryOp::Or, l, r) => {
                self.collect_terms(l, out);
                self.collect_terms(r, out);
            }
            ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Binary(BinaryOp::Or, ..) | ExprKind::Unary(UnaryOp::Tilde, _)) => {
                self.collect_terms(inner, out)
            }
            ExprKind::Unary(UnaryOp::Tilde, t) => {
                let typ = self.type_expr(t);
                if typ != INVALID && !self.prog.types.identical(typ, self.prog.types.underlying(typ)) {
                    let msg = format!("invalid use of ~ ({} is not the underlying type of {})", self.type_string(self.prog.types.underlying(typ)), self.type_string(typ));
                    let _ = msg;
                    let s = self.type_string(typ);
                    let u = self.type_string(self.prog.types.underlying(typ));
                    self.error(e.span.lo, format!("invalid use of ~ ({u} is the underlying type of {s})"));
                }
                out.push(Term { tilde: true, typ });
            }
            _ => {
                let typ = self.type_expr(e);
                out.push(Term { tilde: false, typ });
            }
        }
    }

    /// Declares the type parameters of a generic type or function in the current scope.
    pub(crate) fn declare_type_params(&mut self, list: &'a ast::FieldList) -> Vec<TypeId> {
        let mut params = Vec::new();
        let mut index = 0;
        for f in &list.list {
            for n in &f.names {
                let obj = self.new_object(n.name, ObjKind::TypeName, n.span.lo);
                let t = self.prog.types.add(Type::TypeParam(Box::new(TypeParamType { obj, index, constraint: INVALID })));
                index += 1;
                self.prog.objects.get_mut(obj).typ = t;
                self.prog.info.defs.insert(n.span.lo, obj);
                self.declare(self.scope, n.name, obj, n.span.lo);
                params.push(t);
            }
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
        self.prog.types.add(Type::Interface(Box::new(InterfaceType { embedded: vec![t], implicit: true, ..InterfaceType::default() })))
    }

    /// The type of a function literal or function type.
    pub(crate) fn signature(&mut self, ft: &'a ast::FuncType, recv: Option<Param>) -> TypeId {
        let (params, variadic) = self.param_list(&ft.params, true);
        let results = match &ft.results {
            Some(r) => self.param_list(r, false).0,
            None => Vec::new(),
        };
        self.prog.types.add(Type::Signature(Box::new(Signature { params, results, variadic, recv, tparams: Vec::new() })))
    }

    /// Parameters (or results) with their objects (declared later, in the body's scope).
    fn param_list(&mut self, list: &'a ast::FieldList, variadic_ok: bool) -> (Vec<Param>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        let n = list.list.len();
        for (i, f) in list.list.iter().enumerate() {
            let (t, dots) = match &f.typ.kind {
                ExprKind::Ellipsis(Some(elem)) if variadic_ok && i + 1 == n => {
                    let e = self.type_expr(elem);
                    variadic = true;
                    (if e == INVALID { INVALID } else { self.prog.types.slice(e) }, true)
                }
                ExprKind::Ellipsis(Some(elem)) => {
                    let e = self.type_expr(elem);
                    (if e == INVALID { INVALID } else { self.prog.types.slice(e) }, true)
                }
                _ => (self.type_expr(&f.typ), false),
            };
            let _ = dots;
            if f.names.is_empty() {
                out.push(Param { name: None, typ: t, obj: None });
            }
            for name in &f.names {
                let obj = self.new_object(name.name, ObjKind::Var(VarInfo { param: true, ..VarInfo::default() }), name.span.lo);
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
            Some(tps) => self.declare_type_params(tps),
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
        let base_type = self.generic_type_expr(base_name_expr);
        let mut recv_type = base_type;
        if base_type != INVALID {
            let generic_params = self.prog.types.named(base_type).map(|n| n.tparams.clone()).unwrap_or_default();
            if !targ_names.is_empty() || !generic_params.is_empty() {
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
                    let t = self.prog.types.add(Type::TypeParam(Box::new(TypeParamType { obj: pobj, index: i as u32, constraint: bound })));
                    self.prog.objects.get_mut(pobj).typ = t;
                    self.prog.info.defs.insert(tn.span.lo, pobj);
                    self.declare(self.scope, sym, pobj, tn.span.lo);
                    args.push(t);
                }
                if args.len() != generic_params.len() {
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
                }
            }
            self.check_receiver_base(base_type, base_name_expr);
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

    /// gc's checks on a receiver base type: a defined type of this package that is not a
    /// pointer or interface.
    fn check_receiver_base(&mut self, base: TypeId, at: &'a Expr) {
        let types = &self.prog.types;
        let Some(n) = types.named(base) else {
            let s = self.type_string(base);
            if matches!(types.get(base), Type::Basic(_)) {
                self.error(at.span.lo, format!("cannot define new methods on non-local type {s}"));
            } else {
                self.error(at.span.lo, format!("invalid receiver type {s}"));
            }
            return;
        };
        if self.prog.objects.get(n.obj).pkg != Some(self.pkg) {
            let s = self.type_string(base);
            self.error(at.span.lo, format!("cannot define new methods on non-local type {s}"));
            return;
        }
        let u = types.underlying(base);
        match types.get(u) {
            Type::Pointer(_) => {
                let s = self.type_string(base);
                self.error(at.span.lo, format!("invalid receiver type {s} (pointer or interface type)"));
            }
            Type::Interface(_) => {
                let s = self.type_string(base);
                self.error(at.span.lo, format!("invalid receiver type {s} (pointer or interface type)"));
            }
            _ => {}
        }
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
