//! String operations that allocate or decode: conversions between strings, byte slices,
//! rune slices and runes, and UTF-8 decoding as Go does it (an invalid sequence decodes
//! to U+FFFD and advances one byte).

use crate::interp::{GoPanic, Machine};
use crate::mem;
use gorun_bytecode::isa::strconv;

/// The Unicode replacement character.
const REPLACEMENT: u32 = 0xFFFD;

/// Decodes the first rune of `b`: (rune, width). Empty input gives (U+FFFD, 0).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&first) = b.first() else { return (REPLACEMENT, 0) };
    if first < 0x80 {
        return (u32::from(first), 1);
    }
    let n = match first {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (REPLACEMENT, 1),
    };
    // Rust's validation rejects what Go's does: overlong forms, surrogates, > U+10FFFF.
    match std::str::from_utf8(&b[..n.min(b.len())]) {
        Ok(s) => (s.chars().next().map_or(REPLACEMENT, u32::from), n),
        Err(_) => (REPLACEMENT, 1),
    }
}

/// Appends the UTF-8 encoding of `r` (U+FFFD for invalid code points, as Go encodes them).
pub fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Runs a `StrConv` instruction on the frame whose registers start at `regs`.
pub fn convert(m: &mut Machine<'_>, regs: *mut u64, dst: u16, src: u16, code: u16) -> Result<(), GoPanic> {
    // SAFETY: the verifier checked that `dst` and `src` with this conversion's widths lie
    // inside the current frame, which starts at `regs`.
    let reg = |r: u16| unsafe { *regs.add(usize::from(r)) };
    // SAFETY: as above.
    let set = |r: u16, v: u64| unsafe { *regs.add(usize::from(r)) = v };
    match code {
        strconv::BYTES_TO_STR | strconv::STR_TO_BYTES => {
            // SAFETY: the source register pair holds a string or byte slice.
            let b = unsafe { mem::bytes(reg(src), reg(src + 1)) }.to_vec();
            let (p, n) = m.new_string(&b)?;
            set(dst, p);
            set(dst + 1, n);
            if code == strconv::STR_TO_BYTES {
                // A fresh []byte: capacity as Go's rounding gives it.
                set(dst + 2, if n == 0 { 0 } else { gorun_runtime::roundupsize(n as usize, true) as u64 });
                if n > 0 && reg(dst + 2) > n {
                    let p2 = m.alloc_bytes(reg(dst + 2))?;
                    // SAFETY: p2 has room for n bytes, p holds n.
                    unsafe { mem::copy(p2, p, n) };
                    set(dst, p2);
                }
            }
        }
        strconv::RUNES_TO_STR => {
            let mut out = Vec::new();
            for i in 0..reg(src + 1) {
                // SAFETY: the rune slice holds len 4-byte elements.
                let r: i32 = unsafe { mem::load(reg(src) + i * 4) };
                encode_rune(&mut out, i64::from(r));
            }
            let (p, n) = m.new_string(&out)?;
            set(dst, p);
            set(dst + 1, n);
        }
        strconv::STR_TO_RUNES => {
            // SAFETY: the source pair holds a string.
            let b = unsafe { mem::bytes(reg(src), reg(src + 1)) }.to_vec();
            let mut runes = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let (r, w) = decode_rune(&b[i..]);
                runes.push(r);
                i += w;
            }
            let cap = if runes.is_empty() { 0 } else { gorun_runtime::roundupsize(runes.len() * 4, true) as u64 / 4 };
            let p = m.alloc_bytes(cap * 4)?;
            for (k, r) in runes.iter().enumerate() {
                // SAFETY: `p` holds cap >= len 4-byte elements.
                unsafe { mem::store::<u32>(p + k as u64 * 4, *r) };
            }
            set(dst, p);
            set(dst + 1, runes.len() as u64);
            set(dst + 2, cap);
        }
        _ => {
            let mut out = Vec::new();
            encode_rune(&mut out, reg(src) as i64);
            let (p, n) = m.new_string(&out)?;
            set(dst, p);
            set(dst + 1, n);
        }
    }
    Ok(())
}
