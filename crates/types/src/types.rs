//! Go types: one table per compilation, with `TypeId` indexes.
//!
//! Predeclared basic types have fixed ids (`INVALID`, `BOOL`, …). Pointers, slices, arrays,
//! maps, channels and tuples are interned, so structurally equal ones share an id; structs,
//! signatures and interfaces are not (parameter names and positions differ between equal
//! types), so identity is a function, [`Types::identical`], with id equality as its fast
//! path. Named types are unique per declaration (or per instantiation of a generic type);
//! aliases are materialized, as Go 1.23+ does, so messages can name them.

use crate::object::ObjId;
use crate::package::PkgId;
use gorun_syntax::intern::Symbol;
use rustc_hash::FxHashMap;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TypeId(pub u32);

/// The predeclared and untyped basic types. `Byte` and `Rune` are distinct types that are
/// identical to `Uint8` and `Int32` (they only print differently).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    Byte,
    Rune,
}

/// Fixed ids of the basic types, in `BasicKind` order.
pub const INVALID: TypeId = TypeId(0);
pub const BOOL: TypeId = TypeId(1);
pub const INT: TypeId = TypeId(2);
pub const INT8: TypeId = TypeId(3);
pub const INT16: TypeId = TypeId(4);
pub const INT32: TypeId = TypeId(5);
pub const INT64: TypeId = TypeId(6);
pub const UINT: TypeId = TypeId(7);
pub const UINT8: TypeId = TypeId(8);
pub const UINT16: TypeId = TypeId(9);
pub const UINT32: TypeId = TypeId(10);
pub const UINT64: TypeId = TypeId(11);
pub const UINTPTR: TypeId = TypeId(12);
pub const FLOAT32: TypeId = TypeId(13);
pub const FLOAT64: TypeId = TypeId(14);
pub const COMPLEX64: TypeId = TypeId(15);
pub const COMPLEX128: TypeId = TypeId(16);
pub const STRING: TypeId = TypeId(17);
pub const UNSAFE_POINTER: TypeId = TypeId(18);
pub const UNTYPED_BOOL: TypeId = TypeId(19);
pub const UNTYPED_INT: TypeId = TypeId(20);
pub const UNTYPED_RUNE: TypeId = TypeId(21);
pub const UNTYPED_FLOAT: TypeId = TypeId(22);
pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
pub const UNTYPED_STRING: TypeId = TypeId(24);
pub const UNTYPED_NIL: TypeId = TypeId(25);
pub const BYTE: TypeId = TypeId(26);
pub const RUNE: TypeId = TypeId(27);
const N_BASIC: u32 = 28;

const BASICS: [BasicKind; N_BASIC as usize] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
    BasicKind::Byte,
    BasicKind::Rune,
];

