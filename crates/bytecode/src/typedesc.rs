//! Type descriptors: what the run time knows about a Go type.
//!
//! The compiler makes one descriptor per distinct type a program needs at run time and
//! refers to it by its index in [`Program::types`](crate::Program). Interface values carry
//! that index (plus one, so that zero is the nil interface) as their type word, `%T`
//! prints the descriptor's name, the collector reads its pointer mask, and maps hash and
//! compare keys by its kind.
//!
//! Memory layout of values (as Go lays them out on a 64-bit machine, little-endian):
//! bool 1 byte; sized integers and floats their size; int, uint, uintptr, pointers, maps,
//! channels, funcs and unsafe.Pointer 8 bytes; string (data pointer, length) 16; slice
//! (data pointer, length, capacity) 24; interface (type word, data word) 16; arrays their
//! elements back to back; structs their fields at the offsets listed here.
//!
//! An interface's data word holds the value itself when the dynamic type is pointer-shaped
//! (pointer, map, channel, func, unsafe.Pointer) and otherwise the address of a heap box
//! holding the value.

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

impl TypeKind {
    /// Whether an interface holds a value of this kind directly in its data word.
    pub fn is_direct_iface(self) -> bool {
        matches!(self, TypeKind::Pointer | TypeKind::Map | TypeKind::Chan | TypeKind::Func | TypeKind::UnsafePointer)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDesc {
    pub name: String,
    pub typ: u32,
    pub offset: u64,
    pub embedded: bool,
    /// Whether the field's name is exported (fmt calls methods only on exported fields).
    pub exported: bool,
}

/// A method of a type's method set, callable through an interface.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodDesc {
    pub name: String,
    /// The method's signature as Go prints its type (`func() string`): with the name it
    /// decides whether the type implements an interface at run time.
    pub sig: String,
    /// The function to call. It takes the interface's data word as its first argument
    /// (one word), then the method's parameters; for a value receiver the compiler
    /// generates a wrapper that loads the value from the box.
    pub func: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeDesc {
    pub kind: TypeKind,
    /// The name as `%T` prints it (`int`, `main.Point`, `[]string`, `map[string]int`,
    /// `*main.T`, `struct { X int }`, `func(int) string`).
    pub name: String,
    /// Whether the type is a defined (named) type (`main.Point`, `time.Duration`), as
    /// opposed to a predeclared or composite type literal.
    pub named: bool,
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
    /// The method set of the type (for a pointer type, of `*T`), sorted by name.
    pub methods: Vec<MethodDesc>,
    /// For interface types: their methods' names and signatures, sorted by name.
    pub iface_methods: Vec<(String, String)>,
    /// Whether values of the type can be compared with `==` (and be map keys).
    pub comparable: bool,
}

impl TypeDesc {
    /// A descriptor of `size` bytes (8-byte aligned) with the pointer words of `mask`,
    /// comparable, without elements, fields or methods: the run-time types the compiler
    /// makes itself (closure objects, run-time errors) start from it.
    pub fn plain(kind: TypeKind, name: &str, size: u64, mask: Vec<u64>) -> TypeDesc {
        TypeDesc {
            kind,
            name: name.to_string(),
            named: false,
            size,
            align: 8,
            pointer_mask: mask,
            elem: None,
            key: None,
            len: 0,
            fields: Vec::new(),
            methods: Vec::new(),
            iface_methods: Vec::new(),
            comparable: true,
        }
    }

    pub fn has_pointers(&self) -> bool {
        self.pointer_mask.iter().any(|&w| w != 0)
    }

    /// A method of the type's method set by name.
    pub fn method(&self, name: &str) -> Option<&MethodDesc> {
        self.methods.binary_search_by(|m| m.name.as_str().cmp(name)).ok().map(|i| &self.methods[i])
    }
}
