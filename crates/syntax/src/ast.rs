//! The abstract syntax tree.
//!
//! Shaped like `go/ast`, which Go programmers know: types are expressions (`[]int`,
//! `map[K]V`, `func()` are [`ExprKind`] variants), because Go's syntax lets them appear where
//! expressions do (conversions, composite literals, type arguments, type switch cases) and
//! only the type checker can tell which is which. Every node has a global [`Span`]; every
//! expression also has a [`NodeId`], unique within the compilation and dense, that later
//! stages use to index the facts they compute about it (types, constant values, names).
//!
//! Identifiers are interned [`Symbol`]s; literal texts are not copied (the span points at
//! them in the source).

use crate::intern::Symbol;
use crate::lexer::Directive;
use crate::source::{Pos, Span};

/// Identifies an expression within a compilation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    pub name: Symbol,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T`, only meaningful in constraints
    Tilde,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl BinaryOp {
    pub fn text(self) -> &'static str {
        match self {
            BinaryOp::OrOr => "||",
            BinaryOp::AndAnd => "&&",
            BinaryOp::Eql => "==",
            BinaryOp::Neq => "!=",
            BinaryOp::Lss => "<",
            BinaryOp::Leq => "<=",
            BinaryOp::Gtr => ">",
            BinaryOp::Geq => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::AndNot => "&^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
        }
    }

    /// Binding strength, 5 (tightest: `* / % << >> & &^`) to 1 (`||`).
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::OrOr => 1,
            BinaryOp::AndAnd => 2,
            BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq => 3,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::Xor => 4,
            _ => 5,
        }
    }
}

impl UnaryOp {
    pub fn text(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Stands in for an expression that failed to parse.
    Bad,
    Ident(Symbol),
    BasicLit(LitKind),
    CompositeLit(Box<CompositeLit>),
    FuncLit(Box<FuncLit>),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or an instantiation `F[T1, T2]` (several indices).
    Index(Box<IndexExpr>),
    Slice(Box<SliceExpr>),
    /// `x.(T)`; `x.(type)` in a type switch guard has no type.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call(Box<CallExpr>),
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `key: value` in a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),

