//! The format-string interpreter and the per-operand dispatch (Go's `pp`): directives,
//! argument indexes, `*` widths, the `%!` error forms, and the rules for calling
//! `Error`, `String` and `GoString` methods.

use crate::Arg;
use crate::Host;
use crate::format::Fmt;
use crate::utf8;
use crate::value::{Place, Value};
use gorun_bytecode::TypeKind;

/// Widths and precisions beyond this magnitude are rejected, as Go rejects them.
const TOO_LARGE: i64 = 1_000_000;

fn too_large(x: i64) -> bool {
    !(-TOO_LARGE..=TOO_LARGE).contains(&x)
}

/// Parses a decimal number in `s[start..end]`: (value, whether there was one, index
/// after it). A number too large to be a width consumes the rest of the format.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Parses `[n]` at the start of `s`: (zero-based index, bytes consumed, well formed).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (n, ok, newi) = parse_num(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (n - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

pub(crate) struct Printer<'h> {
    pub(crate) host: &'h mut dyn Host,
    pub(crate) fmt: Fmt,
    /// The format used explicit argument indexes (so unused arguments are not reported).
    pub(crate) reordered: bool,
    /// The last argument index was valid.
    good_arg_num: bool,
    /// Printing a bad-verb report: methods are not called meanwhile.
    pub(crate) erroring: bool,
    /// Formatting for `Errorf`: `%w` accepts errors.
    pub(crate) wrap_errs: bool,
    /// The operands `%w` consumed, in order.
    pub(crate) wrapped: Vec<usize>,
}

impl<'h> Printer<'h> {
    pub(crate) fn new(host: &'h mut dyn Host) -> Printer<'h> {
        Printer {
            host,
            fmt: Fmt::default(),
            reordered: false,
            good_arg_num: true,
            erroring: false,
            wrap_errs: false,
            wrapped: Vec::new(),
        }
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.fmt.buf
    }

    pub(crate) fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    pub(crate) fn write_rune(&mut self, r: u32) {
        utf8::push_rune(&mut self.fmt.buf, i64::from(r));
    }

    /// Appends the name of type `t` as `%T` prints it.
    pub(crate) fn write_type_name(&mut self, t: u32) {
        let types = self.host.types();
        self.fmt.buf.extend_from_slice(types[t as usize].name.as_bytes());
    }

    pub(crate) fn kind(&self, t: u32) -> TypeKind {
        self.host.types()[t as usize].kind
    }

    /// The value an operand holds, or `None` for the nil interface.
    fn arg_value(&self, a: Arg) -> Option<Value> {
        if a.typ == 0 {
            return None;
        }
        let typ = (a.typ - 1) as u32;
        let place = if self.kind(typ).is_direct_iface() { Place::Word(a.data) } else { Place::Mem(a.data) };
        Some(Value { typ, place, ro: false })
    }

    /// The integer an operand holds for a `*` width or precision, if it is an integer
    /// of reasonable size.
    fn int_from_arg(&self, args: &[Arg], arg_num: usize) -> (i64, bool, usize) {
        if arg_num >= args.len() {
            return (0, false, arg_num);
        }
        let (mut num, mut is_int) = (0, false);
        if let Some(v) = self.arg_value(args[arg_num]) {
            match self.kind(v.typ) {
                TypeKind::Int | TypeKind::Int8 | TypeKind::Int16 | TypeKind::Int32 | TypeKind::Int64 => {
                    num = self.int_of(v);
                    is_int = true;
                }
                TypeKind::Uint
                | TypeKind::Uint8
                | TypeKind::Uint16
                | TypeKind::Uint32
                | TypeKind::Uint64
                | TypeKind::Uintptr => {
                    let n = self.uint_of(v);
                    if (n as i64) >= 0 {
                        num = n as i64;
                        is_int = true;
                    }
                }
                _ => {}
            }
        }
        if too_large(num) {
            num = 0;
            is_int = false;
        }
        (num, is_int, arg_num + 1)
    }

    /// An explicit argument index `[n]` at `format[i..]`, if any: (argument to use next,
    /// index after the directive, whether an index was found).
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if i >= format.len() || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn bad_arg_num(&mut self, verb: u32) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(BADINDEX)");
    }

