//! `sort`'s natives: the reflection `sort.Slice` and friends need, over an `any` holding
//! a slice.

use super::{arg_int, panic};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::Native;
use gorun_bytecode::TypeKind;

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "sort.sliceLen" => slice_len,
        "sort.sliceSwap" => slice_swap,
        _ => return None,
    };
    Some(f)
}

/// Go's name of a kind, as reflect's errors print it.
pub fn kind_name(k: TypeKind) -> &'static str {
    match k {
        TypeKind::Bool => "bool",
        TypeKind::Int => "int",
        TypeKind::Int8 => "int8",
        TypeKind::Int16 => "int16",
        TypeKind::Int32 => "int32",
        TypeKind::Int64 => "int64",
        TypeKind::Uint => "uint",
        TypeKind::Uint8 => "uint8",
        TypeKind::Uint16 => "uint16",
        TypeKind::Uint32 => "uint32",
        TypeKind::Uint64 => "uint64",
        TypeKind::Uintptr => "uintptr",
        TypeKind::Float32 => "float32",
        TypeKind::Float64 => "float64",
        TypeKind::Complex64 => "complex64",
        TypeKind::Complex128 => "complex128",
        TypeKind::String => "string",
        TypeKind::UnsafePointer => "unsafe.Pointer",
        TypeKind::Pointer => "ptr",
        TypeKind::Slice => "slice",
        TypeKind::Array => "array",
        TypeKind::Struct => "struct",
        TypeKind::Map => "map",
        TypeKind::Chan => "chan",
        TypeKind::Func => "func",
        TypeKind::Interface => "interface",
    }
}

/// The slice in the interface at `g.stack[at..at + 2]`: (data, len, element size), or
/// reflect's panic for anything else.
fn slice_of(m: &Machine<'_>, g: &Goroutine, at: usize) -> Result<(u64, u64, u64), Trap> {
    let (typ, data) = (g.stack[at], g.stack[at + 1]);
    if typ == 0 {
        return Err(panic("reflect: call of Swapper on zero Value"));
    }
    let t = &m.prog.types[typ as usize - 1];
    if t.kind != TypeKind::Slice {
        return Err(panic(format!("reflect: call of Swapper on {} Value", kind_name(t.kind))));
    }
    let esize = t.elem.map_or(0, |e| m.prog.types[e as usize].size);
    // SAFETY: a slice is not pointer-shaped, so the interface's data word is the address
    // of a box holding the slice header (data, len, cap).
    let (ptr, len) = unsafe { (mem::load::<u64>(data), mem::load::<u64>(data + 8)) };
    Ok((ptr, len, esize))
}

/// `sliceLen(x any) int`.
fn slice_len(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (_, len, _) = slice_of(m, g, base)?;
    g.stack[base] = len;
    Ok(())
}

/// `sliceSwap(x any, i, j int)`.
fn slice_swap(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (ptr, len, esize) = slice_of(m, g, base)?;
    let (i, j) = (arg_int(g, base + 2) as u64, arg_int(g, base + 3) as u64);
    if i >= len || j >= len {
        return Err(panic("reflect: slice index out of range"));
    }
    if i == j || esize == 0 {
        return Ok(());
    }
    let (a, b) = (ptr + i * esize, ptr + j * esize);
    // SAFETY: i and j are below the slice's length, so both elements lie in its array;
    // they are distinct elements, so the ranges do not overlap.
    unsafe { crate::barrier::swap(a, b, esize) };
    Ok(())
}
