//! A compiled program: functions, constants, static strings, type descriptors, globals.
//! (Native functions join the tables with the standard library.)
//!
//! A `Program` is immutable once built and outlives every goroutine that runs it: the
//! interpreter holds raw addresses into it (static strings' bytes, type descriptors), which
//! stay valid because nothing here is moved or freed while the program runs.

use crate::isa::Instr;
use crate::typedesc::TypeDesc;

/// One compiled Go function (or a package initializer, or a wrapper the compiler made).
#[derive(Clone, Debug, Default)]
pub struct Func {
    /// The name a traceback prints: `main.fib`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Instr>,
    /// Frame size in words; every register operand is below it (the verifier checks).
    pub nregs: u16,
    /// Words of arguments, at the start of the frame.
    pub param_words: u16,
    /// Words of results, written to the start of the frame before `Return`.
    pub result_words: u16,
    /// Which registers may hold a heap pointer (bit `r` of word `r / 64`). A register
    /// holds pointers or non-pointers for the whole function, never both, so the
    /// collector can scan frames precisely.
    pub pointer_regs: Vec<u64>,
    /// The source file (index into [`Program::files`]).
    pub file: u32,
    /// `(first pc, line)` pairs in pc order: instruction `pc` belongs to the last entry
    /// whose first pc is at most `pc`.
    pub lines: Vec<(u32, u32)>,
    /// For a function with `defer`: where it continues when a deferred call recovers a
    /// panic (its return sequence: remaining deferred calls, then the named results).
    pub recover_pc: Option<u32>,
    /// A wrapper the compiler generated (a method value's or a promoted method's): it
    /// is transparent to `recover`, as Go's wrappers are.
    pub wrapper: bool,
}

impl Func {
    /// The source line of instruction `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        let i = self.lines.partition_point(|&(start, _)| start as usize <= pc);
        if i == 0 { self.lines.first().map_or(0, |l| l.1) } else { self.lines[i - 1].1 }
    }

    pub fn is_pointer_reg(&self, r: u16) -> bool {
        self.pointer_regs.get(usize::from(r) / 64).is_some_and(|w| w >> (r % 64) & 1 == 1)
    }

    pub fn set_pointer_reg(&mut self, r: u16) {
        let i = usize::from(r) / 64;
        if self.pointer_regs.len() <= i {
            self.pointer_regs.resize(i + 1, 0);
        }
        self.pointer_regs[i] |= 1 << (r % 64);
    }
}

#[derive(Debug, Default)]
pub struct Program {
    pub funcs: Vec<Func>,
    /// 64-bit constants too wide for an immediate (bit patterns of ints and floats).
    pub consts: Vec<u64>,
    /// The bytes of string literals. Each is its own allocation, so its address is stable.
    pub strings: Vec<Box<[u8]>>,
    pub types: Vec<TypeDesc>,
    /// Words of package-level variables.
    pub global_words: u32,
    /// Which global words may hold heap pointers (bit per word).
    pub global_pointers: Vec<u64>,
    /// Method keys (`Name func(params) results`) that `CallIface` names.
    pub method_keys: Vec<String>,
    /// Names of the native functions `CallNative` calls (`fmt.Sprintf`); the interpreter
    /// resolves them when it loads the program.
    pub natives: Vec<String>,
    /// The types of the values `recover` returns for run-time panics, by the
    /// interpreter's `ErrorKind` (`runtime.errorString`, `runtime.boundsError`,
    /// `*runtime.TypeAssertionError`, `*runtime.PanicNilError`, `runtime.plainError`, and
    /// `string` for the standard library's own panics), when the program calls `recover`.
    /// Each value's data word points at a box holding the message; a type the program
    /// names itself (`*runtime.PanicNilError`, for `errors.As`) is the program's own.
    pub runtime_error_types: Option<[u32; 6]>,
    /// Source file names as tracebacks print them.
    pub files: Vec<String>,
    /// The function that runs package initialization and then `main.main`.
    pub entry: u32,
    /// The main package's `//go:debug` settings, in source order: the program's GODEBUG
    /// defaults, which the `GODEBUG` environment variable overrides.
    pub godebug: Vec<(String, String)>,
}

impl Program {
    /// Interns a string literal, returning its index.
    pub fn add_string(&mut self, bytes: &[u8]) -> u32 {
        self.strings.push(bytes.into());
        (self.strings.len() - 1) as u32
    }

    pub fn add_method_key(&mut self, key: &str) -> u32 {
        if let Some(i) = self.method_keys.iter().position(|k| k == key) {
            return i as u32;
        }
        self.method_keys.push(key.to_string());
        (self.method_keys.len() - 1) as u32
    }

    pub fn add_native(&mut self, name: &str) -> u32 {
        if let Some(i) = self.natives.iter().position(|k| k == name) {
            return i as u32;
        }
        self.natives.push(name.to_string());
        (self.natives.len() - 1) as u32
    }

    pub fn add_const(&mut self, bits: u64) -> u32 {
        if let Some(i) = self.consts.iter().position(|&c| c == bits) {
            return i as u32;
        }
        self.consts.push(bits);
        (self.consts.len() - 1) as u32
    }
}
