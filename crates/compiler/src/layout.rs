//! How Go values sit in registers: one word per scalar, strings, complex numbers and
//! interfaces two, slices three.
//!
//! Structs and arrays (`Shape::Mem`) are held by reference: the register holds the address
//! of heap memory with the value in Go's memory layout. A variable of such a type owns its
//! memory (assignment copies into it, so closures and pointers that share it see every
//! update); an expression may lend a reference to memory it does not own (a variable, a
//! field inside another value), and whoever keeps the value — a variable, an argument, a
//! result, an interface box, a field — takes a copy unless the value was freshly made (a
//! composite literal, a call's result). Flattening small structs into registers, as
//! DESIGN §3 sketches, is an optimisation this representation leaves room for.

use gorun_types::types::{BasicKind, Param, Type, TypeId, Types};

/// What the compiler needs to know of a value's register form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    Bool,
    /// A signed integer of this many bits.
    Int(u32),
    /// An unsigned integer of this many bits.
    Uint(u32),
    Float(u32),
    Complex(u32),
    String,
    /// A single pointer word (pointers, maps, channels, functions, unsafe.Pointer).
    Pointer,
    Slice,
    Interface,
    /// A struct or array, by reference to memory holding it (see the module comment).
    Mem(TypeId),
    /// Types gorun cannot hold yet (type parameters, tuples).
    Other,
}

impl Shape {
    pub fn of(types: &Types, t: TypeId) -> Shape {
        let u = types.underlying(t);
        match types.get(u) {
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool | BasicKind::UntypedBool => Shape::Bool,
                BasicKind::Int | BasicKind::Int64 | BasicKind::UntypedInt => Shape::Int(64),
                BasicKind::Int8 => Shape::Int(8),
                BasicKind::Int16 => Shape::Int(16),
                BasicKind::Int32 | BasicKind::UntypedRune => Shape::Int(32),
                BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Shape::Uint(64),
                BasicKind::Uint8 => Shape::Uint(8),
                BasicKind::Uint16 => Shape::Uint(16),
                BasicKind::Uint32 => Shape::Uint(32),
                BasicKind::Float32 => Shape::Float(32),
                BasicKind::Float64 | BasicKind::UntypedFloat => Shape::Float(64),
                BasicKind::Complex64 => Shape::Complex(64),
                BasicKind::Complex128 | BasicKind::UntypedComplex => Shape::Complex(128),
                BasicKind::String | BasicKind::UntypedString => Shape::String,
                BasicKind::UnsafePointer | BasicKind::UntypedNil => Shape::Pointer,
                _ => Shape::Other,
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => Shape::Pointer,
            Type::Slice(_) => Shape::Slice,
            Type::Interface(_) => Shape::Interface,
            Type::Struct(_) | Type::Array(..) => Shape::Mem(t),
            _ => Shape::Other,
        }
    }

    /// Register words a value takes.
    pub fn words(self) -> u16 {
        match self {
            Shape::String | Shape::Complex(_) | Shape::Interface => 2,
            Shape::Slice => 3,
            _ => 1,
        }
    }

    /// Whether the word `k` of the value may hold a heap pointer.
    pub fn is_pointer_word(self, k: u16) -> bool {
        match self {
            Shape::Pointer | Shape::Mem(_) => true,
            Shape::String | Shape::Slice => k == 0,
            Shape::Interface => k == 1,
            _ => false,
        }
    }
}

/// Register words of a parameter or result list.
pub fn words_of(types: &Types, ps: &[Param]) -> u16 {
    ps.iter().map(|p| Shape::of(types, p.typ).words()).sum()
}
