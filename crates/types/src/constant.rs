//! Exact constant values, as the Go spec requires them.
//!
//! Untyped constants are exact: integers are big integers and floating-point constants are
//! rationals, so `0.1 + 0.2 == 0.3` is true. A constant converted to a floating-point type
//! is rounded to that type's precision, as Go rounds it. String constants are byte
//! strings (Go strings need not be UTF-8).
//!
//! The `Display` form is the one gc's messages use: decimal integers, `%.6g`-style floats
//! (`%g` when that would hide a fraction), quoted strings shortened after 72 characters,
//! `(re + imi)` complex numbers.
//!
//! Rejected: f64/i128 fast paths. Constant expressions are a sliver of compile time, and one
//! exact representation leaves no rounding corner to get wrong.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;
use std::sync::Arc;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// The value of an erroneous constant expression (reported once, then silent).
    Unknown,
    Bool(bool),
    String(Arc<[u8]>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// The numeric "kind" of a constant, ordered: int < rune-less float < complex.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum NumKind {
    Int,
    Float,
    Complex,
}

/// Integer and float limits of a typed constant's type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    Signed(u32),
    Unsigned(u32),
    Float32,
    Float64,
    Complex64,
    Complex128,
}

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    pub fn string(s: &[u8]) -> ConstValue {
        ConstValue::String(Arc::from(s))
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, ConstValue::Unknown)
    }

    pub fn num_kind(&self) -> Option<NumKind> {
        match self {
            ConstValue::Int(_) => Some(NumKind::Int),
            ConstValue::Float(_) => Some(NumKind::Float),
            ConstValue::Complex(..) => Some(NumKind::Complex),
            _ => None,
        }
    }

    /// The value as a rational, if it is a real number.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as an integer, if it is a whole real number.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            _ => {
                let r = self.to_rat()?;
                r.is_integer().then(|| r.to_integer())
            }
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// Converts a numeric value to at least the given kind (int → float → complex).
    pub fn to_kind(&self, kind: NumKind) -> ConstValue {
        match (self, kind) {
            (ConstValue::Int(i), NumKind::Float) => ConstValue::Float(BigRational::from_integer(i.clone())),
            (ConstValue::Int(i), NumKind::Complex) => {
                ConstValue::Complex(BigRational::from_integer(i.clone()), BigRational::zero())
            }
            (ConstValue::Float(r), NumKind::Complex) => ConstValue::Complex(r.clone(), BigRational::zero()),
            _ => self.clone(),
        }
    }

    /// The value with an integral float (or real complex) turned back into an integer, as
    /// an untyped constant converted to an integer type must be.
    pub fn to_int_value(&self) -> Option<ConstValue> {
        self.to_int().map(ConstValue::Int)
    }

    /// Whether the value fits the given representation exactly (integers) or after
    /// rounding without overflow (floats); returns the rounded value.
    pub fn represent(&self, repr: Repr) -> Result<ConstValue, RepresentError> {
        match repr {
            Repr::Signed(bits) | Repr::Unsigned(bits) => {
                let Some(i) = self.to_int() else {
                    return Err(if self.to_rat().is_some() {
                        RepresentError::Truncated
                    } else {
                        RepresentError::NotNumeric
                    });
                };
                let (lo, hi) = int_range(repr, bits);
                if i < lo || i > hi {
                    return Err(RepresentError::Overflow);
                }
                Ok(ConstValue::Int(i))
            }
            Repr::Float32 | Repr::Float64 => {
                let Some(r) = self.to_rat() else {
                    return Err(if matches!(self, ConstValue::Complex(..)) {
                        RepresentError::Truncated
                    } else {
                        RepresentError::NotNumeric
                    });
                };
                round_float(&r, repr == Repr::Float32).map(ConstValue::Float).ok_or(RepresentError::Overflow)
            }
            Repr::Complex64 | Repr::Complex128 => {
                let (re, im) = match self.to_kind(NumKind::Complex) {
                    ConstValue::Complex(re, im) => (re, im),
                    _ => return Err(RepresentError::NotNumeric),
                };
                let f32 = repr == Repr::Complex64;
                let re = round_float(&re, f32).ok_or(RepresentError::Overflow)?;
                let im = round_float(&im, f32).ok_or(RepresentError::Overflow)?;
                Ok(ConstValue::Complex(re, im))
            }
        }
    }

    /// Whether the value is zero (for division checks).
    pub fn is_zero(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_zero(),
            ConstValue::Float(r) => r.is_zero(),
            ConstValue::Complex(re, im) => re.is_zero() && im.is_zero(),
            _ => false,
        }
    }

    /// The sign of a real value.
    pub fn sign(&self) -> i32 {
        match self.to_rat() {
            Some(r) if r.is_negative() => -1,
            Some(r) if r.is_positive() => 1,
            _ => 0,
        }
    }

    /// `e` formatted exactly (for tests and debugging).
    pub fn exact_string(&self) -> String {
        match self {
            ConstValue::Float(r) => format!("{}/{}", r.numer(), r.denom()),
            other => other.to_string(),
        }
    }
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepresentError {
    /// Out of the type's range: gc says "overflows".
    Overflow,
    /// A fraction (or imaginary part) would be lost: gc says "truncated".
    Truncated,
    /// Not a number at all.
    NotNumeric,
}

