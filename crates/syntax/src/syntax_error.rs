//! Syntax error messages in gc's words.
//!
//! An LR parser knows, at an error, the unexpected token and the set of tokens it could
//! have taken. gc's hand-written parser phrases its errors by context instead ("in argument
//! list; possibly missing comma or )", "at end of statement", "after top level
//! declaration"). We recover the context from the expected set and from the brackets left
//! open before the error, then word the message as gc does:
//! `syntax error: unexpected X[, expected Y | in CONTEXT; possibly missing SEP or CLOSE | …]`,
//! naming the unexpected token as gc does (`name x`, `literal 1`, `newline`, `keyword func`).

use crate::diag::Diagnostic;
use crate::parser::{LrError, LrRecovery, State};
use crate::source::Pos;
use crate::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

/// Where the parser was when it recovered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Level {
    TopLevel,
    Statement,
}

/// gc's description of a token in "unexpected X".
pub fn describe_token(st: &State<'_>, tok: Tok, lo: u32, hi: u32) -> String {
    match tok {
        Tok::Ident(sym) => format!("name {}", st.interner.get(sym)),
        Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => {
            let lo = (lo - st.base) as usize;
            let hi = (hi - st.base) as usize;
            format!("literal {}", st.text.get(lo..hi).unwrap_or(""))
        }
        Tok::Comma => "comma".to_string(),
        t if t.is_keyword() => format!("keyword {}", t.text()),
        t => t.text().to_string(),
    }
}

fn expects(expected: &[String], tok: &str) -> bool {
    let quoted = format!("\"{tok}\"");
    expected.iter().any(|e| *e == quoted)
}

/// The innermost bracket still open before `pos`, and the token before it.
fn open_bracket(st: &State<'_>, pos: u32) -> Option<(usize, Tok)> {
    let end = st.tokens.partition_point(|t| t.lo < pos);
    let mut depth = 0usize;
    for i in (0..end).rev() {
        match st.tokens[i].tok {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            t @ (Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody) => {
                if depth == 0 {
                    return Some((i, t));
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Words the message for an unexpected token.
fn unexpected(st: &State<'_>, tok: Tok, lo: u32, hi: u32, expected: &[String], level: Option<Level>) -> Diagnostic {
    let what = describe_token(st, tok, lo, hi);
    let at = |msg: String| Diagnostic::at(Pos(lo), format!("syntax error: {msg}"));
    let list_context = open_bracket(st, lo).map(|(i, open)| {
        let before = if i > 0 { Some(st.tokens[i - 1].tok) } else { None };
        (open, before)
    });
    let comma = expects(expected, ",");
    if comma {
        match list_context {
            Some((Tok::LParen, Some(before))) if matches!(before, Tok::Ident(_) | Tok::RParen | Tok::RBrack | Tok::RBrace) || before.is_literal() => {
                if expects(expected, ")") {
                    return at(format!("unexpected {what} in argument list; possibly missing comma or )"));
                }
            }
            Some((Tok::LBrace | Tok::LBody, _)) if expects(expected, "}") => {
                return at(format!("unexpected {what} in composite literal; possibly missing comma or }}"));
            }
            Some((Tok::LParen, _)) if expects(expected, ")") => {
                return at(format!("unexpected {what} in parameter list; possibly missing comma or )"));
            }
            _ => {}
        }
    }
    if level == Some(Level::TopLevel) && !matches!(tok, Tok::Semi(_)) {
        if expects(expected, ";") {
            return at(format!("unexpected {what} after top level declaration"));
        }
        if !matches!(tok, Tok::Func | Tok::Var | Tok::Const | Tok::Type | Tok::Import) {
            return at("non-declaration statement outside function body".to_string());
        }
    }
    if expects(expected, ";") && expects(expected, "}") {
        return at(format!("unexpected {what} at end of statement"));
    }
    if let [only] = expected {
        let want = only.trim_matches('"');
        let want = match want {
            "," => "comma".to_string(),
            ";" => "semicolon or newline".to_string(),
            "name" => "name".to_string(),
            w if Tok::keyword(w).is_some() => format!("keyword {w}"),
            w => w.to_string(),
        };
        return at(format!("unexpected {what}, expected {want}"));
    }
    if expected.iter().any(|e| e == "\"name\"") && expected.iter().any(|e| e == "\"int\"") {
        return at(format!("unexpected {what}, expected expression"));
    }
    at(format!("unexpected {what}"))
}

/// Describes an error the parser stopped at.
pub fn describe(st: &State<'_>, err: &LrError) -> Diagnostic {
    match err {
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => unexpected(st, *tok, *lo, *hi, expected, None),
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected(st, Tok::Semi(SemiKind::Eof), *location, *location, expected, None)
        }
        ParseError::InvalidToken { location } => Diagnostic::at(Pos(*location), "syntax error: invalid token"),
        ParseError::ExtraToken { token: (lo, tok, hi) } => {
            let what = describe_token(st, *tok, *lo, *hi);
            Diagnostic::at(Pos(*lo), format!("syntax error: unexpected {what} after top level declaration"))
        }
        ParseError::User { .. } => Diagnostic::at(Pos(0), "syntax error"),
    }
}

/// Describes an error the parser recovered from at a statement or declaration.
pub fn describe_recovered(st: &State<'_>, rec: &LrRecovery, level: Level) -> Diagnostic {
    match &rec.error {
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
            unexpected(st, *tok, *lo, *hi, expected, Some(level))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected(st, Tok::Semi(SemiKind::Eof), *location, *location, expected, Some(level))
        }
        other => describe(st, other),
    }
}
