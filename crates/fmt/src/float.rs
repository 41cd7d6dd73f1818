//! Floating-point conversion as Go's `strconv.AppendFloat` does it, for the formats
//! `b e E f g G x X`, with shortest (`prec < 0`) or fixed precision.
//!
//! Decimal digits come from Rust's float printing, which is exact: `{:e}` gives the
//! shortest digits that read back to the same value (for `f32` when formatting a float32)
//! and `{:.N}`/`{:.Ne}` give correctly rounded digits, ties to even, as Go's do. The
//! layout of those digits (`%e`, `%f`, and `%g`'s choice between them) follows Go.

/// Text that Rust's float formatting writes: on the stack when short (the usual case),
/// on the heap when long (`%f` of large numbers, big precisions).
struct Text {
    short: [u8; 48],
    len: usize,
    long: Vec<u8>,
}

impl Text {
    fn of(args: std::fmt::Arguments<'_>) -> Text {
        let mut t = Text { short: [0; 48], len: 0, long: Vec::new() };
        let _ = std::fmt::Write::write_fmt(&mut t, args);
        t
    }

    fn bytes(&self) -> &[u8] {
        if self.long.is_empty() { &self.short[..self.len] } else { &self.long }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        if self.long.is_empty() { &mut self.short[..self.len] } else { &mut self.long }
    }
}

impl std::fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let b = s.as_bytes();
        if self.long.is_empty() && self.len + b.len() <= self.short.len() {
            self.short[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
        } else {
            if self.long.is_empty() {
                self.long.extend_from_slice(&self.short[..self.len]);
            }
            self.long.extend_from_slice(b);
        }
        Ok(())
    }
}

/// The decimal digits of a finite magnitude, `0.d1d2d3… × 10^dp`, without trailing zeros
/// (none at all for zero): `text[start..end]`, in place in Rust's output.
struct Digits {
    text: Text,
    start: usize,
    end: usize,
    dp: i32,
}

impl Digits {
    fn zero() -> Digits {
        Digits { text: Text::of(format_args!("")), start: 0, end: 0, dp: 0 }
    }

    fn d(&self) -> &[u8] {
        &self.text.bytes()[self.start..self.end]
    }

    fn nd(&self) -> i32 {
        (self.end - self.start) as i32
    }

    /// Rust's `d.ddde±N` output.
    fn from_exp(mut text: Text) -> Digits {
        let b = text.bytes_mut();
        let e = b.iter().position(|&c| c == b'e').unwrap_or(b.len());
        let (neg, digits) = match b.get(e + 1) {
            Some(b'-') => (true, &b[e + 2..]),
            _ => (false, b.get(e + 1..).unwrap_or_default()),
        };
        let exp = digits.iter().fold(0i32, |n, &c| n * 10 + i32::from(c - b'0'));
        let exp = if neg { -exp } else { exp };
        // Close the gap of the point by moving the first digit onto it.
        let start = if e > 1 && b[1] == b'.' {
            b[1] = b[0];
            1
        } else {
            0
        };
        Digits::trimmed(text, start, e, exp + 1)
    }

    /// Rust's `ddd.ddd` output.
    fn from_fixed(mut text: Text) -> Digits {
        let b = text.bytes_mut();
        let end = b.len();
        let (mut start, mut dp) = match b.iter().position(|&c| c == b'.') {
            Some(p) => {
                b.copy_within(0..p, 1);
                (1, p as i32)
            }
            None => (0, end as i32),
        };
        while start < end && b[start] == b'0' {
            start += 1;
            dp -= 1;
        }
        Digits::trimmed(text, start, end, dp)
    }

    fn trimmed(text: Text, start: usize, mut end: usize, dp: i32) -> Digits {
        let b = text.bytes();
        while end > start && b[end - 1] == b'0' {
            end -= 1;
        }
        let dp = if end == start { 0 } else { dp };
        Digits { text, start, end, dp }
    }
}