fn int_range(repr: Repr, bits: u32) -> (BigInt, BigInt) {
    match repr {
        Repr::Signed(_) => {
            let half = BigInt::one() << (bits - 1);
            (-half.clone(), half - 1)
        }
        _ => (BigInt::zero(), (BigInt::one() << bits) - 1),
    }
}

/// Rounds a rational to the nearest float32 or float64 value, as an exact rational; `None`
/// when it overflows.
fn round_float(r: &BigRational, f32: bool) -> Option<BigRational> {
    let f = rat_to_f64(r);
    if f32 {
        let g = f as f32;
        if g.is_infinite() {
            return None;
        }
        return BigRational::from_float(g as f64);
    }
    if f.is_infinite() {
        return None;
    }
    BigRational::from_float(f)
}

/// The float64 nearest to a rational (correctly rounded, ties to even).
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let negative = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().clone();
    // Find e with 2^52 <= n / d / 2^e < 2^53: q is then the 53-bit mantissa before rounding.
    let quotient = |e: i64| -> (BigInt, BigInt, BigInt) {
        if e <= 0 {
            let (q, rem) = (&n << (-e) as u64).div_rem(&d);
            (q, rem, d.clone())
        } else {
            let div = &d << e as u64;
            let (q, rem) = n.div_rem(&div);
            (q, rem, div)
        }
    };
    let mut e = n.bits() as i64 - d.bits() as i64 - 53;
    let (mut q, mut rem, mut div) = quotient(e);
    while q.bits() > 53 {
        e += 1;
        (q, rem, div) = quotient(e);
    }
    while q.bits() < 53 {
        e -= 1;
        (q, rem, div) = quotient(e);
    }
    // value = (q + rem/div) * 2^e, q in [2^52, 2^53).
    let mut m: u64;
    if e < -1074 {
        // Subnormal (or zero): keep the bits at or above 2^-1074.
        let sh = (-1074 - e) as u64;
        if sh > 60 {
            return if negative { -0.0 } else { 0.0 };
        }
        let q64 = q.to_u64().unwrap_or(0);
        m = q64 >> sh;
        let dropped = q64 & ((1u64 << sh) - 1);
        let half = 1u64 << (sh - 1);
        if dropped > half || (dropped == half && (!rem.is_zero() || m & 1 == 1)) {
            m += 1;
        }
        e = -1074;
    } else {
        m = q.to_u64().unwrap_or(0);
        let twice = &rem << 1;
        if twice > div || (twice == div && m & 1 == 1) {
            m += 1;
        }
        if m == 1 << 53 {
            m >>= 1;
            e += 1;
        }
    }
    if e + 52 > 1023 {
        return if negative { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let bits = if m >= 1 << 52 {
        let biased = (e + 52 + 1023) as u64;
        (biased << 52) | (m - (1 << 52))
    } else {
        // Subnormal: exponent field 0 (a carry into bit 52 makes it the smallest normal).
        m
    };
    let value = f64::from_bits(bits);
    if negative { -value } else { value }
}

// ---- arithmetic ----

/// A binary operation on constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `/`: integer division when both operands are integers and `int_div` is set.
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
}

