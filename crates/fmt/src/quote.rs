//! Go literal quoting as `strconv.Quote`, `QuoteToASCII`, `QuoteRune`, `QuoteRuneToASCII`
//! and `CanBackquote` produce it.

use crate::isprint::is_print;
use crate::utf8::{self, RUNE_ERROR};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a double-quoted Go string literal. Non-printable runes (and, with
/// `ascii_only`, every non-ASCII rune) become escapes; each invalid UTF-8 byte is `\xNN`.
pub fn append_quote(out: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, n) = utf8::decode(&s[i..]);
        if n == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(HEX[usize::from(s[i] >> 4)]);
            out.push(HEX[usize::from(s[i] & 0xF)]);
        } else {
            escape_rune(out, r, b'"', ascii_only);
        }
        i += n;
    }
    out.push(b'"');
}

/// Appends the code point `r` as a single-quoted Go rune literal; an invalid code point
/// is quoted as `U+FFFD`.
pub fn append_quote_rune(out: &mut Vec<u8>, r: i64, ascii_only: bool) {
    let r = if utf8::valid_rune(r) { r as u32 } else { RUNE_ERROR };
    out.push(b'\'');
    escape_rune(out, r, b'\'', ascii_only);
    out.push(b'\'');
}

/// Whether `s` can be written as a raw (backquoted) literal unchanged: valid UTF-8 with
/// no control character other than tab, no backquote, no DEL and no byte-order mark.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, n) = utf8::decode(&s[i..]);
        i += n;
        if n > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR || (r < 0x20 && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

fn escape_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) {
        utf8::push_rune(out, i64::from(r));
        return;
    }
    let simple: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !simple.is_empty() {
        out.extend_from_slice(simple);
        return;
    }
    if r < 0x20 || r == 0x7F {
        out.extend_from_slice(b"\\x");
        push_hex(out, r, 2);
    } else if r < 0x10000 {
        out.extend_from_slice(b"\\u");
        push_hex(out, r, 4);
    } else {
        out.extend_from_slice(b"\\U");
        push_hex(out, r, 8);
    }
}

fn push_hex(out: &mut Vec<u8>, r: u32, digits: u32) {
    for k in (0..digits).rev() {
        out.push(HEX[((r >> (4 * k)) & 0xF) as usize]);
    }
}
