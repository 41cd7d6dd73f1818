//! Tokens as the parser sees them.
//!
//! The lexer produces a flat `Vec<Token>` per file with semicolons already inserted and two
//! context-dependent brackets already decided (see `disambig.rs`): [`Tok::LBody`], the `{`
//! that opens the body of an `if`, `for` or `switch`, and [`Tok::LBrackTP`], the `[` that
//! opens a type parameter list of a type or function declaration.

use crate::ast::BinaryOp;
use crate::intern::Symbol;
use std::fmt;

/// Why a semicolon is there: written, or inserted at a newline or at the end of the file.
/// gc's messages name them differently ("unexpected semicolon", "unexpected newline").
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// A token kind, with the identifier's symbol for names.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Tok {
    Ident(Symbol),
    Int,
    Float,
    Imag,
    Char,
    String,

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators.
    Add,
    Sub,
    Star,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    DivAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    AndAnd,
    OrOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Tilde,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,

    // Delimiters.
    LParen,
    LBrack,
    LBrace,
    /// `{` opening the body of an `if`, `for` or `switch` statement.
    LBody,
    /// `[` opening the type parameters of a type or function declaration.
    LBrackTP,
    Comma,
    Dot,
    RParen,
    RBrack,
    RBrace,
    Semi(SemiKind),
    Colon,
}

impl Tok {
    /// The keyword for an identifier-like word, if it is one.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    pub fn is_keyword(self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Chan
                | Tok::Const
                | Tok::Continue
                | Tok::Default
                | Tok::Defer
                | Tok::Else
                | Tok::Fallthrough
                | Tok::For
                | Tok::Func
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Import
                | Tok::Interface
                | Tok::Map
                | Tok::Package
                | Tok::Range
                | Tok::Return
                | Tok::Select
                | Tok::Struct
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
    }

    /// The binary operator this token denotes, if it is one.
    pub fn binary_op(self) -> Option<BinaryOp> {
        Some(match self {
            Tok::OrOr => BinaryOp::OrOr,
            Tok::AndAnd => BinaryOp::AndAnd,
            Tok::Eql => BinaryOp::Eql,
            Tok::Neq => BinaryOp::Neq,
            Tok::Lss => BinaryOp::Lss,
            Tok::Leq => BinaryOp::Leq,
            Tok::Gtr => BinaryOp::Gtr,
            Tok::Geq => BinaryOp::Geq,
            Tok::Add => BinaryOp::Add,
            Tok::Sub => BinaryOp::Sub,
            Tok::Or => BinaryOp::Or,
            Tok::Xor => BinaryOp::Xor,
            Tok::Star => BinaryOp::Mul,
            Tok::Div => BinaryOp::Div,
            Tok::Rem => BinaryOp::Rem,
            Tok::And => BinaryOp::And,
            Tok::AndNot => BinaryOp::AndNot,
            Tok::Shl => BinaryOp::Shl,
            Tok::Shr => BinaryOp::Shr,
            _ => return None,
        })
    }

    pub fn is_literal(self) -> bool {
        matches!(self, Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String)
    }

    /// Whether a newline after this token becomes a semicolon (the Go spec's rule).
    pub fn ends_statement(self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int
                | Tok::Float
                | Tok::Imag
                | Tok::Char
                | Tok::String
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    /// The token's spelling; for names, literals and semicolons a description.
    pub fn text(self) -> &'static str {
        match self {
            Tok::Ident(_) => "name",
            Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => "literal",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::Add => "+",
            Tok::Sub => "-",
            Tok::Star => "*",
            Tok::Div => "/",
            Tok::Rem => "%",
            Tok::And => "&",
            Tok::Or => "|",
            Tok::Xor => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::AddAssign => "+=",
            Tok::SubAssign => "-=",
            Tok::MulAssign => "*=",
            Tok::DivAssign => "/=",
            Tok::RemAssign => "%=",
            Tok::AndAssign => "&=",
            Tok::OrAssign => "|=",
            Tok::XorAssign => "^=",
            Tok::ShlAssign => "<<=",
            Tok::ShrAssign => ">>=",
            Tok::AndNotAssign => "&^=",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Eql => "==",
            Tok::Lss => "<",
            Tok::Gtr => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Neq => "!=",
            Tok::Leq => "<=",
            Tok::Geq => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::LBrack | Tok::LBrackTP => "[",
            Tok::LBrace | Tok::LBody => "{",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Semi(SemiKind::Explicit) => "semicolon",
            Tok::Semi(SemiKind::Newline) => "newline",
            Tok::Semi(SemiKind::Eof) => "EOF",
            Tok::Colon => ":",
        }
    }
}

/// One token of a file: its kind and its global span.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    pub tok: Tok,
    pub lo: u32,
    pub hi: u32,
}

const _: () = assert!(std::mem::size_of::<Token>() == 16);

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}
