//! Formatting one value of a basic kind under a verb, or reporting the verb as bad for it
//! (`%!verb(type=value)`): Go's `fmtBool`, `fmtInteger`, `fmtFloat`, `fmtComplex`,
//! `fmtString`, `fmtBytes`, `fmtPointer` and `badVerb`.

use crate::format::{LDIGITS, UDIGITS};
use crate::printer::Printer;
use crate::value::Value;
use gorun_bytecode::TypeKind;

impl Printer<'_> {
    /// `%!verb(type=value)`, or `%!verb(<nil>)`.
    pub(crate) fn bad_verb(&mut self, v: Option<Value>, verb: u32) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.fmt.buf.push(b'(');
        match v {
            Some(v) => {
                self.write_type_name(v.typ);
                self.fmt.buf.push(b'=');
                self.print_value(v, u32::from(b'v'), 0);
            }
            None => self.write(b"<nil>"),
        }
        self.fmt.buf.push(b')');
        self.erroring = false;
    }

    pub(crate) fn fmt_bool(&mut self, v: Value, b: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt.fmt_boolean(b),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// `u` in hexadecimal, with or without a `0x` prefix.
    pub(crate) fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading_0x;
        self.fmt.fmt_integer(u, 16, false, u32::from(b'v'), LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    pub(crate) fn fmt_integer(&mut self, v: Value, u: u64, signed: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('v') if self.fmt.f.sharp_v && !signed => self.fmt_0x64(u, true),
            Some('v' | 'd') => self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS),
            Some('b') => self.fmt.fmt_integer(u, 2, signed, verb, LDIGITS),
            Some('o' | 'O') => self.fmt.fmt_integer(u, 8, signed, verb, LDIGITS),
            Some('x') => self.fmt.fmt_integer(u, 16, signed, verb, LDIGITS),
            Some('X') => self.fmt.fmt_integer(u, 16, signed, verb, UDIGITS),
            Some('c') => self.fmt.fmt_c(u),
            Some('q') => self.fmt.fmt_qc(u),
            Some('U') => self.fmt.fmt_unicode(u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    pub(crate) fn fmt_float(&mut self, v: Value, f: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt.fmt_float(f, size, b'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt.fmt_float(f, size, c as u8, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt.fmt_float(f, size, c as u8, 6),
            Some('F') => self.fmt.fmt_float(f, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    pub(crate) fn fmt_complex(&mut self, v: Value, re: f64, im: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') => {
                let plus = self.fmt.f.plus;
                self.fmt.buf.push(b'(');
                self.fmt_float(v, re, size / 2, verb);
                self.fmt.f.plus = true;
                self.fmt_float(v, im, size / 2, verb);
                self.write(b"i)");
                self.fmt.f.plus = plus;
            }
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// A string (`v` is where it came from, for error reports; `None` for a method's
    /// result, whose verb is always a string verb).
    pub(crate) fn fmt_string(&mut self, v: Option<Value>, s: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('v') if self.fmt.f.sharp_v => self.fmt.fmt_q(s),
            Some('v' | 's') => self.fmt.fmt_s(s),
            Some('x') => self.fmt.fmt_sx(s, LDIGITS),
            Some('X') => self.fmt.fmt_sx(s, UDIGITS),
            Some('q') => self.fmt.fmt_q(s),
            _ => self.bad_verb(v, verb),
        }
    }

    /// Byte slices and arrays under `%s %q %x %X`, which print them as strings.
    pub(crate) fn fmt_bytes(&mut self, b: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('s') => self.fmt.fmt_s(b),
            Some('x') => self.fmt.fmt_sx(b, LDIGITS),
            Some('X') => self.fmt.fmt_sx(b, UDIGITS),
            _ => self.fmt.fmt_q(b),
        }
    }

    /// Pointer-shaped values (and slices) as addresses.
    pub(crate) fn fmt_pointer(&mut self, v: Value, verb: u32) {
        let u = match self.kind(v.typ) {
            TypeKind::Chan | TypeKind::Func | TypeKind::Map | TypeKind::Pointer | TypeKind::UnsafePointer => {
                self.pointer_word(v)
            }
            TypeKind::Slice => self.slice_header(v).0,
            _ => {
                self.bad_verb(Some(v), verb);
                return;
            }
        };
        match char::from_u32(verb) {
            Some('v') => {
                if self.fmt.f.sharp_v {
                    self.fmt.buf.push(b'(');
                    self.write_type_name(v.typ);
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.fmt.buf.push(b')');
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.fmt.f.sharp);
                }
            }
            Some('p') => self.fmt_0x64(u, !self.fmt.f.sharp),
            Some('b' | 'o' | 'd' | 'x' | 'X') => self.fmt_integer(v, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }
}
