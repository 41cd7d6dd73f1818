//! The lexer: Go source text to a vector of tokens.
//!
//! 1. [`sanitize`] turns raw file bytes into text: NUL bytes, invalid UTF-8 and a BOM after
//!    the start are reported (gc's words) and replaced by spaces, so byte offsets never move.
//! 2. A logos DFA splits the text into raw tokens; callbacks scan the parts a DFA cannot
//!    judge (number literals with gc's validation, strings and runes with escapes, block
//!    comments) and record problems without ever failing: every input yields tokens.
//! 3. The loop in [`lex`] inserts semicolons exactly as the spec says: after a line's final
//!    token when that token is a name, a literal, one of `break continue fallthrough return`,
//!    `++ -- ) ] }`; a line comment leaves the newline that follows it to do so, and a block
//!    comment spanning lines counts as a newline. `//go:` and `//line` comments are kept as
//!    [`Directive`]s, other comments are dropped.
//!
//! Positions of errors follow gc's scanner: most point at the offending character, those
//! about a whole literal point at its start.

use crate::diag::Diagnostic;
use crate::intern::Interner;
use crate::source::{Pos, Span};
use crate::token::{SemiKind, Tok, Token};
use logos::{Lexer, Logos};

/// A `//go:…`, `//line …` or `/*line …*/` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub span: Span,
    /// The comment text, opening `//` or `/*` included.
    pub text: String,
}

/// What lexing a file produces.
#[derive(Debug, Default)]
pub struct LexOutput {
    pub tokens: Vec<Token>,
    pub directives: Vec<Directive>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Turns file bytes into text without moving any byte offset. NUL bytes, bytes that are not
/// UTF-8 and byte order marks after the first byte are reported, then replaced by spaces; a
/// BOM at the very start is replaced silently (gc skips it too). Clean input (nearly all of
/// it) is returned without copying.
pub fn sanitize(bytes: Vec<u8>, base: u32) -> (String, Vec<Diagnostic>) {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            if !text.as_bytes().contains(&0) && !text.contains('\u{feff}') {
                return (text, Vec::new());
            }
            text.into_bytes()
        }
        Err(e) => e.into_bytes(),
    };
    let mut diags = Vec::new();
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = &bytes[..];
    let mut offset = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                push_checked(valid, offset, base, &mut out, &mut diags);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // from_utf8 has just told us this prefix is valid.
                let valid = std::str::from_utf8(&rest[..good]).unwrap_or("");
                push_checked(valid, offset, base, &mut out, &mut diags);
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for i in 0..bad {
                    diags.push(Diagnostic::at(Pos(base + (offset + good + i) as u32), "invalid UTF-8 encoding"));
                    out.push(b' ');
                }
                offset += good + bad;
                rest = &rest[good + bad..];
            }
        }
    }
    // Every replacement was one ASCII byte for one byte, and the rest was valid UTF-8.
    (String::from_utf8(out).unwrap_or_default(), diags)
}

