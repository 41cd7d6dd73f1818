//! The instruction set, defined once.
//!
//! One table (the `instructions!` invocation at the bottom) lists every instruction with its
//! operands and a line of documentation. From it the macro generates the [`Instr`] enum the
//! interpreter matches on, the operand metadata ([`OPCODES`]) that the verifier, the
//! disassembler and `docs/bytecode.md` read, and the mnemonic of each instruction.
//!
//! Encoding: an instruction is an 8-byte Rust enum value (a one-byte tag and at most seven
//! bytes of operands), so a function's code is a flat `[Instr]` and dispatch is one load
//! and one jump-table branch. Operands are registers (`u16` word slots of the current
//! frame), small immediates, jump offsets relative to the next instruction, and `u32`
//! indices into the program's tables. What does not fit (64-bit constants, wide jumps
//! over fused compare-and-branch) uses a table entry or an unfused pair.
//!
//! Register values are canonical: an integer narrower than 64 bits is kept sign- or
//! zero-extended to 64 bits (so comparisons and division need no width), a `float32` is kept
//! as the `f64` it exactly equals (arithmetic rounds back with `RoundF32`), a `bool` is 0 or 1.

use std::fmt;

/// A register: a word slot of the current frame.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Reg(pub u16);

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// What an operand is, for the verifier, the disassembler and the documentation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A one-word register.
    R,
    /// A two-word register pair (string, interface, complex128).
    R2,
    /// A three-word register triple (slice).
    R3,
    /// A run of registers as long as the instruction's `n` operand.
    RN,
    /// A word count.
    N,
    /// A signed 16-bit immediate.
    I16,
    /// A signed 32-bit immediate.
    I32,
    /// A jump offset (16 bits) relative to the next instruction.
    J16,
    /// A jump offset (32 bits) relative to the next instruction.
    J32,
    /// An index into the program's functions.
    Func,
    /// An index into the program's type descriptors.
    Type,
    /// An index into the program's 64-bit constants.
    Const,
    /// An index into the program's static strings.
    Str,
    /// A word offset into the globals.
    Global,
    /// An index into the program's method keys.
    Method,
    /// An index into the program's native functions.
    Native,
    /// A small code (a run-time error kind, a print kind, a bit width).
    Code,
}

impl Kind {
    /// The register width in words, for register operands.
    pub fn reg_width(self) -> Option<usize> {
        match self {
            Kind::R => Some(1),
            Kind::R2 => Some(2),
            Kind::R3 => Some(3),
            _ => None,
        }
    }

    fn doc(self) -> &'static str {
        match self {
            Kind::R => "register",
            Kind::R2 => "register pair",
            Kind::R3 => "register triple",
            Kind::RN => "register run of `n` words",
            Kind::N => "word count",
            Kind::I16 => "16-bit immediate",
            Kind::I32 => "32-bit immediate",
            Kind::J16 => "16-bit jump offset",
            Kind::J32 => "32-bit jump offset",
            Kind::Func => "function index",
            Kind::Type => "type index",
            Kind::Const => "constant index",
            Kind::Str => "string index",
            Kind::Global => "global word offset",
            Kind::Method => "method key index",
            Kind::Native => "native function index",
            Kind::Code => "code",
        }
    }
}

/// An operand's value, as the verifier and the disassembler see it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Operand {
    Reg(u16),
    Imm(i64),
    Jump(i32),
    Index(u32),
}

/// The static description of one instruction.
#[derive(Debug)]
pub struct OpInfo {
    pub name: &'static str,
    pub doc: &'static str,
    pub operands: &'static [(&'static str, Kind)],
}

macro_rules! operand_type {
    (R) => {
        Reg
    };
    (R2) => {
        Reg
    };
    (R3) => {
        Reg
    };
    (RN) => {
        Reg
    };
    (N) => {
        u16
    };
    (I16) => {
        i16
    };
    (I32) => {
        i32
    };
    (J16) => {
        i16
    };
    (J32) => {
        i32
    };
    (Func) => {
        u32
    };
    (Type) => {
        u32
    };
    (Const) => {
        u32
    };
    (Str) => {
        u32
    };
    (Global) => {
        u32
    };
    (Method) => {
        u32
    };
    (Native) => {
        u32
    };
    (Code) => {
        u16
    };
}

