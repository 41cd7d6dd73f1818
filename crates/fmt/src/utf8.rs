//! UTF-8 as Go's `unicode/utf8` treats it: an invalid or truncated sequence decodes as
//! `U+FFFD` of width one byte, and encoding an invalid code point writes `U+FFFD`.

/// The replacement character.
pub(crate) const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid code point.
pub(crate) const MAX_RUNE: u32 = 0x10FFFF;

/// Decodes the first rune of `s`: the code point and its length in bytes. An empty input
/// gives `(RUNE_ERROR, 0)`; an invalid sequence gives `(RUNE_ERROR, 1)`.
pub(crate) fn decode(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    // Length of the sequence and the allowed range of its second byte, which is where
    // overlong forms, surrogates and values past U+10FFFF are excluded.
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    if !(lo..=hi).contains(&s[1]) || s[2..n].iter().any(|&b| !(0x80..=0xBF).contains(&b)) {
        return (RUNE_ERROR, 1);
    }
    let mut r = u32::from(b0) & (0x7F >> n);
    for &b in &s[1..n] {
        r = (r << 6) | (u32::from(b) & 0x3F);
    }
    (r, n)
}

/// Whether `r` is a code point UTF-8 can encode (not a surrogate, not past U+10FFFF).
pub(crate) fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=i64::from(MAX_RUNE)).contains(&r)
}

/// Appends the UTF-8 encoding of `r`, or of `U+FFFD` when `r` is not a valid code point.
pub(crate) fn push_rune(out: &mut Vec<u8>, r: i64) {
    let c = if valid_rune(r) { char::from_u32(r as u32) } else { None };
    let c = c.unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// The number of runes in `s`, counting each invalid byte as one.
pub(crate) fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        i += decode(&s[i..]).1;
        n += 1;
    }
    n
}
