//! Go's `fmt` scanning (`Fscan`, `Fscanln`, `Fscanf` and the functions built on them), as
//! Go 1.27 scans: the same values stored, the same count and the same error texts.
//!
//! The engine reads runes and stores results through a [`ScanHost`]: the host owns the
//! input (a string, a Go `io.Reader`, standard input) and the operands' memory. Go reads
//! a source that is not an `io.RuneScanner` one byte at a time and keeps one rune of
//! look-ahead of its own, per call; [`ByteRunes`] is that adapter, for hosts reading
//! bytes.
//!
//! Where Go's implementation unwinds with a panic (`scanError`, or `io.EOF` from
//! `notEOF`), this one returns a [`ScanError`] up the call chain; the first one ends the
//! call, and the operands stored before it stay stored.
//!
//! Operands are classified by their type descriptors as Go's type switch and its
//! `reflect` fallback classify them: a pointer to a boolean, integer, float, complex or
//! string type or to a byte slice. The one difference between the two paths that shows
//! is kept: only `*float32` and `*float64` themselves check the verb; a pointer to a named
//! float type scans a float under any verb.
//!
//! Not here: operands implementing `fmt.Scanner` (their `Scan` method needs a Go
//! `fmt.ScanState`; the VM refuses them before scanning), and a nil `any` operand, on
//! which Go panics in `reflect`: it gets an error with the panic's text instead.

use crate::quote::append_quote;
use crate::utf8;
use crate::{Arg, TypeDesc, TypeKind};

/// A value scanned for one operand, to be stored where the operand points.
#[derive(Clone, Debug, PartialEq)]
pub enum Scanned {
    Bool(bool),
    /// For signed integer kinds, already checked to fit the operand's size.
    Int(i64),
    /// For unsigned integer kinds, already checked to fit.
    Uint(u64),
    /// For float kinds; for `float32` already rounded to its precision.
    Float(f64),
    /// Real and imaginary parts; rounded to `float32` for `complex64`.
    Complex(f64, f64),
    /// For strings and byte slices.
    Bytes(Vec<u8>),
}

/// Why a scan stopped early: the error the Go function returns.
#[derive(Clone, Debug, PartialEq)]
pub enum ScanError<E> {
    /// `io.EOF` itself: the input ended before an operand started.
    Eof,
    /// `io.ErrUnexpectedEOF`: the input ended inside a quoted string or hex byte.
    UnexpectedEof,
    /// Any other error Go makes while scanning (`errors.New`, `*strconv.NumError`,
    /// `strconv.ErrSyntax`): its text.
    Message(String),
    /// An error of the host's: what the reader returned, or a reason to stop the program.
    Host(E),
}

/// What the engine needs from the program that runs it.
pub trait ScanHost {
    /// An error the reader returned (other than `io.EOF`), or a reason to abort.
    type Error;
    /// The program's type table.
    fn types(&self) -> &[TypeDesc];
    /// The next rune of the input and its size in bytes, `None` at `io.EOF`.
    fn read_rune(&mut self) -> Result<Option<(i32, usize)>, Self::Error>;
    /// Steps back over the rune just read (called only right after a successful read).
    fn unread_rune(&mut self);
    /// Stores `value` through the operand `target`, a pointer whose element type is
    /// `elem`. A host may refuse (a nil pointer) with an error that ends the scan.
    fn store(&mut self, target: Arg, elem: u32, value: Scanned) -> Result<(), Self::Error>;
}

/// How newlines count: `Fscan` (as space), `Fscanln` (they end the input) or `Fscanf`
/// (they must match the format).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanMode {
    Space,
    Line,
    Format,
}

/// What a scan returns: the operands stored and the error, if any.
pub type ScanOutcome<E> = (usize, Option<ScanError<E>>);

/// `Fscan` (`mode` [`ScanMode::Space`]) or `Fscanln` ([`ScanMode::Line`]) with operands
/// `args`.
pub fn scan<H: ScanHost>(host: &mut H, mode: ScanMode, args: &[Arg]) -> ScanOutcome<H::Error> {
    let mut s = Ss::new(host, mode);
    let mut n = 0;
    let r = s.do_scan(args, &mut n);
    (n, r.err())
}

/// `Fscanf(format, args...)`.
pub fn scanf<H: ScanHost>(host: &mut H, format: &[u8], args: &[Arg]) -> ScanOutcome<H::Error> {
    let mut s = Ss::new(host, ScanMode::Format);
    let mut n = 0;
    let r = s.do_scanf(format, args, &mut n);
    (n, r.err())
}

/// Go's rune reader over a byte source (`readRune` in Go's fmt): one byte at a time, a
/// multi-byte sequence only as far as it is a valid prefix, one rune of look-ahead for
/// `unread_rune`, and the bytes after an invalid sequence kept for the next reads.
#[derive(Clone, Debug, Default)]
pub struct ByteRunes {
    /// Bytes read past an invalid sequence, to be read again.
    pending: Vec<u8>,
    /// The rune to return next after an unread.
    peeked: Option<(i32, usize)>,
    /// The last rune returned, which `unread_rune` brings back.
    last: Option<(i32, usize)>,
}

impl ByteRunes {
    pub fn new() -> ByteRunes {
        ByteRunes::default()
    }

