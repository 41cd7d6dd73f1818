//! The map instructions: moving keys and values between registers and map memory, on
//! top of the map implementation in [`crate::map`].
//!
//! Registers hold values in their register form (narrow integers widened, a float32 as
//! the float64 it equals, structs and arrays by reference); map memory holds them in Go's
//! memory layout. Keys are staged in a small buffer on the host stack for a lookup, so a
//! lookup allocates nothing.

use crate::barrier;
use crate::interp::{GoPanic, Machine};
use crate::map;
use crate::mem;
use gorun_bytecode::verify::reg_words;
use gorun_bytecode::{TypeDesc, TypeKind as K};

/// The registers of the current frame, from the instruction's first register.
pub struct Window(pub *mut u64);

impl Window {
    pub(crate) fn get(&self, k: usize) -> u64 {
        // SAFETY: the verifier checked that the instruction's register run, sized by its
        // map or channel type's key and value words, lies inside the frame (the registers
        // a select case names are data: `chan::select` checks them before use).
        unsafe { *self.0.add(k) }
    }

    pub(crate) fn set(&self, k: usize, v: u64) {
        // SAFETY: as in `get`.
        unsafe { *self.0.add(k) = v }
    }
}

/// Writes the value of type `t` in register words `w[at..]` to memory at `addr`.
pub(crate) fn store(t: &TypeDesc, w: &Window, at: usize, addr: u64) {
    // SAFETY (all stores): `addr` is a slot of type `t` (in a map table, or the staging
    // buffer sized for it).
    unsafe {
        match t.kind {
            K::Bool | K::Int8 | K::Uint8 => mem::store::<u8>(addr, w.get(at) as u8),
            K::Int16 | K::Uint16 => mem::store::<u16>(addr, w.get(at) as u16),
            K::Int32 | K::Uint32 => mem::store::<u32>(addr, w.get(at) as u32),
            K::Float32 => mem::store::<f32>(addr, f64::from_bits(w.get(at)) as f32),
            K::Complex64 => {
                mem::store::<f32>(addr, f64::from_bits(w.get(at)) as f32);
                mem::store::<f32>(addr + 4, f64::from_bits(w.get(at + 1)) as f32);
            }
            K::Array | K::Struct => barrier::typed_copy(addr, w.get(at), t, 1),
            _ => {
                for k in 0..reg_words(t) {
                    let slot = addr + 8 * k as u64;
                    if t.pointer_mask.get(k / 64).is_some_and(|m| m >> (k % 64) & 1 == 1) {
                        barrier::write_ptr(slot, w.get(at + k));
                    } else {
                        mem::store::<u64>(slot, w.get(at + k));
                    }
                }
            }
        }
    }
}

/// Reads a value of type `t` at `addr` into register words `w[at..]` (a struct or
/// array by reference to `addr`).
pub(crate) fn load(t: &TypeDesc, addr: u64, w: &Window, at: usize) {
    // SAFETY (all loads): `addr` holds a value of type `t`.
    unsafe {
        let v = match t.kind {
            K::Bool | K::Uint8 => u64::from(mem::load::<u8>(addr)),
            K::Int8 => mem::load::<i8>(addr) as i64 as u64,
            K::Int16 => mem::load::<i16>(addr) as i64 as u64,
            K::Uint16 => u64::from(mem::load::<u16>(addr)),
            K::Int32 => mem::load::<i32>(addr) as i64 as u64,
            K::Uint32 => u64::from(mem::load::<u32>(addr)),
            K::Float32 => f64::from(mem::load::<f32>(addr)).to_bits(),
            K::Complex64 => {
                w.set(at + 1, f64::from(mem::load::<f32>(addr + 4)).to_bits());
                f64::from(mem::load::<f32>(addr)).to_bits()
            }
            K::Array | K::Struct => addr,
            _ => {
                for k in 1..reg_words(t) {
                    w.set(at + k, mem::load::<u64>(addr + 8 * k as u64));
                }
                mem::load::<u64>(addr)
            }
        };
        w.set(at, v);
    }
}

/// The zero value of type `t` into `w[at..]` (new zeroed memory for a struct or array).
fn zero(m: &mut Machine<'_>, t: &TypeDesc, w: &Window, at: usize) -> Result<(), GoPanic> {
    if matches!(t.kind, K::Array | K::Struct) {
        let p = m.alloc(t, 1)?;
        w.set(at, p);
    } else {
        for k in 0..reg_words(t) {
            w.set(at + k, 0);
        }
    }
    Ok(())
}

/// Calls `f` with the address of the key at `w[at..]` in memory form.
fn with_key<R>(t: &TypeDesc, w: &Window, at: usize, f: impl FnOnce(u64) -> R) -> R {
    if matches!(t.kind, K::Array | K::Struct) {
        return f(w.get(at));
    }
    let mut buf = [0u64; 2];
    let addr = buf.as_mut_ptr() as u64;
    store(t, w, at, addr);
    f(addr)
}

fn types<'p>(m: &Machine<'p>, typ: u32) -> (&'p TypeDesc, &'p TypeDesc) {
    let prog = m.prog;
    let t = &prog.types[typ as usize];
    (&prog.types[t.key.unwrap_or(0) as usize], &prog.types[t.elem.unwrap_or(0) as usize])
}

pub fn index(m: &mut Machine<'_>, typ: u32, w: Window) -> Result<(), GoPanic> {
    let (kt, vt) = types(m, typ);
    let found = with_key(kt, &w, 1, |k| map::map_lookup(m, typ, w.get(0), k))?;
    let ok = reg_words(vt);
    match found {
        Some(addr) => {
            load(vt, addr, &w, 0);
            w.set(ok, 1);
        }
        None => {
            zero(m, vt, &w, 0)?;
            w.set(ok, 0);
        }
    }
    Ok(())
}

pub fn assign(m: &mut Machine<'_>, typ: u32, w: Window) -> Result<(), GoPanic> {
    let (kt, vt) = types(m, typ);
    let slot = with_key(kt, &w, 1, |k| map::map_assign(m, typ, w.get(0), k))?;
    store(vt, &w, 1 + reg_words(kt), slot);
    Ok(())
}

pub fn delete(m: &mut Machine<'_>, typ: u32, w: Window) -> Result<(), GoPanic> {
    let (kt, _) = types(m, typ);
    with_key(kt, &w, 1, |k| map::map_delete(m, typ, w.get(0), k))
}

pub fn iter_next(m: &mut Machine<'_>, typ: u32, w: Window) -> Result<(), GoPanic> {
    let (kt, vt) = types(m, typ);
    match map::map_iter_next(m, w.get(0))? {
        Some((k, v)) => {
            w.set(1, 1);
            load(kt, k, &w, 2);
            load(vt, v, &w, 2 + reg_words(kt));
        }
        None => w.set(1, 0),
    }
    Ok(())
}