/// Why constant arithmetic failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArithError {
    DivisionByZero,
    /// The result is too large to represent (more than 512 bits, as gc limits it).
    Overflow,
}

/// gc's limit on the size of an untyped integer constant.
pub const MAX_INT_BITS: u64 = 512;

/// Applies `op` to two numeric (or, for `&^` etc., integer) constants of matching kind.
/// `int_div` asks for truncated integer division (`/` between integer-typed operands).
pub fn binary(op: BinOp, x: &ConstValue, y: &ConstValue, int_div: bool) -> Result<ConstValue, ArithError> {
    let kind = x.num_kind().max(y.num_kind()).unwrap_or(NumKind::Int);
    let (x, y) = (x.to_kind(kind), y.to_kind(kind));
    let result = match (&x, &y) {
        (ConstValue::Int(a), ConstValue::Int(b)) => match op {
            BinOp::Add => ConstValue::Int(a + b),
            BinOp::Sub => ConstValue::Int(a - b),
            BinOp::Mul => ConstValue::Int(a * b),
            BinOp::Div if int_div => {
                if b.is_zero() {
                    return Err(ArithError::DivisionByZero);
                }
                ConstValue::Int(a / b)
            }
            BinOp::Div => {
                if b.is_zero() {
                    return Err(ArithError::DivisionByZero);
                }
                let q = BigRational::new(a.clone(), b.clone());
                if q.is_integer() { ConstValue::Int(q.to_integer()) } else { ConstValue::Float(q) }
            }
            BinOp::Rem => {
                if b.is_zero() {
                    return Err(ArithError::DivisionByZero);
                }
                ConstValue::Int(a % b)
            }
            BinOp::And => ConstValue::Int(a & b),
            BinOp::Or => ConstValue::Int(a | b),
            BinOp::Xor => ConstValue::Int(a ^ b),
            BinOp::AndNot => ConstValue::Int(a & !b),
        },
        (ConstValue::Float(a), ConstValue::Float(b)) => match op {
            BinOp::Add => ConstValue::Float(a + b),
            BinOp::Sub => ConstValue::Float(a - b),
            BinOp::Mul => ConstValue::Float(a * b),
            BinOp::Div => {
                if b.is_zero() {
                    return Err(ArithError::DivisionByZero);
                }
                ConstValue::Float(a / b)
            }
            _ => return Ok(ConstValue::Unknown),
        },
        (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => match op {
            BinOp::Add => ConstValue::Complex(ar + br, ai + bi),
            BinOp::Sub => ConstValue::Complex(ar - br, ai - bi),
            BinOp::Mul => ConstValue::Complex(ar * br - ai * bi, ar * bi + ai * br),
            BinOp::Div => {
                let denom = br * br + bi * bi;
                if denom.is_zero() {
                    return Err(ArithError::DivisionByZero);
                }
                ConstValue::Complex((ar * br + ai * bi) / &denom, (ai * br - ar * bi) / &denom)
            }
            _ => return Ok(ConstValue::Unknown),
        },
        _ => return Ok(ConstValue::Unknown),
    };
    check_size(result)
}

fn check_size(v: ConstValue) -> Result<ConstValue, ArithError> {
    match &v {
        ConstValue::Int(i) if i.bits() > MAX_INT_BITS => Err(ArithError::Overflow),
        _ => Ok(v),
    }
}

/// `x << s` or `x >> s` for an integer constant (the caller checked `s` is a small
/// non-negative integer).
pub fn shift(x: &BigInt, left: bool, s: u64) -> Result<ConstValue, ArithError> {
    if left {
        if x.bits() + s > MAX_INT_BITS && !x.is_zero() {
            return Err(ArithError::Overflow);
        }
        Ok(ConstValue::Int(x << s))
    } else {
        // Arithmetic shift: rounds toward negative infinity, as Go's >> on signed values.
        let d = BigInt::one() << s;
        Ok(ConstValue::Int(x.div_floor(&d)))
    }
}

/// Unary minus.
pub fn negate(x: &ConstValue) -> ConstValue {
    match x {
        ConstValue::Int(i) => ConstValue::Int(-i),
        ConstValue::Float(r) => ConstValue::Float(-r),
        ConstValue::Complex(re, im) => ConstValue::Complex(-re, -im),
        other => other.clone(),
    }
}

/// `^x`: for untyped integers `-x - 1`; for unsigned types of `bits` bits, `x` xor all-ones.
pub fn complement(x: &BigInt, unsigned_bits: Option<u32>) -> BigInt {
    match unsigned_bits {
        Some(bits) => x ^ ((BigInt::one() << bits) - 1),
        None => -x - 1,
    }
}

/// Compares two constants of matching kind; `None` if not ordered (complex, bool ordering).
pub fn compare(x: &ConstValue, y: &ConstValue) -> Option<std::cmp::Ordering> {
    match (x, y) {
        (ConstValue::String(a), ConstValue::String(b)) => Some(a.cmp(b)),
        (ConstValue::Bool(a), ConstValue::Bool(b)) => (a == b).then_some(std::cmp::Ordering::Equal),
        _ => {
            let kind = x.num_kind()?.max(y.num_kind()?);
            match (x.to_kind(kind), y.to_kind(kind)) {
                (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => {
                    (ar == br && ai == bi).then_some(std::cmp::Ordering::Equal)
                }
                (a, b) => Some(a.to_rat()?.cmp(&b.to_rat()?)),
            }
        }
    }
}

/// Whether two constants are equal (for `==`, duplicate case and key detection).
pub fn equal(x: &ConstValue, y: &ConstValue) -> bool {
    match (x, y) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => a == b,
        (ConstValue::String(a), ConstValue::String(b)) => a == b,
        _ => compare(x, y) == Some(std::cmp::Ordering::Equal),
    }
}

// ---- literals ----

/// The value of a number literal's source text (already validated by the lexer).
pub fn parse_number(text: &str) -> ConstValue {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(body) = clean.strip_suffix('i') {
        let v = parse_real(body);
        return match v.to_rat() {
            Some(r) => ConstValue::Complex(BigRational::zero(), r),
            None => ConstValue::Unknown,
        };
    }
    parse_real(&clean)
}

fn parse_real(s: &str) -> ConstValue {
    let lower = s.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|b| b.is_ascii_digit()) {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    let is_float = if radix == 16 { digits.contains(['.', 'p']) } else { radix == 10 && digits.contains(['.', 'e']) };
    if !is_float {
        return BigInt::parse_bytes(digits.as_bytes(), radix).map_or(ConstValue::Unknown, ConstValue::Int);
    }
    let (mantissa, exp, exp_base) = if radix == 16 {
        match digits.split_once('p') {
            Some((m, e)) => (m, e, 2),
            None => (digits, "0", 2),
        }
    } else {
        match digits.split_once('e') {
            Some((m, e)) => (m, e, 10),
            None => (digits, "0", 10),
        }
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = format!("{int_part}{frac_part}");
    let all_digits = if all_digits.is_empty() { "0".to_string() } else { all_digits };
    let Some(n) = BigInt::parse_bytes(all_digits.as_bytes(), radix) else { return ConstValue::Unknown };
    // value = n / radix^len(frac) * base^exp
    let Ok(exp) = exp.parse::<i64>() else { return ConstValue::Unknown };
    let frac_scale: i64 = frac_part.len() as i64 * if radix == 16 { 4 } else { 1 };
    // Express everything in powers of exp_base (2 for hex, 10 for decimal).
    let total_exp = exp - frac_scale;
    if total_exp.abs() > 5_000 {
        // Far beyond any float type; keep the magnitude class right for overflow checks.
        return if total_exp > 0 && !n.is_zero() {
            ConstValue::Float(BigRational::from_integer(BigInt::from(10).pow(5_000u32) * n.signum()))
        } else {
            ConstValue::Float(BigRational::zero())
        };
    }
    let base = BigInt::from(exp_base);
    let r = if total_exp >= 0 {
        BigRational::from_integer(n * base.pow(total_exp as u32))
    } else {
        BigRational::new(n, base.pow((-total_exp) as u32))
    };
    ConstValue::Float(r)
}

/// Decodes the body of a rune literal `'…'` (quotes included) to its code point.
pub fn parse_rune(text: &str) -> ConstValue {
    let inner = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')).unwrap_or(text);
    let mut bytes = Vec::new();
    let mut runes = Vec::new();
    decode_escapes(inner, b'\'', &mut bytes, Some(&mut runes));
    match runes.first() {
        Some(&r) => ConstValue::int(r as i64),
        None => ConstValue::Unknown,
    }
}

/// Decodes a string literal (`"…"` or a raw `` `…` ``) to its bytes.
pub fn parse_string(text: &str) -> ConstValue {
    if let Some(raw) = text.strip_prefix('`') {
        let raw = raw.strip_suffix('`').unwrap_or(raw);
        let bytes: Vec<u8> = raw.bytes().filter(|&b| b != b'\r').collect();
        return ConstValue::String(Arc::from(bytes));
    }
    let inner = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text);
    let mut bytes = Vec::with_capacity(inner.len());
    decode_escapes(inner, b'"', &mut bytes, None);
    ConstValue::String(Arc::from(bytes))
}

/// Decodes Go escapes; pushes bytes, and for rune literals also whole code points.
fn decode_escapes(s: &str, _quote: u8, out: &mut Vec<u8>, mut runes: Option<&mut Vec<u32>>) {
    let mut chars = s.char_indices().peekable();
    let b = s.as_bytes();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            if let Some(r) = runes.as_deref_mut() {
                r.push(c as u32);
            }
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        let simple = match e {
            'a' => Some(7u32),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            '\'' => Some(39),
            '"' => Some(34),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v as u8);
            if let Some(r) = runes.as_deref_mut() {
                r.push(v);
            }
            continue;
        }
        let (len, radix, is_byte) = match e {
            'x' => (2, 16, true),
            'u' => (4, 16, false),
            'U' => (8, 16, false),
            '0'..='7' => (3, 8, true),
            _ => continue,
        };
        let start = if matches!(e, '0'..='7') { i + 1 } else { i + 2 };
        let digits = s.get(start..start + len).unwrap_or("");
        let v = u32::from_str_radix(digits, radix).unwrap_or(0xFFFD);
        // Skip the digits (the first octal digit was already consumed as `e`).
        let skip = if matches!(e, '0'..='7') { len - 1 } else { len };
        for _ in 0..skip {
            chars.next();
        }
        let _ = b;
        if is_byte {
            out.push(v as u8);
            if let Some(r) = runes.as_deref_mut() {
                r.push(v);
            }
        } else {
            let c = char::from_u32(v).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            if let Some(r) = runes.as_deref_mut() {
                r.push(v);
            }
        }
    }
}

