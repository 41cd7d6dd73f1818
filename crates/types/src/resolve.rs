//! Collecting a package's objects before any declaration is type-checked.
//!
//! Every package-level constant, variable, type and function becomes an object in the
//! package scope (imports go to their file's scope), with a record of the syntax that
//! declares it; `decl.rs` checks those declarations on demand. Named types get their
//! `Named` type right away, so recursive types and methods declared before their receiver
//! type need no special order. Methods are attached to their receiver base type here.

use crate::check::{Checker, Color};
use crate::constant::ConstValue;
use crate::object::{FuncInfo, ObjId, ObjKind, Object, VarInfo, is_exported};
use crate::scope::ScopeKind;
use crate::types::{INVALID, NamedType, Type};
use gorun_syntax::ast::{self, Decl, DeclKeyword, Expr, ExprKind, Spec};
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

/// A package-level declaration, as found in the syntax.
#[derive(Clone, Copy)]
pub(crate) struct PkgDecl<'a> {
    pub file: usize,
    pub kind: DeclKind<'a>,
}

#[derive(Clone, Copy)]
pub(crate) enum DeclKind<'a> {
    /// The `index`th name of a constant spec; `typ` and `init` may come from an earlier
    /// spec of the group (implicit repetition).
    Const {
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
    },
    /// The `index`th name of a variable spec.
    Var {
        spec: &'a ast::ValueSpec,
        index: usize,
    },
    Type {
        spec: &'a ast::TypeSpec,
    },
    Func {
        decl: &'a ast::FuncDecl,
    },
}

/// A function body waiting to be checked.
#[derive(Clone, Copy)]
pub(crate) struct Body<'a> {
    pub file: usize,
    pub obj: Option<ObjId>,
    pub decl: &'a ast::FuncDecl,
    pub sig: crate::types::TypeId,
}

impl<'a> Checker<'a> {
    /// Declares an object in a scope, reporting a redeclaration as gc does.
    pub(crate) fn declare(&mut self, scope: crate::scope::ScopeId, name: Symbol, obj: ObjId, pos: Pos) -> bool {
        if name == Symbol(0) {
            return true;
        }
        if let Some(prev) = self.prog.scopes.insert(scope, name, obj) {
            let prev_pos = self.prog.objects.get(prev).pos;
            let msg = format!("{} redeclared in this block", self.name(name));
            let note = format!("{}: other declaration of {}", self.position(prev_pos), self.name(name));
            if prev_pos.0 != 0 {
                self.error_with(pos, msg, vec![note]);
            } else {
                self.error(pos, msg);
            }
            return false;
        }
        true
    }

    pub(crate) fn new_object(&mut self, name: Symbol, kind: ObjKind, pos: Pos) -> ObjId {
        let exported = is_exported(self.name(name));
        self.prog.objects.add(Object {
            name,
            kind,
            typ: INVALID,
            pos,
            pkg: Some(self.pkg),
            parent: None,
            exported,
            decl: None,
        })
    }

