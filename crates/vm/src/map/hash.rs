//! Hashing map keys in memory, by their type descriptor.
//!
//! Every hash is seeded by the map's random seed. The mixing step is a folded multiply
//! (the 128-bit product of two words, high half xor low half), as in wyhash and foldhash:
//! one multiplication spreads every input bit over the whole result, low bits included,
//! which the table needs (its control bytes use the low 7 bits, group indices the rest).
//!
//! The rules follow Go's `typehash`: strings hash by content; integers, booleans, pointers
//! and channels by their bits; floats so that `+0 == -0` hash alike and NaN hashes to a
//! fresh random value each time (a NaN key never equals anything, so each insertion makes
//! a new entry, and random hashes keep many of them from piling up on one probe
//! sequence); complex numbers as two floats; interfaces by dynamic type then value, with
//! an error naming the dynamic type when it is not comparable; arrays element by element
//! and structs field by field, skipping blank fields and padding (equality ignores both).

use crate::mem;
use gorun_bytecode::{TypeDesc, TypeKind};

/// Constants of the mixing steps (wyhash's secrets: odd, with balanced bits).
pub(super) const M0: u64 = 0xa076_1d64_78bd_642f;
pub(super) const M1: u64 = 0xe703_7ed1_a0b4_28db;
pub(super) const M2: u64 = 0x8ebc_6af0_9c88_c6e3;

/// The folded multiply: high half xor low half of the 128-bit product.
#[inline(always)]
pub(super) fn mix(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The hash of a key that is one word of plain bits (integers, pointers, booleans).
#[inline(always)]
pub(super) fn hash_word(v: u64, seed: u64) -> u64 {
    mix(v ^ seed, M1)
}

/// Folds one more word of a composite key into the running hash `h`.
#[inline(always)]
fn fold(h: u64, v: u64) -> u64 {
    mix(h ^ v, M1)
}

/// A step of the wyrand generator over `state`.
#[inline]
pub(crate) fn rand_next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(M0);
    mix(*state, *state ^ M1)
}