macro_rules! operand_value {
    (R, $v:expr) => {
        Operand::Reg($v.0)
    };
    (R2, $v:expr) => {
        Operand::Reg($v.0)
    };
    (R3, $v:expr) => {
        Operand::Reg($v.0)
    };
    (RN, $v:expr) => {
        Operand::Reg($v.0)
    };
    (N, $v:expr) => {
        Operand::Imm(i64::from($v))
    };
    (I16, $v:expr) => {
        Operand::Imm(i64::from($v))
    };
    (I32, $v:expr) => {
        Operand::Imm(i64::from($v))
    };
    (J16, $v:expr) => {
        Operand::Jump(i32::from($v))
    };
    (J32, $v:expr) => {
        Operand::Jump($v)
    };
    (Code, $v:expr) => {
        Operand::Imm(i64::from($v))
    };
    ($other:ident, $v:expr) => {
        Operand::Index($v)
    };
}

macro_rules! instructions {
    ($( $(#[doc = $doc:literal])+ $name:ident { $($field:ident : $kind:ident),* $(,)? } )*) => {
        /// One instruction. See the module documentation for the encoding.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Instr {
            $( $(#[doc = $doc])+ $name { $($field: operand_type!($kind)),* }, )*
        }

        /// The instructions' opcodes, without operands.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum Opcode {
            $( $name, )*
        }

        /// Every instruction's description, in opcode order.
        pub const OPCODES: &[OpInfo] = &[
            $( OpInfo {
                name: stringify!($name),
                doc: concat!($($doc),+),
                operands: &[$((stringify!($field), Kind::$kind)),*],
            }, )*
        ];

        impl Instr {
            /// The instruction's opcode.
            pub fn opcode(&self) -> Opcode {
                match self {
                    $( Instr::$name { .. } => Opcode::$name, )*
                }
            }

            /// The instruction's description.
            pub fn info(&self) -> &'static OpInfo {
                &OPCODES[self.opcode() as usize]
            }

            /// The operand values, in the order of [`OpInfo::operands`].
            pub fn operands(&self) -> Vec<Operand> {
                match *self {
                    $( Instr::$name { $($field),* } => vec![$(operand_value!($kind, $field)),*], )*
                }
            }

            /// The same instruction with its jump offset replaced (for patching forward
            /// jumps); `None` if it has no jump or the offset does not fit.
            pub fn with_jump(self, offset: i32) -> Option<Instr> {
                let mut out = self;
                let found = match &mut out {
                    $( Instr::$name { $($field),* } => false $( || instructions!(@patch $kind, $field, offset) )*, )*
                };
                if !found {
                    return None;
                }
                Some(out)
            }
        }
    };
    (@patch J16, $field:ident, $offset:ident) => {{
        *$field = i16::try_from($offset).ok()?;
        true
    }};
    (@patch J32, $field:ident, $offset:ident) => {{
        *$field = $offset;
        true
    }};
    (@patch $other:ident, $field:ident, $offset:ident) => {{
        let _ = &$field;
        false
    }};
}

/// Run-time error kinds raised by `Panic` and the checking instructions (their texts are
/// Go's, in the vm).
pub mod rterr {
    pub const DIVIDE: u16 = 0;
    pub const NIL_DEREF: u16 = 1;
    pub const NEGATIVE_SHIFT: u16 = 2;
    pub const MISSING_RETURN: u16 = 3;
    pub const MAKESLICE_LEN: u16 = 4;
    pub const MAKESLICE_CAP: u16 = 5;
    /// Go's `growslice: len out of range`.
    pub const GROWSLICE_LEN: u16 = 6;
    /// The range-over-func checks, by the loop's state (see `RangeEnter`): 7 plus the
    /// state the body found (done, panicking, exhausted), or 11 for a recovered body panic.
    pub const RANGE_STATE: u16 = 7;
    pub const RANGE_MISSING_PANIC: u16 = 11;
}

/// The state word of a range-over-func loop's control object, as gc numbers it.
pub mod range_state {
    /// The body returned false (break, return, or a branch out of the loop).
    pub const DONE: i64 = 0;
    /// The body may run.
    pub const READY: i64 = 1;
    /// The body is running (or panicked).
    pub const PANIC: i64 = 2;
    /// The iterator function returned.
    pub const EXHAUSTED: i64 = 3;
}

/// What `Bounds` checks, as Go's `boundsErrorCode` (the message formats are Go's). Add
/// `UNSIGNED` when the index's type is unsigned (a huge value is then not negative).
pub mod bounds {
    /// `x < y`: index out of range [x] with length y.
    pub const INDEX: u16 = 0;
    /// `x <= y`: slice bounds out of range [:x] with length y.
    pub const SLICE_ALEN: u16 = 1;
    /// `x <= y`: slice bounds out of range [:x] with capacity y.
    pub const SLICE_ACAP: u16 = 2;
    /// `x <= y`: slice bounds out of range [x:y].
    pub const SLICE_B: u16 = 3;
    /// `x <= y`: slice bounds out of range [::x] with length y.
    pub const SLICE3_ALEN: u16 = 4;
    /// `x <= y`: slice bounds out of range [::x] with capacity y.
    pub const SLICE3_ACAP: u16 = 5;
    /// `x <= y`: slice bounds out of range [:x:y].
    pub const SLICE3_B: u16 = 6;
    /// `x <= y`: slice bounds out of range [x:y:].
    pub const SLICE3_C: u16 = 7;
    /// `x == y`: cannot convert slice with length y to array or pointer to array with length x.
    pub const CONVERT: u16 = 8;
    pub const UNSIGNED: u16 = 0x100;
}

/// What `StrConv` converts.
pub mod strconv {
    /// `string(b)` for a byte slice.
    pub const BYTES_TO_STR: u16 = 0;
    /// `[]byte(s)`.
    pub const STR_TO_BYTES: u16 = 1;
    /// `string(r)` for a rune slice.
    pub const RUNES_TO_STR: u16 = 2;
    /// `[]rune(s)`.
    pub const STR_TO_RUNES: u16 = 3;
    /// `string(r)` for an integer code point (invalid ones give U+FFFD).
    pub const RUNE_TO_STR: u16 = 4;
}

/// What `Print` prints (the builtin `print`/`println`).
pub mod printk {
    pub const INT: u16 = 0;
    pub const UINT: u16 = 1;
    pub const FLOAT: u16 = 2;
    pub const BOOL: u16 = 3;
    pub const STRING: u16 = 4;
    pub const POINTER: u16 = 5;
    pub const SPACE: u16 = 6;
    pub const NEWLINE: u16 = 7;
    pub const COMPLEX: u16 = 8;
    pub const FLOAT32: u16 = 9;
    pub const COMPLEX64: u16 = 10;
    /// An interface: `(0x…,0x…)`.
    pub const IFACE: u16 = 11;
    /// A slice: `[len/cap]0x…`.
    pub const SLICE: u16 = 12;
}

instructions! {
    /// Does nothing.
    Nop {}
    /// `dst = src`.
    Move { dst: R, src: R }
    /// `dst, dst+1 = src, src+1`.
    Move2 { dst: R2, src: R2 }
    /// `dst..dst+3 = src..src+3`.
    Move3 { dst: R3, src: R3 }
    /// Copies `n` words from `src` to `dst` (the runs may overlap).
    MoveN { dst: RN, src: RN, n: N }
    /// Sets `n` words at `dst` to zero.
    Zero { dst: RN, n: N }
    /// `dst = imm` (sign-extended).
    LoadImm { dst: R, imm: I32 }
    /// `dst = constants[k]`.
    LoadConst { dst: R, k: Const }
    /// `dst = (pointer, length)` of static string `s`.
    LoadStr { dst: R2, s: Str }
    /// `dst = globals[g]` (one word).
    LoadGlobal { dst: R, g: Global }
    /// `globals[g] = src` (one word, no pointer).
    StoreGlobal { g: Global, src: R }
    /// `globals[g] = src` for a word that may hold a heap pointer (write-barriered).
    StoreGlobalPtr { g: Global, src: R }

    /// `dst = a + b` (64-bit, wrapping).
    AddI { dst: R, a: R, b: R }
    /// `dst = a - b`.
    SubI { dst: R, a: R, b: R }
    /// `dst = a * b`.
    MulI { dst: R, a: R, b: R }
    /// `dst = a / b`, signed; panics on division by zero.
    DivI { dst: R, a: R, b: R }
    /// `dst = a / b`, unsigned; panics on division by zero.
    DivU { dst: R, a: R, b: R }
    /// `dst = a % b`, signed (sign of `a`); panics on division by zero.
    RemI { dst: R, a: R, b: R }
    /// `dst = a % b`, unsigned; panics on division by zero.
    RemU { dst: R, a: R, b: R }
    /// `dst = a & b`.
    And { dst: R, a: R, b: R }
    /// `dst = a | b`.
    Or { dst: R, a: R, b: R }
    /// `dst = a ^ b`.
    Xor { dst: R, a: R, b: R }
    /// `dst = a &^ b`.
    AndNot { dst: R, a: R, b: R }
    /// `dst = a << b` (an unsigned count of 64 or more gives 0).
    Shl { dst: R, a: R, b: R }
    /// `dst = a >> b`, arithmetic (a count of 64 or more gives 0 or -1).
    ShrI { dst: R, a: R, b: R }
    /// `dst = a >> b`, logical.
    ShrU { dst: R, a: R, b: R }
    /// Panics with "negative shift amount" if the signed count `a` is negative.
    CheckShift { a: R }
    /// `dst = a + imm`.
    AddImm { dst: R, a: R, imm: I16 }
    /// `dst = a << imm` (0 ≤ imm < 64).
    ShlImm { dst: R, a: R, imm: I16 }
    /// `dst = a >> imm`, arithmetic (0 ≤ imm < 64).
    ShrIImm { dst: R, a: R, imm: I16 }
    /// `dst = a >> imm`, logical (0 ≤ imm < 64).
    ShrUImm { dst: R, a: R, imm: I16 }
    /// `dst = a & imm` (imm sign-extended).
    AndImm { dst: R, a: R, imm: I16 }
    /// `dst = -a`.
    NegI { dst: R, a: R }
    /// `dst = ^a`.
    Not { dst: R, a: R }
    /// `dst = !a` for a bool.
    NotB { dst: R, a: R }
    /// Narrows `a` to `bits` (8, 16 or 32) and sign-extends it back.
    SextN { dst: R, a: R, bits: Code }
    /// Narrows `a` to `bits` (8, 16 or 32) and zero-extends it back.
    ZextN { dst: R, a: R, bits: Code }

    /// `dst = a == b` (words).
    EqI { dst: R, a: R, b: R }
    /// `dst = a != b` (words).
    NeI { dst: R, a: R, b: R }
    /// `dst = a < b`, signed.
    LtI { dst: R, a: R, b: R }
    /// `dst = a <= b`, signed.
    LeI { dst: R, a: R, b: R }
    /// `dst = a < b`, unsigned.
    LtU { dst: R, a: R, b: R }
    /// `dst = a <= b`, unsigned.
    LeU { dst: R, a: R, b: R }

    /// `dst = a + b` (float64).
    AddF { dst: R, a: R, b: R }
    /// `dst = a - b` (float64).
    SubF { dst: R, a: R, b: R }
    /// `dst = a * b` (float64).
    MulF { dst: R, a: R, b: R }
    /// `dst = a / b` (float64).
    DivF { dst: R, a: R, b: R }
    /// `dst = -a` (float64).
    NegF { dst: R, a: R }
    /// Rounds the float64 `a` to the nearest float32.
    RoundF32 { dst: R, a: R }
    /// `dst = a == b` (float64).
    EqF { dst: R, a: R, b: R }
    /// `dst = a != b` (float64).
    NeF { dst: R, a: R, b: R }
    /// `dst = a < b` (float64).
    LtF { dst: R, a: R, b: R }
    /// `dst = a <= b` (float64).
    LeF { dst: R, a: R, b: R }
    /// Signed integer to float64.
    IToF { dst: R, a: R }
    /// Unsigned integer to float64.
    UToF { dst: R, a: R }
    /// Float64 to signed integer (truncating; out of range gives the minimum, as on amd64).
    FToI { dst: R, a: R }
    /// Float64 to unsigned integer (truncating, as Go does on amd64).
    FToU { dst: R, a: R }

    /// `dst = a * b` for complex numbers (register pairs of float64 parts).
    MulC { dst: R2, a: R2, b: R2 }
    /// `dst = a / b` for complex numbers, with C99's infinities and zeros.
    DivC { dst: R2, a: R2, b: R2 }

    /// `dst = a == b` (strings).
    EqStr { dst: R, a: R2, b: R2 }
    /// `dst = a < b` (strings, bytewise).
    LtStr { dst: R, a: R2, b: R2 }
    /// `dst = a <= b` (strings, bytewise).
    LeStr { dst: R, a: R2, b: R2 }

    /// Continues at `off` instructions after the next one.
    Jump { off: J32 }
    /// Jumps if `cond` is true.
    JumpIf { cond: R, off: J32 }
    /// Jumps if `cond` is false.
    JumpIfNot { cond: R, off: J32 }
    /// Jumps if `a < b` (signed).
    JumpLtI { a: R, b: R, off: J16 }
    /// Jumps if `a <= b` (signed).
    JumpLeI { a: R, b: R, off: J16 }
    /// Jumps if `!(a < b)` (signed).
    JumpGeI { a: R, b: R, off: J16 }
    /// Jumps if `!(a <= b)` (signed).
    JumpGtI { a: R, b: R, off: J16 }
    /// Jumps if `a == b` (words).
    JumpEqI { a: R, b: R, off: J16 }
    /// Jumps if `a != b` (words).
    JumpNeI { a: R, b: R, off: J16 }

    /// Jumps if `a < imm` (signed).
    JumpLtImm { a: R, imm: I16, off: J16 }
    /// Jumps if `a <= imm` (signed).
    JumpLeImm { a: R, imm: I16, off: J16 }
    /// Jumps if `a > imm` (signed).
    JumpGtImm { a: R, imm: I16, off: J16 }
    /// Jumps if `a >= imm` (signed).
    JumpGeImm { a: R, imm: I16, off: J16 }
    /// Jumps if `a == imm`.
    JumpEqImm { a: R, imm: I16, off: J16 }
    /// Jumps if `a != imm`.
    JumpNeImm { a: R, imm: I16, off: J16 }
    /// The loop step: `a += 1`, then jumps if `a < b` (signed).
    IncJumpLtI { a: R, b: R, off: J16 }

    /// Calls function `func`; its arguments are at `base…` and its results land there.
    Call { base: R, func: Func }
    /// Returns from the current function (results are in its first registers).
    Return {}
    /// Raises the run-time error `code` (see `rterr`).
    Panic { code: Code }

    /// The builtin `print` of one value of kind `what` (see `printk`) at `src`.
    Print { src: R, what: Code }

    /// Panics with a nil dereference if the pointer `a` is nil.
    NilCheck { a: R }
    /// `dst = a * imm`.
    MulImm { dst: R, a: R, imm: I16 }
    /// Checks the bounds `x`, `y` as `code` says (see `bounds`), panicking with Go's text.
    Bounds { x: R, y: R, code: Code }
    /// `dst` = sign-extended byte at `addr + off`; nil `addr` panics (as every load and store).
    Load8S { dst: R, addr: R, off: I16 }
    /// `dst` = zero-extended byte at `addr + off`.
    Load8U { dst: R, addr: R, off: I16 }
    /// 16-bit signed load.
    Load16S { dst: R, addr: R, off: I16 }
    /// 16-bit unsigned load.
    Load16U { dst: R, addr: R, off: I16 }
    /// 32-bit signed load.
    Load32S { dst: R, addr: R, off: I16 }
    /// 32-bit unsigned load.
    Load32U { dst: R, addr: R, off: I16 }
    /// 64-bit load.
    Load64 { dst: R, addr: R, off: I16 }
    /// Loads a float32 and widens it to the float64 register form.
    LoadF32 { dst: R, addr: R, off: I16 }
    /// Stores the low byte of `src` at `addr + off`.
    Store8 { addr: R, src: R, off: I16 }
    /// 16-bit store.
    Store16 { addr: R, src: R, off: I16 }
    /// 32-bit store.
    Store32 { addr: R, src: R, off: I16 }
    /// 64-bit store of a word that holds no heap pointer.
    Store64 { addr: R, src: R, off: I16 }
    /// Narrows the float64 register form to float32 and stores it.
    StoreF32 { addr: R, src: R, off: I16 }
    /// 64-bit store of a word that may hold a heap pointer (write-barriered).
    StorePtr { addr: R, src: R, off: I16 }
    /// Panics with Go's index-out-of-range error unless `0 <= x < n` (`x` signed).
    BoundsImm { x: R, n: I32 }
    /// As `BoundsImm` for an index of unsigned type.
    BoundsImmU { x: R, n: I32 }
    /// `dst = *(base + 8*i)`: an 8-byte non-pointer element (the index already checked).
    LoadIdx64 { dst: R, base: R, i: R }
    /// `*(base + 8*i) = src`: an 8-byte non-pointer element (the index already checked).
    StoreIdx64 { base: R, i: R, src: R }
    /// `dst = *(base + i)`: a byte element, zero-extended (the index already checked).
    LoadIdx8U { dst: R, base: R, i: R }
    /// `*(base + i) = src`: a byte element (the index already checked).
    StoreIdx8 { base: R, i: R, src: R }
    /// `dst = s[i]` for a string or byte slice `s` (data, length…), bounds-checked.
    IndexByte { dst: R, s: R2, i: R }
    /// `dst = s[i]` for a slice of 8-byte non-pointer elements, bounds-checked.
    IndexWord { dst: R, s: R2, i: R }
    /// `s[i] = src` (a byte), bounds-checked.
    SetIndexByte { s: R2, i: R, src: R }
    /// `s[i] = src` (an 8-byte non-pointer word), bounds-checked.
    SetIndexWord { s: R2, i: R, src: R }

    /// `dst` = the address of a new zeroed object of type `typ`.
    New { dst: R, typ: Type }
    /// Makes a slice of `elem`: `dst+1` and `dst+2` hold the length and capacity on entry
    /// (checked as Go's makeslice does); `dst` gets the new zeroed array.
    MakeSlice { dst: R3, elem: Type }
    /// `s` (a slice of `elem`) grows by the count in `s+3` elements: its length increases,
    /// and if the capacity is short the elements move to a new array sized as Go's
    /// growslice sizes it.
    SliceGrow { s: RN, elem: Type }
    /// `copy(dst, src)` with the slices at `args` and `args+3`; the count lands in `args`.
    SliceCopy { args: RN, elem: Type }
    /// Copies a value of type `typ` from the address in `args+1` to the address in `args`
    /// (write-barriered where it holds pointers).
    CopyObj { args: R2, typ: Type }
    /// `clear(s)` of a slice: zeroes its `len` elements of type `elem`.
    ClearSlice { s: R2, elem: Type }
    /// Checks the operands of `unsafe.Slice` (`code` 0) or `unsafe.String` (`code` 1): the
    /// pointer `p` and the length `n`, panicking with Go's message when they are invalid.
    UnsafeLen { p: R, n: R, code: Code }
    /// Re-slices the slice `s` by the checked bounds `lo`, `lo+1` (high) and `lo+2` (max)
    /// for elements of `esize` bytes (an empty result keeps the base pointer).
    SubSlice { s: R3, lo: R3, esize: N }
    /// `dst = a + b` (strings; allocates).
    Concat { dst: R2, a: R2, b: R2 }
    /// Converts between strings, byte slices, rune slices and runes (see `strconv`).
    StrConv { dst: R, src: R, code: Code }
    /// Decodes the UTF-8 sequence of string `s` at the index in `dst+1`: `dst` gets the
    /// rune (U+FFFD if invalid) and `dst+1` the index after it.
    DecodeRune { dst: R2, s: R2 }
    /// `dst = a == b` for interface values (panics if their dynamic type is not comparable).
    EqIface { dst: R, a: R2, b: R2 }
    /// Compares the values of type `typ` at the addresses in `args` and `args+1`;
    /// `args` gets whether they are equal.
    EqMem { args: R2, typ: Type }

    /// `dst` = a new map of map type `typ`; `dst` holds the size hint on entry.
    MapMake { dst: R, typ: Type }
    /// `m[k]` for map type `typ`: the map at `args`, the key's words after it; the value's
    /// words land at `args`, then a flag saying whether the key was present.
    MapIndex { args: RN, typ: Type }
    /// `m[k] = v`: the map at `args`, then the key's words, then the value's.
    MapAssign { args: RN, typ: Type }
    /// `delete(m, k)`: the map at `args`, then the key's words.
    MapDelete { args: RN, typ: Type }
    /// `dst = len(m)` for the map `m` (nil: 0).
    MapLen { dst: R, m: R }
    /// `clear(m)`.
    MapClear { m: R, typ: Type }
    /// `it` holds a map on entry (of type `typ`) and gets an iterator over it.
    MapIterInit { it: R, typ: Type }
    /// Advances the iterator at `it` (over a map of type `typ`): `it+1` gets whether an
    /// entry was produced, then its key's words, then its value's.
    MapIterNext { it: RN, typ: Type }

    /// `make(chan T, n)` of channel type `typ` with the buffer size preloaded in `dst`.
    ChanMake { dst: R, typ: Type }
    /// `ch <- v`: the channel in `args`, the value after it. Parks while it cannot proceed.
    ChanSend { args: RN, typ: Type }
    /// `<-ch` of the channel in `args`: the value lands in `args…`, then whether a send
    /// delivered it (false once the channel is closed and drained). Parks while empty.
    ChanRecv { args: RN, typ: Type }
    /// `close(ch)`.
    ChanClose { ch: R }
    /// `len(ch)`.
    ChanLen { dst: R, ch: R }
    /// `cap(ch)`.
    ChanCap { dst: R, ch: R }
    /// A `select` of `n` cases, two words each at `cases` (the channel; the direction in
    /// bit 0, 1 for a receive, and above it the frame register of the case's value). The
    /// chosen case lands in `cases`, -1 for the default (`default` is 1 when there is
    /// one); parks while nothing is ready and there is no default.
    Select { cases: RN, n: N, default: Code }

    /// `dst` = the closure context of the running function (first instruction of a
    /// function literal's body).
    LoadCtx { dst: R }
    /// Calls the function value `f` (a closure pointer; nil panics); arguments at `base…`.
    CallClosure { base: R, f: R }
    /// Calls method `key` (an index into the program's method keys) of the interface
    /// value whose type word is at `base-1`; its data word and the arguments are at
    /// `base…`. A nil interface panics.
    CallIface { base: R, key: Method }
    /// Calls native function `native`; arguments at `base…`, results land there.
    CallNative { base: R, native: Native }
    /// `x` (an interface's type word) becomes whether that dynamic type implements the
    /// interface type `typ` (false for nil).
    Implements { x: R, typ: Type }
    /// Panics with Go's failed type assertion text: `x` is the type word, `pair` a
    /// constant holding (static interface type << 32 | asserted type).
    AssertFail { x: R, pair: Const }

    /// Records a deferred call of the function value `f` with `n` words of arguments at
    /// `args` (run when the function returns or panics).
    Defer { f: R, args: R, n: N }
    /// As `Defer`, for a `defer` in the body of a range-over-func loop: the call belongs to
    /// the frame at depth `f+1` (the function the loop is in), below the records of the
    /// frames it called.
    DeferAt { f: R2, args: R, n: N }
    /// `dst` = this frame's depth (its number of callers), for `DeferAt`.
    FrameDepth { dst: R }
    /// Entry to a range-over-func body with control object `ctl`: panics with Go's text
    /// unless its state is ready, then marks it running.
    RangeEnter { ctl: R }
    /// After the iterator function returned: panics if a body panic was recovered by the
    /// iterator, then marks the loop exhausted.
    RangeExit { ctl: R }
    /// Runs the current frame's deferred calls, most recent first (before `Return`).
    RunDefers {}
    /// Panics with the interface value `v`.
    PanicValue { v: R2 }
    /// `dst` = the value of the panic being recovered (nil interface when not
    /// recovering in a directly deferred call).
    Recover { dst: R2 }
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.info();
        write!(f, "{}", info.name)?;
        for (i, (op, (name, kind))) in self.operands().into_iter().zip(info.operands).enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            match (op, kind) {
                (Operand::Reg(r), _) => write!(f, "r{r}")?,
                (Operand::Imm(v), _) => write!(f, "{v}")?,
                (Operand::Jump(o), _) => write!(f, "{o:+}")?,
                (Operand::Index(x), _) => write!(f, "{name}#{x}")?,
            }
        }
        Ok(())
    }
}

/// The instruction set as Markdown: `docs/bytecode.md` is this text (a test keeps it so).
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# gorun bytecode reference\n\n\
         Generated from the instruction table in `crates/bytecode/src/isa.rs` \
         (`GORUN_BLESS=1 cargo test -p gorun-bytecode` rewrites it). Every instruction \
         is 8 bytes; registers are word slots of the current frame.\n\n\
         | instruction | operands | meaning |\n|---|---|---|\n",
    );
    for op in OPCODES {
        let operands: Vec<String> = op.operands.iter().map(|(n, k)| format!("`{n}`: {}", k.doc())).collect();
        out.push_str(&format!("| `{}` | {} | {} |\n", op.name, operands.join(", "), op.doc.trim().replace('|', "\\|")));
    }
    out
}