    pub(crate) fn collect_objects(&mut self) {
        let pkg_scope = self.prog.packages[self.pkg.0 as usize].scope;
        let files = self.files;
        let mut methods: Vec<(usize, &'a ast::FuncDecl)> = Vec::new();
        for (file_index, file) in files.iter().enumerate() {
            self.file_index = file_index;
            let file_scope = self.prog.scopes.new_scope(Some(pkg_scope), ScopeKind::File);
            self.file_scopes.push(file_scope);
            if file.name.name != self.prog.packages[self.pkg.0 as usize].name && file_index > 0 {
                let first = self.name(self.prog.packages[self.pkg.0 as usize].name).to_string();
                let this = self.name(file.name.name).to_string();
                self.error(file.name.span.lo, format!("package {this}; expected package {first}"));
            }
            for decl in &file.decls {
                match decl {
                    Decl::Bad(_) => {}
                    Decl::Gen(g) => match g.keyword {
                        DeclKeyword::Import => {
                            for spec in &g.specs {
                                if let Spec::Import(imp) = spec {
                                    self.import(file_scope, imp);
                                }
                            }
                        }
                        DeclKeyword::Const => self.collect_consts(file_index, pkg_scope, g),
                        DeclKeyword::Var => {
                            for spec in &g.specs {
                                if let Spec::Value(v) = spec {
                                    for (index, name) in v.names.iter().enumerate() {
                                        let obj = self.new_object(
                                            name.name,
                                            ObjKind::Var(VarInfo { global: true, ..VarInfo::default() }),
                                            name.span.lo,
                                        );
                                        self.declare_pkg_object(
                                            pkg_scope,
                                            *name,
                                            obj,
                                            PkgDecl { file: file_index, kind: DeclKind::Var { spec: v, index } },
                                        );
                                    }
                                }
                            }
                        }
                        DeclKeyword::Type => {
                            for spec in &g.specs {
                                if let Spec::Type(t) = spec {
                                    let obj = self.new_object(t.name.name, ObjKind::TypeName, t.name.span.lo);
                                    if t.assign.is_none() {
                                        let named = self.prog.types.add(Type::Named(Box::new(NamedType {
                                            obj,
                                            underlying: INVALID,
                                            methods: Vec::new(),
                                            tparams: Vec::new(),
                                            origin: None,
                                            targs: Vec::new(),
                                        })));
                                        self.prog.objects.get_mut(obj).typ = named;
                                    } else {
                                        // The alias's target is filled in by its declaration;
                                        // references made before that (in a cycle through a
                                        // defined type) follow it then.
                                        let alias = self.prog.types.add(Type::Alias(obj, INVALID));
                                        self.prog.objects.get_mut(obj).typ = alias;
                                    }
                                    self.declare_pkg_object(
                                        pkg_scope,
                                        t.name,
                                        obj,
                                        PkgDecl { file: file_index, kind: DeclKind::Type { spec: t } },
                                    );
                                }
                            }
                        }
                    },
                    Decl::Func(f) => {
                        if f.recv.is_some() {
                            methods.push((file_index, f));
                            continue;
                        }
                        let info = FuncInfo { has_body: f.body.is_some(), ..FuncInfo::default() };
                        let obj = self.new_object(f.name.name, ObjKind::Func(info), f.name.span.lo);
                        let name = self.name(f.name.name);
                        let decl = PkgDecl { file: file_index, kind: DeclKind::Func { decl: f } };
                        if name == "init" {
                            // Any number of init functions; none is in scope.
                            self.check_init_or_main_signature(f, "init");
                            self.prog.info.defs.insert(f.name.span.lo, obj);
                            self.decls.insert(obj, decl);
                            self.pkg_objects.push(obj);
                            self.colors.insert(obj, Color::White);
                            continue;
                        }
                        if name == "main" && self.name(self.prog.packages[self.pkg.0 as usize].name) == "main" {
                            self.check_init_or_main_signature(f, "main");
                        }
                        self.declare_pkg_object(pkg_scope, f.name, obj, decl);
                    }
                }
            }
        }
        for (file_index, f) in methods {
            self.collect_method(file_index, f);
        }
    }

    fn declare_pkg_object(&mut self, scope: crate::scope::ScopeId, name: ast::Ident, obj: ObjId, decl: PkgDecl<'a>) {
        self.prog.objects.get_mut(obj).parent = Some(scope);
        self.prog.info.defs.insert(name.span.lo, obj);
        self.decls.insert(obj, decl);
        self.colors.insert(obj, Color::White);
        self.pkg_objects.push(obj);
        self.declare(scope, name.name, obj, name.span.lo);
    }

    fn check_init_or_main_signature(&mut self, f: &ast::FuncDecl, which: &str) {
        let has_type_params = f.typ.type_params.is_some();
        if !f.typ.params.list.is_empty() || f.typ.results.as_ref().is_some_and(|r| !r.list.is_empty()) {
            self.error(f.name.span.lo, format!("func {which} must have no arguments and no return values"));
        } else if has_type_params {
            self.error(f.name.span.lo, format!("func {which} must have no type parameters"));
        }
    }

    fn collect_consts(&mut self, file_index: usize, scope: crate::scope::ScopeId, g: &'a ast::GenDecl) {
        // The last spec with values: later specs without values repeat it.
        let mut last: Option<&'a ast::ValueSpec> = None;
        for spec in &g.specs {
            let Spec::Value(v) = spec else { continue };
            let source = if v.values.is_empty() && v.typ.is_none() { last } else { Some(&**v) };
            if !v.values.is_empty() || v.typ.is_some() {
                last = Some(v);
            }
            for (index, name) in v.names.iter().enumerate() {
                let obj = self.new_object(name.name, ObjKind::Const(ConstValue::Unknown), name.span.lo);
                let (typ, init) = match source {
                    Some(s) => (s.typ.as_ref(), s.values.get(index)),
                    None => (None, None),
                };
                self.declare_pkg_object(
                    scope,
                    *name,
                    obj,
                    PkgDecl { file: file_index, kind: DeclKind::Const { typ, init, iota: v.iota } },
                );
            }
            self.check_const_spec_arity(v, source);
        }
    }

    /// gc's errors for a constant spec whose names and values do not match up.
    pub(crate) fn check_const_spec_arity(&mut self, v: &ast::ValueSpec, source: Option<&ast::ValueSpec>) {
        let Some(source) = source else {
            if let Some(first) = v.names.first() {
                let msg = format!("missing init expr for {}", self.name(first.name));
                self.error(first.span.lo, msg);
            }
            return;
        };
        let inherited = !std::ptr::eq(source, v);
        if source.values.is_empty() {
            if let Some(first) = v.names.first() {
                let msg = format!("missing init expr for {}", self.name(first.name));
                self.error(first.span.lo, msg);
            }
        } else if v.names.len() > source.values.len() {
            let name = v.names[source.values.len()];
            let msg = format!("missing init expr for {}", self.name(name.name));
            self.error(name.span.lo, msg);
        } else if v.names.len() < source.values.len() && !inherited {
            let extra = &source.values[v.names.len()];
            self.error(extra.span.lo, "extra init expr");
        }
    }

    fn import(&mut self, file_scope: crate::scope::ScopeId, imp: &ast::ImportSpec) {
        let lit = self.text(imp.path);
        let path = match crate::constant::parse_string(lit) {
            ConstValue::String(b) => String::from_utf8_lossy(&b).into_owned(),
            _ => return,
        };
        // Imports that could not be loaded were reported before checking began.
        let Some(&imported) = self.imports.get(&path) else { return };
        let pkgs = &mut self.prog.packages;
        if !pkgs[self.pkg.0 as usize].imports.contains(&imported) {
            pkgs[self.pkg.0 as usize].imports.push(imported);
        }
        let pkg_name = self.prog.packages[imported.0 as usize].name;
        match imp.name {
            Some(alias) if self.name(alias.name) == "." => {
                // Dot import: every exported object of the package in the file scope.
                let imported_scope = self.prog.packages[imported.0 as usize].scope;
                let names: Vec<ObjId> = self.prog.scopes.get(imported_scope).order.clone();
                let marker = self.new_object(alias.name, ObjKind::PkgName(imported), alias.span.lo);
                self.prog.info.defs.insert(alias.span.lo, marker);
                for obj in names {
                    let o = self.prog.objects.get(obj);
                    if o.exported {
                        let name = o.name;
                        self.prog.scopes.insert(file_scope, name, obj);
                    }
                }
            }
            Some(alias) if alias.name == Symbol(0) => {}
            Some(alias) => {
                let obj = self.new_object(alias.name, ObjKind::PkgName(imported), alias.span.lo);
                self.prog.objects.get_mut(obj).parent = Some(file_scope);
                self.prog.info.defs.insert(alias.span.lo, obj);
                self.declare(file_scope, alias.name, obj, alias.span.lo);
                self.import_candidates.push((obj, alias.span.lo, path.clone(), Some(alias.name)));
            }
            None => {
                let obj = self.new_object(pkg_name, ObjKind::PkgName(imported), imp.path.lo);
                self.prog.objects.get_mut(obj).parent = Some(file_scope);
                self.declare(file_scope, pkg_name, obj, imp.path.lo);
                self.import_candidates.push((obj, imp.path.lo, path.clone(), None));
            }
        }
    }

    /// The defined type a receiver's base type name denotes, following alias declarations
    /// (`type A = *T`) syntactically, at most one pointer deep.
    fn resolve_base_type_name(&self, mut ptr: bool, name: Symbol) -> Option<ObjId> {
        let pkg_scope = self.prog.packages[self.pkg.0 as usize].scope;
        let mut seen: Vec<ObjId> = Vec::new();
        let mut name = name;
        loop {
            let obj = self.prog.scopes.lookup_local(pkg_scope, name)?;
            if self.prog.objects.get(obj).kind != ObjKind::TypeName || seen.contains(&obj) {
                return None;
            }
            let Some(PkgDecl { kind: DeclKind::Type { spec }, .. }) = self.decls.get(&obj) else { return None };
            if spec.assign.is_none() {
                return Some(obj);
            }
            if spec.type_params.is_some() {
                return None;
            }
            seen.push(obj);
            let mut typ = crate::expr::strip_parens(&spec.typ);
            if let ExprKind::Star(inner) = &typ.kind {
                if ptr {
                    return None;
                }
                ptr = true;
                typ = crate::expr::strip_parens(inner);
            }
            let ExprKind::Ident(next) = typ.kind else { return None };
            name = next;
        }
    }

    /// Attaches a method declaration to its receiver's base type.
    fn collect_method(&mut self, file_index: usize, f: &'a ast::FuncDecl) {
        let info = FuncInfo { has_body: f.body.is_some(), method: true, pointer_recv: false };
        let obj = self.new_object(f.name.name, ObjKind::Func(info), f.name.span.lo);
        self.prog.info.defs.insert(f.name.span.lo, obj);
        self.decls.insert(obj, PkgDecl { file: file_index, kind: DeclKind::Func { decl: f } });
        self.colors.insert(obj, Color::White);
        self.pkg_objects.push(obj);
        // The base type name: `T`, `*T`, `T[P]`, `*T[P]`, possibly parenthesized, through
        // (non-generic) aliases declared in this package.
        let Some(recv) = f.recv.as_ref().and_then(|r| r.list.first()) else { return };
        let mut base = &recv.typ;
        let mut ptr = false;
        loop {
            match &base.kind {
                ExprKind::Paren(inner) => base = inner,
                ExprKind::Star(inner) => {
                    ptr = true;
                    base = inner;
                }
                ExprKind::Index(ix) => base = &ix.x,
                _ => break,
            }
        }
        let ExprKind::Ident(base_name) = base.kind else { return };
        let Some(type_obj) = self.resolve_base_type_name(ptr, base_name) else { return };
        let t = self.prog.objects.get(type_obj).typ;
        let method_name = f.name.name;
        if method_name == Symbol(0) {
            return;
        }
        let existing: Vec<ObjId> = self.prog.types.named(t).map(|n| n.methods.clone()).unwrap_or_default();
        if let Some(&prev) = existing.iter().find(|&&m| self.prog.objects.get(m).name == method_name) {
            let prev_pos = self.prog.objects.get(prev).pos;
            let msg = format!(
                "method {}.{} already declared at {}",
                self.name(base_name),
                self.name(method_name),
                self.position(prev_pos)
            );
            self.error(f.name.span.lo, msg);
            return;
        }
        if let Some(n) = self.prog.types.named_mut(t) {
            n.methods.push(obj);
        }
    }

    /// Reports imports never used, as gc does: `"fmt" imported and not used`.
    pub(crate) fn unused_imports(&mut self) {
        for (obj, pos, path, alias) in std::mem::take(&mut self.import_candidates) {
            if self.used_pkgnames.contains(&obj) {
                continue;
            }
            let quoted = crate::constant::go_quote(path.as_bytes());
            let msg = match alias {
                Some(a) => format!("{quoted} imported as {} and not used", self.name(a)),
                None => format!("{quoted} imported and not used"),
            };
            self.error(pos, msg);
        }
    }
}
