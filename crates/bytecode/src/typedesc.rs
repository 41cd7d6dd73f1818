//! Type descriptors: what the run time knows about a Go type.
//!
//! Interfaces carry a descriptor's address as their type word, `%T` prints its name, the
//! collector reads its pointer mask, and maps hash and compare keys by its kind. The
//! compiler makes one per distinct type a program needs at run time.

/// The shape of a type, as the run time needs it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeKind {
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
    Pointer,
    Slice,
    Array,
    Struct,
    Map,
    Chan,
    Func,
    Interface,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDesc {
    pub name: String,
    pub typ: u32,
    pub offset: u64,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeDesc {
    pub kind: TypeKind,
    /// The name as `%T` prints it (`int`, `main.Point`, `[]string`, `map[string]int`).
    pub name: String,
    /// Size and alignment in memory, as Go lays the type out.
    pub size: u64,
    pub align: u64,
    /// Bit `i` set: word `i` of a value in memory may hold a heap pointer.
    pub pointer_mask: Vec<u64>,
    /// Element type (pointer, slice, array, map value, chan).
    pub elem: Option<u32>,
    /// Map key type.
    pub key: Option<u32>,
    /// Array length.
    pub len: u64,
    pub fields: Vec<FieldDesc>,
}

impl TypeDesc {
    pub fn has_pointers(&self) -> bool {
        self.pointer_mask.iter().any(|&w| w != 0)
    }
}
