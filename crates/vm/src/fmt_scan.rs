//! fmt's scanning native: the scanning engine (`gorun_fmt::scan`) over the VM's memory
//! and its three inputs.
//!
//! `stdlib/fmt/scan.go` declares `scan(r io.Reader, str string, stdin, op int, format
//! string, a []any, eof error) (n, kind int, msg string, rerr error)`; the exported
//! functions turn `kind` into `io.EOF`, `io.ErrUnexpectedEOF`, `errors.New(msg)` or the
//! reader's own error `rerr`, so the sentinel errors are Go's own variables.
//!
//! The input is one of:
//! - a string (`Sscan*`), read through Go's byte-at-a-time rune adapter as Go reads its
//!   unexported string reader;
//! - standard input (`Scan*`), read one byte at a time through the same handle as
//!   `syscall.sysRead` of descriptor 0, so nothing past what the scan consumed is taken
//!   from later reads of `os.Stdin`;
//! - an `io.Reader` (`Fscan*`), through its `ReadRune`/`UnreadRune` methods when it is an
//!   `io.RuneScanner`, otherwise its `Read` method with a one-byte buffer; each method
//!   runs as a nested Go call on the calling goroutine.

use crate::goroutine::Goroutine;
use crate::interp::{ErrorKind, GoPanic, Machine, Trap};
use crate::mem;
use crate::natives::{Native, arg_str};
use gorun_bytecode::{TypeDesc, TypeKind};
use gorun_fmt::{Arg, ByteRunes, ScanError, ScanHost, ScanMode, Scanned};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "fmt.scan" => scan,
        _ => return None,
    };
    Some(f)
}

/// Where the runes come from.
enum Source {
    Str {
        bytes: Vec<u8>,
        pos: usize,
    },
    Stdin,
    /// A reader without `ReadRune`: its `Read` method and a one-byte Go buffer.
    Reader {
        data: u64,
        read: u32,
        buf: u64,
    },
    /// An `io.RuneScanner`: its `ReadRune` and `UnreadRune` methods.
    RuneScanner {
        data: u64,
        read_rune: u32,
        unread_rune: u32,
    },
}

/// Why reading or storing stopped the scan.
enum HostError {
    /// An error value the reader returned (type word, data word).
    Reader(u64, u64),
    /// An error gorun reports by its text (reading standard input failed).
    Text(String),
    /// A panic or exit, to be passed on.
    Trap(Trap),
}

struct VmScan<'h, 'p> {
    m: &'h mut Machine<'p>,
    g: &'h mut Goroutine,
    src: Source,
    runes: ByteRunes,
    /// `io.EOF`'s interface words.
    eof: (u64, u64),
}

/// The byte source behind [`ByteRunes`]: the next byte, `None` at `io.EOF`.
fn next_byte(
    m: &mut Machine<'_>,
    g: &mut Goroutine,
    src: &mut Source,
    eof: (u64, u64),
) -> Result<Option<u8>, HostError> {
    match src {
        Source::Str { bytes, pos } => {
            let b = bytes.get(*pos).copied();
            *pos += usize::from(b.is_some());
            Ok(b)
        }
        Source::Stdin => {
            use std::io::Read;
            let mut b = [0u8];
            loop {
                match std::io::stdin().read(&mut b) {
                    Ok(0) => return Ok(None),
                    Ok(_) => return Ok(Some(b[0])),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(HostError::Text(format!("read /dev/stdin: {}", errno_text(&e)))),
                }
            }
        }
        Source::Reader { data, read, buf } => {
            // io.ReadFull(r, buf[:1]): Read until it gives the byte or an error.
            loop {
                let words = m.call_nested(g, *read, &[*data, *buf, 1, 1], 0).map_err(HostError::Trap)?;
                let (n, et, ed) = (words[0] as i64, words[1], words[2]);
                if n >= 1 {
                    // SAFETY: `buf` is the one-byte heap object allocated for this scan.
                    return Ok(Some(unsafe { mem::load::<u8>(*buf) }));
                }
                if et != 0 {
                    return if (et, ed) == eof { Ok(None) } else { Err(HostError::Reader(et, ed)) };
                }
            }
        }
        Source::RuneScanner { .. } => unreachable!("a RuneScanner is read by runes"),
    }
}

