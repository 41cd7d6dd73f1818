//! Checking package-level declarations: constants, variables, types, function signatures.
//!
//! Declarations are checked on demand: the first use of a package-level object checks its
//! declaration (`obj_decl`), so source order does not matter. Objects are colored white
//! (unchecked), grey (being checked) and black (done); reaching a grey object again is a
//! cycle. A grey *type* is fine (its `Named` type already exists: `type T struct{ next *T }`);
//! whether a type contains itself by value is checked afterwards (`valid_types`). A grey
//! constant is an initialization cycle. Variable cycles (also through functions) are found
//! by the initialization order (`initorder.rs`).

use crate::check::{Checker, Color};
use crate::constant::ConstValue;
use crate::object::{ObjId, ObjKind};
use crate::resolve::{Body, DeclKind};
use crate::types::*;
use gorun_syntax::ast::{self, Expr};
use gorun_syntax::intern::Symbol;

impl<'a> Checker<'a> {
    /// Type-checks every package-level declaration, in source order.
    pub(crate) fn package_decls(&mut self) {
        for obj in self.pkg_objects.clone() {
            self.obj_decl(obj);
        }
        for (named, rhs) in std::mem::take(&mut self.pending_underlying) {
            let u = self.prog.types.underlying(rhs);
            if !self.prog.types.is_type_param(rhs)
                && let Some(n) = self.prog.types.named_mut(named)
            {
                n.underlying = u;
            }
        }
        self.complete_instances();
        self.run_later();
        self.valid_types();
    }