impl BasicKind {
    /// The kind with `Byte` and `Rune` resolved to the types they are identical to.
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            BasicKind::Invalid => "invalid type",
            BasicKind::Bool => "bool",
            BasicKind::Int => "int",
            BasicKind::Int8 => "int8",
            BasicKind::Int16 => "int16",
            BasicKind::Int32 => "int32",
            BasicKind::Int64 => "int64",
            BasicKind::Uint => "uint",
            BasicKind::Uint8 => "uint8",
            BasicKind::Uint16 => "uint16",
            BasicKind::Uint32 => "uint32",
            BasicKind::Uint64 => "uint64",
            BasicKind::Uintptr => "uintptr",
            BasicKind::Float32 => "float32",
            BasicKind::Float64 => "float64",
            BasicKind::Complex64 => "complex64",
            BasicKind::Complex128 => "complex128",
            BasicKind::String => "string",
            BasicKind::UnsafePointer => "unsafe.Pointer",
            BasicKind::UntypedBool => "untyped bool",
            BasicKind::UntypedInt => "untyped int",
            BasicKind::UntypedRune => "untyped rune",
            BasicKind::UntypedFloat => "untyped float",
            BasicKind::UntypedComplex => "untyped complex",
            BasicKind::UntypedString => "untyped string",
            BasicKind::UntypedNil => "untyped nil",
            BasicKind::Byte => "byte",
            BasicKind::Rune => "rune",
        }
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            BasicKind::UntypedBool
                | BasicKind::UntypedInt
                | BasicKind::UntypedRune
                | BasicKind::UntypedFloat
                | BasicKind::UntypedComplex
                | BasicKind::UntypedString
                | BasicKind::UntypedNil
        )
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self.canonical(),
            BasicKind::Int
                | BasicKind::Int8
                | BasicKind::Int16
                | BasicKind::Int32
                | BasicKind::Int64
                | BasicKind::Uint
                | BasicKind::Uint8
                | BasicKind::Uint16
                | BasicKind::Uint32
                | BasicKind::Uint64
                | BasicKind::Uintptr
                | BasicKind::UntypedInt
                | BasicKind::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self.canonical(),
            BasicKind::Uint
                | BasicKind::Uint8
                | BasicKind::Uint16
                | BasicKind::Uint32
                | BasicKind::Uint64
                | BasicKind::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    /// Whether values of the kind can be ordered with `<`.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    pub fn is_constant_kind(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }

    /// Size in bits of an integer or float kind (64-bit platform), 0 otherwise.
    pub fn bits(self) -> u32 {
        match self.canonical() {
            BasicKind::Int8 | BasicKind::Uint8 => 8,
            BasicKind::Int16 | BasicKind::Uint16 => 16,
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 32,
            BasicKind::Int
            | BasicKind::Int64
            | BasicKind::Uint
            | BasicKind::Uint64
            | BasicKind::Uintptr
            | BasicKind::Float64
            | BasicKind::Complex64 => 64,
            BasicKind::Complex128 => 128,
            _ => 0,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: Symbol,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: Option<Arc<[u8]>>,
    /// The package of an unexported field, `None` if exported (unexported fields of the same
    /// name from different packages are different fields).
    pub pkg: Option<PkgId>,
    pub obj: ObjId,
}

#[derive(Clone, Debug, Default)]
pub struct StructType {
    pub fields: Vec<Field>,
}

#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// `None` for an unnamed parameter or result.
    pub name: Option<Symbol>,
    pub typ: TypeId,
    pub obj: Option<ObjId>,
}

#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its type is `[]T`).
    pub variadic: bool,
    pub recv: Option<Param>,
    /// Type parameters of a generic function (TypeParam types).
    pub tparams: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct Method {
    pub name: Symbol,
    /// The package of an unexported method, `None` if exported.
    pub pkg: Option<PkgId>,
    pub sig: TypeId,
    pub obj: ObjId,
}

#[derive(Clone, Debug, Default)]
pub struct InterfaceType {
    /// Methods declared directly in the interface.
    pub methods: Vec<Method>,
    /// Embedded elements: interfaces, types and unions (`Union`, or single `~T` terms).
    pub embedded: Vec<TypeId>,
    /// Written as a bare constraint `[T ~int]` rather than `interface{…}`.
    pub implicit: bool,
    /// The predeclared `comparable` (and interfaces embedding it).
    pub comparable: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

#[derive(Clone, Debug)]
pub struct NamedType {
    pub obj: ObjId,
    /// `INVALID` until the declaration's type is known.
    pub underlying: TypeId,
    /// Method objects declared with this type as receiver base (for an instance: the
    /// origin's methods).
    pub methods: Vec<ObjId>,
    pub tparams: Vec<TypeId>,
    /// For an instantiated generic type: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TypeParamType {
    pub obj: ObjId,
    pub index: u32,
    /// The constraint (an interface type, possibly implicit), `INVALID` until known.
    pub constraint: TypeId,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    /// `None` length: an erroneous array length (already reported).
    Array(Option<u64>, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Box<StructType>),
    Signature(Box<Signature>),
    Interface(Box<InterfaceType>),
    /// `A | ~B | …` inside a constraint.
    Union(Vec<Term>),
    /// The types of a multi-value expression (a call with several results).
    Tuple(Vec<TypeId>),
    Named(Box<NamedType>),
    /// `type A = T`: prints as `A`, is `T` in every other respect.
    Alias(ObjId, TypeId),
    TypeParam(Box<TypeParamType>),
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Pointer(TypeId),
    Slice(TypeId),
    Array(Option<u64>, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Tuple(Vec<TypeId>),
}

/// A marker at the bottom of `identical_in`'s stack of interface pairs: compare ignoring
/// struct tags.
const IGNORE_TAGS: (TypeId, TypeId) = (INVALID, INVALID);

/// All types of a compilation.
pub struct Types {
    list: Vec<Type>,
    interned: FxHashMap<Key, TypeId>,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let list = BASICS.iter().map(|&k| Type::Basic(k)).collect();
        Types { list, interned: FxHashMap::default() }
    }