    /// The next rune, reading bytes with `next_byte` (`None` at `io.EOF`).
    pub fn read_rune<E>(
        &mut self,
        mut next_byte: impl FnMut() -> Result<Option<u8>, E>,
    ) -> Result<Option<(i32, usize)>, E> {
        if let Some(r) = self.peeked.take() {
            self.last = Some(r);
            return Ok(Some(r));
        }
        let mut byte = |pending: &mut Vec<u8>| {
            if pending.is_empty() { next_byte() } else { Ok(Some(pending.remove(0))) }
        };
        let Some(b0) = byte(&mut self.pending)? else { return Ok(None) };
        let mut buf = vec![b0];
        if b0 >= 0x80 {
            while !full_rune(&buf) {
                match byte(&mut self.pending)? {
                    Some(b) => buf.push(b),
                    None => break,
                }
            }
        }
        let (r, size) = utf8::decode(&buf);
        if size < buf.len() {
            let mut rest = buf[size..].to_vec();
            rest.append(&mut self.pending);
            self.pending = rest;
        }
        let r = (r as i32, size);
        self.last = Some(r);
        Ok(Some(r))
    }

    /// Makes the next [`ByteRunes::read_rune`] return the last rune again.
    pub fn unread_rune(&mut self) {
        if let Some(r) = self.last.take() {
            self.peeked = Some(r);
        }
    }
}

