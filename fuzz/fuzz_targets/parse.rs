//! Lexer, disambiguation and parser on arbitrary bytes: any input must give an AST and/or
//! diagnostics, never a panic, and every diagnostic must point inside the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (map, _interner, parsed) = gorun_syntax::parse_source("./fuzz.go", data);
    let file = &map.files()[0];
    let span = file.span();
    for d in &parsed.diagnostics {
        assert!(span.lo <= d.span.lo && d.span.lo <= span.hi, "diagnostic outside the file: {d:?}");
        let _ = d.render_gc(&map);
    }
    if parsed.ast.is_none() {
        assert!(!parsed.diagnostics.is_empty(), "no AST and no diagnostic");
    }
});