    pub fn get(&self, t: TypeId) -> &Type {
        &self.list[t.0 as usize]
    }

    pub fn get_mut(&mut self, t: TypeId) -> &mut Type {
        &mut self.list[t.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Adds a type that is never shared (structs, signatures, interfaces, named types).
    pub fn add(&mut self, t: Type) -> TypeId {
        self.list.push(t);
        TypeId(self.list.len() as u32 - 1)
    }

    fn intern(&mut self, key: Key, make: impl FnOnce() -> Type) -> TypeId {
        if let Some(&t) = self.interned.get(&key) {
            return t;
        }
        let t = self.add(make());
        self.interned.insert(key, t);
        t
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Key::Pointer(elem), || Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Key::Slice(elem), || Type::Slice(elem))
    }

    pub fn array(&mut self, len: Option<u64>, elem: TypeId) -> TypeId {
        self.intern(Key::Array(len, elem), || Type::Array(len, elem))
    }

    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(Key::Map(key, value), || Type::Map(key, value))
    }

    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Key::Chan(dir, elem), || Type::Chan(dir, elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        let key = Key::Tuple(elems.clone());
        self.intern(key, || Type::Tuple(elems))
    }

    /// The basic kind of a type, looking through names and aliases to the underlying type.
    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(t)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    /// The type an alias stands for (through chains), or the type itself.
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        while let Type::Alias(_, actual) = self.get(t) {
            t = *actual;
        }
        t
    }