/// Whether `b` (at least one byte) begins with a full rune or an invalid sequence, as
/// `utf8.FullRune` decides.
fn full_rune(b: &[u8]) -> bool {
    let (_, size) = utf8::decode(b);
    if size > 1 || b.len() >= 4 {
        return true;
    }
    // A decode error: either the sequence is already invalid, or it is a valid prefix
    // that needs more bytes.
    let need = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if b.len() >= need {
        return true;
    }
    let (lo, hi) = match b[0] {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    if b.len() >= 2 && !(lo..=hi).contains(&b[1]) {
        return true;
    }
    b.len() >= 3 && !(0x80..=0xBF).contains(&b[2])
}

const EOF: i32 = -1;
/// Go's "no width" width.
const HUGE_WID: i64 = 1 << 30;

const BINARY: &str = "01";
const OCTAL: &str = "01234567";
const DECIMAL: &str = "0123456789";
const HEX: &str = "0123456789aAbBcCdDeEfF";
const SIGN: &str = "+-";
const FLOAT_VERBS: &str = "beEfFgGv";

type Res<T, E> = Result<T, ScanError<E>>;

fn msg<T, E>(text: impl Into<String>) -> Res<T, E> {
    Err(ScanError::Message(text.into()))
}

/// Go's `isSpace`: the space characters of Unicode's White_Space below U+10000.
pub fn is_space(r: i32) -> bool {
    matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

fn push_rune(buf: &mut Vec<u8>, r: i32) {
    utf8::push_rune(buf, i64::from(r));
}

fn rune_string(r: i32) -> String {
    let mut b = Vec::new();
    push_rune(&mut b, r);
    String::from_utf8_lossy(&b).into_owned()
}

/// The scanning state of one call (`ss` in Go).
struct Ss<'h, H: ScanHost> {
    host: &'h mut H,
    /// The token being accumulated.
    buf: Vec<u8>,
    /// Runes consumed so far.
    count: i64,
    at_eof: bool,
    nl_is_end: bool,
    nl_is_space: bool,
    /// The count past which the current operand may not read (its width).
    arg_limit: i64,
    max_wid: i64,
}

impl<'h, H: ScanHost> Ss<'h, H> {
    fn new(host: &'h mut H, mode: ScanMode) -> Self {
        Ss {
            host,
            buf: Vec::new(),
            count: 0,
            at_eof: false,
            nl_is_end: mode == ScanMode::Line,
            nl_is_space: mode == ScanMode::Space,
            arg_limit: HUGE_WID,
            max_wid: HUGE_WID,
        }
    }

    /// The next rune, or [`EOF`] at the end of the input or of the operand's width.
    fn get_rune(&mut self) -> Res<i32, H::Error> {
        if self.at_eof || self.count >= self.arg_limit {
            return Ok(EOF);
        }
        match self.host.read_rune() {
            Ok(Some((r, _))) => {
                self.count += 1;
                if self.nl_is_end && r == '\n' as i32 {
                    self.at_eof = true;
                }
                Ok(r)
            }
            Ok(None) => {
                self.at_eof = true;
                Ok(EOF)
            }
            Err(e) => Err(ScanError::Host(e)),
        }
    }

    fn must_read_rune(&mut self) -> Res<i32, H::Error> {
        match self.get_rune()? {
            EOF => Err(ScanError::UnexpectedEof),
            r => Ok(r),
        }
    }

    fn unread_rune(&mut self) {
        self.host.unread_rune();
        self.at_eof = false;
        self.count -= 1;
    }

    fn skip_space(&mut self) -> Res<(), H::Error> {
        loop {
            let r = self.get_rune()?;
            if r == EOF {
                return Ok(());
            }
            if r == '\r' as i32 && self.peek("\n")? {
                continue;
            }
            if r == '\n' as i32 {
                if self.nl_is_space {
                    continue;
                }
                return msg("unexpected newline");
            }
            if !is_space(r) {
                self.unread_rune();
                return Ok(());
            }
        }
    }

    /// Appends the runes satisfying `f` to the buffer, skipping space first if asked.
    fn token(&mut self, skip_space: bool, f: impl Fn(i32) -> bool) -> Res<(), H::Error> {
        if skip_space {
            self.skip_space()?;
        }
        loop {
            let r = self.get_rune()?;
            if r == EOF {
                return Ok(());
            }
            if !f(r) {
                self.unread_rune();
                return Ok(());
            }
            push_rune(&mut self.buf, r);
        }
    }

    /// Reads the next rune if it is one of `ok`, appending it to the buffer if `accept`.
    fn consume(&mut self, ok: &str, accept: bool) -> Res<bool, H::Error> {
        let r = self.get_rune()?;
        if r == EOF {
            return Ok(false);
        }
        if ok.chars().any(|c| c as i32 == r) {
            if accept {
                push_rune(&mut self.buf, r);
            }
            return Ok(true);
        }
        if accept {
            self.unread_rune();
        }
        Ok(false)
    }

    fn accept(&mut self, ok: &str) -> Res<bool, H::Error> {
        self.consume(ok, true)
    }

    /// Whether the next rune is one of `ok`, without consuming it.
    fn peek(&mut self, ok: &str) -> Res<bool, H::Error> {
        let r = self.get_rune()?;
        if r != EOF {
            self.unread_rune();
        }
        Ok(ok.chars().any(|c| c as i32 == r))
    }

    /// Ends the scan with `io.EOF` when no input is left.
    fn not_eof(&mut self) -> Res<(), H::Error> {
        if self.get_rune()? == EOF {
            return Err(ScanError::Eof);
        }
        self.unread_rune();
        Ok(())
    }

    fn ok_verb(&self, verb: i32, ok: &str, typ: &str) -> Res<(), H::Error> {
        if ok.chars().any(|c| c as i32 == verb) {
            return Ok(());
        }
        msg(format!("bad verb '%{}' for {typ}", rune_string(verb)))
    }

    fn buf_string(&self) -> String {
        String::from_utf8_lossy(&self.buf).into_owned()
    }

    fn scan_bool(&mut self, verb: i32) -> Res<bool, H::Error> {
        self.skip_space()?;
        self.not_eof()?;
        self.ok_verb(verb, "tv", "boolean")?;
        let bad = || msg("syntax error scanning boolean");
        match u8::try_from(self.get_rune()?).unwrap_or(0) {
            b'0' => Ok(false),
            b'1' => Ok(true),
            b't' | b'T' => {
                if self.accept("rR")? && (!self.accept("uU")? || !self.accept("eE")?) {
                    return bad();
                }
                Ok(true)
            }
            b'f' | b'F' => {
                if self.accept("aA")? && (!self.accept("lL")? || !self.accept("sS")? || !self.accept("eE")?) {
                    return bad();
                }
                Ok(false)
            }
            _ => Ok(false),
        }
    }

    fn get_base(&self, verb: i32) -> Res<(u32, &'static str), H::Error> {
        self.ok_verb(verb, "bdoUxXv", "integer")?;
        Ok(match u8::try_from(verb).unwrap_or(0) {
            b'b' => (2, BINARY),
            b'o' => (8, OCTAL),
            b'x' | b'X' | b'U' => (16, HEX),
            _ => (10, DECIMAL),
        })
    }

    fn scan_number(&mut self, digits: &str, have_digits: bool) -> Res<String, H::Error> {
        if !have_digits {
            self.not_eof()?;
            if !self.accept(digits)? {
                return msg("expected integer");
            }
        }
        while self.accept(digits)? {}
        Ok(self.buf_string())
    }

    fn scan_rune(&mut self, bits: u32) -> Res<i64, H::Error> {
        self.not_eof()?;
        let r = self.get_rune()?;
        let x = (i64::from(r) << (64 - bits)) >> (64 - bits);
        if x != i64::from(r) {
            return msg(format!("overflow on character value {}", rune_string(r)));
        }
        Ok(i64::from(r))
    }

    /// After a leading `0` (for `%v`): the base its prefix gives and its digits.
    fn scan_base_prefix(&mut self) -> Res<(u32, String, bool), H::Error> {
        if !self.peek("0")? {
            return Ok((0, format!("{DECIMAL}_"), false));
        }
        self.accept("0")?;
        for (prefix, digits) in [("bB", BINARY), ("oO", OCTAL), ("xX", HEX)] {
            if self.peek(prefix)? {
                self.consume(prefix, true)?;
                return Ok((0, format!("{digits}_"), true));
            }
        }
        Ok((0, format!("{OCTAL}_"), true))
    }

    fn scan_int(&mut self, verb: i32, bits: u32) -> Res<i64, H::Error> {
        if verb == 'c' as i32 {
            return self.scan_rune(bits);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, digits) = self.get_base(verb)?;
        let mut digits = digits.to_string();
        let mut have_digits = false;
        if verb == 'U' as i32 {
            if !self.consume("U", false)? || !self.consume("+", false)? {
                return msg("bad unicode format ");
            }
        } else {
            self.accept(SIGN)?;
            if verb == 'v' as i32 {
                (base, digits, have_digits) = self.scan_base_prefix()?;
            }
        }
        let tok = self.scan_number(&digits, have_digits)?;
        let i = parse_int(&tok, base).map_err(ScanError::Message)?;
        let x = (i << (64 - bits)) >> (64 - bits);
        if x != i {
            return msg(format!("integer overflow on token {tok}"));
        }
        Ok(i)
    }

    fn scan_uint(&mut self, verb: i32, bits: u32) -> Res<u64, H::Error> {
        if verb == 'c' as i32 {
            return Ok(self.scan_rune(bits)? as u64);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, digits) = self.get_base(verb)?;
        let mut digits = digits.to_string();
        let mut have_digits = false;
        if verb == 'U' as i32 {
            if !self.consume("U", false)? || !self.consume("+", false)? {
                return msg("bad unicode format ");
            }
        } else if verb == 'v' as i32 {
            (base, digits, have_digits) = self.scan_base_prefix()?;
        }
        let tok = self.scan_number(&digits, have_digits)?;
        let i = parse_uint(tok.as_bytes(), base, 64).map_err(|e| ScanError::Message(e.text("ParseUint", &tok)))?;
        let x = (i << (64 - bits)) >> (64 - bits);
        if x != i {
            return msg(format!("unsigned integer overflow on token {tok}"));
        }
        Ok(i)
    }

    /// The longest prefix of the input that looks like a float.
    fn float_token(&mut self) -> Res<String, H::Error> {
        self.buf.clear();
        if self.accept("nN")? && self.accept("aA")? && self.accept("nN")? {
            return Ok(self.buf_string());
        }
        self.accept(SIGN)?;
        if self.accept("iI")? && self.accept("nN")? && self.accept("fF")? {
            return Ok(self.buf_string());
        }
        let mut digits = "0123456789_";
        let mut exp = "eEpP";
        if self.accept("0")? && self.accept("xX")? {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        while self.accept(digits)? {}
        if self.accept(".")? {
            while self.accept(digits)? {}
        }
        if self.accept(exp)? {
            self.accept(SIGN)?;
            while self.accept("0123456789_")? {}
        }
        Ok(self.buf_string())
    }

    fn complex_tokens(&mut self) -> Res<(String, String), H::Error> {
        let bad = || msg("syntax error scanning complex number");
        let parens = self.accept("(")?;
        let real = self.float_token()?;
        self.buf.clear();
        if !self.accept("+-")? {
            return bad();
        }
        let imag_sign = self.buf_string();
        let imag = self.float_token()?;
        if !self.accept("i")? {
            return bad();
        }
        if parens && !self.accept(")")? {
            return bad();
        }
        Ok((real, imag_sign + &imag))
    }

    fn scan_complex(&mut self, verb: i32, bits: u32) -> Res<(f64, f64), H::Error> {
        self.ok_verb(verb, FLOAT_VERBS, "complex")?;
        self.skip_space()?;
        self.not_eof()?;
        let (re, im) = self.complex_tokens()?;
        let re = convert_float(&re, bits / 2).map_err(ScanError::Message)?;
        let im = convert_float(&im, bits / 2).map_err(ScanError::Message)?;
        Ok((re, im))
    }

    fn scan_float(&mut self, bits: u32) -> Res<f64, H::Error> {
        self.skip_space()?;
        self.not_eof()?;
        let tok = self.float_token()?;
        convert_float(&tok, bits).map_err(ScanError::Message)
    }

    fn convert_string(&mut self, verb: i32) -> Res<Vec<u8>, H::Error> {
        self.ok_verb(verb, "svqxX", "string")?;
        self.skip_space()?;
        self.not_eof()?;
        match u8::try_from(verb).unwrap_or(0) {
            b'q' => self.quoted_string(),
            b'x' | b'X' => self.hex_string(),
            _ => {
                self.token(true, |r| !is_space(r))?;
                Ok(self.buf.clone())
            }
        }
    }

    fn quoted_string(&mut self) -> Res<Vec<u8>, H::Error> {
        self.not_eof()?;
        let quote = self.get_rune()?;
        if quote == '`' as i32 {
            loop {
                let r = self.must_read_rune()?;
                if r == quote {
                    return Ok(self.buf.clone());
                }
                push_rune(&mut self.buf, r);
            }
        }
        if quote != '"' as i32 {
            return msg("expected quoted string");
        }
        self.buf.push(b'"');
        loop {
            let r = self.must_read_rune()?;
            push_rune(&mut self.buf, r);
            if r == '\\' as i32 {
                let next = self.must_read_rune()?;
                push_rune(&mut self.buf, next);
            } else if r == '"' as i32 {
                break;
            }
        }
        unquote(&self.buf).ok_or_else(|| ScanError::Message("invalid syntax".into()))
    }

    fn hex_byte(&mut self) -> Res<Option<u8>, H::Error> {
        let r1 = self.get_rune()?;
        if r1 == EOF {
            return Ok(None);
        }
        let Some(v1) = hex_digit(r1) else {
            self.unread_rune();
            return Ok(None);
        };
        let Some(v2) = hex_digit(self.must_read_rune()?) else {
            return msg("illegal hex digit");
        };
        Ok(Some(v1 << 4 | v2))
    }

    fn hex_string(&mut self) -> Res<Vec<u8>, H::Error> {
        self.not_eof()?;
        while let Some(b) = self.hex_byte()? {
            self.buf.push(b);
        }
        if self.buf.is_empty() {
            return msg("no hex data for %x string");
        }
        Ok(self.buf.clone())
    }

    fn scan_percent(&mut self) -> Res<(), H::Error> {
        self.skip_space()?;
        self.not_eof()?;
        if !self.accept("%")? {
            return msg("missing literal %");
        }
        Ok(())
    }

    /// Scans one operand under `verb` and stores it.
    fn scan_one(&mut self, verb: i32, arg: Arg) -> Res<(), H::Error> {
        self.buf.clear();
        let types = self.host.types();
        let Some(t) = (arg.typ as usize).checked_sub(1).and_then(|i| types.get(i)) else {
            // reflect.ValueOf(nil).Type() panics in Go; report it as Go's message.
            return msg("reflect: call of reflect.Value.Type on zero Value");
        };
        let (Some(elem), TypeKind::Pointer) = (t.elem, t.kind) else {
            return msg(format!("type not a pointer: {}", t.name));
        };
        let ptr_name = t.name.clone();
        let direct = !t.named;
        let e = &types[elem as usize];
        let (kind, e_named, e_elem) = (e.kind, e.named, e.elem);
        let byte_slice = kind == TypeKind::Slice && e_elem.is_some_and(|x| types[x as usize].kind == TypeKind::Uint8);
        use TypeKind as K;
        let value = match kind {
            K::Bool => Scanned::Bool(self.scan_bool(verb)?),
            K::Int | K::Int64 => Scanned::Int(self.scan_int(verb, 64)?),
            K::Int8 => Scanned::Int(self.scan_int(verb, 8)?),
            K::Int16 => Scanned::Int(self.scan_int(verb, 16)?),
            K::Int32 => Scanned::Int(self.scan_int(verb, 32)?),
            K::Uint | K::Uint64 | K::Uintptr => Scanned::Uint(self.scan_uint(verb, 64)?),
            K::Uint8 => Scanned::Uint(self.scan_uint(verb, 8)?),
            K::Uint16 => Scanned::Uint(self.scan_uint(verb, 16)?),
            K::Uint32 => Scanned::Uint(self.scan_uint(verb, 32)?),
            K::Float32 | K::Float64 => {
                let bits = if kind == K::Float32 { 32 } else { 64 };
                // Only *float32 and *float64 themselves (Go's type switch) check the verb.
                if direct && !e_named {
                    self.ok_verb(verb, FLOAT_VERBS, if bits == 32 { "float32" } else { "float64" })?;
                }
                Scanned::Float(self.scan_float(bits)?)
            }
            K::Complex64 => {
                let (re, im) = self.scan_complex(verb, 64)?;
                Scanned::Complex(re, im)
            }
            K::Complex128 => {
                let (re, im) = self.scan_complex(verb, 128)?;
                Scanned::Complex(re, im)
            }
            K::String => Scanned::Bytes(self.convert_string(verb)?),
            K::Slice if byte_slice => Scanned::Bytes(self.convert_string(verb)?),
            _ => return msg(format!("can't scan type: {ptr_name}")),
        };
        self.host.store(arg, elem, value).map_err(ScanError::Host)
    }

    fn do_scan(&mut self, args: &[Arg], n: &mut usize) -> Res<(), H::Error> {
        for &arg in args {
            self.scan_one('v' as i32, arg)?;
            *n += 1;
        }
        if self.nl_is_end {
            loop {
                let r = self.get_rune()?;
                if r == '\n' as i32 || r == EOF {
                    break;
                }
                if !is_space(r) {
                    return msg("expected newline");
                }
            }
        }
        Ok(())
    }

    /// Matches the format's text up to its next verb against the input: the bytes of the
    /// format consumed, or `None` when a literal does not match.
    fn advance(&mut self, format: &[u8]) -> Res<Option<usize>, H::Error> {
        let mut i = 0;
        while i < format.len() {
            let (mut fmtc, mut w) = decode_rune(&format[i..]);
            if is_space(fmtc) {
                let mut newlines = 0;
                let mut trailing_space = false;
                while is_space(fmtc) && i < format.len() {
                    if fmtc == '\n' as i32 {
                        newlines += 1;
                        trailing_space = false;
                    } else {
                        trailing_space = true;
                    }
                    i += w;
                    (fmtc, w) = decode_rune(&format[i..]);
                }
                for _ in 0..newlines {
                    let mut inputc = self.get_rune()?;
                    while is_space(inputc) && inputc != '\n' as i32 {
                        inputc = self.get_rune()?;
                    }
                    if inputc != '\n' as i32 && inputc != EOF {
                        return msg("newline in format does not match input");
                    }
                }
                if trailing_space {
                    let mut inputc = self.get_rune()?;
                    if newlines == 0 {
                        if !is_space(inputc) && inputc != EOF {
                            return msg("expected space in input to match format");
                        }
                        if inputc == '\n' as i32 {
                            return msg("newline in input does not match format");
                        }
                    }
                    while is_space(inputc) && inputc != '\n' as i32 {
                        inputc = self.get_rune()?;
                    }
                    if inputc != EOF {
                        self.unread_rune();
                    }
                }
                continue;
            }
            if fmtc == '%' as i32 {
                if i + w == format.len() {
                    return msg("missing verb: % at end of format string");
                }
                let (nextc, _) = decode_rune(&format[i + w..]);
                if nextc != '%' as i32 {
                    return Ok(Some(i));
                }
                i += w;
            }
            let inputc = self.must_read_rune()?;
            if fmtc != inputc {
                self.unread_rune();
                return Ok(None);
            }
            i += w;
        }
        Ok(Some(i))
    }

    fn do_scanf(&mut self, format: &[u8], args: &[Arg], n: &mut usize) -> Res<(), H::Error> {
        let end = format.len() as i64 - 1;
        let mut i = 0usize;
        while (i as i64) <= end {
            let w = self.advance(&format[i..])?;
            if let Some(w) = w.filter(|&w| w > 0) {
                i += w;
                continue;
            }
            if format[i] != b'%' {
                if w.is_none() {
                    return msg("input does not match format");
                }
                break;
            }
            i += 1;
            let (wid, present, next) = parse_num(format, i, end as usize);
            i = next;
            self.max_wid = if present { wid } else { HUGE_WID };
            let (c, w) = decode_rune(&format[i..]);
            i += w;
            if c != 'c' as i32 {
                self.skip_space()?;
            }
            if c == '%' as i32 {
                self.scan_percent()?;
                continue;
            }
            self.arg_limit = HUGE_WID.min(self.count + self.max_wid);
            if *n >= args.len() {
                let rest = String::from_utf8_lossy(&format[i - w..]);
                return msg(format!("too few operands for format '%{rest}'"));
            }
            self.scan_one(c, args[*n])?;
            *n += 1;
            self.arg_limit = HUGE_WID;
        }
        if *n < args.len() {
            return msg("too many operands");
        }
        Ok(())
    }
}

/// Go's `utf8.DecodeRuneInString` as a rune (`U+FFFD` width 1 for an invalid byte).
fn decode_rune(s: &[u8]) -> (i32, usize) {
    let (r, n) = utf8::decode(s);
    (r as i32, n)
}

/// Go's `parsenum`: the decimal number at `s[start..end]`, whether there was one, and
/// where it ends.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

fn hex_digit(r: i32) -> Option<u8> {
    let c = u8::try_from(r).ok()?;
    (c as char).to_digit(16).map(|d| d as u8)
}

/// How a strconv parse failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumErr {
    Syntax,
    Range,
}

impl NumErr {
    /// The text of the `*strconv.NumError` for function `func` and input `num`.
    fn text(self, func: &str, num: &str) -> String {
        let mut q = Vec::new();
        append_quote(&mut q, num.as_bytes(), false);
        let why = match self {
            NumErr::Syntax => "invalid syntax",
            NumErr::Range => "value out of range",
        };
        format!("strconv.{func}: parsing {}: {why}", String::from_utf8_lossy(&q))
    }
}

/// `strconv.ParseUint(s, base, bits)` (base 0 or 2..=36).
fn parse_uint(s: &[u8], base: u32, bits: u32) -> Result<u64, NumErr> {
    if s.is_empty() {
        return Err(NumErr::Syntax);
    }
    let base0 = base == 0;
    let s0 = s;
    let (mut base, mut s) = (base, s);
    if base0 {
        base = 10;
        if s[0] == b'0' {
            (base, s) = match s.get(1).map(|&c| crate::atof::lower(c)) {
                Some(b'b') if s.len() >= 3 => (2, &s[2..]),
                Some(b'o') if s.len() >= 3 => (8, &s[2..]),
                Some(b'x') if s.len() >= 3 => (16, &s[2..]),
                _ => (8, &s[1..]),
            };
        }
    }
    let cutoff = u64::MAX / u64::from(base) + 1;
    let max_val = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut underscores = false;
    let mut n = 0u64;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if crate::atof::lower(c).is_ascii_lowercase() => crate::atof::lower(c) - b'a' + 10,
            _ => return Err(NumErr::Syntax),
        };
        if u32::from(d) >= base {
            return Err(NumErr::Syntax);
        }
        if n >= cutoff {
            return Err(NumErr::Range);
        }
        n *= u64::from(base);
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max_val {
            return Err(NumErr::Range);
        }
        n = n1;
    }
    if underscores && !crate::atof::underscore_ok(s0) {
        return Err(NumErr::Syntax);
    }
    Ok(n)
}