/// The text of an I/O error as Go prints an errno.
fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = s.split(" (os error").next().unwrap_or(&s).to_string();
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

impl ScanHost for VmScan<'_, '_> {
    type Error = HostError;

    fn types(&self) -> &[TypeDesc] {
        &self.m.prog.types
    }

    fn read_rune(&mut self) -> Result<Option<(i32, usize)>, HostError> {
        if let Source::RuneScanner { data, read_rune, .. } = self.src {
            let words = self.m.call_nested(self.g, read_rune, &[data], 0).map_err(HostError::Trap)?;
            let (r, size, et, ed) = (words[0] as i32, words[1] as usize, words[2], words[3]);
            return match (et, ed) {
                (0, _) => Ok(Some((r, size))),
                e if e == self.eof => Ok(None),
                (et, ed) => Err(HostError::Reader(et, ed)),
            };
        }
        let VmScan { m, g, src, runes, eof } = self;
        runes.read_rune(|| next_byte(m, g, src, *eof))
    }

    fn unread_rune(&mut self) {
        if let Source::RuneScanner { data, unread_rune, .. } = self.src {
            // Go ignores UnreadRune's result here; a panic in it cannot be reported from
            // this call, so it is dropped too.
            let _ = self.m.call_nested(self.g, unread_rune, &[data], 0);
            return;
        }
        self.runes.unread_rune();
    }

    fn store(&mut self, target: Arg, elem: u32, value: Scanned) -> Result<(), HostError> {
        let p = target.data;
        if p == 0 {
            return Err(HostError::Trap(Trap::Panic(GoPanic::error(
                ErrorKind::ErrorString,
                "runtime error: invalid memory address or nil pointer dereference",
            ))));
        }
        let e = &self.m.prog.types[elem as usize];
        let (kind, size) = (e.kind, e.size);
        // Every store below writes the variable `p` points at: a non-nil pointer of the
        // operand's type, so a live variable of type `elem`, `size` bytes as Go lays it out.
        match value {
            // SAFETY: `p` addresses a bool (see above).
            Scanned::Bool(b) => unsafe { mem::store::<u8>(p, u8::from(b)) },
            // SAFETY: `p` addresses an integer of `size` bytes.
            Scanned::Int(i) => unsafe { store_int(p, size, i as u64) },
            // SAFETY: as above.
            Scanned::Uint(u) => unsafe { store_int(p, size, u) },
            // SAFETY: `p` addresses a float32.
            Scanned::Float(f) if kind == TypeKind::Float32 => unsafe { mem::store::<f32>(p, f as f32) },
            // SAFETY: `p` addresses a float64.
            Scanned::Float(f) => unsafe { mem::store::<f64>(p, f) },
            // SAFETY: `p` addresses a complex64: two float32s.
            Scanned::Complex(re, im) if kind == TypeKind::Complex64 => unsafe {
                mem::store::<f32>(p, re as f32);
                mem::store::<f32>(p + 4, im as f32);
            },
            // SAFETY: `p` addresses a complex128: two float64s.
            Scanned::Complex(re, im) => unsafe {
                mem::store::<f64>(p, re);
                mem::store::<f64>(p + 8, im);
            },
            Scanned::Bytes(b) if kind == TypeKind::String => {
                let (sp, n) = self.m.new_string(&b).map_err(|e| HostError::Trap(Trap::Panic(e)))?;
                // SAFETY: `p` addresses a string (data, len); the data word is a heap
                // pointer, so it goes through the write barrier.
                unsafe {
                    crate::barrier::write_ptr(p, sp);
                    mem::store::<u64>(p + 8, n);
                }
            }
            Scanned::Bytes(b) => {
                let (sp, n) = self.m.new_string(&b).map_err(|e| HostError::Trap(Trap::Panic(e)))?;
                // SAFETY: `p` addresses a []byte (data, len, cap), the data word through
                // the write barrier.
                unsafe {
                    crate::barrier::write_ptr(p, sp);
                    mem::store::<u64>(p + 8, n);
                    mem::store::<u64>(p + 16, n);
                }
            }
        }
        Ok(())
    }
}

