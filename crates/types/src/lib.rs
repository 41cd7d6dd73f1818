//! The Go type checker.
//!
//! It owns the universe and package scopes, exact untyped constants, type identity,
//! assignability and method sets, generics, and gc-worded diagnostics. It consumes the
//! `gorun-syntax` AST and hands later stages a fully typed program or none at all.
//!
//! Architecture invariant: no `unsafe` here.
#![forbid(unsafe_code)]

pub mod constant;
