//! `==` on values in memory: structs and arrays field by field, strings by content,
//! floats as floats, interfaces by dynamic type then value (panicking, as Go does, when
//! the dynamic type is not comparable).

use crate::interp::{GoPanic, Machine};
use crate::mem;
use gorun_bytecode::TypeKind;

/// Whether the values of type `typ` (an index) at `a` and `b` are equal.
pub fn values_equal(m: &Machine<'_>, typ: u32, a: u64, b: u64) -> Result<bool, GoPanic> {
    let t = &m.prog.types[typ as usize];
    // SAFETY (for every load below): `a` and `b` address values of type `typ`, so each
    // field or element read lies inside them.
    unsafe {
        Ok(match t.kind {
            TypeKind::Bool | TypeKind::Int8 | TypeKind::Uint8 => mem::load::<u8>(a) == mem::load::<u8>(b),
            TypeKind::Int16 | TypeKind::Uint16 => mem::load::<u16>(a) == mem::load::<u16>(b),
            TypeKind::Int32 | TypeKind::Uint32 => mem::load::<u32>(a) == mem::load::<u32>(b),
            TypeKind::Float32 => mem::load::<f32>(a) == mem::load::<f32>(b),
            TypeKind::Float64 => mem::load::<f64>(a) == mem::load::<f64>(b),
            TypeKind::Complex64 => {
                mem::load::<f32>(a) == mem::load::<f32>(b) && mem::load::<f32>(a + 4) == mem::load::<f32>(b + 4)
            }
            TypeKind::Complex128 => {
                mem::load::<f64>(a) == mem::load::<f64>(b) && mem::load::<f64>(a + 8) == mem::load::<f64>(b + 8)
            }
            TypeKind::String => {
                let (ap, al) = (mem::load::<u64>(a), mem::load::<u64>(a + 8));
                let (bp, bl) = (mem::load::<u64>(b), mem::load::<u64>(b + 8));
                al == bl && mem::bytes(ap, al) == mem::bytes(bp, bl)
            }
            TypeKind::Interface => {
                let (at, ad) = (mem::load::<u64>(a), mem::load::<u64>(a + 8));
                let (bt, bd) = (mem::load::<u64>(b), mem::load::<u64>(b + 8));
                iface_equal(m, at, ad, bt, bd)?
            }
            TypeKind::Array => {
                let Some(elem) = t.elem else { return Ok(true) };
                let size = m.prog.types[elem as usize].size;
                for i in 0..t.len {
                    if !values_equal(m, elem, a + i * size, b + i * size)? {
                        return Ok(false);
                    }
                }
                true
            }
            TypeKind::Struct => {
                for f in &t.fields {
                    if f.name != "_" && !values_equal(m, f.typ, a + f.offset, b + f.offset)? {
                        return Ok(false);
                    }
                }
                true
            }
            TypeKind::Slice | TypeKind::Map | TypeKind::Func => {
                return Err(uncomparable(&t.name));
            }
            _ => mem::load::<u64>(a) == mem::load::<u64>(b),
        })
    }
}

/// `==` on two interface values (type word, data word each).
pub fn iface_equal(m: &Machine<'_>, at: u64, ad: u64, bt: u64, bd: u64) -> Result<bool, GoPanic> {
    if at != bt {
        return Ok(false);
    }
    if at == 0 {
        return Ok(true);
    }
    let t = &m.prog.types[at as usize - 1];
    if !t.comparable {
        return Err(uncomparable(&t.name));
    }
    if t.kind.is_direct_iface() {
        return Ok(ad == bd);
    }
    values_equal(m, at as u32 - 1, ad, bd)
}

fn uncomparable(name: &str) -> GoPanic {
    GoPanic::error(crate::interp::ErrorKind::ErrorString, format!("runtime error: comparing uncomparable type {name}"))
}
