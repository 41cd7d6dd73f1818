//! Token rewrites that make Go's grammar LR(1).
//!
//! Two corners of Go's syntax cannot be decided by an LR(1) parser with one token of
//! lookahead. Both are decided here, on the token vector, before parsing, the way gc's old
//! yacc grammar decided the first one in its lexer:
//!
//! 1. **Composite literals in statement headers.** In `if x == T {`, the `{` opens the body,
//!    not a literal `T{…}`; in `for _, v := range []int{1, 2} {` the first `{` opens a
//!    literal. go/parser's rule: at the top level of an `if`, `for` or `switch` header, a `{`
//!    after a type *name* (`T`, `p.T`, `T[int]`) opens the body, while a `{` after a type
//!    *literal* (`[]T`, `[N]T`, `map[K]V`, `struct{…}`) or a function signature opens a
//!    literal or a function body. We track header nesting, skim type literals at the
//!    header's top level, and turn the `{` that opens the body into [`Tok::LBody`]; the
//!    grammar's `if`, `for` and `switch` expect `LBody` and its composite literals `{`.
//!
//! 2. **Type parameters versus array lengths.** `type A [N]int` declares an array type,
//!    `type A[P any] int` a generic type, and `type A[P *C] int` could be either. We apply
//!    go/parser's resolution on tokens: after `type Name [`, a lone name followed by `]` is
//!    an array length; a name followed by a type-like token (a name, `[`, `~`, a type
//!    keyword, a comma) starts type parameters; `P *X` and `P(X)` start type parameters
//!    only when `X` contains a type literal or a comma follows (the spec's "embed in an
//!    interface or add a trailing comma" advice). Such a `[` becomes [`Tok::LBrackTP`], as
//!    does the `[` in `func Name[`.
//!
//! Rejected: duplicating the expression grammar into "with" and "without composite literal"
//! variants (as Rust's grammar does with `expr_nostruct`): it doubles the LR tables, and
//! type literals still end header expressions ambiguously in LR(1).

use crate::token::{Tok, Token};
use rustc_hash::FxHashSet;

/// Rewrites `{` into [`Tok::LBody`] and `[` into [`Tok::LBrackTP`] where they play those roles.
pub fn disambiguate(tokens: &mut [Token]) {
    mark_type_params(tokens);
    mark_bodies(tokens);
}

