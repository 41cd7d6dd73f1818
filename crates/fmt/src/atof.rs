//! `strconv.ParseFloat`'s parsing, as Go 1.27 does it: every literal form Go accepts
//! (decimal and hexadecimal mantissas, `_` separators, `inf`/`infinity`/`nan` in any
//! case), correct rounding to float64 or float32, and overflow to ±Inf reported as Go's
//! range error. Shared by the `strconv` natives and fmt's scanning.

/// The NaN `strconv.ParseFloat` returns: Go's `math.NaN()`.
const GO_NAN_BITS: u64 = 0x7FF8_0000_0000_0001;

/// ASCII lower case as strconv compares letters (`c | 0x20`).
pub(crate) fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Parses the longest prefix of `s` that is a Go float literal as ParseFloat accepts it:
/// (value rounded to float32 if `bits32`, bytes read, whether it overflowed to ±Inf), or
/// None if `s` does not start with one.
pub fn parse_float_prefix(s: &[u8], bits32: bool) -> Option<(f64, usize, bool)> {
    if let Some((f, n)) = special(s) {
        // float64(float32(NaN)) is Go's plain quiet NaN.
        let f = if bits32 && f.is_nan() { f64::from_bits(0x7FF8000000000000) } else { f };
        return Some((f, n, false));
    }
    let r = read_float(s)?;
    let n = r.len;
    if r.hex {
        let (f, overflow) = hex_to_float(r.mantissa, r.exp, r.neg, r.trunc, bits32);
        return Some((f, n, overflow));
    }
    if r.mantissa == 0 {
        return Some((if r.neg { -0.0 } else { 0.0 }, n, false));
    }
    // Decimal: the host's parser rounds correctly, as Go does.
    let clean: String = s[..n].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
    let f = if bits32 { f64::from(clean.parse::<f32>().ok()?) } else { clean.parse::<f64>().ok()? };
    Some((f, n, f.is_infinite()))
}

/// "Inf", "Infinity" (any case, optionally signed) and "NaN": (value, length).
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len = |s: &[u8], word: &[u8]| s.iter().zip(word).take_while(|&(&c, &w)| lower(c) == w).count();
    match *s.first()? {
        c @ (b'+' | b'-' | b'i' | b'I') => {
            let signed = c == b'+' || c == b'-';
            let rest = if signed { &s[1..] } else { s };
            let n = match prefix_len(rest, b"infinity") {
                8 => 8,
                3..=7 => 3,
                _ => return None,
            };
            let f = if c == b'-' { f64::NEG_INFINITY } else { f64::INFINITY };
            Some((f, usize::from(signed) + n))
        }
        b'n' | b'N' if prefix_len(s, b"nan") == 3 => Some((f64::from_bits(GO_NAN_BITS), 3)),
        _ => None,
    }
}

/// A float literal read by [`read_float`]: the value is mantissa × base^exp (base 10, or
/// 2 for hex), `trunc` if nonzero digits did not fit the mantissa.
struct Literal {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    len: usize,
}

fn read_float(s: &[u8]) -> Option<Literal> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true;
        }
        _ => {}
    }
    let (mut base, mut max_digits, mut exp_char, mut hex) = (10u64, 19, b'e', false);
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        (base, max_digits, exp_char, hex) = (16, 16, b'p', true);
        i += 2;
    }
    let (mut saw_dot, mut saw_digits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    let mut mantissa = 0u64;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if saw_dot {
                break;
            }
            saw_dot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            saw_digits = true;
            if c == b'0' && nd == 0 {
                // A leading zero.
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_digits {
                    mantissa = mantissa * base + u64::from(c - b'0');
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            saw_digits = true;
            nd += 1;
            if nd_mant < max_digits {
                mantissa = mantissa * 16 + u64::from(lower(c) - b'a' + 10);
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !saw_digits {
        return None;
    }
    if !saw_dot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i)? {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if !s.get(i)?.is_ascii_digit() {
            return None;
        }
        let mut e = 0i64;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(Literal { mantissa, exp, neg, trunc, hex, len: i })
}

/// Whether the underscores of a literal only separate digits (or follow a base prefix).
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    // The last thing seen: b'^' the start, b'0' a digit or base prefix, b'_', b'!' other.
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// mantissa × 2^exp (plus a sticky bit if `trunc`) rounded to nearest even as a float64
/// or float32: (value, whether it overflowed to ±Inf).
fn hex_to_float(mantissa: u64, exp: i64, neg: bool, trunc: bool, bits32: bool) -> (f64, bool) {
    let (prec, bias) = if bits32 { (24i64, 127i64) } else { (53, 1023) };
    let sign = if neg { -1.0 } else { 1.0 };
    if mantissa == 0 {
        return (sign * 0.0, false);
    }
    let lz = mantissa.leading_zeros();
    let m = mantissa << lz;
    // The value is in [2^top, 2^(top+1)).
    let top = exp + 63 - i64::from(lz);
    let emin = 1 - bias;
    let keep = if top >= emin { prec } else { prec - (emin - top) };
    let mut kept: u64;
    if keep <= 0 {
        // Below the smallest subnormal's half unless exactly at it or just above.
        let up = keep == 0 && (m > 1 << 63 || trunc);
        kept = u64::from(up);
    } else {
        let shift = (64 - keep) as u32;
        kept = m >> shift;
        let rem = m & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || rem == half && (trunc || kept & 1 == 1) {
            kept += 1;
        }
    }
    let frac_bits = prec - 1;
    let bits = if top >= emin {
        let mut top = top;
        if kept == 1 << prec {
            kept >>= 1;
            top += 1;
        }
        if top > bias {
            return (sign * f64::INFINITY, true);
        }
        ((top + bias) as u64) << frac_bits | (kept & ((1 << frac_bits) - 1))
    } else {
        // Subnormal: kept counts units of the smallest subnormal, and a carry into the
        // leading bit makes it the smallest normal number by itself.
        kept
    };
    let v = if bits32 { f64::from(f32::from_bits(bits as u32)) } else { f64::from_bits(bits) };
    (sign * v, false)
}
