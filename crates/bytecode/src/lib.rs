//! gorun's register bytecode.
//!
//! The instruction set is defined once, in [`isa`], which generates the [`Instr`] enum,
//! operand metadata, the disassembler's mnemonics and `docs/bytecode.md`. A [`Program`]
//! holds compiled functions and the tables they index (constants, static strings, type
//! descriptors, globals); [`verify`] checks it once at load so the dispatch
//! loop can trust every register index and table index without checking again.
//!
//! Architecture invariant: no `unsafe` here.
#![forbid(unsafe_code)]

pub mod disasm;
pub mod isa;
pub mod program;
pub mod typedesc;
pub mod verify;

pub use isa::{Instr, Opcode, Reg};
pub use program::{Func, Program};
pub use typedesc::{TypeDesc, TypeKind};
pub use verify::{VerifyError, verify};