/// Stores the low `size` bytes of `v` at `p`.
///
/// # Safety
/// `p` points at `size` (1, 2, 4 or 8) writable, aligned bytes of heap memory.
unsafe fn store_int(p: u64, size: u64, v: u64) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match size {
            1 => mem::store::<u8>(p, v as u8),
            2 => mem::store::<u16>(p, v as u16),
            4 => mem::store::<u32>(p, v as u32),
            _ => mem::store::<u64>(p, v),
        }
    }
}

/// The `...any` operands at `g.stack[at..at + 3]`.
fn operands(g: &Goroutine, at: usize) -> Vec<Arg> {
    let (ptr, len) = (g.stack[at], g.stack[at + 1]);
    (0..len)
        .map(|i| {
            // SAFETY: a []any holds `len` two-word interface values.
            unsafe { Arg { typ: mem::load(ptr + i * 16), data: mem::load(ptr + i * 16 + 8) } }
        })
        .collect()
}

/// A method of the dynamic type `typ` (an interface type word) with this name and
/// signature.
fn method(m: &Machine<'_>, typ: u64, name: &str, sig: &str) -> Option<u32> {
    let t = m.prog.types.get((typ as usize).checked_sub(1)?)?;
    t.method(name).filter(|f| f.sig == sig).map(|f| f.func)
}

/// `scan(r io.Reader, str string, stdin, op int, format string, a []any, eof error)
/// (n, kind int, msg string, rerr error)`.
fn scan(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (rt, rd) = (g.stack[base], g.stack[base + 1]);
    let stdin = g.stack[base + 4] != 0;
    let mode = match g.stack[base + 5] {
        0 => ScanMode::Space,
        1 => ScanMode::Line,
        _ => ScanMode::Format,
    };
    let format = arg_str(g, base + 6);
    let args = operands(g, base + 8);
    let eof = (g.stack[base + 11], g.stack[base + 12]);
    for a in &args {
        if let Some(t) = (a.typ as usize).checked_sub(1).map(|i| &m.prog.types[i])
            && t.method("Scan").is_some_and(|f| f.sig.starts_with("func(fmt.ScanState,"))
        {
            return Err(Trap::Panic(GoPanic::fatal(format!(
                "fmt.Scanner operands ({}) are not supported by gorun yet",
                t.name
            ))));
        }
    }
    let src = if rt != 0 {
        let rune_scanner =
            (method(m, rt, "ReadRune", "func() (int32, int, error)"), method(m, rt, "UnreadRune", "func() error"));
        match rune_scanner {
            (Some(read_rune), Some(unread_rune)) => Source::RuneScanner { data: rd, read_rune, unread_rune },
            _ => {
                let Some(read) = m.prog.types[rt as usize - 1].method("Read").map(|f| f.func) else {
                    return Err(Trap::Panic(GoPanic::fatal("fmt: the reader has no Read method")));
                };
                let buf = m.alloc_bytes(1)?;
                Source::Reader { data: rd, read, buf }
            }
        }
    } else if stdin {
        m.flush_print();
        m.flush_stdout();
        Source::Stdin
    } else {
        Source::Str { bytes: arg_str(g, base + 2), pos: 0 }
    };
    let mut host = VmScan { m, g, src, runes: ByteRunes::new(), eof };
    let (n, err) = match mode {
        ScanMode::Format => gorun_fmt::scanf(&mut host, &format, &args),
        _ => gorun_fmt::scan(&mut host, mode, &args),
    };
    let (kind, msg, rerr) = match err {
        None => (0, String::new(), (0, 0)),
        Some(ScanError::Eof) => (1, String::new(), (0, 0)),
        Some(ScanError::UnexpectedEof) => (2, String::new(), (0, 0)),
        Some(ScanError::Message(s) | ScanError::Host(HostError::Text(s))) => (3, s, (0, 0)),
        Some(ScanError::Host(HostError::Reader(t, d))) => (4, String::new(), (t, d)),
        Some(ScanError::Host(HostError::Trap(t))) => return Err(t),
    };
    let (sp, sn) = m.new_string(msg.as_bytes())?;
    g.stack[base] = n as u64;
    g.stack[base + 1] = kind;
    g.stack[base + 2] = sp;
    g.stack[base + 3] = sn;
    g.stack[base + 4] = rerr.0;
    g.stack[base + 5] = rerr.1;
    Ok(())
}