    /// `[N]T`, `[...]T` (length is [`ExprKind::Ellipsis`]) or `[]T` (no length).
    ArrayType(Option<Box<Expr>>, Box<Expr>),
    /// `...T` as a final parameter type, or `...` as an array length.
    Ellipsis(Option<Box<Expr>>),
    StructType(Box<FieldList>),
    FuncType(Box<FuncType>),
    /// Methods are fields with a name and a function type; embedded elements (including
    /// unions and `~T` terms) are fields without names.
    InterfaceType(Box<FieldList>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
}

// The parser moves these by value on every shift and reduction; keep them small (the
// parser's symbol stack is as wide as its widest entry).
const _: () = assert!(std::mem::size_of::<ExprKind>() <= 24);
const _: () = assert!(std::mem::size_of::<Expr>() <= 40);
const _: () = assert!(std::mem::size_of::<Stmt>() <= 40);
const _: () = assert!(std::mem::size_of::<Decl>() <= 16);
const _: () = assert!(std::mem::size_of::<Spec>() <= 16);

#[derive(Clone, Debug, PartialEq)]
pub struct CompositeLit {
    /// `None` for an elided type inside another literal (`[]T{{1}, {2}}`).
    pub typ: Option<Expr>,
    pub elts: Vec<Expr>,
    pub lbrace: Pos,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncLit {
    pub typ: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndexExpr {
    pub x: Expr,
    pub indices: Vec<Expr>,
    pub rbrack: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SliceExpr {
    pub x: Expr,
    pub low: Option<Expr>,
    pub high: Option<Expr>,
    pub max: Option<Expr>,
    /// `x[a:b:c]` form.
    pub slice3: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallExpr {
    pub fun: Expr,
    pub args: Vec<Expr>,
    /// Position of `...` in `f(xs...)`.
    pub ellipsis: Option<Pos>,
    pub rparen: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    /// Position of the `func` keyword (of the declaration, for a method or function).
    pub func: Pos,
    pub type_params: Option<FieldList>,
    pub params: FieldList,
    pub results: Option<FieldList>,
}

/// A parenthesized, bracketed or braced list of fields: parameters, results, type
/// parameters, struct fields or interface elements.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldList {
    pub open: Pos,
    pub list: Vec<Field>,
    pub close: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Empty for an unnamed parameter or an embedded field.
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// A struct field's tag, a string literal.
    pub tag: Option<Span>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=` for a binary operator
    Op(BinaryOp),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Bad,
    /// `const`, `type` or `var` inside a function.
    Decl(Box<GenDecl>),
    Empty,
    Labeled(Ident, Box<Stmt>),
    Expr(Box<Expr>),
    Send(Box<Expr>, Box<Expr>),
    /// `x++` (true) or `x--` (false).
    IncDec(Box<Expr>, bool),
    Assign(Box<AssignStmt>),
    Go(Box<Expr>),
    Defer(Box<Expr>),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Box<Block>),
    If(Box<IfStmt>),
    Switch(Box<SwitchStmt>),
    TypeSwitch(Box<TypeSwitchStmt>),
    Select(Box<SelectStmt>),
    For(Box<ForStmt>),
    Range(Box<RangeStmt>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AssignStmt {
    pub lhs: Vec<Expr>,
    pub op: AssignOp,
    pub op_pos: Pos,
    pub rhs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IfStmt {
    pub init: Option<Stmt>,
    pub cond: Expr,
    pub then: Block,
    /// An `IfStmt` or a `Block`.
    pub els: Option<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default`.
    pub list: Option<Vec<Expr>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchStmt {
    pub init: Option<Stmt>,
    pub tag: Option<Expr>,
    pub lbrace: Pos,
    pub clauses: Vec<CaseClause>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSwitchStmt {
    pub init: Option<Stmt>,
    /// `x := y.(type)` binds `x`.
    pub bind: Option<Ident>,
    /// The `y` of `y.(type)`.
    pub x: Expr,
    pub lbrace: Pos,
    pub clauses: Vec<CaseClause>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// Send or receive statement; `None` for `default`.
    pub comm: Option<Stmt>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectStmt {
    pub lbrace: Pos,
    pub clauses: Vec<CommClause>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForStmt {
    pub init: Option<Stmt>,
    pub cond: Option<Expr>,
    pub post: Option<Stmt>,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RangeStmt {
    pub key: Option<Expr>,
    pub value: Option<Expr>,
    /// `=` or `:=`; `None` in `for range x`.
    pub tok: Option<AssignOp>,
    pub range: Pos,
    pub x: Expr,
    pub body: Block,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum DeclKeyword {
    Import,
    Const,
    Type,
    Var,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl {
    pub keyword: DeclKeyword,
    pub span: Span,
    /// Present for the grouped form `var ( … )`.
    pub lparen: Option<Pos>,
    pub specs: Vec<Spec>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    Import(Box<ImportSpec>),
    Value(Box<ValueSpec>),
    Type(Box<TypeSpec>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// The local name, `.` (as the symbol for "."), or none.
    pub name: Option<Ident>,
    /// The string literal.
    pub path: Span,
    pub span: Span,
}

/// A `const` or `var` spec.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    /// Empty for a `const` spec that repeats the previous one's expressions.
    pub values: Vec<Expr>,
    /// Index of the spec within its `const` group, which is the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Option<FieldList>,
    /// Position of `=` for an alias declaration.
    pub assign: Option<Pos>,
    pub typ: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<FieldList>,
    pub name: Ident,
    /// The signature, with the type parameters of a generic function.
    pub typ: FuncType,
    /// Absent for a function implemented outside Go (`func f()` with no braces).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Gen(Box<GenDecl>),
    Func(Box<FuncDecl>),
    Bad(Span),
}

/// A parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Pos,
    pub name: Ident,
    pub decls: Vec<Decl>,
    /// `//go:…` and `//line` comments, in source order.
    pub directives: Vec<Directive>,
    pub span: Span,
    /// The [`NodeId`]s of this file's expressions: unique within the compilation (the
    /// [`crate::Parser`] numbers all files of a compilation from one counter).
    pub nodes: std::ops::Range<u32>,
}

impl File {
    /// The import declarations (they come first in a well-formed file).
    pub fn imports(&self) -> impl Iterator<Item = &ImportSpec> {
        self.decls
            .iter()
            .flat_map(|d| match d {
                Decl::Gen(g) if g.keyword == DeclKeyword::Import => g.specs.as_slice(),
                _ => &[],
            })
            .filter_map(|s| match s {
                Spec::Import(i) => Some(&**i),
                _ => None,
            })
    }
}
