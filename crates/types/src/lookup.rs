//! Field and method lookup, selectors, method sets and interface satisfaction.
//!
//! Lookup follows the spec's depth rule: the shallowest field or method of the name wins,
//! through embedded fields (breadth-first by embedding depth); two at the same depth make
//! the selector ambiguous. A method with a pointer receiver is in the method set of `*T`
//! and, for addressable operands, callable on `T`.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::{Mode, Selection, SelectionKind};
use crate::object::{ObjId, ObjKind};
use crate::operand::Operand;
use crate::package::PkgId;
use crate::types::*;
use gorun_syntax::ast::{Expr, ExprKind, Ident};
use gorun_syntax::intern::Symbol;

/// What a lookup found.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub obj: ObjId,
    pub is_method: bool,
    /// Field indices through embedded fields (the last is the field itself for fields).
    pub path: Vec<usize>,
    /// A pointer was dereferenced on the way (or the receiver is a pointer).
    pub indirect: bool,
    /// The field's type, or the method's signature (with a generic receiver's type
    /// arguments substituted).
    pub typ: TypeId,
    /// The type the field or method was found on.
    pub owner: TypeId,
}

#[derive(Clone, Debug)]
pub(crate) enum Lookup {
    Found(Found),
    NotFound,
    Ambiguous,
}

impl<'a> Checker<'a> {
    /// Finds field or method `name` of type `t` (a pointer's element included), as seen
    /// from package `pkg`.
    pub(crate) fn lookup(&mut self, t: TypeId, name: Symbol, pkg: PkgId) -> Lookup {
        self.lookup_impl(t, name, pkg, false)
    }

    /// Like [`lookup`](Self::lookup), but names match regardless of case and of the
    /// package of unexported names (for "but does have …" hints).
    pub(crate) fn lookup_fold_case(&mut self, t: TypeId, name: Symbol, pkg: PkgId) -> Option<ObjId> {
        match self.lookup_impl(t, name, pkg, true) {
            Lookup::Found(f) => Some(f.obj),
            _ => None,
        }
    }

    fn same_id(
        &self,
        obj_name: Symbol,
        obj_exported: bool,
        obj_pkg: Option<PkgId>,
        name: Symbol,
        pkg: PkgId,
        fold_case: bool,
    ) -> bool {
        if fold_case && self.name(obj_name).eq_ignore_ascii_case(self.name(name)) {
            return true;
        }
        obj_name == name && self.accessible(obj_exported, obj_pkg, pkg)
    }