fn push_checked(valid: &str, offset: usize, base: u32, out: &mut Vec<u8>, diags: &mut Vec<Diagnostic>) {
    if !valid.as_bytes().contains(&0) && !valid.contains('\u{feff}') {
        out.extend_from_slice(valid.as_bytes());
        return;
    }
    for (i, c) in valid.char_indices() {
        let at = offset + i;
        match c {
            '\0' => {
                diags.push(Diagnostic::at(Pos(base + at as u32), "invalid NUL character"));
                out.push(b' ');
            }
            '\u{feff}' => {
                if at != 0 {
                    diags.push(Diagnostic::at(Pos(base + at as u32), "invalid BOM in the middle of the file"));
                }
                out.extend_from_slice(b"   ");
            }
            _ => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// Problems found by logos callbacks, as (local offset, message).
#[derive(Default)]
struct Extras {
    errors: Vec<(usize, String)>,
}

#[derive(Logos, Clone, Copy, PartialEq, Eq, Debug)]
#[logos(skip r"[ \t\r]+")]
#[logos(extras = Extras)]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    /// `true` when the comment spans lines.
    #[token("/*", block_comment)]
    BlockComment(bool),

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number(Tok),
    #[token("\"", interpreted_string)]
    #[token("`", raw_string)]
    String,
    #[token("'", rune_literal)]
    Char,

    #[token("break", |_| Tok::Break)]
    #[token("case", |_| Tok::Case)]
    #[token("chan", |_| Tok::Chan)]
    #[token("const", |_| Tok::Const)]
    #[token("continue", |_| Tok::Continue)]
    #[token("default", |_| Tok::Default)]
    #[token("defer", |_| Tok::Defer)]
    #[token("else", |_| Tok::Else)]
    #[token("fallthrough", |_| Tok::Fallthrough)]
    #[token("for", |_| Tok::For)]
    #[token("func", |_| Tok::Func)]
    #[token("go", |_| Tok::Go)]
    #[token("goto", |_| Tok::Goto)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("interface", |_| Tok::Interface)]
    #[token("map", |_| Tok::Map)]
    #[token("package", |_| Tok::Package)]
    #[token("range", |_| Tok::Range)]
    #[token("return", |_| Tok::Return)]
    #[token("select", |_| Tok::Select)]
    #[token("struct", |_| Tok::Struct)]
    #[token("switch", |_| Tok::Switch)]
    #[token("type", |_| Tok::Type)]
    #[token("var", |_| Tok::Var)]
    #[token("+", |_| Tok::Add)]
    #[token("-", |_| Tok::Sub)]
    #[token("*", |_| Tok::Star)]
    #[token("/", |_| Tok::Div)]
    #[token("%", |_| Tok::Rem)]
    #[token("&", |_| Tok::And)]
    #[token("|", |_| Tok::Or)]
    #[token("^", |_| Tok::Xor)]
    #[token("<<", |_| Tok::Shl)]
    #[token(">>", |_| Tok::Shr)]
    #[token("&^", |_| Tok::AndNot)]
    #[token("+=", |_| Tok::AddAssign)]
    #[token("-=", |_| Tok::SubAssign)]
    #[token("*=", |_| Tok::MulAssign)]
    #[token("/=", |_| Tok::DivAssign)]
    #[token("%=", |_| Tok::RemAssign)]
    #[token("&=", |_| Tok::AndAssign)]
    #[token("|=", |_| Tok::OrAssign)]
    #[token("^=", |_| Tok::XorAssign)]
    #[token("<<=", |_| Tok::ShlAssign)]
    #[token(">>=", |_| Tok::ShrAssign)]
    #[token("&^=", |_| Tok::AndNotAssign)]
    #[token("&&", |_| Tok::AndAnd)]
    #[token("||", |_| Tok::OrOr)]
    #[token("<-", |_| Tok::Arrow)]
    #[token("++", |_| Tok::Inc)]
    #[token("--", |_| Tok::Dec)]
    #[token("==", |_| Tok::Eql)]
    #[token("<", |_| Tok::Lss)]
    #[token(">", |_| Tok::Gtr)]
    #[token("=", |_| Tok::Assign)]
    #[token("!", |_| Tok::Not)]
    #[token("~", |_| Tok::Tilde)]
    #[token("!=", |_| Tok::Neq)]
    #[token("<=", |_| Tok::Leq)]
    #[token(">=", |_| Tok::Geq)]
    #[token(":=", |_| Tok::Define)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("(", |_| Tok::LParen)]
    #[token("[", |_| Tok::LBrack)]
    #[token("{", |_| Tok::LBrace)]
    #[token(",", |_| Tok::Comma)]
    #[token(".", |_| Tok::Dot)]
    #[token(")", |_| Tok::RParen)]
    #[token("]", |_| Tok::RBrack)]
    #[token("}", |_| Tok::RBrace)]
    #[token(";", |_| Tok::Semi(SemiKind::Explicit))]
    #[token(":", |_| Tok::Colon)]
    Simple(Tok),
}

fn block_comment(lex: &mut Lexer<'_, Raw>) -> bool {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(end) => {
            lex.bump(end + 2);
            rest[..end].contains('\n')
        }
        None => {
            let start = lex.span().start;
            lex.extras.errors.push((start, "comment not terminated".into()));
            lex.bump(rest.len());
            rest.contains('\n')
        }
    }
}

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans a number literal with gc's rules and messages. The DFA matched its first digit (or
/// `.digit`); everything else is scanned here.
fn number(lex: &mut Lexer<'_, Raw>, mut seen_point: bool) -> Tok {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let mut i = if seen_point { start + 1 } else { start };
    let at = |i: usize| src.get(i).copied().unwrap_or(0);
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut ok = true;
    let mut tok = Tok::Int;
    let mut base = 10;
    let mut prefix = 0u8; // 0 decimal, b'0' old octal, b'x', b'o', b'b'
    let mut digsep = 0; // bit 0: digits seen, bit 1: '_' seen
    let mut invalid: Option<usize> = None;

    // Accepts { digit | '_' }; for bases up to 10 remembers the first digit out of range.
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> i32 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                if at(*i) == b'_' {
                    ds |= 2;
                } else {
                    if at(*i) >= max && invalid.is_none() {
                        *invalid = Some(*i);
                    }
                    ds |= 1;
                }
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    if !seen_point {
        if at(i) == b'0' {
            i += 1;
            match lower(at(i)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errors.push((i, format!("invalid radix point in {} literal", base_name(base))));
                ok = false;
            }
            i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        tok = Tok::Float;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errors.push((i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errors.push((i, format!("'{}' exponent requires decimal mantissa", at(i) as char)));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errors.push((i, format!("'{}' exponent requires hexadecimal mantissa", at(i) as char)));
                ok = false;
            }
        }
        i += 1;
        tok = Tok::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        digsep = digits(&mut i, 10, &mut none) | (digsep & 2);
        if digsep & 1 == 0 && ok {
            errors.push((i, "exponent has no digits".into()));
            ok = false;
        }
    } else if prefix == b'x' && tok == Tok::Float && ok {
        errors.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
        ok = false;
    }
    if at(i) == b'i' {
        tok = Tok::Imag;
        i += 1;
    }
    let lit = &src[start..i];
    if tok == Tok::Int
        && ok
        && let Some(bad) = invalid
    {
        errors.push((bad, format!("invalid digit '{}' in {} literal", src[bad] as char, base_name(base))));
        ok = false;
    }
    if digsep & 2 != 0
        && ok
        && let Some(sep) = invalid_separator(lit)
    {
        errors.push((start + sep, "'_' must separate successive digits".into()));
    }
    let consumed = lex.span().end;
    lex.bump(i - consumed);
    lex.extras.errors.extend(errors);
    tok
}

/// Index of the first `_` in a number literal that does not sit between two digits.
fn invalid_separator(lit: &[u8]) -> Option<usize> {
    let mut hex = false;
    let mut prev_class = b'.'; // '_', '0' (a digit) or '.' (anything else)
    let mut i = 0;
    if lit.len() >= 2 && lit[0] == b'0' && matches!(lower(lit[1]), b'x' | b'o' | b'b') {
        hex = lower(lit[1]) == b'x';
        prev_class = b'0';
        i = 2;
    }
    while i < lit.len() {
        let c = lit[i];
        let class = if c == b'_' {
            if prev_class != b'0' {
                return Some(i);
            }
            b'_'
        } else if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            b'0'
        } else {
            if prev_class == b'_' {
                return Some(i - 1);
            }
            b'.'
        };
        prev_class = class;
        i += 1;
    }
    (prev_class == b'_').then(|| lit.len() - 1)
}

