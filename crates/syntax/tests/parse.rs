//! Focused parser checks through one helper: the AST dump (or the diagnostics) of a
//! snippet, compared with an inline snapshot.

use gorun_syntax::dump::dump_file;
use gorun_syntax::parse_source;

/// Parses `body` inside `func f() { … }` and dumps the function body's statements, or
/// returns the diagnostics in gc's format.
fn check(body: &str) -> String {
    let src = format!("package p\n\nfunc f() {{\n{body}\n}}\n");
    let (map, interner, parsed) = parse_source("./x.go", src.as_bytes());
    if !parsed.diagnostics.is_empty() {
        return parsed.diagnostics.iter().map(|d| d.render_gc(&map) + "\n").collect();
    }
    let dump = dump_file(&parsed.ast.unwrap(), &interner, &map.files()[0]);
    // Keep only the body's statements.
    let lines: Vec<&str> = dump.lines().skip_while(|l| !l.trim_start().starts_with("Body")).skip(1).collect();
    lines.iter().map(|l| l.strip_prefix("      ").unwrap_or(l).to_string() + "\n").collect()
}

#[test]
fn binary_precedence_and_associativity() {
    insta::assert_snapshot!(check("_ = a + b * c - d == e && f || g"), @r"
    Assign = @4:1
      Lhs:
        Ident _
      Rhs:
        Binary ||
          Binary &&
            Binary ==
              Binary -
                Binary +
                  Ident a
                  Binary *
                    Ident b
                    Ident c
                Ident d
              Ident e
            Ident f
          Ident g
    ");
    insta::assert_snapshot!(check("_ = a * (b + c) << 2"), @r"
    Assign = @4:1
      Lhs:
        Ident _
      Rhs:
        Binary <<
          Binary *
            Ident a
            Paren
              Binary +
                Ident b
                Ident c
          Int 2
    ");
}

#[test]
fn receive_channel_types() {
    insta::assert_snapshot!(check("var c <-chan chan<- int\n_ = <-c"), @r"
    Var @4:1
      Spec c iota=0
        Type:
          ChanType Recv
            ChanType Send
              Ident int
    Assign = @5:1
      Lhs:
        Ident _
      Rhs:
        Unary <-
          Ident c
    ");
}

#[test]
fn header_literals_and_bodies() {
    insta::assert_snapshot!(check("for _, v := range []T{{1}} { _ = v }"), @r"
    Range := @4:1
      Key:
        Ident _
      Value:
        Ident v
      X:
        CompositeLit
          Type:
            SliceType
              Ident T
          CompositeLit
            Int 1
      Body @4:28
        Assign = @4:30
          Lhs:
            Ident _
          Rhs:
            Ident v
    ");
}

#[test]
fn errors_are_reported_in_gc_words() {
    insta::assert_snapshot!(check("x := f(1\n)"), @"./x.go:4:9: syntax error: unexpected newline in argument list; possibly missing comma or )
");
    insta::assert_snapshot!(check("if x := 1 {\n}"), @"./x.go:4:6: syntax error: cannot use x := 1 as value
");
}