    fn lookup_impl(&mut self, t: TypeId, name: Symbol, pkg: PkgId, fold_case: bool) -> Lookup {
        if name == Symbol(0) {
            return Lookup::NotFound;
        }
        let types = &self.prog.types;
        let mut start = types.unalias(t);
        let mut indirect = false;
        if let Type::Pointer(elem) = types.get(start) {
            // A pointer to an interface has no methods at all.
            if types.is_interface(*elem) {
                return Lookup::NotFound;
            }
            // Methods of a named pointer type are not inherited; fields are reached through it.
            if types.named(start).is_none() {
                start = *elem;
                indirect = true;
            }
        }
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(start, Vec::new(), indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut found: Vec<Found> = Vec::new();
            let mut next = Vec::new();
            for (t, path, ind) in level {
                let types = &self.prog.types;
                let t = types.unalias(t);
                if let Some(n) = types.named(t) {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t);
                    for &m in &n.methods.clone() {
                        let o = self.prog.objects.get(m);
                        if self.same_id(o.name, o.exported, o.pkg, name, pkg, fold_case) {
                            if self.prog.objects.get(m).typ == INVALID {
                                self.obj_decl(m);
                            }
                            let sig = self.method_type_on(m, t);
                            found.push(Found {
                                obj: m,
                                is_method: true,
                                path: path.clone(),
                                indirect: ind,
                                typ: sig,
                                owner: t,
                            });
                        }
                    }
                }
                let types = &self.prog.types;
                let u = types.underlying(t);
                match types.get(u) {
                    Type::Struct(s) => {
                        for (i, f) in s.fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            let exported = self.prog.objects.get(f.obj).exported;
                            if self.same_id(f.name, exported, f.pkg.or(Some(self.pkg)), name, pkg, fold_case) {
                                found.push(Found {
                                    obj: f.obj,
                                    is_method: false,
                                    path: p.clone(),
                                    indirect: ind,
                                    typ: f.typ,
                                    owner: t,
                                });
                            }
                            if f.embedded {
                                let (ft, deref) = match types.get(types.unalias(f.typ)) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.typ, false),
                                };
                                next.push((ft, p, ind || deref));
                            }
                        }
                    }
                    Type::Interface(_) if !self.prog.types.is_type_param(t) => {
                        let (methods, _) = self.prog.types.flat_interface(u);
                        for m in methods {
                            if self.same_id(m.name, m.pkg.is_none(), m.pkg, name, pkg, fold_case) {
                                found.push(Found {
                                    obj: m.obj,
                                    is_method: true,
                                    path: path.clone(),
                                    indirect: ind,
                                    typ: m.sig,
                                    owner: t,
                                });
                            }
                        }
                    }
                    _ => {}
                }
                // A type parameter's methods come from its constraint.
                if let Type::TypeParam(p) = self.prog.types.get(t) {
                    let (methods, _) = self.prog.types.flat_interface(p.constraint);
                    for m in methods {
                        if self.same_id(m.name, m.pkg.is_none(), m.pkg, name, pkg, fold_case) {
                            found.push(Found {
                                obj: m.obj,
                                is_method: true,
                                path: path.clone(),
                                indirect: ind,
                                typ: m.sig,
                                owner: t,
                            });
                        }
                    }
                }
            }
            match found.len() {
                0 => level = next,
                1 => return Lookup::Found(found.pop().expect("one")),
                _ => return Lookup::Ambiguous,
            }
        }
        Lookup::NotFound
    }

    fn accessible(&self, exported: bool, obj_pkg: Option<PkgId>, from: PkgId) -> bool {
        exported || obj_pkg.is_none() || obj_pkg == Some(from)
    }

    /// The signature of method `m` as seen on (possibly instantiated) type `t`.
    pub(crate) fn method_type_on(&mut self, m: ObjId, t: TypeId) -> TypeId {
        let sig = self.prog.objects.get(m).typ;
        let Some(n) = self.prog.types.named(t) else { return sig };
        if n.targs.is_empty() {
            return sig;
        }
        let targs = n.targs.clone();
        // The method's receiver declares its own type parameters, positionally the type's.
        let recv_params = self.receiver_type_params(sig);
        if recv_params.len() != targs.len() {
            return sig;
        }
        self.subst(sig, &recv_params, &targs)
    }

    /// The type parameters a method's receiver declares (`T` in `func (l *List[T]) …`).
    pub(crate) fn receiver_type_params(&self, sig: TypeId) -> Vec<TypeId> {
        let types = &self.prog.types;
        let Some(s) = types.signature(sig) else { return Vec::new() };
        let Some(recv) = s.recv else { return Vec::new() };
        let mut rt = types.unalias(recv.typ);
        if let Type::Pointer(e) = types.get(rt) {
            rt = *e;
        }
        types.named(rt).map(|n| n.targs.clone()).unwrap_or_default()
    }

    /// Whether `m` (a method found on type `recv_base`) needs a pointer receiver.
    pub(crate) fn pointer_receiver(&self, m: ObjId) -> bool {
        matches!(self.prog.objects.get(m).kind, ObjKind::Func(info) if info.pointer_recv)
    }

    /// A selector expression `x.f`: a qualified identifier, a field, a method value or a
    /// method expression.
    pub(crate) fn selector(&mut self, e: &'a Expr, base: &'a Expr, sel: Ident) -> Operand<'a> {
        // pkg.Name
        if let ExprKind::Ident(sym) = base.kind
            && let Some((_, obj)) = self.prog.scopes.lookup(self.scope, sym)
            && let ObjKind::PkgName(pkg) = self.prog.objects.get(obj).kind
        {
            self.used_pkgnames.insert(obj);
            self.prog.info.uses.insert(base.id, obj);
            return self.qualified(e, pkg, sel);
        }
        let x = self.expr_or_type(base, None);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if let Mode::Builtin(_) = x.mode {
            let d = self.describe(&x);
            self.error(e.span.lo, format!("invalid use of {d} in selector expression"));
            return Operand::invalid(e);
        }
        if x.mode == Mode::NoValue {
            let s = self.expr_string(base);
            self.error(base.span.lo, format!("{s} (no value) used as value"));
            return Operand::invalid(e);
        }
        let found = self.lookup(x.typ, sel.name, self.pkg);
        let xs = self.expr_string(base);
        let name = self.name(sel.name);
        let found = match found {
            Lookup::Found(f) => f,
            Lookup::Ambiguous => {
                self.error(sel.span.lo, format!("ambiguous selector {xs}.{name}"));
                return Operand::invalid(e);
            }
            Lookup::NotFound => {
                if self.prog.types.underlying(x.typ) == INVALID {
                    return Operand::invalid(e);
                }
                let why = self.lookup_error(x.typ, sel.name, false);
                self.error(sel.span.lo, format!("{xs}.{name} undefined ({why})"));
                return Operand::invalid(e);
            }
        };
        if !found.is_method {
            if x.mode == Mode::TypeExpr {
                let t = self.type_string(x.typ);
                self.error(base.span.lo, format!("operand for field selector {name} must be value of type {t}"));
                return Operand::invalid(e);
            }
            self.prog.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::Field,
                    obj: found.obj,
                    path: found.path.clone(),
                    indirect: found.indirect,
                },
            );
            self.prog.info.uses.insert(e.id, found.obj);
            let mode = if x.mode == Mode::Variable || found.indirect { Mode::Variable } else { Mode::Value };
            return Operand::new(mode, found.typ, ConstValue::Unknown, Some(e));
        }
        // A method: a dependency of the declaration being checked, like a function.
        self.add_decl_dep(found.obj);
        let ptr_recv = self.pointer_receiver(found.obj) && !self.prog.types.is_interface(found.owner);
        if x.mode == Mode::TypeExpr {
            // Method expression T.m or (*T).m: the receiver becomes the first parameter.
            let is_ptr = matches!(self.prog.types.get(self.prog.types.unalias(x.typ)), Type::Pointer(_));
            if ptr_recv && !is_ptr && !found.indirect {
                let t = self.type_string(x.typ);
                self.error(
                    sel.span.lo,
                    format!("invalid method expression {t}.{name} (needs pointer receiver (*{t}).{name})"),
                );
                return Operand::invalid(e);
            }
            let sig = self.method_expr_type(found.typ, x.typ);
            self.prog.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::MethodExpr,
                    obj: found.obj,
                    path: found.path.clone(),
                    indirect: found.indirect,
                },
            );
            self.prog.info.uses.insert(e.id, found.obj);
            return Operand::value(sig, e);
        }
        if ptr_recv && !found.indirect && x.mode != Mode::Variable {
            let is_ptr = matches!(self.prog.types.get(self.prog.types.underlying(x.typ)), Type::Pointer(_));
            if !is_ptr {
                let t = self.type_string(x.typ);
                self.error(sel.span.lo, format!("cannot call pointer method {name} on {t}"));
                return Operand::invalid(e);
            }
        }
        if ptr_recv && !found.indirect && x.mode == Mode::Variable {
            self.mark_address_taken(base);
        }
        self.prog.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodVal,
                obj: found.obj,
                path: found.path.clone(),
                indirect: found.indirect,
            },
        );
        self.prog.info.uses.insert(e.id, found.obj);
        // The method value's type is the signature without receiver.
        let sig = self.without_receiver(found.typ);
        Operand::value(sig, e)
    }

    fn without_receiver(&mut self, sig: TypeId) -> TypeId {
        let Some(s) = self.prog.types.signature(sig) else { return sig };
        if s.recv.is_none() {
            return sig;
        }
        let mut s = s.clone();
        s.recv = None;
        self.prog.types.add(Type::Signature(Box::new(s)))
    }

    /// `T.m`'s type: m's signature with the receiver `T` as first parameter.
    fn method_expr_type(&mut self, sig: TypeId, recv: TypeId) -> TypeId {
        let Some(s) = self.prog.types.signature(sig) else { return sig };
        let mut s = s.clone();
        s.recv = None;
        s.params.insert(0, Param { name: None, typ: recv, obj: None });
        self.prog.types.add(Type::Signature(Box::new(s)))
    }

    fn qualified(&mut self, e: &'a Expr, pkg: PkgId, sel: Ident) -> Operand<'a> {
        let scope = self.prog.packages[pkg.0 as usize].scope;
        let pkg_name = self.name(self.prog.packages[pkg.0 as usize].name);
        let sel_name = self.name(sel.name);
        let Some(obj) = self.prog.scopes.lookup_local(scope, sel.name) else {
            let s = self.expr_string(e);
            // A name that differs only in case.
            let alt = self.prog.scopes.get(scope).order.iter().copied().find(|&o| {
                let o = self.prog.objects.get(o);
                o.exported && self.name(o.name).eq_ignore_ascii_case(sel_name)
            });
            match alt {
                Some(a) => {
                    let an = self.name(self.prog.objects.get(a).name);
                    self.error(sel.span.lo, format!("undefined: {s} (but have {an})"));
                }
                None => self.error(sel.span.lo, format!("undefined: {s}")),
            }
            return Operand::invalid(e);
        };
        if !self.prog.objects.get(obj).exported {
            self.error(sel.span.lo, format!("name {sel_name} not exported by package {pkg_name}"));
        }
        self.prog.info.uses.insert(e.id, obj);
        let o = self.prog.objects.get(obj);
        let typ = o.typ;
        match o.kind.clone() {
            ObjKind::Const(v) => Operand::constant(typ, v, e),
            ObjKind::TypeName => Operand::new(Mode::TypeExpr, typ, ConstValue::Unknown, Some(e)),
            ObjKind::Var(_) => Operand::new(Mode::Variable, typ, ConstValue::Unknown, Some(e)),
            ObjKind::Func(_) => Operand::value(typ, e),
            ObjKind::Builtin(b) => Operand::new(Mode::Builtin(b), INVALID, ConstValue::Unknown, Some(e)),
            ObjKind::PkgName(_) | ObjKind::Nil | ObjKind::Label => Operand::invalid(e),
        }
    }

    /// gc's reason in `x.f undefined (…)`.
    pub(crate) fn lookup_error(&mut self, t: TypeId, name: Symbol, struct_lit: bool) -> String {
        let ts = self.type_string(t);
        let sel = self.name(name).to_string();
        let types = &self.prog.types;
        if !struct_lit
            && let Type::Pointer(elem) = types.get(types.underlying(t))
            && types.is_interface(*elem)
            && !types.is_type_param(*elem)
        {
            return format!("type {ts} is pointer to interface, not interface");
        }
        // How the name gc finds ignoring case relates to the selector.
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let alt = self.lookup_fold_case(t, name, self.pkg);
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let (case, an, what) = match alt {
            None => (Case::Missing, String::new(), "object"),
            Some(obj) => {
                let o = self.prog.objects.get(obj);
                let an = self.name(o.name).to_string();
                let what = match o.kind {
                    ObjKind::Var(_) => "field",
                    ObjKind::Func(_) => "method",
                    _ => "object",
                };
                let (sel_exp, alt_exp) = (crate::object::is_exported(&sel), crate::object::is_exported(&an));
                let case = if o.pkg == Some(self.pkg) {
                    Case::Misspelled
                } else if sel_exp {
                    if alt_exp {
                        Case::Misspelled
                    } else if tail(&sel) == tail(&an) {
                        Case::Unexported
                    } else {
                        Case::Missing
                    }
                } else if alt_exp {
                    if tail(&sel) == tail(&an) { Case::Misspelled } else { Case::Missing }
                } else if sel == an {
                    Case::Inaccessible
                } else {
                    Case::Missing
                };
                (case, an, what)
            }
        };
        if struct_lit {
            return match case {
                Case::Missing => format!("unknown field {sel} in struct literal of type {ts}"),
                Case::Misspelled => format!("unknown field {sel} in struct literal of type {ts}, but does have {an}"),
                Case::Unexported => {
                    format!("unknown field {sel} in struct literal of type {ts}, but does have unexported {an}")
                }
                Case::Inaccessible => format!("cannot refer to unexported field {an} in struct literal of type {ts}"),
            };
        }
        match case {
            Case::Missing => format!("type {ts} has no field or method {sel}"),
            Case::Misspelled => format!("type {ts} has no field or method {sel}, but does have {what} {an}"),
            Case::Unexported => format!("type {ts} has no field or method {sel}, but does have unexported {what} {an}"),
            Case::Inaccessible => format!("cannot refer to unexported {what} {an}"),
        }
    }

    /// Every field and method name reachable from `t` (for "but does have" hints).
    pub(crate) fn all_member_names(&mut self, t: TypeId) -> Vec<(ObjId, bool)> {
        let types = &self.prog.types;
        let mut out = Vec::new();
        let mut t = types.unalias(t);
        if let Type::Pointer(e) = types.get(t)
            && types.named(t).is_none()
        {
            t = *e;
        }
        if let Some(n) = types.named(t) {
            out.extend(n.methods.iter().map(|&m| (m, true)));
        }
        match types.get(types.underlying(t)) {
            Type::Struct(s) => out.extend(s.fields.iter().map(|f| (f.obj, false))),
            Type::Interface(_) => {
                let (methods, _) = types.flat_interface(t);
                out.extend(methods.iter().map(|m| (m.obj, true)));
            }
            _ => {}
        }
        out
    }

    /// `M(int) string`: a method's name and signature for have/want lines.
    pub(crate) fn method_sig_string(&self, name: &str, sig: TypeId) -> String {
        let mut out = name.to_string();
        if let Type::Signature(s) = self.prog.types.get(self.prog.types.underlying(sig)) {
            let mut s = (**s).clone();
            s.recv = None;
            self.printer().signature(&mut out, &s, 0);
        }
        out
    }
}
