//! The lexer alone on arbitrary bytes: tokens must be in order, inside the file, and
//! never overlap; semicolons only where the spec inserts them.
#![no_main]
use gorun_syntax::intern::Interner;
use gorun_syntax::lexer::{lex, sanitize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, _) = sanitize(data.to_vec(), 1);
    assert_eq!(text.len(), data.len());
    let mut interner = Interner::new();
    let out = lex(&text, 1, &mut interner);
    let end = 1 + text.len() as u32;
    let mut last = 1;
    for t in &out.tokens {
        assert!(t.lo >= last && t.lo <= t.hi && t.hi <= end, "bad token span {t:?}");
        last = t.hi;
    }
    for d in &out.diagnostics {
        assert!(d.span.lo.0 >= 1 && d.span.lo.0 <= end);
    }
});
