//! The formatter for one item: flags, width and precision applied to integers, strings,
//! byte strings, runes and floats (the layer Go calls `fmt`).

use crate::float::append_float;
use crate::quote::{append_quote, append_quote_rune, can_backquote};
use crate::utf8;

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one directive. `plus_v`/`sharp_v` are `%+v`/`%#v`, which clear `plus` and
/// `sharp`: they are different formats rather than flags on `%v`.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
}

/// The output buffer and the current directive's flags, width and precision.
#[derive(Default)]
pub(crate) struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
    pub wid: i64,
    pub prec: i64,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    /// Appends `n` bytes of padding: zeros when zero-padding to the left, else spaces.
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, pad);
    }

    /// Appends `s` padded to the width (counted in runes), on the left unless `-`.
    pub fn pad(&mut self, s: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(s);
            return;
        }
        let width = self.wid - utf8::rune_count(s) as i64;
        if self.f.minus {
            self.buf.extend_from_slice(s);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.extend_from_slice(s);
        }
    }

    /// `pad` with zero padding turned off (for items that never take leading zeros).
    fn pad_no_zero(&mut self, s: &[u8]) {
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(s);
        self.f.zero = zero;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0078`, with `#` also the quoted character when printable.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut hex = Vec::new();
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 0xF) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while (hex.len() as i64) < prec {
            hex.push(b'0');
        }
        let mut s = b"U+".to_vec();
        s.extend(hex.iter().rev());
        if self.f.sharp && u <= u64::from(utf8::MAX_RUNE) && crate::isprint::is_print(u as u32) {
            s.extend_from_slice(b" '");
            utf8::push_rune(&mut s, u as i64);
            s.push(b'\'');
        }
        self.pad_no_zero(&s);
    }

    /// Integers in base 2, 8, 10 or 16, with sign, precision (minimum digits), zero
    /// padding, and the `#` prefixes (`0b`, `0`, `0x`); `%O` always prefixes `0o`.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: u32, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.prec;
            if prec == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.wid);
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Written right to left into a buffer big enough for 64 binary digits, a sign, a
        // prefix and the zeros the precision asks for.
        let mut stack = [0u8; 72];
        let mut heap = Vec::new();
        let need = 68 + prec.max(0) as usize;
        let buf: &mut [u8] = if need <= stack.len() {
            &mut stack
        } else {
            heap.resize(need, 0);
            &mut heap
        };
        let mut i = buf.len();
        let b = u64::from(base);
        loop {
            i -= 1;
            buf[i] = digits[(u % b) as usize];
            u /= b;
            if u == 0 {
                break;
            }
        }
        while ((buf.len() - i) as i64) < prec {
            i -= 1;
            buf[i] = b'0';
        }
        let mut prefix: &[u8] = b"";
        if self.f.sharp {
            match base {
                2 => prefix = b"0b",
                8 if buf[i] != b'0' => prefix = b"0",
                16 => prefix = if digits[16] == b'X' { b"0X" } else { b"0x" },
                _ => {}
            }
        }
        for &c in prefix.iter().rev() {
            i -= 1;
            buf[i] = c;
        }
        if verb == u32::from(b'O') {
            i -= 2;
            buf[i..i + 2].copy_from_slice(b"0o");
        }
        if negative {
            i -= 1;
            buf[i] = b'-';
        } else if self.f.plus {
            i -= 1;
            buf[i] = b'+';
        } else if self.f.space {
            i -= 1;
            buf[i] = b' ';
        }
        self.pad_no_zero(&buf[i..]);
    }

    /// Cuts `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += utf8::decode(&s[i..]).1;
            }
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string's bytes; ` ` separates bytes, `#` adds `0x` (to each with ` `).
    pub fn fmt_sx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(self.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[usize::from(c >> 4)]);
            self.buf.push(digits[usize::from(c & 0xF)]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string: a Go string literal, ASCII-only with `+`, raw with `#` if possible.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let mut q = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && can_backquote(s) {
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
        } else {
            append_quote(&mut q, s, self.f.plus);
        }
        self.pad(&q);
    }

    /// `%c`: the rune (U+FFFD if not a valid code point).
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > u64::from(utf8::MAX_RUNE) { i64::from(utf8::RUNE_ERROR) } else { c as i64 };
        let mut s = Vec::with_capacity(4);
        utf8::push_rune(&mut s, r);
        self.pad(&s);
    }

    /// `%q` of an integer: a Go rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > u64::from(utf8::MAX_RUNE) { i64::from(utf8::RUNE_ERROR) } else { c as i64 };
        let mut s = Vec::with_capacity(8);
        append_quote_rune(&mut s, r, self.f.plus);
        self.pad(&s);
    }

    /// Floats: `verb` is a `strconv` format byte, `prec` the default precision (-1 for
    /// shortest) unless one was given.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        // num[0] is the sign: '+' is reserved and dropped later unless wanted.
        let mut num = vec![b'+'];
        append_float(&mut num, v, verb, prec as i32, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        if self.f.sharp && verb != b'b' {
            self.restore_float_zeros(&mut num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// `#` on a float: always a decimal point, and for `%g`/`%x` the trailing zeros up to
    /// the precision (6 when shortest).
    fn restore_float_zeros(&self, num: &mut Vec<u8>, verb: u8, prec: i64) {
        let mut digits: i64 = match verb {
            b'v' | b'g' | b'G' | b'x' => {
                if prec == -1 {
                    6
                } else {
                    prec
                }
            }
            _ => 0,
        };
        let mut tail = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail = num.split_off(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail = num.split_off(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
}
