//! The Go type checker.
//!
//! It owns the universe and package scopes, exact untyped constants, type identity,
//! assignability and method sets, generics, and gc-worded diagnostics. It consumes the
//! `gorun-syntax` AST and hands later stages a fully typed program or none at all.
//!
//! Architecture invariant: no `unsafe` here.
#![forbid(unsafe_code)]

pub mod constant;

mod assign;
mod branches;
mod builtins;
mod call;
mod check;
mod composite;
mod convert;
mod decl;
mod expr;
mod generics;
mod implements;
pub mod info;
mod initorder;
mod later;
mod lookup;
pub mod object;
mod operand;
mod operators;
pub mod package;
mod range;
mod resolve;
pub mod scope;
pub mod sizes;
mod stmt;
pub mod types;
pub mod typeset;
pub mod typestring;
mod typexpr;
pub mod universe;
mod vars;
pub mod verify;

pub use check::{Checked, Importer, PackageFiles, Program, check_program};