    /// The underlying type: through aliases and named types to a type literal or basic
    /// type. A type parameter's underlying type is its constraint interface.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            match self.get(t) {
                Type::Alias(_, actual) => t = *actual,
                Type::Named(n) => {
                    if n.underlying == t {
                        return INVALID;
                    }
                    t = n.underlying;
                }
                Type::TypeParam(p) => return self.underlying(p.constraint),
                _ => return t,
            }
        }
        INVALID
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::Named(_) | Type::Basic(_) | Type::TypeParam(_))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        !self.is_type_param(t) && matches!(self.get(self.underlying(t)), Type::Interface(_))
    }

    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::TypeParam(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn named(&self, t: TypeId) -> Option<&NamedType> {
        match self.get(self.unalias(t)) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, t: TypeId) -> Option<&mut NamedType> {
        let t = self.unalias(t);
        match self.get_mut(t) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(t)) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    pub fn struct_type(&self, t: TypeId) -> Option<&StructType> {
        match self.get(self.underlying(t)) {
            Type::Struct(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface(&self, t: TypeId) -> Option<&InterfaceType> {
        match self.get(self.underlying(t)) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_in(a, b, &mut Vec::new())
    }

    /// Identity where struct tags do not count (for conversions).
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_in(a, b, &mut vec![IGNORE_TAGS])
    }

    fn identical_in(&self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        let (a, b) = (self.unalias(a), self.unalias(b));
        if a == b {
            return true;
        }
        match (self.get(a), self.get(b)) {
            (Type::Basic(x), Type::Basic(y)) => x.canonical() == y.canonical(),
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.identical_in(*x, *y, seen),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_in(*x, *y, seen),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical_in(*k1, *k2, seen) && self.identical_in(*v1, *v2, seen)
            }
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.identical_in(*x, *y, seen),
            (Type::Tuple(xs), Type::Tuple(ys)) => {
                xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.identical_in(*x, *y, seen))
            }
            (Type::Struct(x), Type::Struct(y)) => {
                x.fields.len() == y.fields.len()
                    && x.fields.iter().zip(&y.fields).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && (f.tag == g.tag || seen.first() == Some(&IGNORE_TAGS))
                            && f.pkg == g.pkg
                            && self.identical_in(f.typ, g.typ, seen)
                    })
            }
            (Type::Signature(x), Type::Signature(y)) => {
                x.variadic == y.variadic
                    && x.tparams.len() == y.tparams.len()
                    && x.params.len() == y.params.len()
                    && x.results.len() == y.results.len()
                    && x.params.iter().zip(&y.params).all(|(p, q)| self.identical_in(p.typ, q.typ, seen))
                    && x.results.iter().zip(&y.results).all(|(p, q)| self.identical_in(p.typ, q.typ, seen))
            }
            (Type::Interface(_), Type::Interface(_)) => {
                if seen.contains(&(a, b)) {
                    return true;
                }
                seen.push((a, b));
                let same = self.identical_interfaces(a, b, seen);
                seen.pop();
                same
            }
            (Type::Union(xs), Type::Union(ys)) => {
                xs.len() == ys.len()
                    && xs.iter().all(|x| ys.iter().any(|y| x.tilde == y.tilde && self.identical_in(x.typ, y.typ, seen)))
            }
            (Type::Named(x), Type::Named(y)) => match (x.origin, y.origin) {
                (Some(ox), Some(oy)) => {
                    ox == oy
                        && x.targs.len() == y.targs.len()
                        && x.targs.iter().zip(&y.targs).all(|(p, q)| self.identical_in(*p, *q, seen))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Interfaces are identical when they have the same methods (by name and identical
    /// signature) and the same embedded elements; method sets are compared flattened.
    fn identical_interfaces(&self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        let (ma, ea) = self.flat_interface(a);
        let (mb, eb) = self.flat_interface(b);
        ma.len() == mb.len()
            && ea.len() == eb.len()
            && ma
                .iter()
                .all(|m| mb.iter().any(|n| m.name == n.name && m.pkg == n.pkg && self.identical_in(m.sig, n.sig, seen)))
            && ea.iter().all(|x| eb.iter().any(|y| self.identical_in(*x, *y, seen)))
    }

    /// An interface's methods with embedded interfaces' methods included, and its
    /// non-interface embedded elements (terms).
    pub fn flat_interface(&self, t: TypeId) -> (Vec<Method>, Vec<TypeId>) {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms = Vec::new();
        let mut stack = vec![t];
        let mut visited = Vec::new();
        while let Some(t) = stack.pop() {
            let u = self.underlying(t);
            if visited.contains(&u) {
                continue;
            }
            visited.push(u);
            let Type::Interface(i) = self.get(u) else { continue };
            for m in &i.methods {
                if !methods.iter().any(|x| x.name == m.name) {
                    methods.push(m.clone());
                }
            }
            for &e in &i.embedded {
                if self.is_interface(e) {
                    stack.push(e);
                } else {
                    terms.push(e);
                }
            }
        }
        methods.sort_by_key(|m| m.name);
        (methods, terms)
    }

    /// The default type of an untyped type (`untyped int` → `int`), or the type itself.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(BasicKind::UntypedBool) => BOOL,
            Type::Basic(BasicKind::UntypedInt) => INT,
            Type::Basic(BasicKind::UntypedRune) => RUNE,
            Type::Basic(BasicKind::UntypedFloat) => FLOAT64,
            Type::Basic(BasicKind::UntypedComplex) => COMPLEX128,
            Type::Basic(BasicKind::UntypedString) => STRING,
            _ => t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_identity() {
        let mut t = Types::new();
        let a = t.slice(INT);
        let b = t.slice(INT);
        assert_eq!(a, b);
        assert!(t.identical(BYTE, UINT8));
        assert!(t.identical(RUNE, INT32));
        assert!(!t.identical(INT, INT64));
        let p = t.pointer(BYTE);
        let q = t.pointer(UINT8);
        assert_ne!(p, q);
        assert!(t.identical(p, q));
        let s1 = t.add(Type::Signature(Box::new(Signature {
            params: vec![Param { name: None, typ: INT, obj: None }],
            ..Signature::default()
        })));
        let s2 = t.add(Type::Signature(Box::new(Signature {
            params: vec![Param { name: Some(Symbol(3)), typ: INT, obj: None }],
            ..Signature::default()
        })));
        assert!(t.identical(s1, s2));
        assert_eq!(t.default_type(UNTYPED_RUNE), RUNE);
    }
}