    fn missing_arg(&mut self, verb: u32) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(MISSING)");
    }

    pub(crate) fn do_printf(&mut self, format: &[u8], args: &[Arg]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                match format[i] {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => break,
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = self.int_from_arg(args, arg_num);
                (self.fmt.wid, self.fmt.f.wid_present, arg_num) = (w, ok, n);
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, n) = parse_num(format, i, end);
                (self.fmt.wid, self.fmt.f.wid_present, i) = (w, ok, n);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = self.int_from_arg(args, arg_num);
                    (self.fmt.prec, self.fmt.f.prec_present, arg_num) = (p, ok, n);
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, n) = parse_num(format, i, end);
                    (self.fmt.prec, self.fmt.f.prec_present, i) = (p, ok, n);
                    if !ok {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = utf8::decode(&format[i..]);
            i += size;

            if verb == u32::from(b'%') {
                self.fmt.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bad_arg_num(verb);
            } else if arg_num >= args.len() {
                self.missing_arg(verb);
            } else {
                if verb == u32::from(b'w') {
                    self.wrapped.push(arg_num);
                }
                if verb == u32::from(b'v') || verb == u32::from(b'w') {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                self.print_arg(args[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, &a) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                if a.typ == 0 {
                    self.write(b"<nil>");
                } else {
                    self.write_type_name((a.typ - 1) as u32);
                    self.fmt.buf.push(b'=');
                    self.print_arg(a, u32::from(b'v'));
                }
            }
            self.fmt.buf.push(b')');
        }
    }

    pub(crate) fn do_print(&mut self, args: &[Arg]) {
        let mut prev_string = false;
        for (k, &a) in args.iter().enumerate() {
            let is_string = a.typ != 0 && self.kind((a.typ - 1) as u32) == TypeKind::String;
            if k > 0 && !is_string && !prev_string {
                self.fmt.buf.push(b' ');
            }
            self.print_arg(a, u32::from(b'v'));
            prev_string = is_string;
        }
    }

    pub(crate) fn do_println(&mut self, args: &[Arg]) {
        for (k, &a) in args.iter().enumerate() {
            if k > 0 {
                self.fmt.buf.push(b' ');
            }
            self.print_arg(a, u32::from(b'v'));
        }
        self.fmt.buf.push(b'\n');
    }

    pub(crate) fn print_arg(&mut self, a: Arg, verb: u32) {
        let Some(v) = self.arg_value(a) else {
            if verb == u32::from(b'T') || verb == u32::from(b'v') {
                self.fmt.pad(b"<nil>");
            } else {
                self.bad_verb(None, verb);
            }
            return;
        };
        if verb == u32::from(b'T') {
            let types = self.host.types();
            self.fmt.fmt_s(types[v.typ as usize].name.as_bytes());
            return;
        }
        if verb == u32::from(b'p') {
            self.fmt_pointer(v, verb);
            return;
        }
        if self.fmt.f.sharp_v && (verb == u32::from(b'v') || verb == u32::from(b'd')) && self.is_byte_slice(v.typ) {
            // Go prints an operand of type []byte under its alias's name.
            let (data, len) = self.slice_header(v);
            self.write(b"[]byte");
            if data == 0 {
                self.write(b"(nil)");
                return;
            }
            let bytes = self.read_bytes(data, len as usize);
            self.fmt.buf.push(b'{');
            for (k, &c) in bytes.iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                self.fmt_0x64(u64::from(c), true);
            }
            self.fmt.buf.push(b'}');
            return;
        }
        if !self.handle_methods(v, verb) {
            self.print_value(v, verb, 0);
        }
    }

    /// Whether `t` is the type literal `[]byte` (`[]uint8`), not a named type.
    fn is_byte_slice(&self, t: u32) -> bool {
        let types = self.host.types();
        let d = &types[t as usize];
        d.kind == TypeKind::Slice
            && !d.named
            && d.elem.is_some_and(|e| types[e as usize].kind == TypeKind::Uint8 && !types[e as usize].named)
    }
}