/// `strconv.ParseInt(s, base, 64)`, with the `*strconv.NumError` text on failure.
fn parse_int(s: &str, base: u32) -> Result<i64, String> {
    let err = |e: NumErr| e.text("ParseInt", s);
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(err(NumErr::Syntax));
    }
    let (neg, digits) = match b[0] {
        b'+' => (false, &b[1..]),
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let un = match parse_uint(digits, base, 64) {
        Ok(u) => u,
        Err(NumErr::Range) => u64::MAX,
        Err(e) => return Err(err(e)),
    };
    let cutoff = 1u64 << 63;
    if (!neg && un >= cutoff) || (neg && un > cutoff) {
        return Err(err(NumErr::Range));
    }
    Ok(if neg { (un as i64).wrapping_neg() } else { un as i64 })
}

/// `strconv.Atoi(s)` (as `ParseInt(s, 10, 64)`), reporting errors as `Atoi`'s.
fn atoi(s: &str) -> Result<i64, NumErr> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(NumErr::Syntax);
    }
    let (neg, digits) = match b[0] {
        b'+' => (false, &b[1..]),
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let un = match parse_uint(digits, 10, 64) {
        Ok(u) => u,
        Err(NumErr::Range) => u64::MAX,
        Err(e) => return Err(e),
    };
    let cutoff = 1u64 << 63;
    if (!neg && un >= cutoff) || (neg && un > cutoff) {
        return Err(NumErr::Range);
    }
    Ok(if neg { (un as i64).wrapping_neg() } else { un as i64 })
}

