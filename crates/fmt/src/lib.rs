//! Go's `fmt` formatting engine, natively: `Sprintf`, `Sprint` and `Sprintln` as Go 1.27
//! formats, byte for byte.
//!
//! # Design
//!
//! Operands are Go `any` values ([`Arg`]: the interface's type word and data word) whose
//! contents live in the program's memory, laid out as Go lays them out on a 64-bit machine
//! (see `gorun_bytecode::typedesc`). The engine never touches memory itself: it asks a
//! [`Host`] for bytes, for map entries and to run `Error`/`String`/`GoString` (and,
//! optionally, `Format`) methods. That keeps this crate free of `unsafe` and independent
//! of how the VM stores its heap. Entry points: [`sprintf`], [`sprint`], [`sprintln`],
//! [`errorf`]; `Printf` and friends are these plus a write.
//!
//! The crate mirrors the layering of Go's own implementation, rewritten from its rules:
//!
//! - `printer`: the format-string interpreter (flags, width, precision, `*`, argument
//!   indexes, the `%!` error forms, `EXTRA` arguments) and the per-operand dispatch.
//! - `methods`: when and how `Format`, `GoString`, `Error` and `String` methods are
//!   called, and the report of a method that panicked.
//! - `verbs`: one value of a basic kind under a verb, or `%!verb(type=value)`.
//! - `value`: typed values in Go memory and reading them through the host.
//! - `composite`: printing a value of any kind (`printValue` in Go): structs, maps,
//!   sequences, interfaces, pointers at top level versus nested, byte slices as strings.
//! - `format`: the low-level formatter for one item (padding, integers in every base,
//!   strings, `%x` of bytes, quoting, Unicode, floats with flags).
//! - `float`: `strconv.AppendFloat` for the `e E f g G x X b` formats, with shortest and
//!   fixed precision. The decimal digits come from Rust's exact float printing (correctly
//!   rounded, ties to even, as Go's); shortest digits that tie between two candidates are
//!   re-decided to Go's even choice.
//! - `quote` and `isprint`: `strconv.Quote`-style escaping and Go's `IsPrint` table
//!   (generated from Go by `tools/gen_isprint.go`).
//! - `sort`: the key order of `internal/fmtsort` for printing maps.
//! - `utf8`: Go's UTF-8 decoding rules (each invalid byte is one `U+FFFD`).
//!
//! # Testing
//!
//! `tests/golden/cases.txt` lists format cases (with a compact matrix form for verbs ×
//! flags × values); `values.go` formats them with real Go into `cases.out`, and
//! `tests/golden.rs` builds the same values in a mock memory and must print the same bytes.
//! `floats.go`/`floats.out` do the same for `strconv.FormatFloat`. `regen.sh` reruns Go.
//!
//! # Limits
//!
//! - `Formatter` (`Format(fmt.State, rune)` methods) is called only when the host
//!   implements [`Host::call_format_method`]; otherwise such values print as if they had
//!   no `Format` method.
//! - Values nested more than 500 levels deep (only cyclic values, which crash Go) print
//!   `...` at that depth.
//! - Maps with interface keys of different dynamic types order those types by type index,
//!   where Go orders them by the address of their type descriptors (unspecified).
#![forbid(unsafe_code)]

mod atof;
mod composite;
mod float;
mod format;
mod isprint;
mod isprint_table;
mod methods;
mod printer;
mod quote;
mod scan;
mod sort;
mod utf8;
mod value;
mod verbs;

pub use atof::parse_float_prefix;
pub use gorun_bytecode::{TypeDesc, TypeKind};

pub use float::append_float;
pub use isprint::is_print;
pub use quote::{append_quote, append_quote_rune, can_backquote};
pub use scan::{ByteRunes, ScanError, ScanHost, ScanMode, ScanOutcome, Scanned, is_space, scan, scanf};

/// An operand: a Go `any` value as its two words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arg {
    /// The dynamic type's index in the type table plus one; 0 is the nil interface.
    pub typ: u64,
    /// The value itself for pointer-shaped dynamic types
    /// ([`TypeKind::is_direct_iface`]), otherwise the address of a box holding it.
    pub data: u64,
}

impl Arg {
    /// The nil interface.
    pub const NIL: Arg = Arg { typ: 0, data: 0 };
}

