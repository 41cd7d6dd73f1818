//! gorun's Go front end: source text to an abstract syntax tree, with diagnostics.
//!
//! Pipeline for one file: [`lexer::sanitize`] (bytes to text), [`lexer::lex`] (tokens with
//! semicolons inserted), [`disambig::disambiguate`] (the two context-dependent brackets),
//! then the LALRPOP-generated LR(1) parser building the [`ast`]. Nothing here panics on any
//! input: every problem becomes a [`diag::Diagnostic`] in gc's words.
//!
//! Architecture invariants: `syntax` knows nothing about types; it contains no `unsafe`.
#![forbid(unsafe_code)]

pub mod ast;
pub mod diag;
pub mod disambig;
pub mod dump;
pub mod intern;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod source;
pub mod syntax_error;
pub mod token;

pub use parser::{ParsedFile, Parser, parse_source};