// ---- display ----

impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Unknown => f.write_str("unknown"),
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::String(s) => f.write_str(&short_quote(s)),
            ConstValue::Int(i) => write!(f, "{i}"),
            // Float constants print as floats even when whole (`1e100` is "1e+100").
            ConstValue::Float(r) => f.write_str(&format_float(r)),
            ConstValue::Complex(re, im) => write!(f, "({} + {}i)", format_float(re), format_float(im)),
        }
    }
}

/// go/constant's short float form: `%.6g`, or `%g` if that would look like an integer.
fn format_float(r: &BigRational) -> String {
    let x = rat_to_f64(r);
    if x.is_finite() && (x == 0.0) == r.is_zero() {
        let s = go_g(x, Some(6));
        if !r.is_integer() && !s.contains('.') {
            // Not an integer, but "%.6g" made it look like one.
            return go_g(x, None);
        }
        return s;
    }
    // Outside float64's range: mantissa and decimal exponent.
    let negative = r.is_negative();
    let (n, d) = (r.numer().abs(), r.denom().clone());
    let digits_n = n.to_string().len() as i64;
    let digits_d = d.to_string().len() as i64;
    let mut exp = digits_n - digits_d;
    let ten = BigInt::from(10);
    let scaled = if exp >= 0 {
        BigRational::new(n, d * ten.pow(exp as u32))
    } else {
        BigRational::new(n * ten.pow((-exp) as u32), d)
    };
    let mut m = rat_to_f64(&scaled);
    while m >= 10.0 {
        m /= 10.0;
        exp += 1;
    }
    while m != 0.0 && m < 1.0 {
        m *= 10.0;
        exp -= 1;
    }
    format!("{}{:.6}e{:+}", if negative { "-" } else { "" }, m, exp)
}

