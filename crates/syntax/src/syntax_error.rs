//! Syntax error messages in gc's words.
//!
//! An LR parser knows, at an error, the unexpected token and the set of terminals it could
//! have taken there. gc's hand-written parser words its errors by construct instead ("in
//! argument list; possibly missing comma or )", "at end of statement", "after top level
//! declaration", "expected { after if clause"). We recover the construct from three facts:
//!
//! 1. the innermost bracket still open before the error, and what it opens: the grammar
//!    records that for every opening bracket it reduces (`State::open`);
//! 2. the statement header (`if`, `for`, `switch`) the error sits in, if any;
//! 3. the expected set: `;` expected means a statement or declaration could have ended,
//!    `,` expected means a list element could have ended, and so on.
//!
//! The rules below are ordered like gc's checks; `docs/gc-syntax-errors.md` is the catalog
//! of gc's messages they reproduce, and `testdata/errors/` holds gc's output for each.

use crate::diag::Diagnostic;
use crate::parser::{LrError, LrRecovery, Open, State};
use crate::source::Pos;
use crate::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

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

/// gc's word for an expected terminal (as LALRPOP names it, without quotes).
fn expected_word(terminal: &str) -> String {
    match terminal {
        "," => "comma".into(),
        ";" => "semicolon or newline".into(),
        "LBODY" => "{".into(),
        "LBRACKTP" => "[".into(),
        "name" => "name".into(),
        w if Tok::keyword(w).is_some() => format!("keyword {w}"),
        w => w.into(),
    }
}

/// Whether a token can begin a type.
fn starts_type(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Ident(_)
            | Tok::LBrack
            | Tok::Star
            | Tok::LParen
            | Tok::Func
            | Tok::Map
            | Tok::Chan
            | Tok::Struct
            | Tok::Interface
            | Tok::Arrow
    )
}

/// Whether a token can begin a statement (gc's `stmtOrNil`).
fn starts_statement(tok: Tok) -> bool {
    starts_type(tok)
        || tok.is_literal()
        || matches!(
            tok,
            Tok::Var
                | Tok::Const
                | Tok::Type
                | Tok::LBrace
                | Tok::Add
                | Tok::Sub
                | Tok::And
                | Tok::Xor
                | Tok::Not
                | Tok::For
                | Tok::Switch
                | Tok::Select
                | Tok::If
                | Tok::Fallthrough
                | Tok::Break
                | Tok::Continue
                | Tok::Go
                | Tok::Defer
                | Tok::Goto
                | Tok::Return
                | Tok::Semi(_)
        )
}

/// Everything known about one syntax error.
struct ErrorSite<'s, 'a> {
    st: &'s State<'a>,
    tok: Tok,
    lo: u32,
    hi: u32,
    /// Expected terminals, unquoted.
    expected: Vec<String>,
    /// Index of the unexpected token in the token vector (its length at end of input).
    index: usize,
}

impl ErrorSite<'_, '_> {
    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    fn tok_before(&self, back: usize) -> Option<Tok> {
        self.index.checked_sub(back).map(|i| self.st.tokens[i].tok)
    }

    fn what(&self) -> String {
        describe_token(self.st, self.tok, self.lo, self.hi)
    }

    fn syntax(&self, msg: impl AsRef<str>) -> Diagnostic {
        self.syntax_at(self.lo, msg)
    }

    fn syntax_at(&self, pos: u32, msg: impl AsRef<str>) -> Diagnostic {
        Diagnostic::at(Pos(pos), format!("syntax error: {}", msg.as_ref()))
    }

    fn unexpected(&self, rest: impl AsRef<str>) -> Diagnostic {
        self.syntax(format!("unexpected {}{}", self.what(), rest.as_ref()))
    }