/// Go's `convertFloat`: `strconv.ParseFloat(s, bits)`, except that a `p` exponent in a
/// decimal number scales by a power of two. The error is the `*strconv.NumError` text.
fn convert_float(s: &str, bits: u32) -> Result<f64, String> {
    if let Some(p) = s.find('p').filter(|_| !s.contains(['x', 'X'])) {
        let f = parse_float(&s.as_bytes()[..p], bits).map_err(|(e, _)| e.text("ParseFloat", s))?;
        let m = atoi(&s[p + 1..]).map_err(|e| e.text("Atoi", s))?;
        return Ok(ldexp(f, m));
    }
    parse_float(s.as_bytes(), bits).map_err(|(e, _)| e.text("ParseFloat", s))
}

/// `x × 2^exp`, rounded once as Go's `math.Ldexp` rounds.
fn ldexp(x: f64, exp: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    // x = fr × 2^e with fr in [1, 2).
    let (mut fr, mut e) = (x, 0i64);
    if fr.abs() < f64::MIN_POSITIVE {
        fr *= 2f64.powi(64);
        e -= 64;
    }
    let bexp = ((fr.to_bits() >> 52) & 0x7FF) as i64 - 1023;
    fr = f64::from_bits((fr.to_bits() & !(0x7FF << 52)) | (1023 << 52));
    e += bexp;
    let total = e.saturating_add(exp);
    if total > 1023 {
        return fr.signum() * f64::INFINITY;
    }
    if total >= -1022 {
        return fr * pow2(total);
    }
    if total < -1100 {
        return fr.signum() * 0.0;
    }
    // Exact scaling into the normal range, then one rounding into the subnormals.
    fr * pow2(total + 60) * pow2(-60)
}

