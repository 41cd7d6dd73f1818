//! The compiler from type-checked Go to register bytecode (not yet written).
//!
//! It will own value layout in words, register allocation with per-function pointer maps,
//! escape analysis, closure conversion, defer lowering and the emission of barriered stores.
//!
//! Architecture invariant: no `unsafe` here.
#![forbid(unsafe_code)]