    /// The innermost bracket opened before the error and not closed: its token index, its
    /// token, and what the grammar recorded it opens.
    fn innermost_open(&self) -> Option<(usize, Tok, Option<Open>)> {
        let tokens = self.st.tokens;
        let mut depth = 0usize;
        for i in (0..self.index).rev() {
            match tokens[i].tok {
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
                t @ (Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody) => {
                    if depth == 0 {
                        return Some((i, t, self.st.opened(tokens[i].lo)));
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// The `if`, `for` or `switch` whose header the error is in, if any.
    fn open_header(&self) -> Option<(usize, Tok)> {
        let tokens = self.st.tokens;
        let mut depth = 0usize;
        for i in (0..self.index).rev() {
            match tokens[i].tok {
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
                Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                t @ (Tok::If | Tok::For | Tok::Switch) if depth == 0 => return Some((i, t)),
                Tok::Case
                | Tok::Default
                | Tok::Return
                | Tok::Go
                | Tok::Defer
                | Tok::Break
                | Tok::Continue
                | Tok::Goto
                | Tok::Select
                    if depth == 0 =>
                {
                    return None;
                }
                _ => {}
            }
        }
        None
    }

    /// Whether a `;` lies between token `from` and the error at bracket depth 0.
    fn semicolon_since(&self, from: usize) -> bool {
        let mut depth = 0i32;
        for t in &self.st.tokens[from + 1..self.index] {
            match t.tok {
                Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace | Tok::LBody => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                Tok::Semi(_) if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// What an opening bracket opens when the grammar did not get to record it (the error
    /// came right after it): judged from the tokens before it.
    fn guess_open(&self, index: usize, tok: Tok) -> Open {
        let before = index.checked_sub(1).map(|i| self.st.tokens[i].tok);
        match tok {
            Tok::LBrackTP => Open::TypeParams,
            Tok::LBrack => Open::Index,
            Tok::LParen => match before {
                Some(Tok::Var | Tok::Const | Tok::Type | Tok::Import) => Open::Group,
                Some(Tok::Func) => Open::Params,
                _ => Open::Call,
            },
            Tok::LBrace => match before {
                Some(Tok::Struct) => Open::Struct,
                Some(Tok::Interface) => Open::Interface,
                Some(Tok::Select) => Open::Select,
                _ => Open::Block,
            },
            _ => {
                // An LBody: a switch's, or an if's or for's.
                let site = ErrorSite { index, expected: Vec::new(), ..*self };
                match site.open_header() {
                    Some((_, Tok::Switch)) => Open::Switch,
                    _ => Open::Block,
                }
            }
        }
    }

    /// gc's messages for an interface method written with type parameters, `M[T any]()` or
    /// `M[]()`, which our grammar sees as an instantiated embedded type.
    fn generic_interface_method(&self, interface_open: Option<usize>) -> Option<Diagnostic> {
        let tokens = self.st.tokens;
        let open = interface_open?;
        // The element starts after the interface's `{` or a `;`.
        let mut start = self.index;
        while start > open + 1 && !matches!(tokens[start - 1].tok, Tok::Semi(_)) {
            start -= 1;
        }
        let (Tok::Ident(_), Tok::LBrack) = (tokens.get(start)?.tok, tokens.get(start + 1)?.tok) else {
            return None;
        };
        let mut depth = 0usize;
        let mut close = None;
        for (k, t) in tokens.iter().enumerate().skip(start + 1) {
            match t.tok {
                Tok::LBrack | Tok::LParen | Tok::LBrace => depth += 1,
                Tok::RBrack | Tok::RParen | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(k);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close?;
        if tokens.get(close + 1)?.tok != Tok::LParen {
            return None;
        }
        let bracket = tokens[start + 1].lo;
        Some(if close == start + 2 {
            Diagnostic::at(Pos(tokens[close].lo), "empty type parameter list")
        } else {
            Diagnostic::at(Pos(bracket), "interface method must have no type parameters")
        })
    }

    /// Whether the expected set is "anything that starts an expression".
    fn expects_expression(&self) -> bool {
        self.expects("name") && self.expects("int") && self.expects("(")
    }

    fn expects_type_only(&self) -> bool {
        self.expects("name") && self.expects("[") && !self.expects("int")
    }

    fn message(&self) -> Diagnostic {
        let tok = self.tok;
        let prev = self.tok_before(1);
        if self.index == 0 && tok != Tok::Package {
            return self.syntax("package statement must be first");
        }

        // Fixed texts keyed on the token before the error.
        match prev {
            Some(Tok::Else) if !matches!(tok, Tok::If | Tok::LBrace) => {
                return self.syntax("else must be followed by if or statement block");
            }
            Some(Tok::Ellipsis) if !starts_type(tok) => return self.syntax("... is missing type"),
            Some(Tok::Chan) if !starts_type(tok) => {
                return self.syntax("missing channel element type");
            }
            Some(Tok::Arrow) if self.tok_before(2) == Some(Tok::Chan) && !starts_type(tok) => {
                return self.syntax("missing channel element type");
            }
            Some(Tok::Func) if tok == Tok::LBrack => {
                return self.syntax("function type must have no type parameters");
            }
            Some(Tok::Select) => return self.syntax("missing { after select clause"),
            Some(Tok::Colon)
                if matches!(self.tok_before(2), Some(Tok::Ident(_)))
                    && matches!(
                        self.tok_before(3),
                        Some(Tok::Semi(_) | Tok::LBrace | Tok::LBody | Tok::Colon) | None
                    )
                    && !starts_statement(tok)
                    && tok != Tok::RBrace =>
            {
                let colon = self.st.tokens[self.index - 1].lo;
                return self.syntax_at(colon, "missing statement after label");
            }
            _ => {}
        }
        if tok == Tok::Define && self.expects("=") {
            return self.unexpected(", expected =");
        }
        if matches!(prev, Some(Tok::Var | Tok::Const | Tok::Type)) && self.expects("name") {
            return self.unexpected(", expected name");
        }
        if self.expects("LBRACKTP") && !starts_type(tok) && tok != Tok::Assign {
            return self.unexpected(" in type declaration");
        }
        if tok == Tok::Comma && prev.is_some() && self.expects("]") && !self.expects(",") {
            return self.syntax("unexpected comma; expected ]");
        }

        // Statement headers.
        if let Some((kw_index, kw)) = self.open_header() {
            if tok == Tok::Var {
                let keyword = kw.text();
                let after = self.st.tokens.get(self.index + 1).map_or(self.hi, |t| t.lo);
                return self.syntax_at(after, format!("var declaration not allowed in {keyword} initializer"));
            }
            if self.expects("LBODY") {
                let after_semi = self.semicolon_since(kw_index);
                return match kw {
                    Tok::Switch => self.syntax("missing { after switch clause"),
                    _ if after_semi => self.unexpected(format!(", expected {{ after {} clause", kw.text())),
                    _ => self.unexpected(", expected {"),
                };
            }
            if kw == Tok::For && self.expects(";") && matches!(tok, Tok::LBody) {
                if self.expects_expression() {
                    return self.unexpected(", expected for loop condition");
                }
                return self.unexpected(", expected semicolon or newline");
            }
        }

        // `<-chan<- T` in an expression: gc reads `<-(chan<- T)` and then wants the arrow to
        // belong to a channel type.
        if self.expected == ["("] && self.index >= 4 {
            let tokens = self.st.tokens;
            if let Some(j) = (self.index.saturating_sub(12)..self.index - 3).find(|&j| {
                tokens[j].tok == Tok::Arrow && tokens[j + 1].tok == Tok::Chan && tokens[j + 2].tok == Tok::Arrow
            }) {
                let span = crate::source::Span::new(tokens[j + 3].lo, tokens[self.index - 1].hi);
                return self.syntax(format!("unexpected {}, expected chan", self.st.text_of(span)));
            }
        }

        // The construct the error is in.
        let open = self.innermost_open();
        if let Some((i, Tok::LBrack, _)) = open {
            let site = ErrorSite { index: i, expected: Vec::new(), ..*self };
            if let Some((j, Tok::LBrace, _)) = site.innermost_open()
                && self.guess_open(j, Tok::LBrace) == Open::Interface
                && let Some(d) = self.generic_interface_method(Some(j))
            {
                return d;
            }
        }
        let kind = open.map(|(i, t, k)| k.unwrap_or_else(|| self.guess_open(i, t)));
        let semi = self.expects(";");
        let comma = self.expects(",");
        match kind {
            None => {
                if tok == Tok::LBrace && matches!(prev, Some(Tok::Semi(_))) {
                    return self.syntax("unexpected semicolon or newline before {");
                }
                if semi {
                    return self.unexpected(" after top level declaration");
                }
                if self.expects("func") && self.expects("var") {
                    return self.syntax("non-declaration statement outside function body");
                }
            }
            Some(Open::Group) if semi => {
                return self.unexpected(" in grouped declaration; possibly missing semicolon or newline or )");
            }
            Some(Open::Struct) => {
                if semi {
                    return self.unexpected(" in struct type; possibly missing semicolon or newline or }");
                }
                if tok == Tok::LParen {
                    return self.syntax("cannot parenthesize embedded type");
                }
                if self.expects("name") && self.expects("*") && !self.expects("[") {
                    return self.unexpected(", expected field name or embedded type");
                }
            }
            Some(Open::Interface) => {
                if let Some(d) = self.generic_interface_method(open.map(|o| o.0)) {
                    return d;
                }
                if semi {
                    return self.unexpected(" in interface type; possibly missing semicolon or newline or }");
                }
                if self.expects("~") && self.expects("name") {
                    return self.unexpected(", expected ~ term or type");
                }
            }
            Some(Open::Block) => {
                if self.expects("=") && self.expects(":=") && comma && !semi {
                    return self.unexpected(", expected := or = or comma");
                }
                // At the start of a statement, a token that cannot begin one ends the block.
                let at_statement_start = matches!(prev, Some(Tok::Semi(_) | Tok::LBrace | Tok::LBody | Tok::Colon));
                let eof = tok == Tok::Semi(SemiKind::Eof);
                if self.expects("}") && (eof || (at_statement_start && !starts_statement(tok))) {
                    return self.unexpected(", expected }");
                }
                if semi && self.expects("}") {
                    return self.unexpected(" at end of statement");
                }
            }
            Some(Open::Switch | Open::Select) => {
                if self.expects(":") && !semi {
                    return self.unexpected(", expected :");
                }
                if semi && self.expects("}") {
                    return self.unexpected(" at end of statement");
                }
                if self.expects("case") && self.expects("default") {
                    return self.unexpected(", expected case or default or }");
                }
            }
            Some(Open::TypeParams) if tok == Tok::RBrack && matches!(prev, Some(Tok::Ident(_))) => {
                return self.syntax("missing type constraint");
            }
            Some(Open::TypeParams) if prev == Some(Tok::LBrackTP) && (starts_type(tok) || tok == Tok::Tilde) => {
                let (open_index, _, _) = open.unwrap_or((0, tok, None));
                let close = self.st.tokens[open_index..]
                    .iter()
                    .position(|t| t.tok == Tok::RBrack)
                    .map_or(self.index, |k| open_index + k);
                let single = !self.st.tokens[open_index..close].iter().any(|t| t.tok == Tok::Comma);
                let suffix = if single { " or invalid array length" } else { "" };
                return self.syntax(format!("missing type parameter name{suffix}"));
            }
            Some(Open::Call) if comma => {
                return self.unexpected(" in argument list; possibly missing comma or )");
            }
            Some(Open::Params) if comma => {
                return self.unexpected(" in parameter list; possibly missing comma or )");
            }
            Some(Open::TypeParams) if comma => {
                return self.unexpected(" in parameter list; possibly missing comma or ]");
            }
            Some(Open::Lit) if comma => {
                return self.unexpected(" in composite literal; possibly missing comma or }");
            }
            Some(Open::Index) => {
                if comma && self.expects(":") {
                    return self.unexpected(", expected comma, : or ]");
                }
                if tok == Tok::RBrack && prev == Some(Tok::LBrack) {
                    // An index expression could also be a slice; type arguments could not.
                    return if self.expects(":") {
                        self.unexpected(", expected operand")
                    } else {
                        self.unexpected(", expected type argument list")
                    };
                }
            }
            _ => {}
        }
        if kind == Some(Open::Block) && self.expects("=") && self.expects(":=") && comma {
            return self.unexpected(", expected := or = or comma");
        }

        // "unexpected X, expected Y".
        if let [only] = &self.expected[..] {
            return self.unexpected(format!(", expected {}", expected_word(only)));
        }
        if self.expects("name")
            && self.expects("(")
            && self.expected.len() == 2
            && matches!(prev, Some(Tok::Dot | Tok::Func))
        {
            return self.unexpected(", expected name or (");
        }
        if self.expects_type_only() {
            return self.unexpected(", expected type");
        }
        if self.expects_expression() {
            return self.unexpected(", expected expression");
        }
        // A closing bracket the construct needs.
        for close in [")", "]", "}", ":"] {
            if self.expects(close) && !semi && !comma {
                return self.unexpected(format!(", expected {close}"));
            }
        }
        self.unexpected("")
    }
}

fn site<'s, 'a>(st: &'s State<'a>, tok: Tok, lo: u32, hi: u32, expected: &[String]) -> ErrorSite<'s, 'a> {
    let index = st.tokens.partition_point(|t| t.lo < lo);
    let expected = expected.iter().map(|e| e.trim_matches('"').to_string()).collect();
    if std::env::var_os("GORUN_DEBUG_SYNTAX").is_some() {
        eprintln!("gorun: LR error at {lo}: token {tok:?}, expected {expected:?}");
    }
    ErrorSite { st, tok, lo, hi, expected, index }
}

/// Describes an error the parser stopped at.
pub fn describe(st: &State<'_>, err: &LrError) -> Diagnostic {
    match err {
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
            site(st, *tok, *lo, *hi, expected).message()
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            // The real end of file (gc stays silent here if it already reported an error).
            let end = st.base + st.text.len() as u32;
            site(st, Tok::Semi(SemiKind::Eof), end, end, expected).message()
        }
        ParseError::InvalidToken { location } => Diagnostic::at(Pos(*location), "syntax error: invalid token"),
        ParseError::ExtraToken { token: (lo, tok, hi) } => {
            let what = describe_token(st, *tok, *lo, *hi);
            Diagnostic::at(Pos(*lo), format!("syntax error: unexpected {what} after top level declaration"))
        }
        ParseError::User { .. } => Diagnostic::at(Pos(st.base), "syntax error"),
    }
}

/// Describes an error the parser recovered from at a statement or declaration.
pub fn describe_recovered(st: &State<'_>, rec: &LrRecovery) -> Diagnostic {
    describe(st, &rec.error)
}