/// 2^e for e in the normal range.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `strconv.ParseFloat(s, bits)`: the value, or the failure (with the value Go returns
/// alongside a range error).
fn parse_float(s: &[u8], bits: u32) -> Result<f64, (NumErr, f64)> {
    match crate::atof::parse_float_prefix(s, bits == 32) {
        Some((f, n, false)) if n == s.len() => Ok(f),
        Some((f, n, true)) if n == s.len() => Err((NumErr::Range, f)),
        _ => Err((NumErr::Syntax, 0.0)),
    }
}

/// `strconv.Unquote` of a double-quoted Go string literal (`s` starts and ends with `"`,
/// as the scanner collects it), or `None` for `strconv.ErrSyntax`.
fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    let inner = s.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    if inner.contains(&b'\n') {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        let c = inner[i];
        if c == b'"' {
            return None;
        }
        if c >= 0x80 {
            let (r, n) = utf8::decode(&inner[i..]);
            push_rune(&mut out, r as i32);
            i += n;
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let e = *inner.get(i + 1)?;
        i += 2;
        let simple = match e {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            b'"' => Some(b'"'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        match e {
            b'x' | b'u' | b'U' => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = inner.get(i..i + n)?;
                let mut v: u32 = 0;
                for &d in digits {
                    v = v << 4 | (d as char).to_digit(16)?;
                }
                i += n;
                if e == b'x' {
                    out.push(v as u8);
                } else {
                    if !utf8::valid_rune(i64::from(v)) {
                        return None;
                    }
                    push_rune(&mut out, v as i32);
                }
            }
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                let digits = inner.get(i..i + 2)?;
                for &d in digits {
                    if !(b'0'..=b'7').contains(&d) {
                        return None;
                    }
                    v = v << 3 | u32::from(d - b'0');
                }
                i += 2;
                if v > 255 {
                    return None;
                }
                out.push(v as u8);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A host scanning a string into operands described by kind: each operand is a
    /// pointer type (index 2k) to the element type (index 2k+1).
    struct StrHost {
        input: Vec<u8>,
        runes: ByteRunes,
        pos: usize,
        types: Vec<TypeDesc>,
        stored: Vec<(u64, Scanned)>,
    }

    impl ScanHost for StrHost {
        type Error = ();
        fn types(&self) -> &[TypeDesc] {
            &self.types
        }
        fn read_rune(&mut self) -> Result<Option<(i32, usize)>, ()> {
            let (input, pos) = (&self.input, &mut self.pos);
            self.runes.read_rune(|| {
                let b = input.get(*pos).copied();
                *pos += usize::from(b.is_some());
                Ok(b)
            })
        }
        fn unread_rune(&mut self) {
            self.runes.unread_rune();
        }
        fn store(&mut self, target: Arg, _elem: u32, value: Scanned) -> Result<(), ()> {
            self.stored.push((target.data, value));
            Ok(())
        }
    }

    fn host(input: &str, kinds: &[TypeKind]) -> (StrHost, Vec<Arg>) {
        let mut types = Vec::new();
        let mut args = Vec::new();
        for (k, &kind) in kinds.iter().enumerate() {
            let mut p = TypeDesc::plain(TypeKind::Pointer, &format!("*{kind:?}"), 8, vec![1]);
            p.elem = Some(2 * k as u32 + 1);
            types.push(p);
            types.push(TypeDesc::plain(kind, &format!("{kind:?}").to_lowercase(), 8, vec![]));
            args.push(Arg { typ: 2 * k as u64 + 1, data: k as u64 + 100 });
        }
        let h = StrHost { input: input.as_bytes().to_vec(), runes: ByteRunes::new(), pos: 0, types, stored: vec![] };
        (h, args)
    }

    fn err_text(e: &Option<ScanError<()>>) -> String {
        match e {
            None => "<nil>".into(),
            Some(ScanError::Eof) => "EOF".into(),
            Some(ScanError::UnexpectedEof) => "unexpected EOF".into(),
            Some(ScanError::Message(m)) => m.clone(),
            Some(ScanError::Host(())) => "host".into(),
        }
    }

    fn show(v: &Scanned) -> String {
        match v {
            Scanned::Bool(b) => b.to_string(),
            Scanned::Int(i) => i.to_string(),
            Scanned::Uint(u) => u.to_string(),
            Scanned::Float(f) => format!("{f:?}"),
            Scanned::Complex(r, i) => format!("({r:?}{i:+?}i)"),
            Scanned::Bytes(b) => format!("{:?}", String::from_utf8_lossy(b)),
        }
    }

    /// (function, format, input, operand kinds, expected "n values err") — expectations
    /// from running real Go 1.27.
    #[test]
    fn table() {
        use TypeKind::*;
        let cases: &[(&str, &str, &str, &[TypeKind], &str)] = &[
            ("scan", "", "12 -7 abc", &[Int, Int8, String], "3 12 -7 \"abc\" <nil>"),
            ("scan", "", "  0x1F\n 0b101 017", &[Int, Uint, Int], "3 31 5 15 <nil>"),
            ("scan", "", "300", &[Int8], "0 integer overflow on token 300"),
            ("scan", "", "1", &[Int, Int], "1 1 EOF"),
            ("scan", "", "", &[Int], "0 EOF"),
            ("scan", "", "x", &[Int], "0 expected integer"),
            (
                "scan",
                "",
                "true F 1e3 (1+2i)",
                &[Bool, Bool, Float64, Complex128],
                "4 true false 1000.0 (1.0+2.0i) <nil>",
            ),
            (
                "scan",
                "",
                "99999999999999999999",
                &[Int],
                "0 strconv.ParseInt: parsing \"99999999999999999999\": value out of range",
            ),
            ("scanln", "", "1\n2", &[Int, Int], "1 1 unexpected newline"),
            ("scanln", "", "1 2 3\n", &[Int, Int], "2 1 2 expected newline"),
            ("scanf", "%d,%d", "3,4", &[Int, Int], "2 3 4 <nil>"),
            ("scanf", "%d-%d", "3,4", &[Int, Int], "1 3 input does not match format"),
            ("scanf", "%3d%s", "12345", &[Int, String], "2 123 \"45\" <nil>"),
            ("scanf", "%q %x", "\"a\\tb\" 6869", &[String, String], "2 \"a\\tb\" \"hi\" <nil>"),
            ("scanf", "%c%c", "hé", &[Int32, Int32], "2 104 233 <nil>"),
            ("scanf", "%d", "5", &[Int, Int], "1 5 too many operands"),
            ("scanf", "%d %d", "5", &[Int], "1 5 too few operands for format '%d'"),
            ("scanf", "%d", "1.5p2", &[Float64], "0 bad verb '%d' for float64"),
            ("scanf", "%v", "1.5p2", &[Float64], "1 6.0 <nil>"),
            ("scanf", "%U", "U+1F600", &[Int32], "1 128512 <nil>"),
        ];
        for &(func, format, input, kinds, want) in cases {
            let (mut h, args) = host(input, kinds);
            let (n, err) = match func {
                "scan" => scan(&mut h, ScanMode::Space, &args),
                "scanln" => scan(&mut h, ScanMode::Line, &args),
                _ => scanf(&mut h, format.as_bytes(), &args),
            };
            let mut got = vec![n.to_string()];
            got.extend(h.stored.iter().map(|(_, v)| show(v)));
            got.push(err_text(&err));
            assert_eq!(got.join(" "), want, "{func}({format:?}, {input:?})");
        }
    }

    #[test]
    fn byte_runes_invalid_utf8() {
        let input = [b'a', 0xE2, 0x82, b'x', 0xE2, 0x82, 0xAC];
        let mut br = ByteRunes::new();
        let mut pos = 0;
        let mut next = || -> Result<Option<u8>, ()> {
            let b = input.get(pos).copied();
            pos += 1;
            Ok(b)
        };
        let mut got = Vec::new();
        while let Some((r, n)) = br.read_rune(&mut next).unwrap() {
            got.push((r, n));
        }
        assert_eq!(got, vec![(97, 1), (0xFFFD, 1), (0xFFFD, 1), (120, 1), (0x20AC, 3)]);
    }

    #[test]
    fn floats() {
        assert_eq!(convert_float("0x1p-2", 64), Ok(0.25));
        assert_eq!(convert_float("1_000.5", 64), Ok(1000.5));
        assert_eq!(convert_float("1e400", 64), Err("strconv.ParseFloat: parsing \"1e400\": value out of range".into()));
        assert_eq!(convert_float("1e", 64), Err("strconv.ParseFloat: parsing \"1e\": invalid syntax".into()));
        assert_eq!(convert_float("2p", 64), Err("strconv.Atoi: parsing \"2p\": invalid syntax".into()));
        assert_eq!(convert_float("0.1", 32), Ok(f64::from(0.1f32)));
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
    }
}
