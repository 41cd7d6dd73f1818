//! Diagnostics and their two renderings.
//!
//! The front end never stops at a problem: every stage returns its result together with a
//! list of [`Diagnostic`]s. They print in gc's one-line form by default,
//! `./prog.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )`,
//! with secondary lines indented by a tab as gc indents them, and in codespan-reporting's
//! rich form (source excerpt, carets) on request.
//!
//! gc's rules for a list of errors are followed by [`sort_and_truncate`]: one syntax error
//! per line, at most 10 errors before `too many errors`, then sorted by position.

use crate::source::{Pos, SourceMap, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

/// One problem found in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    /// The message exactly as gc words it, without the position prefix.
    pub message: String,
    /// Extra lines gc prints under the message (already without their leading tab).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into(), notes: Vec::new() }
    }

    pub fn at(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Span { lo: pos, hi: pos }, message)
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// gc's one-line form, with notes on following lines indented by a tab.
    pub fn render_gc(&self, map: &SourceMap) -> String {
        let mut out = format!("{}: {}", map.position_string(self.span.lo), self.message);
        for note in &self.notes {
            out.push_str("\n\t");
            out.push_str(note);
        }
        out
    }
}

/// gc's limit on reported errors before it gives up with `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Applies gc's reporting rules to diagnostics given in the order they were found: a syntax
/// error on the same line as the previous syntax error is dropped, as is a repeat of the same
/// message on the line of the previous other error; after [`MAX_ERRORS`] the list ends. What
/// remains is sorted by position without exact duplicates. Returns the position at which gc
/// would print `too many errors`, if the list was cut.
pub fn sort_and_truncate(diags: &mut Vec<Diagnostic>, map: &SourceMap, max_errors: usize) -> Option<Pos> {
    let line_of = |pos: Pos| map.lookup(pos).map(|f| (f.base, f.line_col(pos).0));
    let mut last_syntax = None;
    let mut last_other: Option<((u32, u32), String)> = None;
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diags.len().min(max_errors));
    let mut too_many = None;
    for d in diags.drain(..) {
        let line = line_of(d.span.lo);
        if d.message.starts_with("syntax error") {
            if line.is_some() && line == last_syntax {
                continue;
            }
            last_syntax = line;
        } else {
            if let (Some(l), Some((prev, msg))) = (line, &last_other)
                && l == *prev
                && *msg == d.message
            {
                continue;
            }
            last_other = line.map(|l| (l, d.message.clone()));
        }
        let pos = d.span.lo;
        kept.push(d);
        if kept.len() == max_errors {
            too_many = Some(pos);
            break;
        }
    }
    kept.sort_by_key(|d| d.span.lo);
    kept.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
    *diags = kept;
    too_many
}

/// Renders diagnostics in codespan-reporting's rich form (no colors), for `--rich`.
pub fn render_rich(diags: &[Diagnostic], map: &SourceMap) -> String {
    let mut files = SimpleFiles::new();
    let ids: Vec<usize> = map.files().iter().map(|f| files.add(f.name.clone(), f.text.clone())).collect();
    let config = term::Config::default();
    let mut out = String::new();
    for d in diags {
        let mut diag = cs::Diagnostic::error().with_message(d.message.clone());
        if let Some(file) = map.lookup(d.span.lo) {
            let idx = map.files().iter().position(|f| std::ptr::eq(f, file)).unwrap_or(0);
            let lo = (d.span.lo.0 - file.base) as usize;
            let hi = ((d.span.hi.0.max(d.span.lo.0)) - file.base) as usize;
            diag = diag.with_labels(vec![cs::Label::primary(ids[idx], lo..hi.min(file.text.len()))]);
        }
        diag = diag.with_notes(d.notes.clone());
        let mut buf = String::new();
        if term::emit_to_string(&mut buf, &config, &files, &diag).is_ok() {
            out.push_str(&buf);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_form_sorting_and_limits() {
        let mut map = SourceMap::new();
        let id = map.add("./x.go", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n");
        let base = map.file(id).base;
        let mut diags: Vec<Diagnostic> = (0..12u32)
            .rev()
            .map(|line| Diagnostic::at(Pos(base + 2 * line), format!("syntax error: e{line}")))
            .collect();
        diags.insert(1, Diagnostic::at(Pos(base + 22), "syntax error: second on line 12"));
        let cut = sort_and_truncate(&mut diags, &map, MAX_ERRORS);
        // Reported in reverse, so the tenth kept error is the one on line 3.
        assert_eq!(cut, Some(Pos(base + 4)));
        assert_eq!(diags.len(), MAX_ERRORS);
        assert_eq!(diags[0].render_gc(&map), "./x.go:3:1: syntax error: e2");
        assert_eq!(diags[9].render_gc(&map), "./x.go:12:1: syntax error: e11");
        let noted = Diagnostic::at(Pos(base), "m").with_note("have x").with_note("want y");
        assert_eq!(noted.render_gc(&map), "./x.go:1:1: m\n\thave x\n\twant y");
    }
}
