//! gorun: run Go programs without the Go toolchain.
//!
//! This crate is the facade over the pipeline (`gorun-syntax` today; the type checker,
//! compiler and VM as they land) and holds the command-line tool's subcommands. The
//! embedding API (`gorun::Vm`) arrives with execution.

pub mod check;
pub mod paths;
pub mod run;
