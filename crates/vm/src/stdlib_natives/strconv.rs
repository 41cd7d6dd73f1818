//! `strconv`'s natives: reading a float prefix as Go's `ParseFloat` does, and
//! `FormatFloat` (through the formatting engine's shortest/fixed-precision printer).

use super::{arg_f64, arg_int, panic, ret_str};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::natives::{Native, arg_str};
use gorun_fmt::parse_float_prefix as parse_prefix;

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "strconv.parseFloatPrefix" => parse_float_prefix,
        "strconv.FormatFloat" => format_float,
        _ => return None,
    };
    Some(f)
}

/// Status codes of `parseFloatPrefix` (as `stdlib/strconv` declares them).
const FLOAT_OK: u64 = 0;
const FLOAT_SYNTAX: u64 = 1;
const FLOAT_RANGE: u64 = 2;

/// `parseFloatPrefix(s string, bitSize int) (f float64, n int, status int)`.
fn parse_float_prefix(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let s = arg_str(g, base);
    let bits32 = arg_int(g, base + 2) == 32;
    let (f, n, status) = match parse_prefix(&s, bits32) {
        Some((f, n, overflow)) => (f, n, if overflow { FLOAT_RANGE } else { FLOAT_OK }),
        None => (0.0, 0, FLOAT_SYNTAX),
    };
    g.stack[base] = f.to_bits();
    g.stack[base + 1] = n as u64;
    g.stack[base + 2] = status;
    Ok(())
}

/// `FormatFloat(f float64, fmt byte, prec, bitSize int) string`.
fn format_float(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let f = arg_f64(g, base);
    let fmt = g.stack[base + 1] as u8;
    let prec = arg_int(g, base + 2).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    let bit_size = arg_int(g, base + 3);
    if bit_size != 32 && bit_size != 64 {
        return Err(panic("strconv: illegal AppendFloat/FormatFloat bitSize"));
    }
    // Go formats float32(f) for bitSize 32 (append_float rounds only its shortest
    // digits to float32, so round here for the fixed-precision ones too).
    let f = if bit_size == 32 { f64::from(f as f32) } else { f };
    let mut out = Vec::new();
    gorun_fmt::append_float(&mut out, f, fmt, prec, bit_size as u32);
    ret_str(m, g, base, &out)
}