    /// Makes sure the declaration of package-level object `obj` has been checked.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.colors.get(&obj).copied() {
            None | Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.cycle(obj);
                return;
            }
            Some(Color::White) => {}
        }
        let Some(decl) = self.decls.get(&obj).copied() else { return };
        self.colors.insert(obj, Color::Grey);
        self.decl_path.push(obj);
        let saved_scope = self.scope;
        let saved_file = self.file_index;
        let saved_ctx = std::mem::take(&mut self.ctx);
        self.file_index = decl.file;
        self.scope = self.file_scopes[decl.file];
        self.ctx.decl_obj = Some(obj);
        match decl.kind {
            DeclKind::Const { typ, init, iota, .. } => self.const_decl(obj, typ, init, iota),
            DeclKind::Var { spec, index } => self.var_decl(obj, spec, index),
            DeclKind::Type { spec } => {
                self.type_decl(obj, spec);
                self.field_method_collisions(obj);
            }
            DeclKind::Func { decl } => self.func_decl(obj, decl),
        }
        self.ctx = saved_ctx;
        self.scope = saved_scope;
        self.file_index = saved_file;
        self.decl_path.pop();
        self.colors.insert(obj, Color::Black);
    }

    /// A struct type's fields and its methods must have different names.
    fn field_method_collisions(&mut self, obj: ObjId) {
        let t = self.prog.objects.get(obj).typ;
        let Some(n) = self.prog.types.named(t) else { return };
        let methods = n.methods.clone();
        let Some(st) = self.prog.types.struct_type(n.underlying) else { return };
        let fields: Vec<(Symbol, ObjId)> = st.fields.iter().map(|f| (f.name, f.obj)).collect();
        for (name, field) in fields {
            if name == Symbol(0) {
                continue;
            }
            if let Some(&m) = methods.iter().find(|&&m| self.prog.objects.get(m).name == name) {
                let (mpos, fpos) = (self.prog.objects.get(m).pos, self.prog.objects.get(field).pos);
                let note = format!("{}: other declaration of {}", self.position(fpos), self.name(name));
                self.error_with(mpos, format!("field and method with the same name {}", self.name(name)), vec![note]);
            }
        }
    }

    /// A reference to an object whose declaration is being checked: a cycle, which is
    /// fine through a defined type (`type L struct{ next *L }`) or through function bodies;
    /// cycles of constants and variables only are reported by the initialization order.
    fn cycle(&mut self, obj: ObjId) {
        let start = self.decl_path.iter().position(|&o| o == obj).unwrap_or(0);
        let cycle: Vec<ObjId> = self.decl_path[start..].to_vec();
        let (mut nval, mut ndef) = (0, 0);
        for &o in &cycle {
            let o = self.prog.objects.get(o);
            match o.kind {
                ObjKind::Const(_) | ObjKind::Var(_) => nval += 1,
                ObjKind::TypeName if !matches!(self.prog.types.get(o.typ), Type::Alias(..)) && o.typ != INVALID => {
                    ndef += 1
                }
                _ => {}
            }
        }
        let valid = nval == cycle.len() || (nval == 0 && ndef > 0);
        if !valid {
            self.cycle_error(&cycle);
        }
        let o = self.prog.objects.get(obj);
        if matches!(o.kind, ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::TypeName) && (!valid || o.typ == INVALID) {
            if matches!(o.kind, ObjKind::TypeName) && valid {
                return;
            }
            self.prog.objects.get_mut(obj).typ = INVALID;
        }
    }

    /// gc's report of an invalid declaration cycle, starting at the object declared first.
    fn cycle_error(&mut self, cycle: &[ObjId]) {
        let start = (0..cycle.len()).min_by_key(|&i| self.prog.objects.get(cycle[i]).pos).unwrap_or(0);
        let first = cycle[start];
        let is_type = matches!(self.prog.objects.get(first).kind, ObjKind::TypeName);
        let name = |c: &Self, o: ObjId| c.name(c.prog.objects.get(o).name).to_string();
        let pos = self.prog.objects.get(first).pos;
        let n = name(self, first);
        if cycle.len() == 1 {
            let what = if is_type { "invalid recursive type" } else { "invalid cycle in declaration" };
            self.error(pos, format!("{what}: {n} refers to itself"));
            return;
        }
        let notes = (0..cycle.len())
            .map(|i| {
                let (o, next) = (cycle[(start + i) % cycle.len()], cycle[(start + i + 1) % cycle.len()]);
                let p = self.position(self.prog.objects.get(o).pos);
                format!("{p}: {} refers to {}", name(self, o), name(self, next))
            })
            .collect();
        let head = if is_type {
            format!("invalid recursive type {n}")
        } else {
            format!("invalid cycle in declaration of {n}")
        };
        self.error_with(pos, head, notes);
    }

    /// `initialization cycle or initialization loop` with gc's listing of the cycle.
    pub(crate) fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let pos = self.prog.objects.get(first).pos;
        let name = |c: &Self, o: ObjId| c.name(c.prog.objects.get(o).name).to_string();
        let mut notes = Vec::new();
        if cycle.len() == 1 {
            let n = name(self, first);
            self.error(pos, format!("initialization cycle: {n} refers to itself"));
            return;
        }
        for (i, &o) in cycle.iter().enumerate() {
            let next = cycle[(i + 1) % cycle.len()];
            let p = self.position(self.prog.objects.get(o).pos);
            notes.push(format!("{p}: {} refers to {}", name(self, o), name(self, next)));
        }
        let n = name(self, first);
        self.error_with(pos, format!("initialization cycle for {n}"), notes);
    }

    fn const_decl(&mut self, obj: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>, iota: u32) {
        self.ctx.iota = Some(ConstValue::int(iota as i64));
        let declared = typ.map(|t| self.type_expr(t));
        if let Some(t) = declared
            && t != INVALID
            && !self.is_const_type(t)
        {
            let msg = format!("invalid constant type {}", self.type_string(t));
            self.error(typ.map_or(self.prog.objects.get(obj).pos, |e| e.span.lo), msg);
            self.prog.objects.get_mut(obj).typ = INVALID;
            return;
        }
        let Some(init) = init else {
            self.prog.objects.get_mut(obj).typ = declared.unwrap_or(INVALID);
            self.prog.objects.get_mut(obj).kind = ObjKind::Const(ConstValue::Unknown);
            return;
        };
        let mut x = self.expr(init, declared);
        if x.mode != crate::info::Mode::Invalid && x.mode != crate::info::Mode::Constant {
            let desc = self.describe(&x);
            self.error(init.span.lo, format!("{desc} is not constant"));
            x.mode = crate::info::Mode::Invalid;
        }
        if let Some(t) = declared
            && t != INVALID
        {
            self.assignment(&mut x, t, "constant declaration");
        }
        let (typ, val) =
            if x.mode == crate::info::Mode::Constant { (x.typ, x.val.clone()) } else { (INVALID, ConstValue::Unknown) };
        let o = self.prog.objects.get_mut(obj);
        o.typ = typ;
        o.kind = ObjKind::Const(val);
    }

    fn var_decl(&mut self, obj: ObjId, spec: &'a ast::ValueSpec, index: usize) {
        // All names of the spec are declared together.
        let pkg_scope = self.prog.packages[self.pkg.0 as usize].scope;
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| {
                if n.name == gorun_syntax::intern::Symbol(0) {
                    self.prog.info.defs.get(&n.span.lo).copied().unwrap_or(obj)
                } else {
                    self.prog.scopes.lookup_local(pkg_scope, n.name).unwrap_or(obj)
                }
            })
            .collect();
        let _ = index;
        self.var_spec(&objs, spec);
        for &o in &objs {
            if o != obj {
                self.colors.insert(o, Color::Black);
                // Their dependencies are the same.
                let deps = self.deps.get(&obj).cloned().unwrap_or_default();
                self.deps.entry(o).or_default().extend(deps);
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.assign.is_some() {
            // type A = T (generic aliases: type parameters are declared like a type's).
            let saved = self.scope;
            if let Some(tps) = &spec.type_params {
                self.scope = self.prog.scopes.new_scope(Some(self.scope), crate::scope::ScopeKind::Block);
                self.declare_type_params(tps, None);
            }
            let actual = self.type_expr(&spec.typ);
            self.scope = saved;
            let alias = self.prog.objects.get(obj).typ;
            match self.prog.types.get_mut(alias) {
                Type::Alias(_, target) => *target = actual,
                _ => {
                    let alias = self.prog.types.add(Type::Alias(obj, actual));
                    self.prog.objects.get_mut(obj).typ = alias;
                }
            }
            return;
        }
        let named = self.prog.objects.get(obj).typ;
        let saved = self.scope;
        if let Some(tps) = &spec.type_params {
            self.scope = self.prog.scopes.new_scope(Some(self.scope), crate::scope::ScopeKind::Block);
            let tparams = self.declare_type_params(tps, Some(named));
            if let Some(n) = self.prog.types.named_mut(named) {
                n.tparams = tparams;
            }
        }
        let rhs = self.type_expr(&spec.typ);
        self.scope = saved;
        // The underlying type of `type T U` is U's underlying type; while U is itself being
        // declared (a cycle through names only) it is not known yet.
        let mut underlying = self.prog.types.underlying(rhs);
        if self.prog.types.is_type_param(rhs) {
            let msg = "cannot use a type parameter as RHS in type declaration".to_string();
            self.error(spec.typ.span.lo, msg);
            underlying = INVALID;
        }
        if underlying == INVALID && rhs != INVALID && self.prog.types.named(rhs).is_some() {
            // `type A B` where B's declaration is still in progress: a cycle.
            self.invalid_recursive_type(obj);
        } else if underlying == INVALID && rhs != INVALID {
            // Through an alias still being declared (`type h i; type i = j; type j = []h`):
            // known once all declarations are done.
            self.pending_underlying.push((named, rhs));
        }
        if let Some(n) = self.prog.types.named_mut(named) {
            n.underlying = underlying;
        }
        self.complete_instances();
    }

    /// gc's "invalid recursive type" with the cycle's members listed.
    pub(crate) fn invalid_recursive_type(&mut self, obj: ObjId) {
        let start = self.decl_path.iter().position(|&o| o == obj).unwrap_or(0);
        let mut cycle: Vec<ObjId> = self.decl_path[start..]
            .iter()
            .copied()
            .filter(|&o| self.prog.objects.get(o).kind == ObjKind::TypeName)
            .collect();
        if cycle.is_empty() {
            cycle.push(obj);
        }
        self.report_type_cycle(&cycle);
    }

    pub(crate) fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let pos = self.prog.objects.get(first).pos;
        let name = |c: &Self, o: ObjId| c.name(c.prog.objects.get(o).name).to_string();
        let n = name(self, first);
        if cycle.len() == 1 {
            self.error(pos, format!("invalid recursive type: {n} refers to itself"));
            return;
        }
        let mut notes = Vec::new();
        for (i, &o) in cycle.iter().enumerate() {
            let next = cycle[(i + 1) % cycle.len()];
            let p = self.position(self.prog.objects.get(o).pos);
            notes.push(format!("{p}: {} refers to {}", name(self, o), name(self, next)));
        }
        self.error_with(pos, format!("invalid recursive type {n}"), notes);
    }

    fn func_decl(&mut self, obj: ObjId, decl: &'a ast::FuncDecl) {
        let sig = self.func_signature(obj, decl);
        self.prog.objects.get_mut(obj).typ = sig;
        if let Some(body) = &decl.body {
            let _ = body;
            self.bodies.push(Body { file: self.file_index, obj: Some(obj), decl, sig });
        } else if !self.std {
            self.error(decl.name.span.lo, "missing function body");
        }
    }

    /// Whether `t` may be the type of a constant.
    pub(crate) fn is_const_type(&self, t: TypeId) -> bool {
        matches!(self.prog.types.basic(t), Some(k) if k.is_constant_kind())
    }

    /// Checks that no named type contains itself by value (through struct fields and array
    /// elements): `type T struct{ t T }` is invalid, `type T struct{ t *T }` fine.
    fn valid_types(&mut self) {
        let objs: Vec<ObjId> = self.pkg_objects.clone();
        let mut reported: Vec<ObjId> = Vec::new();
        for obj in objs {
            if self.prog.objects.get(obj).kind != ObjKind::TypeName {
                continue;
            }
            let t = self.prog.objects.get(obj).typ;
            if self.prog.types.named(t).is_none() || reported.contains(&obj) {
                continue;
            }
            let mut path = vec![obj];
            if let Some(cycle) = self.contains_by_value(t, &mut path, 0) {
                if cycle.iter().any(|o| reported.contains(o)) {
                    continue;
                }
                reported.extend(cycle.iter().copied());
                self.report_type_cycle(&cycle);
                if let Some(n) = self.prog.types.named_mut(t) {
                    n.underlying = INVALID;
                }
            }
        }
    }

    fn contains_by_value(&self, t: TypeId, path: &mut Vec<ObjId>, depth: usize) -> Option<Vec<ObjId>> {
        if depth > 64 {
            return None;
        }
        let types = &self.prog.types;
        let t = types.unalias(t);
        match types.get(t) {
            // An instance (`T[int]`) counts as its generic type: `type T[P any] struct{ T[P] }`
            // contains itself.
            Type::Named(n) => {
                if depth > 0 {
                    if let Some(i) = path.iter().position(|&o| o == n.obj) {
                        if i == 0 {
                            return Some(path.clone());
                        }
                        return None;
                    }
                    // Only follow types of this package.
                    if self.prog.objects.get(n.obj).pkg != Some(self.pkg) {
                        return None;
                    }
                    path.push(n.obj);
                }
                let u = n.underlying;
                let r = self.contains_by_value(u, path, depth + 1);
                if depth > 0 {
                    path.pop();
                }
                r
            }
            Type::Array(_, e) => self.contains_by_value(*e, path, depth + 1),
            Type::Struct(s) => {
                for f in &s.fields {
                    if let Some(c) = self.contains_by_value(f.typ, path, depth + 1) {
                        return Some(c);
                    }
                }
                None
            }
            _ => None,
        }
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
