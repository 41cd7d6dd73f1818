//! The type checker on arbitrary input that parses: any program must give a result and
//! diagnostics that render, never a panic or a hang, and a program it accepts must have a
//! type for every expression. Programs may import the standard library gorun ships.
#![no_main]
use gorun_syntax::lexer::sanitize;
use gorun_syntax::source::SourceMap;
use gorun_syntax::Parser;
use libfuzzer_sys::fuzz_target;

struct Std;

impl gorun_types::Importer for Std {
    fn std_package(&self, path: &str) -> Option<Vec<(String, Vec<u8>)>> {
        let files = gorun_stdlib::package(path)?;
        Some(files.iter().map(|(name, src)| (name.to_string(), src.as_bytes().to_vec())).collect())
    }
}

fuzz_target!(|data: &[u8]| {
    let mut map = SourceMap::new();
    let mut parser = Parser::new();
    let (text, lex_diags) = sanitize(data.to_vec(), map.next_base());
    let id = map.add("./fuzz.go", text);
    let parsed = parser.parse(&map, id);
    if !lex_diags.is_empty() || !parsed.diagnostics.is_empty() {
        return;
    }
    let Some(ast) = parsed.ast else { return };
    let checked = gorun_types::check_program(&mut map, &mut parser, vec![ast], &Std);
    for d in &checked.diagnostics {
        let _ = d.render_gc(&map);
    }
    // A program without errors must be fully typed.
    if checked.diagnostics.is_empty() {
        for pkg in &checked.packages {
            let missing = gorun_types::verify::untyped_expressions(&checked.program, &pkg.files);
            assert!(missing.is_empty(), "expressions without a type in a clean program: {missing:?}");
        }
    }
});