/// Validates one escape after its backslash (at `i`); returns the index after it. Errors
/// point where gc's scanner points: at the character that gives the escape away.
fn escape(src: &[u8], mut i: usize, quote: u8, errors: &mut Vec<(usize, String)>) -> (usize, bool) {
    let c = src.get(i).copied();
    let (n, base, max): (u32, u32, u32) = match c {
        Some(b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') => return (i + 1, true),
        Some(q) if q == quote => return (i + 1, true),
        Some(b'0'..=b'7') => (3, 8, 255),
        Some(b'x') => {
            i += 1;
            (2, 16, 255)
        }
        Some(b'u') => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        Some(b'U') => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        None => return (i, true),
        Some(_) => {
            errors.push((i, "unknown escape".into()));
            return (i, false);
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(&d) = src.get(i) else {
            return (i, true);
        };
        let v = match d {
            b'0'..=b'9' => (d - b'0') as u32,
            _ if lower(d).is_ascii_lowercase() && lower(d) <= b'f' => (lower(d) - b'a' + 10) as u32,
            _ => base,
        };
        if v >= base {
            let ch = std::str::from_utf8(&src[i..]).ok().and_then(|s| s.chars().next()).unwrap_or('?');
            errors.push((i, format!("invalid character {} in {} escape", quote_rune(ch), base_name(base))));
            return (i, false);
        }
        x = x.wrapping_mul(base).wrapping_add(v);
        i += 1;
    }
    if x > max && base == 8 {
        errors.push((i, format!("octal escape value {x} > 255")));
        return (i, false);
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        errors.push((i, format!("escape is invalid Unicode code point {}", format_u(x))));
        return (i, false);
    }
    (i, true)
}

fn interpreted_string(lex: &mut Lexer<'_, Raw>) {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let mut i = start + 1;
    let mut errors = Vec::new();
    loop {
        match src.get(i) {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => {
                i = escape(src, i + 1, b'"', &mut errors).0;
            }
            Some(b'\n') => {
                errors.push((i, "newline in string".into()));
                break;
            }
            None => {
                errors.push((start, "string not terminated".into()));
                break;
            }
            Some(_) => i += 1,
        }
    }
    let end = lex.span().end;
    lex.bump(i - end);
    lex.extras.errors.extend(errors);
}

fn raw_string(lex: &mut Lexer<'_, Raw>) {
    let rest = lex.remainder();
    match rest.find('`') {
        Some(end) => lex.bump(end + 1),
        None => {
            let start = lex.span().start;
            lex.extras.errors.push((start, "string not terminated".into()));
            lex.bump(rest.len());
        }
    }
}

fn rune_literal(lex: &mut Lexer<'_, Raw>) {
    let text = lex.source();
    let src = text.as_bytes();
    let start = lex.span().start;
    let mut i = start + 1;
    let mut errors = Vec::new();
    let mut ok = true;
    let mut n = 0;
    loop {
        match src.get(i) {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        errors.push((i, "empty rune literal or unescaped '".into()));
                    } else if n != 1 {
                        errors.push((start, "more than one character in rune literal".into()));
                    }
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                let (next, good) = escape(src, i + 1, b'\'', &mut errors);
                ok &= good;
                i = next;
            }
            Some(b'\n') => {
                if ok {
                    errors.push((i, "newline in rune literal".into()));
                }
                break;
            }
            None => {
                if ok {
                    errors.push((start, "rune literal not terminated".into()));
                }
                break;
            }
            Some(_) => {
                // Step over one whole character.
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
        n += 1;
    }
    let end = lex.span().end;
    lex.bump(i - end);
    lex.extras.errors.extend(errors);
}

/// `'c'` as Go's `%q` prints a rune, for the characters that reach error messages.
fn quote_rune(c: char) -> String {
    match c {
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Go's `%#U`: `U+0040 '@'`, without the quoted form for unprintable characters.
pub(crate) fn format_u(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() && !c.is_whitespace() => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

/// Lexes one file whose text starts at global position `base`.
pub fn lex(text: &str, base: u32, interner: &mut Interner) -> LexOutput {
    let mut out = LexOutput::default();
    lex_into(text, base, interner, &mut out);
    out
}

/// Like [`lex`], reusing `out`'s buffers (they are cleared first): a parser that lexes many
/// files keeps one token vector instead of asking the system for fresh pages each time.
pub fn lex_into(text: &str, base: u32, interner: &mut Interner, out: &mut LexOutput) {
    out.tokens.clear();
    out.directives.clear();
    out.diagnostics.clear();
    out.tokens.reserve(text.len() / 5 + 8);
    let mut lexer = Raw::lexer(text);
    // Whether a newline here becomes a semicolon.
    let mut nlsemi = false;
    let g = |local: usize| local as u32 + base;
    while let Some(raw) = lexer.next() {
        let span = lexer.span();
        let (lo, hi) = (g(span.start), g(span.end));
        let tok = match raw {
            Ok(Raw::Newline) => {
                if !nlsemi {
                    continue;
                }
                Tok::Semi(SemiKind::Newline)
            }
            Ok(Raw::LineComment) => {
                let s = lexer.slice();
                if s.starts_with("//go:") || s.starts_with("//line ") {
                    out.directives.push(Directive { span: Span::new(lo, hi), text: s.to_string() });
                }
                continue;
            }
            Ok(Raw::BlockComment(multiline)) => {
                let s = lexer.slice();
                if s.starts_with("/*line ") {
                    out.directives.push(Directive { span: Span::new(lo, hi), text: s.to_string() });
                }
                if !(multiline && nlsemi) {
                    continue;
                }
                Tok::Semi(SemiKind::Newline)
            }
            Ok(Raw::Ident) => Tok::Ident(interner.intern(lexer.slice())),
            Ok(Raw::Number(tok)) => tok,
            Ok(Raw::String) => Tok::String,
            Ok(Raw::Char) => Tok::Char,
            Ok(Raw::Simple(tok)) => tok,
            Err(()) => {
                invalid_characters(lexer.slice(), span.start, base, &out.tokens, &mut out.diagnostics);
                continue;
            }
        };
        nlsemi = tok.ends_statement();
        out.tokens.push(Token { tok, lo, hi });
    }
    if nlsemi {
        let end = g(text.len());
        out.tokens.push(Token { tok: Tok::Semi(SemiKind::Eof), lo: end, hi: end });
    }
    for (at, msg) in lexer.extras.errors.drain(..) {
        out.diagnostics.push(Diagnostic::at(Pos(g(at)), msg));
    }
    out.diagnostics.sort_by_key(|d| d.span.lo);
}

/// Reports characters that start no token. Like gc, a character that cannot continue an
/// identifier is named as being "in identifier" when it directly follows one.
fn invalid_characters(slice: &str, start: usize, base: u32, tokens: &[Token], diags: &mut Vec<Diagnostic>) {
    for (i, c) in slice.char_indices() {
        let at = (start + i) as u32 + base;
        let after_ident = matches!(tokens.last(), Some(Token { tok: Tok::Ident(_), hi, .. }) if *hi == at);
        let msg = if c.is_numeric() && !c.is_ascii_digit() {
            format!("identifier cannot begin with digit {}", format_u(c as u32))
        } else if after_ident && !c.is_ascii() {
            format!("invalid character {} in identifier", format_u(c as u32))
        } else {
            format!("invalid character {}", format_u(c as u32))
        };
        diags.push(Diagnostic::at(Pos(at), msg));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> String {
        let mut interner = Interner::new();
        let out = lex(src, 0, &mut interner);
        out.tokens
            .iter()
            .map(|t| match t.tok {
                Tok::Ident(sym) => interner.get(sym).to_string(),
                Tok::Semi(SemiKind::Newline) => "⏎".to_string(),
                Tok::Semi(SemiKind::Eof) => "EOF;".to_string(),
                Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => {
                    format!("{:?}({})", t.tok, &src[t.lo as usize..t.hi as usize])
                }
                other => other.text().to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn errors(src: &str) -> Vec<String> {
        let mut interner = Interner::new();
        lex(src, 0, &mut interner).diagnostics.iter().map(|d| format!("{}: {}", d.span.lo.0, d.message)).collect()
    }

    #[test]
    fn semicolons_are_inserted_where_the_spec_says() {
        assert_eq!(kinds("x := f(1)\nreturn\n}\n"), "x := f ( Int(1) ) ⏎ return ⏎ } ⏎");
        assert_eq!(kinds("a++\nb--\nc[0]\n"), "a ++ ⏎ b -- ⏎ c [ Int(0) ] ⏎");
        assert_eq!(kinds("if x {\n}"), "if x { } EOF;");
        assert_eq!(kinds("x // c\ny"), "x ⏎ y EOF;");
        assert_eq!(kinds("x /* a\nb */ y"), "x ⏎ y EOF;");
        assert_eq!(kinds("x /* one line */ y"), "x y EOF;");
        assert_eq!(kinds("a +\nb"), "a + b EOF;");
        assert_eq!(kinds("break\ncontinue\nfallthrough\n"), "break ⏎ continue ⏎ fallthrough ⏎");
    }

    #[test]
    fn literal_forms() {
        assert_eq!(
            kinds("0x1F 0o17 017 0b101 1_000 0x_1 1.5 .5 1. 1e9 0x1p-2 1i 0x1.8p1 'a' '\\n' \"s\\t\" `raw`"),
            "Int(0x1F) Int(0o17) Int(017) Int(0b101) Int(1_000) Int(0x_1) Float(1.5) Float(.5) Float(1.) \
             Float(1e9) Float(0x1p-2) Imag(1i) Float(0x1.8p1) Char('a') Char('\\n') String(\"s\\t\") \
             String(`raw`) EOF;"
        );
        assert_eq!(kinds("x.y...z"), "x . y ... z EOF;");
        assert_eq!(
            kinds("'\\u00e9' '\\U0001F600' '\\x7f' '\\377' 'ü'"),
            "Char('\\u00e9') Char('\\U0001F600') Char('\\x7f') Char('\\377') Char('ü') EOF;"
        );
    }

    #[test]
    fn literal_errors_use_gc_words() {
        assert_eq!(errors("08"), ["1: invalid digit '8' in octal literal"]);
        assert_eq!(errors("0x"), ["2: hexadecimal literal has no digits"]);
        assert_eq!(errors("1__0"), ["2: '_' must separate successive digits"]);
        assert_eq!(errors("1_"), ["1: '_' must separate successive digits"]);
        assert_eq!(errors("0b1.0"), ["3: invalid radix point in binary literal"]);
        assert_eq!(errors("0x1.5"), ["5: hexadecimal mantissa requires a 'p' exponent"]);
        assert_eq!(errors("1e"), ["2: exponent has no digits"]);
        assert_eq!(errors("0b1e2"), ["3: 'e' exponent requires decimal mantissa"]);
        assert_eq!(errors("\"abc\nx"), ["4: newline in string"]);
        assert_eq!(errors("\"abc"), ["0: string not terminated"]);
        assert_eq!(errors("`abc"), ["0: string not terminated"]);
        assert_eq!(errors("\"\\q\""), ["2: unknown escape"]);
        assert_eq!(errors("'\\400'"), ["5: octal escape value 256 > 255"]);
        assert_eq!(errors("'\\xZZ'"), ["3: invalid character 'Z' in hexadecimal escape"]);
        assert_eq!(errors("'\\uD800'"), ["7: escape is invalid Unicode code point U+D800"]);
        assert_eq!(errors("''"), ["1: empty rune literal or unescaped '"]);
        assert_eq!(errors("'ab'"), ["0: more than one character in rune literal"]);
        assert_eq!(errors("'a"), ["0: rune literal not terminated"]);
        assert_eq!(errors("/* x"), ["0: comment not terminated"]);
        assert_eq!(errors("a @ b"), ["2: invalid character U+0040 '@'"]);
    }

    #[test]
    fn sanitize_reports_and_keeps_offsets() {
        let (text, diags) = sanitize(b"a\0b\xffc\xef\xbb\xbfd".to_vec(), 10);
        assert_eq!(text, "a b c   d");
        let msgs: Vec<_> = diags.iter().map(|d| (d.span.lo.0, d.message.as_str())).collect();
        assert_eq!(
            msgs,
            [
                (11, "invalid NUL character"),
                (13, "invalid UTF-8 encoding"),
                (15, "invalid BOM in the middle of the file")
            ]
        );
        let (text, diags) = sanitize(b"\xef\xbb\xbfpackage p".to_vec(), 0);
        assert_eq!(text, "   package p");
        assert!(diags.is_empty());
    }

    #[test]
    fn directives_are_kept() {
        let mut interner = Interner::new();
        let out = lex("//go:build linux\n// plain\n//go:debug panicnil=1\npackage main\n", 0, &mut interner);
        let texts: Vec<_> = out.directives.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["//go:build linux", "//go:debug panicnil=1"]);
    }
}