/// Appends `v` formatted as Go's `strconv.AppendFloat(dst, v, fmt, prec, bit_size)`.
/// `bit_size` is 32 (round as a float32) or 64. An unknown `fmt` appends `%` and it.
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, mant_bits, exp_bits, bias) = if bit_size == 32 {
        (u64::from((v as f32).to_bits()), 23u32, 8u32, -127i32)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (exp_bits + mant_bits) != 0;
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        out.extend_from_slice(match (mant != 0, neg) {
            (true, _) => b"NaN",
            (false, true) => b"-Inf",
            (false, false) => b"+Inf",
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;
    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp - mant_bits as i32),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mant_bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }
    let a = v.abs();
    if mant == 0 {
        return fmt_efg(out, neg, &Digits::zero(), prec, fmt, prec < 0);
    }
    if prec < 0 {
        // a = odd × 2^e2.
        let e2 = exp - mant_bits as i32 + mant.trailing_zeros() as i32;
        let digs = shortest(a, bit_size, e2);
        let nd = digs.nd();
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            _ => nd,
        };
        return fmt_efg(out, neg, &digs, prec, fmt, true);
    }
    let p = prec as usize;
    match fmt {
        b'e' | b'E' => fmt_efg(out, neg, &Digits::from_exp(Text::of(format_args!("{a:.p$e}"))), prec, fmt, false),
        b'f' => fmt_efg(out, neg, &Digits::from_fixed(Text::of(format_args!("{a:.p$}"))), prec, fmt, false),
        _ => {
            let prec = prec.max(1);
            let p = prec as usize - 1;
            fmt_efg(out, neg, &Digits::from_exp(Text::of(format_args!("{a:.p$e}"))), prec, fmt, false)
        }
    }
}

/// The shortest digits that read back as the (positive, finite, non-zero) `a` rounded to
/// `bit_size` bits. Among equally short candidates both Rust and Go take the closest to
/// `a`; when two are exactly as close, Go takes the one with an even last digit where
/// Rust rounds up, so such a tie is re-decided by the correctly rounded (ties-to-even)
/// digits of the same length, when those read back too.
///
/// `e2` is the exponent of `a` written as an odd integer times a power of two. A tie puts
/// `a` exactly halfway between two `nd`-digit decimals, so `a` = (odd multiple of 5) ×
/// 10^(dp-nd-1), whose odd part's power of two is the same exponent: ties are looked for
/// only then.
fn shortest(a: f64, bit_size: u32, e2: i32) -> Digits {
    let s = if bit_size == 32 { Text::of(format_args!("{:e}", a as f32)) } else { Text::of(format_args!("{a:e}")) };
    let digs = Digits::from_exp(s);
    if e2 != digs.dp - digs.nd() - 1 {
        return digs;
    }
    let p = (digs.nd() - 1).max(0) as usize;
    let even = Digits::from_exp(Text::of(format_args!("{a:.p$e}")));
    if even.d() == digs.d() && even.dp == digs.dp {
        return digs;
    }
    // 0.ddd × 10^dp, as a literal to read back.
    let lit = format!(".{}e{}", String::from_utf8_lossy(even.d()), even.dp);
    let reads_back = if bit_size == 32 { lit.parse::<f32>() == Ok(a as f32) } else { lit.parse::<f64>() == Ok(a) };
    if reads_back { even } else { digs }
}

/// Lays out decimal digits in `%e`, `%f` or (choosing between them) `%g` form.
fn fmt_efg(out: &mut Vec<u8>, neg: bool, digs: &Digits, mut prec: i32, mut fmt: u8, shortest: bool) {
    let nd = digs.nd();
    let dp = digs.dp;
    let d = digs.d();
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            prec = prec.min(nd) - 1;
            fmt = if fmt == b'g' { b'e' } else { b'E' };
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        out.push(b'-');
    }
    let digit = |i: i32| -> u8 { if i >= 0 && i < nd { d[i as usize] } else { b'0' } };
    if fmt == b'f' {
        if dp > 0 {
            for i in 0..dp {
                out.push(digit(i));
            }
        } else {
            out.push(b'0');
        }
        if prec > 0 {
            out.push(b'.');
            for i in 0..prec {
                out.push(digit(dp + i));
            }
        }
        return;
    }
    out.push(digit(0));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            out.push(digit(i));
        }
    }
    out.push(fmt);
    let exp = if nd == 0 { 0 } else { dp - 1 };
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(e.to_string().as_bytes());
}

/// `%b`: the mantissa in decimal, `p`, and the binary exponent.
fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// `%x`: `-0x1.hhhhp±dd`, with the fraction rounded (ties to even) to `prec` hex digits
/// when `prec` is set, else as many as needed.
fn fmt_x(out: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: u32) {
    if mant == 0 {
        exp = 0;
    }
    // Normalise so that the leading one sits at bit 60.
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if neg {
        out.push(b'-');
    }
    out.push(b'0');
    out.push(fmt);
    out.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(e.to_string().as_bytes());
}
