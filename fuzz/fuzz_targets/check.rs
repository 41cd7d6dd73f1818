//! The type checker on arbitrary input that parses: any program must give a result and
//! diagnostics that render, never a panic or a hang, and a program it accepts must have a
//! type for every expression. Programs may import the standard library gorun ships.
#![no_main]
use gorun_syntax::lexer::sanitize;
use gorun_syntax::source::SourceMap;
use gorun_syntax::Parser;
use libfuzzer_sys::fuzz_target;

struct Std;

/// fmt's API without its implementation: most inputs import fmt, and checking all of fmt
/// (and what it imports) on every run would leave little time for the program itself.
const FMT_API: &str = "package fmt\n\ntype Stringer interface{ String() string }\n\ntype State interface {\n\tWrite(b []byte) (n int, err error)\n\tWidth() (wid int, ok bool)\n\tPrecision() (prec int, ok bool)\n\tFlag(c int) bool\n}\n\nfunc Println(a ...any) (n int, err error)\nfunc Printf(format string, a ...any) (n int, err error)\nfunc Print(a ...any) (n int, err error)\nfunc Sprintf(format string, a ...any) string\nfunc Sprint(a ...any) string\nfunc Sprintln(a ...any) string\nfunc Errorf(format string, a ...any) error\n";

impl gorun_types::Importer for Std {
    fn std_package(&self, path: &str) -> Option<Vec<(String, Vec<u8>)>> {
        if path == "fmt" {
            return Some(vec![("fmt.go".to_string(), FMT_API.as_bytes().to_vec())]);
        }
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