/// Go's `%g` (shortest round-trip) or `%.Ng` formatting of a float64.
pub fn go_g(x: f64, precision: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Digits and decimal exponent, from Rust's shortest or fixed-precision scientific form.
    let sci = match precision {
        Some(p) => format!("{:.*e}", p.saturating_sub(1), x),
        None => format!("{x:e}"),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut digits = digits.trim_end_matches('0').to_string();
    if digits.is_empty() {
        digits.push('0');
    }
    let eprec = precision.unwrap_or(21).max(1) as i32;
    let eprec = if precision.is_none() && digits.len() as i32 > eprec { digits.len() as i32 } else { eprec };
    let sign = if negative { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{}{}", digits, "0".repeat(int_len - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
        }
    }
}

/// Go's `strconv.Quote`, shortened as go/constant shortens it (at most 72 characters).
pub fn short_quote(s: &[u8]) -> String {
    let q = go_quote(s);
    const MAX: usize = 72;
    if q.chars().count() > MAX {
        let cut: String = q.chars().take(MAX - 3).collect();
        return cut + "...";
    }
    q
}

/// Go's `strconv.Quote` of a byte string.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let (c, size) = match std::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(t) => t.chars().next().map(|c| (Some(c), c.len_utf8())).unwrap_or((None, 1)),
            Err(e) if e.valid_up_to() > 0 => {
                let t = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("");
                t.chars().next().map(|c| (Some(c), c.len_utf8())).unwrap_or((None, 1))
            }
            Err(_) => (None, 1),
        };
        match c {
            None => out.push_str(&format!("\\x{:02x}", s[i])),
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\x07') => out.push_str("\\a"),
            Some('\x08') => out.push_str("\\b"),
            Some('\x0c') => out.push_str("\\f"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some('\x0b') => out.push_str("\\v"),
            Some(c) if is_go_printable(c) => out.push(c),
            Some(c) if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Some(c) => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
        i += size;
    }
    out.push('"');
    out
}

