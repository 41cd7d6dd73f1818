//! Scopes: the universe, packages, files, functions and blocks.
//!
//! A scope maps names to objects and points to its parent. Local scopes are filled as the
//! checker walks a function body, so a name is visible from its declaration on, as Go
//! requires; package scopes are filled before any body is checked.

use crate::object::ObjId;
use gorun_syntax::intern::Symbol;
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Universe,
    Package,
    File,
    /// A function's outermost scope: its parameters and results.
    Func,
    Block,
}

#[derive(Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub kind: ScopeKind,
    names: FxHashMap<Symbol, ObjId>,
    /// Objects in declaration order (for "declared and not used", reported in order).
    pub order: Vec<ObjId>,
}

#[derive(Default, Debug)]
pub struct Scopes {
    list: Vec<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        self.list.push(Scope { parent, kind, names: FxHashMap::default(), order: Vec::new() });
        ScopeId(self.list.len() as u32 - 1)
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.list[id.0 as usize]
    }

    /// Declares `name` in `scope`; returns the object already declared there, if any.
    pub fn insert(&mut self, scope: ScopeId, name: Symbol, obj: ObjId) -> Option<ObjId> {
        let s = &mut self.list[scope.0 as usize];
        if let Some(&prev) = s.names.get(&name) {
            return Some(prev);
        }
        s.names.insert(name, obj);
        s.order.push(obj);
        None
    }

    /// The object `name` denotes in `scope` itself.
    pub fn lookup_local(&self, scope: ScopeId, name: Symbol) -> Option<ObjId> {
        self.get(scope).names.get(&name).copied()
    }

    /// The object `name` denotes in `scope` or its parents, and the scope it was found in.
    pub fn lookup(&self, mut scope: ScopeId, name: Symbol) -> Option<(ScopeId, ObjId)> {
        loop {
            if let Some(obj) = self.lookup_local(scope, name) {
                return Some((scope, obj));
            }
            scope = self.get(scope).parent?;
        }
    }
}