/// What the engine needs from the program that runs it.
pub trait Host {
    /// The program's type table.
    fn types(&self) -> &[TypeDesc];
    /// Fills `out` with the `out.len()` bytes of Go memory at `addr` (valid by the
    /// host's guarantee: a static string, a global or a heap object).
    fn read(&self, addr: u64, out: &mut [u8]);
    /// Calls a method that takes no argument and returns a string (`Error`, `String`,
    /// `GoString`): `func` is [`MethodDesc::func`](gorun_bytecode::typedesc::MethodDesc),
    /// the receiver the interface data word of the value (for a value in memory that is
    /// not pointer-shaped, its address). `Err(message)` means the call panicked, with
    /// `message` the panic value as `%v` prints it; the engine then prints Go's
    /// `%!v(PANIC=String method: message)`, or `<nil>` when the receiver is a nil pointer.
    fn call_string_method(&mut self, func: u32, data: u64) -> Result<Vec<u8>, String>;
    /// Calls a `Format(fmt.State, rune)` method (`func` from its `MethodDesc`, receiver
    /// as for [`Host::call_string_method`]) with a `fmt.State` reporting `state`, and
    /// returns what the method wrote to it (`Err(message)` if it panicked). `None` means
    /// the host does not support `Formatter`; the value is then printed as if it had no
    /// `Format` method. The default implementation returns `None`.
    fn call_format_method(&mut self, func: u32, data: u64, state: &FormatState) -> Option<Result<Vec<u8>, String>> {
        let _ = (func, data, state);
        None
    }
    /// The entries of the map `m` (its header pointer; 0 is the nil map) of map type
    /// `typ`, as (key address, value address) pairs in any order.
    fn map_entries(&mut self, typ: u32, m: u64) -> Vec<(u64, u64)>;
}

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(host: &mut dyn Host, format: &[u8], args: &[Arg]) -> Vec<u8> {
    let mut p = printer::Printer::new(host);
    p.do_printf(format, args);
    p.into_bytes()
}

/// The directive a `Format` method is called for: what its `fmt.State` reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatState {
    /// The verb (a Unicode code point).
    pub verb: u32,
    /// `State.Width()`, if a width was given.
    pub width: Option<i64>,
    /// `State.Precision()`, if a precision was given.
    pub precision: Option<i64>,
    /// `State.Flag(c)` for `-`, `+`, `#`, ` ` and `0`.
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
}

impl FormatState {
    /// `fmt.FormatString(state, verb)`: the directive rebuilt, as `%+-8.3v`.
    pub fn directive(&self) -> Vec<u8> {
        let mut out = vec![b'%'];
        for (on, c) in
            [(self.space, b' '), (self.plus, b'+'), (self.minus, b'-'), (self.sharp, b'#'), (self.zero, b'0')]
        {
            if on {
                out.push(c);
            }
        }
        if let Some(w) = self.width {
            out.extend_from_slice(w.to_string().as_bytes());
        }
        if let Some(p) = self.precision {
            out.push(b'.');
            out.extend_from_slice(p.to_string().as_bytes());
        }
        utf8::push_rune(&mut out, i64::from(self.verb));
        out
    }
}

/// What `fmt.Errorf` makes of its operands: the message, and the errors it wraps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errorf {
    /// The formatted message (what `Error()` returns).
    pub message: Vec<u8>,
    /// The operands the resulting error wraps, by index into the arguments.
    pub wrapped: Wrapped,
}

/// Which operands an `Errorf` error wraps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    /// No `%w`: the result is a plain error (`errors.New(message)`).
    None,
    /// One `%w`: a `*fmt.wrapError` whose `Unwrap` returns this operand, or nil when the
    /// operand is not an error (`None`).
    One(Option<usize>),
    /// Several `%w`: a `*fmt.wrapErrors` whose `Unwrap` returns these operands (the
    /// errors among the `%w` operands, in argument order when the format used explicit
    /// indexes, each once when repeated back to back).
    Many(Vec<usize>),
}

/// `fmt.Errorf(format, args...)`: the message and the wrapped operands.
///
/// (Go returns `errors.New(format)` unformatted when there are no operands and no `%`
/// in the format; the message is the same either way.)
pub fn errorf(host: &mut dyn Host, format: &[u8], args: &[Arg]) -> Errorf {
    let mut p = printer::Printer::new(host);
    p.wrap_errs = true;
    p.do_printf(format, args);
    let is_error = |p: &printer::Printer<'_>, i: usize| {
        args[i].typ != 0 && p.string_method((args[i].typ - 1) as u32, "Error").is_some()
    };
    let wrapped = match p.wrapped.len() {
        0 => Wrapped::None,
        1 => Wrapped::One(Some(p.wrapped[0]).filter(|&i| is_error(&p, i))),
        _ => {
            let mut w = p.wrapped.clone();
            if p.reordered {
                w.sort_unstable();
            }
            w.dedup();
            Wrapped::Many(w.into_iter().filter(|&i| is_error(&p, i)).collect())
        }
    };
    Errorf { message: p.into_bytes(), wrapped }
}

/// `fmt.Sprint(args...)`: operands in their default format, with a space between two
/// operands when neither is a string.
pub fn sprint(host: &mut dyn Host, args: &[Arg]) -> Vec<u8> {
    let mut p = printer::Printer::new(host);
    p.do_print(args);
    p.into_bytes()
}

/// `fmt.Sprintln(args...)`: operands in their default format separated by spaces, and a
/// newline.
pub fn sprintln(host: &mut dyn Host, args: &[Arg]) -> Vec<u8> {
    let mut p = printer::Printer::new(host);
    p.do_println(args);
    p.into_bytes()
}
