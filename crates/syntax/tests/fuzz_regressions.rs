//! Inputs the fuzzers found (or that are interesting corners), kept under `testdata/fuzz/`:
//! each must parse to an AST and/or diagnostics without panicking, with every diagnostic
//! inside the file. `just fuzz` seeds the fuzzer with them.

use gorun_syntax::parse_source;
use std::path::Path;

fn check(name: &str, bytes: &[u8]) {
    let (map, _, parsed) = parse_source("./fuzz.go", bytes);
    let span = map.files()[0].span();
    for d in &parsed.diagnostics {
        assert!(span.lo <= d.span.lo && d.span.lo <= span.hi, "{name}: diagnostic outside the file: {d:?}");
        assert!(!d.render_gc(&map).is_empty());
    }
    assert!(parsed.ast.is_some() || !parsed.diagnostics.is_empty(), "{name}: neither AST nor diagnostics");
}

#[test]
fn saved_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("testdata/fuzz") {
        let path = entry.unwrap().path();
        check(&path.display().to_string(), &std::fs::read(&path).unwrap());
        n += 1;
    }
    assert!(n > 0, "no saved fuzz inputs in {}", dir.display());
}

#[test]
fn degenerate_inputs() {
    for input in [&b""[..], b"\n", b"package", b"package p", b"\xff\xfe", b"package p; func", b"/*", b"`", b"'"] {
        check(&format!("{input:?}"), input);
    }
    // Deep nesting is refused with a diagnostic, not a stack overflow.
    let deep = format!("package p\nvar x = {}1{}", "(".repeat(200_000), ")".repeat(200_000));
    let (_, _, parsed) = parse_source("./deep.go", deep.as_bytes());
    assert_eq!(parsed.diagnostics[0].message, "exceeded max nesting depth");
}
