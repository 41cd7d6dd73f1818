//! AST snapshots of the representative files in `testdata/syntax/` (our own AST layout,
//! reviewed by hand: `cargo insta review`). Adding a test is adding a `.go` file there.

use gorun_syntax::dump::dump_file;
use gorun_syntax::parse_source;
use std::path::Path;

#[test]
fn syntax_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/syntax");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/syntax")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    assert!(names.len() >= 5);
    for name in names {
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let (map, interner, parsed) = parse_source(&name, &bytes);
        let rendered: Vec<String> = parsed.diagnostics.iter().map(|d| d.render_gc(&map)).collect();
        assert!(rendered.is_empty(), "{name} has diagnostics: {rendered:#?}");
        let file = parsed.ast.expect("a file with no diagnostics has an AST");
        let dump = dump_file(&file, &interner, &map.files()[0]);
        insta::assert_snapshot!(name.trim_end_matches(".go"), dump);
    }
}