#[inline(always)]
fn read64(b: &[u8], i: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

#[inline(always)]
fn read32(b: &[u8], i: usize) -> u64 {
    let mut w = [0; 4];
    w.copy_from_slice(&b[i..i + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// The hash of a byte string (wyhash's structure with one 16-byte lane). The reads cover
/// every byte and the length is mixed in last, so distinct strings of one length differ
/// in the words mixed.
pub(super) fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let len = b.len();
    let (a, c, s) = if len <= 16 {
        let (a, c) = if len >= 8 {
            (read64(b, 0), read64(b, len - 8))
        } else if len >= 4 {
            (read32(b, 0), read32(b, len - 4))
        } else if len > 0 {
            ((u64::from(b[0]) << 16) | (u64::from(b[len >> 1]) << 8) | u64::from(b[len - 1]), 0)
        } else {
            (0, 0)
        };
        (a, c, seed)
    } else {
        let mut s = seed;
        let mut i = 0;
        while len - i > 16 {
            s = mix(read64(b, i) ^ M1, read64(b, i + 8) ^ s);
            i += 16;
        }
        (read64(b, len - 16), read64(b, len - 8), s)
    };
    mix(mix(a ^ M1, c ^ s) ^ M2, len as u64 ^ M1)
}

/// The bits a float hashes by: zero for both zeros, a fresh random value for NaN.
#[inline]
fn float_bits(f: f64, rng: &mut u64) -> u64 {
    if f == 0.0 {
        0
    } else if f.is_nan() {
        rand_next(rng)
    } else {
        f.to_bits()
    }
}

/// Folds the value of type `typ` (an index into `types`) at `addr` into the running hash
/// `h`. `Err(t)`: the value holds, in an interface, a value of type `t` (an index) that is
/// not comparable, so it cannot be hashed (Go names that type in its panic).
///
/// `addr` must address a value of type `typ` produced by the program (the same contract as
/// [`values_equal`](crate::equal::values_equal)).
pub(super) fn hash_value(types: &[TypeDesc], typ: u32, addr: u64, h: u64, rng: &mut u64) -> Result<u64, u32> {
    let t = &types[typ as usize];
    // SAFETY (for every load below): `addr` addresses a live value of type `typ`, so each
    // field, element, string byte or boxed value read lies inside a live object.
    unsafe {
        Ok(match t.kind {
            TypeKind::Bool | TypeKind::Int8 | TypeKind::Uint8 => fold(h, u64::from(mem::load::<u8>(addr))),
            TypeKind::Int16 | TypeKind::Uint16 => fold(h, u64::from(mem::load::<u16>(addr))),
            TypeKind::Int32 | TypeKind::Uint32 => fold(h, u64::from(mem::load::<u32>(addr))),
            TypeKind::Int
            | TypeKind::Int64
            | TypeKind::Uint
            | TypeKind::Uint64
            | TypeKind::Uintptr
            | TypeKind::Pointer
            | TypeKind::Chan
            | TypeKind::UnsafePointer => fold(h, mem::load::<u64>(addr)),
            TypeKind::Float32 => fold(h, float_bits(f64::from(mem::load::<f32>(addr)), rng)),
            TypeKind::Float64 => fold(h, float_bits(mem::load::<f64>(addr), rng)),
            TypeKind::Complex64 => {
                let re = float_bits(f64::from(mem::load::<f32>(addr)), rng);
                let im = float_bits(f64::from(mem::load::<f32>(addr + 4)), rng);
                fold(fold(h, re), im)
            }
            TypeKind::Complex128 => {
                let re = float_bits(mem::load::<f64>(addr), rng);
                let im = float_bits(mem::load::<f64>(addr + 8), rng);
                fold(fold(h, re), im)
            }
            TypeKind::String => {
                let (p, len) = (mem::load::<u64>(addr), mem::load::<u64>(addr + 8));
                hash_bytes(h, mem::bytes(p, len))
            }
            TypeKind::Interface => {
                let (tw, data) = (mem::load::<u64>(addr), mem::load::<u64>(addr + 8));
                if tw == 0 {
                    return Ok(fold(h, 0));
                }
                let dynamic = (tw - 1) as u32;
                let dt = &types[dynamic as usize];
                if !dt.comparable {
                    return Err(dynamic);
                }
                let h = mix(h ^ tw, M2);
                if dt.kind.is_direct_iface() { fold(h, data) } else { hash_value(types, dynamic, data, h, rng)? }
            }
            TypeKind::Array => {
                let Some(elem) = t.elem else { return Ok(h) };
                let size = types[elem as usize].size;
                let mut h = h;
                for i in 0..t.len {
                    h = hash_value(types, elem, addr + i * size, h, rng)?;
                }
                h
            }
            TypeKind::Struct => {
                let mut h = h;
                for f in t.fields.iter().filter(|f| f.name != "_") {
                    h = hash_value(types, f.typ, addr + f.offset, h, rng)?;
                }
                h
            }
            TypeKind::Slice | TypeKind::Map | TypeKind::Func => return Err(typ),
        })
    }
}

/// Whether hashing a value of type `typ` can fail: whether it holds an interface (Go's
/// `HashMightPanic`).
pub(super) fn hash_might_fail(types: &[TypeDesc], typ: u32) -> bool {
    let t = &types[typ as usize];
    match t.kind {
        TypeKind::Interface => true,
        TypeKind::Array => t.len > 0 && t.elem.is_some_and(|e| hash_might_fail(types, e)),
        TypeKind::Struct => t.fields.iter().any(|f| f.name != "_" && hash_might_fail(types, f.typ)),
        _ => false,
    }
}

/// Whether `==` on values of type `typ` is equality of their bytes: no floats, strings or
/// interfaces inside, no padding and no blank fields. Such keys hash and compare as plain
/// memory.
pub(super) fn is_plain_memory(types: &[TypeDesc], typ: u32) -> bool {
    let t = &types[typ as usize];
    match t.kind {
        TypeKind::Bool
        | TypeKind::Int
        | TypeKind::Int8
        | TypeKind::Int16
        | TypeKind::Int32
        | TypeKind::Int64
        | TypeKind::Uint
        | TypeKind::Uint8
        | TypeKind::Uint16
        | TypeKind::Uint32
        | TypeKind::Uint64
        | TypeKind::Uintptr
        | TypeKind::Pointer
        | TypeKind::Chan
        | TypeKind::UnsafePointer => true,
        TypeKind::Array => t.len == 0 || t.elem.is_some_and(|e| is_plain_memory(types, e)),
        TypeKind::Struct => {
            let mut end = 0;
            for f in &t.fields {
                if f.name == "_" || f.offset != end || !is_plain_memory(types, f.typ) {
                    return false;
                }
                end += types[f.typ as usize].size;
            }
            end == t.size
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_hash_depends_on_every_byte_and_the_length() {
        let seed = 0x1234_5678;
        for len in 0..64usize {
            let base: Vec<u8> = (0..len as u8).collect();
            let h0 = hash_bytes(seed, &base);
            for i in 0..len {
                let mut b = base.clone();
                b[i] ^= 1;
                assert_ne!(hash_bytes(seed, &b), h0, "len {len} byte {i}");
            }
            let mut longer = base.clone();
            longer.push(0);
            assert_ne!(hash_bytes(seed, &longer), h0, "len {len}");
            assert_ne!(hash_bytes(seed + 1, &base), h0, "len {len}");
        }
    }

    #[test]
    fn word_hash_spreads_low_bits() {
        // Sequential keys must fill all 128 control tags and many groups.
        let mut tags = [0u32; 128];
        let mut groups = vec![0u32; 1024];
        for v in 0..65536u64 {
            let h = hash_word(v, 0x9e37_79b9);
            tags[(h & 0x7f) as usize] += 1;
            groups[((h >> 7) & 1023) as usize] += 1;
        }
        assert!(tags.iter().all(|&n| (384..640).contains(&n)), "{tags:?}");
        assert!(groups.iter().all(|&n| (20..120).contains(&n)));
    }
}
