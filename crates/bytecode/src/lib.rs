//! The register bytecode (not yet written).
//!
//! It will own the instruction set, defined once in a table that generates the enum, the
//! encoding, the disassembler and `docs/bytecode.md`; the `Program` format; type descriptors;
//! and the verifier that lets the dispatch loop trust register indices.