/// An approximation of Go's `strconv.IsPrint`: letters, marks, numbers, punctuation,
/// symbols and the ASCII space.
pub fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control() || c.is_whitespace() || matches!(c as u32, 0xAD | 0xFEFF | 0xE000..=0xF8FF | 0xFFF9..=0xFFFB))
}

/// Sign helper for callers that build big integers.
pub fn big_from_sign(negative: bool, magnitude: BigInt) -> BigInt {
    if negative { BigInt::from_biguint(Sign::Minus, magnitude.magnitude().clone()) } else { magnitude }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> ConstValue {
        parse_number(s)
    }

    #[test]
    fn exact_arithmetic() {
        let sum = binary(BinOp::Add, &num("0.1"), &num("0.2"), false).unwrap();
        assert!(equal(&sum, &num("0.3")));
        let third = binary(BinOp::Div, &num("1"), &num("3"), false).unwrap();
        assert_eq!(third.exact_string(), "1/3");
        assert_eq!(binary(BinOp::Div, &num("7"), &num("2"), true).unwrap(), ConstValue::int(3));
        assert_eq!(binary(BinOp::Div, &num("-7"), &num("2"), true).unwrap(), ConstValue::int(-3));
        assert_eq!(binary(BinOp::Rem, &num("-7"), &num("2"), true).unwrap(), ConstValue::int(-1));
        assert_eq!(binary(BinOp::Div, &num("1"), &num("0"), true), Err(ArithError::DivisionByZero));
        assert_eq!(shift(&BigInt::from(-7), false, 1).unwrap(), ConstValue::int(-4));
        assert_eq!(shift(&BigInt::from(1), true, 600), Err(ArithError::Overflow));
        assert_eq!(complement(&BigInt::from(5), None), BigInt::from(-6));
        assert_eq!(complement(&BigInt::from(5), Some(8)), BigInt::from(250));
    }

    #[test]
    fn literals() {
        assert_eq!(num("0x_FF"), ConstValue::int(255));
        assert_eq!(num("0o17"), ConstValue::int(15));
        assert_eq!(num("017"), ConstValue::int(15));
        assert_eq!(num("0b101"), ConstValue::int(5));
        assert_eq!(num("1_000"), ConstValue::int(1000));
        assert_eq!(num("0x1p-2").exact_string(), "1/4");
        assert_eq!(num("0x1.8p1").to_string(), "3");
        assert_eq!(num("1.5e3").to_string(), "1500");
        assert_eq!(num("2i"), ConstValue::Complex(BigRational::zero(), BigRational::from_integer(2.into())));
        assert_eq!(parse_rune("'a'"), ConstValue::int(97));
        assert_eq!(parse_rune("'\\n'"), ConstValue::int(10));
        assert_eq!(parse_rune("'\\u00e9'"), ConstValue::int(0xe9));
        assert_eq!(parse_rune("'\\377'"), ConstValue::int(255));
        assert_eq!(parse_rune("'ü'"), ConstValue::int(0xfc));
        assert_eq!(parse_string("\"a\\tb\\xff\""), ConstValue::string(b"a\tb\xff"));
        assert_eq!(parse_string("`a\r\nb`"), ConstValue::string(b"a\nb"));
    }

    #[test]
    fn representability() {
        assert_eq!(ConstValue::int(300).represent(Repr::Unsigned(8)), Err(RepresentError::Overflow));
        assert_eq!(ConstValue::int(-128).represent(Repr::Signed(8)), Ok(ConstValue::int(-128)));
        assert_eq!(num("1.5").represent(Repr::Signed(64)), Err(RepresentError::Truncated));
        assert_eq!(num("2.0").represent(Repr::Signed(64)), Ok(ConstValue::int(2)));
        assert_eq!(num("1e400").represent(Repr::Float64), Err(RepresentError::Overflow));
        assert_eq!(num("1e39").represent(Repr::Float32), Err(RepresentError::Overflow));
        let r = num("0.1").represent(Repr::Float64).unwrap();
        assert_eq!(r.to_rat().map(|r| rat_to_f64(&r)), Some(0.1));
    }

    #[test]
    fn rounding_is_correct() {
        for s in [
            "0.1",
            "1e-300",
            "4.9406564584124654e-324",
            "2.2250738585072014e-308",
            "1.7976931348623157e308",
            "123456789.123456789",
            "1e23",
            "9007199254740993",
        ] {
            let v = num(s).to_rat().unwrap();
            assert_eq!(rat_to_f64(&v), s.parse::<f64>().unwrap(), "{s}");
        }
    }

    #[test]
    fn display_like_go_constant() {
        assert_eq!(num("1e100").to_string(), "1e+100");
        assert_eq!(num("3.14159265").to_string(), "3.14159");
        assert_eq!(num("0.000001").to_string(), "1e-06");
        assert_eq!(num("123456.5").to_string(), "123456.5");
        assert_eq!(num("1234567.5").to_string(), "1.23457e+06");
        assert_eq!(num("1.5").to_string(), "1.5");
        assert_eq!(ConstValue::string(b"hi\n").to_string(), "\"hi\\n\"");
        assert_eq!(ConstValue::string(&[b'a'; 100]).to_string().chars().count(), 72);
        assert_eq!(go_g(100000.0, None), "100000");
        assert_eq!(go_g(1e21, None), "1e+21");
        assert_eq!(go_g(0.0001, None), "0.0001");
        assert_eq!(go_g(0.00001, None), "1e-05");
    }
}
