//! The facts the checker records for later stages, indexed densely by `NodeId`.

use crate::constant::ConstValue;
use crate::object::{Builtin, ObjId};
use crate::types::TypeId;
use gorun_syntax::ast::NodeId;
use gorun_syntax::source::Pos;
use rustc_hash::FxHashMap;

/// What kind of thing an expression denotes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// An erroneous expression (already reported).
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    /// An addressable value.
    Variable,
    /// A map index expression (assignable, not addressable).
    MapIndex,
    Value,
    /// The predeclared `nil` (its type is `untyped nil` until the context gives it one).
    Nil,
    /// A value with an optional second boolean (`m[k]`, `x.(T)`, `<-ch`).
    CommaOk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub typ: TypeId,
    pub value: Option<ConstValue>,
}

/// How a selector `x.f` was resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// A struct field, through the embedded fields at `path`.
    Field,
    /// A method value `x.m`.
    MethodVal,
    /// A method expression `T.m`.
    MethodExpr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    pub obj: ObjId,
    /// Field indices from the receiver through embedded fields to the selected one.
    pub path: Vec<usize>,
    /// A pointer is dereferenced along the path.
    pub indirect: bool,
}

#[derive(Default, Debug)]
pub struct Info {
    /// Type and value of each expression, by `NodeId`.
    pub exprs: Vec<Option<TypeAndValue>>,
    /// The object an identifier expression refers to, by `NodeId`.
    pub uses: FxHashMap<NodeId, ObjId>,
    /// The object a declaring identifier declares, by the identifier's position.
    pub defs: FxHashMap<Pos, ObjId>,
    /// Selector expressions that select a field or method, by `NodeId`.
    pub selections: FxHashMap<NodeId, Selection>,
    /// Objects without a declaring identifier (a type switch clause's variable), by the
    /// position of the clause.
    pub implicits: FxHashMap<Pos, ObjId>,
    /// The field path (indices through embedded fields) of each key of a keyed struct
    /// literal, by the key's `NodeId`.
    pub lit_fields: FxHashMap<NodeId, Vec<usize>>,
    /// Map index expressions, type assertions and receives used in the two-value
    /// ("comma, ok") form.
    pub comma_ok: rustc_hash::FxHashSet<NodeId>,
    /// Package-level variable initializers in execution order, per package: each the
    /// variables one initializer sets (several for `var a, b = f()`).
    pub init_order: Vec<(crate::package::PkgId, Vec<Vec<ObjId>>)>,
}

impl Info {
    pub(crate) fn reserve(&mut self, n_nodes: u32) {
        if self.exprs.len() < n_nodes as usize {
            self.exprs.resize(n_nodes as usize, None);
        }
    }

    pub fn expr(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.exprs.get(id.0 as usize).and_then(Option::as_ref)
    }

    pub(crate) fn record(&mut self, id: NodeId, tv: TypeAndValue) {
        let i = id.0 as usize;
        if i >= self.exprs.len() {
            self.exprs.resize(i + 1, None);
        }
        self.exprs[i] = Some(tv);
    }
}
