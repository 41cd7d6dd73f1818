//! Source files, positions and the source map.
//!
//! Every byte of every file added to a [`SourceMap`] has one global [`Pos`]: a file occupies
//! the range `base ..= base + len` (the extra position is its end of file), and the next file
//! starts one past that. A [`Span`] is therefore two `u32`s and needs no file id, the way
//! `go/token.Pos` works. Lines and columns are computed on demand from a table of line starts;
//! columns count bytes from 1, as gc's do (a tab is one column).

use std::fmt;
use std::sync::{Arc, OnceLock};

/// A global byte position in a [`SourceMap`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos(pub u32);

impl fmt::Debug for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A half-open range of global positions `lo..hi`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo: Pos(lo), hi: Pos(hi) }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }

    pub fn len(self) -> u32 {
        self.hi.0 - self.lo.0
    }

    pub fn is_empty(self) -> bool {
        self.hi.0 == self.lo.0
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.lo.0, self.hi.0)
    }
}

/// Index of a file in its [`SourceMap`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FileId(pub u32);

/// One source file: its display name, text and line table.
pub struct SourceFile {
    /// The name diagnostics print (`./prog.go`, `sub/x.go`), chosen by the caller.
    pub name: String,
    pub text: Arc<str>,
    /// Global position of the file's first byte.
    pub base: u32,
    /// Local byte offsets at which lines start; `line_starts[0] == 0`. Computed on first
    /// use: a file that parses cleanly never needs it.
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    /// Global span of the whole file, end-of-file position included.
    pub fn span(&self) -> Span {
        Span::new(self.base, self.base + self.text.len() as u32)
    }

    /// 1-based line and byte column of a global position inside this file.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let offset = pos.0.saturating_sub(self.base).min(self.text.len() as u32);
        let starts = self.line_starts();
        let line_idx = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line_idx as u32 + 1, offset - starts[line_idx] + 1)
    }

    /// Text of a span that lies inside this file.
    pub fn slice(&self, span: Span) -> &str {
        let lo = (span.lo.0 - self.base) as usize;
        let hi = (span.hi.0 - self.base) as usize;
        &self.text[lo..hi]
    }

    pub fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = Vec::with_capacity(self.text.len() / 32 + 1);
            starts.push(0);
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1));
            starts
        })
    }
}

impl fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourceFile").field("name", &self.name).field("base", &self.base).finish()
    }
}

/// All files of one compilation.
#[derive(Default, Debug)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    next_base: u32,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        // Position 0 is kept free so that `Pos(0)` can mean "no position".
        SourceMap { files: Vec::new(), next_base: 1 }
    }

    /// Adds a file. Its text must already be valid UTF-8; see [`crate::lexer::sanitize`] for
    /// how raw bytes become text.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Arc<str>>) -> FileId {
        let text: Arc<str> = text.into();
        let base = self.next_base;
        self.next_base = base + text.len() as u32 + 1;
        self.files.push(SourceFile { name: name.into(), text, base, line_starts: OnceLock::new() });
        FileId(self.files.len() as u32 - 1)
    }

    /// The base the next added file will get.
    pub fn next_base(&self) -> u32 {
        self.next_base
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The file containing a global position.
    pub fn lookup(&self, pos: Pos) -> Option<&SourceFile> {
        let idx = match self.files.binary_search_by_key(&pos.0, |f| f.base) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        let file = &self.files[idx];
        (pos.0 <= file.base + file.text.len() as u32).then_some(file)
    }

    /// `name:line:col` as gc prints it.
    pub fn position_string(&self, pos: Pos) -> String {
        match self.lookup(pos) {
            Some(file) => {
                let (line, col) = file.line_col(pos);
                format!("{}:{}:{}", file.name, line, col)
            }
            None => "<unknown position>".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_global_and_columns_count_bytes() {
        let mut map = SourceMap::new();
        let a = map.add("./a.go", "package a\n\tx\n");
        let b = map.add("./b.go", "ü\nz");
        let fa = map.file(a);
        assert_eq!(fa.line_col(Pos(fa.base)), (1, 1));
        assert_eq!(fa.line_col(Pos(fa.base + 11)), (2, 2));
        let fb = map.file(b);
        assert!(fb.base > fa.base + 12);
        // 'ü' is two bytes, so the newline after it is at column 3.
        assert_eq!(fb.line_col(Pos(fb.base + 2)), (1, 3));
        assert_eq!(map.position_string(Pos(fb.base + 3)), "./b.go:2:1");
        assert_eq!(map.lookup(Pos(fa.base + 13)).unwrap().name, "./a.go");
        assert!(map.lookup(Pos(0)).is_none());
    }
}