/// Index of the bracket closing the one at `open`, counting all three kinds of bracket
/// together; the last index if it is never closed.
fn matching(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (k, t) in tokens.iter().enumerate().skip(open) {
        match t.tok {
            Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

fn tok_at(tokens: &[Token], i: usize) -> Option<Tok> {
    tokens.get(i).map(|t| t.tok)
}

/// Whether a `[` or `(` after this token indexes or calls an operand (rather than starting a
/// type literal or grouping).
fn ends_operand(tok: Tok) -> bool {
    matches!(tok, Tok::Ident(_) | Tok::RParen | Tok::RBrack | Tok::RBrace) || tok.is_literal()
}

fn is_binary_operator(tok: Tok) -> bool {
    tok.binary_op().is_some()
}

fn mark_type_params(tokens: &mut [Token]) {
    // Paren and brace depth at which the specs of a `type ( … )` group start, if in one.
    let mut type_group: Option<(usize, usize)> = None;
    let mut paren_depth = 0usize;
    let mut brace_depth = 0usize;
    for i in 0..tokens.len() {
        match tokens[i].tok {
            Tok::LBrace => brace_depth += 1,
            Tok::RBrace => brace_depth = brace_depth.saturating_sub(1),
            // A method declaration `func (recv) Name[`: methods may be generic since Go 1.27.
            Tok::Func
                if brace_depth == 0
                    && paren_depth == 0
                    && (i == 0 || matches!(tokens[i - 1].tok, Tok::Semi(_)))
                    && tok_at(tokens, i + 1) == Some(Tok::LParen) =>
            {
                let close = matching(tokens, i + 1);
                if matches!(tok_at(tokens, close + 1), Some(Tok::Ident(_)))
                    && tok_at(tokens, close + 2) == Some(Tok::LBrack)
                {
                    tokens[close + 2].tok = Tok::LBrackTP;
                }
            }
            Tok::LParen => {
                paren_depth += 1;
                if i > 0 && tokens[i - 1].tok == Tok::Type {
                    type_group = Some((paren_depth, brace_depth));
                }
            }
            Tok::RParen => {
                if type_group.is_some_and(|(p, _)| p == paren_depth) {
                    type_group = None;
                }
                paren_depth = paren_depth.saturating_sub(1);
            }
            Tok::LBrack if i >= 2 && matches!(tokens[i - 1].tok, Tok::Ident(_)) => {
                let before = tokens[i - 2].tok;
                let spec_start = before == Tok::Type
                    || (type_group == Some((paren_depth, brace_depth)) && matches!(before, Tok::LParen | Tok::Semi(_)));
                if before == Tok::Func || (spec_start && starts_type_params(tokens, i)) {
                    tokens[i].tok = Tok::LBrackTP;
                }
            }
            _ => {}
        }
    }
}

/// go/parser's decision for `type Name [ … ]`, made on tokens (see the module comment).
///
/// go/parser parses what follows `[` as an expression `x` and splits it into a parameter
/// name and a constraint when it can (`extractName`): `P C`, `P *C` and `P(C)` split, the
/// latter two only if `C`, or another term of a `|` union after them, is a type element
/// (`isTypeElem`), or a comma follows `x`. Here the same is done on a small expression tree
/// built from the tokens.
fn starts_type_params(tokens: &[Token], open: usize) -> bool {
    let close = matching(tokens, open);
    if close < open + 3 || !matches!(tokens[open + 1].tok, Tok::Ident(_)) {
        return false;
    }
    match tokens[open + 2].tok {
        Tok::Dot => false,
        Tok::Star | Tok::LParen => {
            let (operands, end) = operands(tokens, open + 1, close);
            let Some(x) = build_tree(tokens, &operands) else { return false };
            let force = tok_at(tokens, end) == Some(Tok::Comma);
            match extract_name(tokens, &x, force) {
                Some(has_constraint) => has_constraint || end != close,
                None => false,
            }
        }
        tok if is_binary_operator(tok) => false,
        _ => true,
    }
}

fn top_level_comma(tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let mut k = from;
    while k < to {
        match tokens[k].tok {
            Tok::Comma => return Some(k),
            Tok::LParen | Tok::LBrack | Tok::LBrace => k = matching(tokens, k) + 1,
            _ => k += 1,
        }
    }
    None
}

/// The end of the operand (a unary expression) starting at `from`, if one does and ends by
/// `to`: prefix operators, then a name, literal, parenthesized expression or type
/// literal, then selectors, indexes, calls and composite literal bodies.
fn operand_end(tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let mut k = from;
    while k < to
        && (matches!(tokens[k].tok, Tok::Add | Tok::Sub | Tok::Not | Tok::Xor | Tok::Star | Tok::And | Tok::Tilde)
            || (tokens[k].tok == Tok::Arrow && tok_at(tokens, k + 1) != Some(Tok::Chan)))
    {
        k += 1;
    }
    if k >= to {
        return None;
    }
    k = match tokens[k].tok {
        Tok::Ident(_) | Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => k + 1,
        Tok::LParen => matching(tokens, k) + 1,
        Tok::LBrack | Tok::Struct | Tok::Interface | Tok::Map | Tok::Chan | Tok::Func | Tok::Arrow => {
            skim_type(tokens, k)?
        }
        _ => return None,
    };
    while k < to {
        match tokens[k].tok {
            Tok::Dot => k += 2,
            Tok::LParen | Tok::LBrack | Tok::LBrace => k = matching(tokens, k) + 1,
            _ => break,
        }
    }
    (k <= to).then_some(k)
}

/// An operand's token range, with the index of the binary operator before it (`usize::MAX`
/// for the first operand).
type Operand = (usize, (usize, usize));

/// The operands and binary operators of the expression starting at `from`, as far as it
/// goes (at most to `to`): `[(usize::MAX, first operand), (operator, operand), …]`, and the
/// index where the expression ends.
fn operands(tokens: &[Token], from: usize, to: usize) -> (Vec<Operand>, usize) {
    let mut out = Vec::new();
    let mut k = from;
    let mut op = usize::MAX;
    while let Some(end) = operand_end(tokens, k, to) {
        out.push((op, (k, end)));
        if end < to && is_binary_operator(tokens[end].tok) {
            op = end;
            k = end + 1;
        } else {
            return (out, end);
        }
    }
    (out, k)
}

/// An expression tree: an operand's token range, or a binary operator (by token index).
enum Node {
    Leaf(usize, usize),
    Binary(usize, Box<Node>, Box<Node>),
}

fn precedence(tok: Tok) -> u8 {
    tok.binary_op().map_or(0, |op| op.precedence())
}

/// Arranges operands and operators by Go's precedences (left-associative).
fn build_tree(tokens: &[Token], ops: &[Operand]) -> Option<Node> {
    // Shunting-yard over (operator, operand) pairs.
    let mut values: Vec<Node> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    let reduce = |values: &mut Vec<Node>, op: usize| {
        let r = values.pop()?;
        let l = values.pop()?;
        values.push(Node::Binary(op, Box::new(l), Box::new(r)));
        Some(())
    };
    for &(op, (a, b)) in ops {
        if op != usize::MAX {
            while let Some(&top) = pending.last() {
                if precedence(tokens[top].tok) >= precedence(tokens[op].tok) {
                    pending.pop();
                    reduce(&mut values, top)?;
                } else {
                    break;
                }
            }
            pending.push(op);
        }
        values.push(Node::Leaf(a, b));
    }
    while let Some(top) = pending.pop() {
        reduce(&mut values, top)?;
    }
    values.pop()
}

/// go/parser's `extractName`: whether the expression splits into a parameter name and a
/// constraint; `Some(true)` with a constraint, `Some(false)` for a lone name.
fn extract_name(tokens: &[Token], x: &Node, force: bool) -> Option<bool> {
    match x {
        &Node::Leaf(a, b) => {
            if !matches!(tokens[a].tok, Tok::Ident(_)) {
                return None;
            }
            if b == a + 1 {
                return Some(false);
            }
            // `P(C)`: a call of the name with one argument, no `...`.
            if tokens[a + 1].tok == Tok::LParen && matching(tokens, a + 1) + 1 == b {
                let rparen = b - 1;
                let single = top_level_comma(tokens, a + 2, rparen).is_none()
                    && !tokens[a + 2..rparen].iter().any(|t| t.tok == Tok::Ellipsis);
                if single && (force || is_type_elem(tokens, a + 2, rparen)) {
                    return Some(true);
                }
            }
            None
        }
        Node::Binary(op, l, r) => match tokens[*op].tok {
            Tok::Star => match **l {
                Node::Leaf(a, b) if b == a + 1 && matches!(tokens[a].tok, Tok::Ident(_)) => {
                    (force || node_is_type_elem(tokens, r)).then_some(true)
                }
                _ => None,
            },
            Tok::Or => match extract_name(tokens, l, force || node_is_type_elem(tokens, r)) {
                Some(true) => Some(true),
                _ => None,
            },
            _ => None,
        },
    }
}

/// go/parser's `isTypeElem` for the expression `tokens[from..to]`.
fn is_type_elem(tokens: &[Token], from: usize, to: usize) -> bool {
    let (ops, end) = operands(tokens, from, to);
    end == to && build_tree(tokens, &ops).is_some_and(|x| node_is_type_elem(tokens, &x))
}

/// gc's `isTypeElem` on a tree: a type literal, a parenthesized type element, or an
/// operation (unary or binary) with one in it or with operator `~`. A type literal that is
/// converted, indexed or given a literal body is a value instead. (go/parser ignores unary
/// operators here; gc, the reference, does not: `P (*struct{})` starts type parameters.)
fn node_is_type_elem(tokens: &[Token], x: &Node) -> bool {
    match x {
        Node::Binary(_, l, r) => node_is_type_elem(tokens, l) || node_is_type_elem(tokens, r),
        &Node::Leaf(from, to) => {
            let mut core = from;
            while core < to && !(tokens[core].tok == Tok::Arrow && tok_at(tokens, core + 1) == Some(Tok::Chan)) {
                match tokens[core].tok {
                    Tok::Tilde => return true,
                    Tok::Add | Tok::Sub | Tok::Not | Tok::Xor | Tok::Star | Tok::And | Tok::Arrow => core += 1,
                    _ => break,
                }
            }
            match tok_at(tokens, core) {
                Some(Tok::LParen) => {
                    let close = matching(tokens, core);
                    close + 1 == to && is_type_elem(tokens, core + 1, close)
                }
                Some(Tok::LBrack | Tok::Struct | Tok::Interface | Tok::Map | Tok::Chan | Tok::Func | Tok::Arrow) => {
                    skim_type(tokens, core) == Some(to)
                }
                _ => false,
            }
        }
    }
}

/// Index just past the type starting at `i`, if a type starts there (see module comment).
/// A loop rather than recursion: prefixes like `[]`, `*`, `map[K]` and `chan` repeat.
fn skim_type(tokens: &[Token], start: usize) -> Option<usize> {
    let mut i = start;
    loop {
        match tok_at(tokens, i)? {
            Tok::Ident(_) => {
                i += 1;
                if tok_at(tokens, i) == Some(Tok::Dot) && matches!(tok_at(tokens, i + 1), Some(Tok::Ident(_))) {
                    i += 2;
                }
                if tok_at(tokens, i) == Some(Tok::LBrack) {
                    i = matching(tokens, i) + 1;
                }
                return Some(i);
            }
            Tok::LBrack => i = matching(tokens, i) + 1,
            Tok::Star => i += 1,
            Tok::LParen => return Some(matching(tokens, i) + 1),
            Tok::Map => {
                if tok_at(tokens, i + 1) != Some(Tok::LBrack) {
                    return None;
                }
                i = matching(tokens, i + 1) + 1;
            }
            Tok::Chan => {
                i += 1;
                if tok_at(tokens, i) == Some(Tok::Arrow) {
                    i += 1;
                }
            }
            Tok::Arrow if tok_at(tokens, i + 1) == Some(Tok::Chan) => i += 1,
            Tok::Func => {
                i += 1;
                if tok_at(tokens, i) != Some(Tok::LParen) {
                    return Some(i);
                }
                i = matching(tokens, i) + 1;
                match tok_at(tokens, i) {
                    Some(Tok::LParen) => return Some(matching(tokens, i) + 1),
                    // A result type follows: keep skimming it.
                    Some(
                        Tok::Ident(_)
                        | Tok::LBrack
                        | Tok::Star
                        | Tok::Func
                        | Tok::Map
                        | Tok::Chan
                        | Tok::Struct
                        | Tok::Interface
                        | Tok::Arrow,
                    ) => {}
                    _ => return Some(i),
                }
            }
            Tok::Struct | Tok::Interface => {
                if tok_at(tokens, i + 1) != Some(Tok::LBrace) {
                    return None;
                }
                return Some(matching(tokens, i + 1) + 1);
            }
            _ => return if i == start { None } else { Some(i) },
        }
    }
}

/// The deepest nesting the parser accepts, counting open brackets and prefix operators:
/// far beyond real programs, and well within what the tree's recursive consumers can walk.
pub const MAX_NESTING: usize = 100_000;

/// The position of the first token nested deeper than [`MAX_NESTING`], if any.
pub fn too_deep(tokens: &[Token]) -> Option<u32> {
    // Nesting cannot exceed the number of tokens: most files need no scan at all.
    if tokens.len() <= MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    let mut prefix_run = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        match t.tok {
            Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        let prefix_op =
            matches!(t.tok, Tok::Add | Tok::Sub | Tok::Not | Tok::Xor | Tok::Star | Tok::And | Tok::Arrow | Tok::Tilde)
                && !(i > 0 && ends_operand(tokens[i - 1].tok));
        prefix_run = if prefix_op { prefix_run + 1 } else { 0 };
        if depth + prefix_run > MAX_NESTING {
            return Some(t.lo);
        }
    }
    None
}

fn mark_bodies(tokens: &mut [Token]) {
    // Bracket depth of each open statement header, innermost last.
    let mut headers: Vec<usize> = Vec::new();
    // Indices of `{` that open a composite literal or function body inside a header.
    let mut plain: FxHashSet<usize> = FxHashSet::default();
    for i in 0..tokens.len() {
        let tok = tokens[i].tok;
        let prev = if i > 0 { Some(tokens[i - 1].tok) } else { None };
        if matches!(tok, Tok::If | Tok::For | Tok::Switch) {
            headers.push(0);
        }
        let Some(depth) = headers.last_mut() else {
            continue;
        };
        match tok {
            Tok::LParen | Tok::LBrackTP => *depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => *depth = depth.saturating_sub(1),
            Tok::LBrack => {
                if *depth == 0
                    && !prev.is_some_and(ends_operand)
                    && let Some(end) = skim_type(tokens, i)
                {
                    plain.insert(end);
                }
                *depth += 1;
            }
            Tok::Map | Tok::Struct | Tok::Func | Tok::Interface | Tok::Chan if *depth == 0 => {
                if let Some(end) = skim_type(tokens, i) {
                    plain.insert(end);
                }
            }
            Tok::LBrace => {
                let is_type_body = matches!(prev, Some(Tok::Struct | Tok::Interface));
                if *depth == 0 && !is_type_body && !plain.contains(&i) {
                    tokens[i].tok = Tok::LBody;
                    headers.pop();
                    // The body's braces nest inside whatever header encloses this one.
                    if let Some(outer) = headers.last_mut() {
                        *outer += 1;
                    }
                } else {
                    *depth += 1;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intern::Interner;
    use crate::lexer::lex;

    /// The source with `{` shown as `⟨` where it opens a statement body and `[` as `⟦` where
    /// it opens type parameters.
    fn marks(src: &str) -> String {
        let mut interner = Interner::new();
        let mut tokens = lex(src, 0, &mut interner).tokens;
        disambiguate(&mut tokens);
        let mut out = src.to_string();
        for t in tokens.iter().rev() {
            let mark = match t.tok {
                Tok::LBody => "⟨",
                Tok::LBrackTP => "⟦",
                _ => continue,
            };
            out.replace_range(t.lo as usize..t.hi as usize, mark);
        }
        out
    }

    #[test]
    fn header_braces() {
        assert_eq!(marks("if x == y { }"), "if x == y ⟨ }");
        assert_eq!(marks("for _, v := range []int{1, 2} { }"), "for _, v := range []int{1, 2} ⟨ }");
        assert_eq!(marks("for k := range map[string][]int{} { }"), "for k := range map[string][]int{} ⟨ }");
        assert_eq!(marks("if x == T{} { }"), "if x == T⟨} { }");
        assert_eq!(marks("if x == (T{}) { }"), "if x == (T{}) ⟨ }");
        assert_eq!(marks("switch x := v.(type) { }"), "switch x := v.(type) ⟨ }");
        assert_eq!(marks("for { }"), "for ⟨ }");
        assert_eq!(
            marks("if f := func() bool { if a { return b }; return c }; f() { }"),
            "if f := func() bool { if a ⟨ return b }; return c }; f() ⟨ }"
        );
        assert_eq!(
            marks("if s := []struct{ a int }{{1}}; s != nil { }"),
            "if s := []struct{ a int }{{1}}; s != nil ⟨ }"
        );
        assert_eq!(marks("if a[i] { } else { }"), "if a[i] ⟨ } else { }");
        assert_eq!(marks("for i := range [3]func() (int, error){} { }"), "for i := range [3]func() (int, error){} ⟨ }");
        assert_eq!(marks("if f(func() { if x { } }) { }"), "if f(func() { if x ⟨ } }) ⟨ }");
        assert_eq!(marks("x := T{1}; y := struct{}{}"), "x := T{1}; y := struct{}{}");
    }

    #[test]
    fn type_parameter_brackets() {
        assert_eq!(marks("type A [N]int"), "type A [N]int");
        assert_eq!(marks("type A []int"), "type A []int");
        assert_eq!(marks("type A[P any] int"), "type A⟦P any] int");
        assert_eq!(marks("type A[P, Q any] int"), "type A⟦P, Q any] int");
        assert_eq!(marks("type A[P []E] int"), "type A⟦P []E] int");
        assert_eq!(marks("type A[P ~int | string] int"), "type A⟦P ~int | string] int");
        assert_eq!(marks("type A[P *C] int"), "type A[P *C] int");
        assert_eq!(marks("type A[P *C,] int"), "type A⟦P *C,] int");
        assert_eq!(marks("type A[P *[]int] int"), "type A⟦P *[]int] int");
        assert_eq!(marks("type A[P (C)] int"), "type A[P (C)] int");
        assert_eq!(marks("type A[P (C),] int"), "type A⟦P (C),] int");
        assert_eq!(marks("type A[N * 2] int"), "type A[N * 2] int");
        assert_eq!(marks("type A[pkg.N] int"), "type A[pkg.N] int");
        assert_eq!(marks("type A [len([3]int{})]byte"), "type A [len([3]int{})]byte");
        assert_eq!(marks("type A[P ([]int) | int] int"), "type A⟦P ([]int) | int] int");
        assert_eq!(marks("type A[P (int) | ~int] int"), "type A⟦P (int) | ~int] int");
        assert_eq!(marks("type A[P (~int),] int"), "type A⟦P (~int),] int");
        assert_eq!(marks("type A[P * C | D] int"), "type A[P * C | D] int");
        assert_eq!(marks("type A[P *C | ~D] int"), "type A⟦P *C | ~D] int");
        assert_eq!(marks("type A[P * 2 + 1] int"), "type A[P * 2 + 1] int");
        assert_eq!(
            marks("type (\n S struct {\n x int\n G[int, string]\n }\n)"),
            "type (\n S struct {\n x int\n G[int, string]\n }\n)"
        );
        assert_eq!(marks("var f func() G[int]"), "var f func() G[int]");
        assert_eq!(marks("type A[P (*struct{})] int"), "type A⟦P (*struct{})] int");
        assert_eq!(
            marks("type ( A[P any] int; B [4]int\n C[T comparable] struct{} )"),
            "type ( A⟦P any] int; B [4]int\n C⟦T comparable] struct{} )"
        );
        assert_eq!(marks("func F[T any](x T) {}"), "func F⟦T any](x T) {}");
        assert_eq!(marks("func (r *R) N[T any](x T) {}"), "func (r *R) N⟦T any](x T) {}");
        assert_eq!(marks("func (r R[P]) M() { a[0] = 1 }"), "func (r R[P]) M() { a[0] = 1 }");
        assert_eq!(marks("x := a[i]; var b [4]int"), "x := a[i]; var b [4]int");
    }
}
