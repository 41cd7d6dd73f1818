//! What the checker records for later stages, on small programs: constant values, the
//! types untyped expressions end up with, initialization order, escape facts. (gc's
//! diagnostics are tested by the conformance suite under testdata/.)

use gorun_syntax::Parser;
use gorun_syntax::lexer::sanitize;
use gorun_syntax::source::SourceMap;
use gorun_types::constant::ConstValue;
use gorun_types::object::{ObjId, ObjKind, VarInfo};
use gorun_types::typestring::TypePrinter;
use gorun_types::{Checked, check_program};

struct Std;

impl gorun_types::Importer for Std {
    fn std_package(&self, path: &str) -> Option<Vec<(String, Vec<u8>)>> {
        let files = gorun_stdlib::package(path)?;
        Some(files.iter().map(|(n, s)| (n.to_string(), s.as_bytes().to_vec())).collect())
    }
}

struct Program {
    checked: Checked,
    parser: Parser,
}

fn check(src: &str) -> Program {
    let mut map = SourceMap::new();
    let mut parser = Parser::new();
    let (text, diags) = sanitize(src.as_bytes().to_vec(), map.next_base());
    assert!(diags.is_empty());
    let id = map.add("./t.go", text);
    let parsed = parser.parse(&map, id);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let checked = check_program(&mut map, &mut parser, vec![parsed.ast.unwrap()], &Std);
    let errors: Vec<String> = checked.diagnostics.iter().map(|d| d.render_gc(&map)).collect();
    assert!(errors.is_empty(), "unexpected errors:\n{}", errors.join("\n"));
    for pkg in &checked.packages {
        let missing = gorun_types::verify::untyped_expressions(&checked.program, &pkg.files);
        assert!(missing.is_empty(), "expressions without a type in {}: {missing:?}", pkg.path);
    }
    Program { checked, parser }
}

impl Program {
    /// The package-level object of the main package named `name`.
    fn obj(&self, name: &str) -> ObjId {
        let p = &self.checked.program;
        let main = p.packages.last().unwrap();
        let sym = self.parser.interner.lookup(name).unwrap_or_else(|| panic!("no symbol {name}"));
        p.scopes.lookup(main.scope, sym).unwrap_or_else(|| panic!("no object {name}")).1
    }

    fn const_value(&self, name: &str) -> ConstValue {
        match &self.checked.program.objects.get(self.obj(name)).kind {
            ObjKind::Const(v) => v.clone(),
            k => panic!("{name} is not a constant: {k:?}"),
        }
    }

    fn type_of(&self, name: &str) -> String {
        let p = &self.checked.program;
        let printer = TypePrinter {
            types: &p.types,
            objects: &p.objects,
            packages: &p.packages,
            interner: &self.parser.interner,
            current: None,
        };
        printer.type_string(p.objects.get(self.obj(name)).typ)
    }

    fn name(&self, o: ObjId) -> &str {
        self.parser.interner.get(self.checked.program.objects.get(o).name)
    }

    /// The facts about the (only) local variable called `name`.
    fn local(&self, name: &str) -> VarInfo {
        let objects = &self.checked.program.objects;
        let sym = self.parser.interner.lookup(name).unwrap();
        let found: Vec<VarInfo> = (0..objects.len() as u32)
            .map(ObjId)
            .filter(|&o| objects.get(o).name == sym)
            .filter_map(|o| objects.get(o).var().copied())
            .collect();
        assert_eq!(found.len(), 1, "variables named {name}");
        found[0]
    }
}

#[test]
fn exact_constant_arithmetic() {
    let p = check(
        "package main\nconst a = 0.1 + 0.2 == 0.3\nconst b = 1 << 100 >> 98\nconst c = 7 / 2\nconst d = 7 / 2.0\nconst e = 'a' + 1\nfunc main() {}\n",
    );
    assert_eq!(p.const_value("a"), ConstValue::Bool(true));
    assert_eq!(p.const_value("b").to_string(), "4");
    assert_eq!(p.const_value("c").to_string(), "3");
    assert_eq!(p.const_value("d").to_string(), "3.5");
    assert_eq!(p.type_of("e"), "untyped rune");
}

#[test]
fn untyped_values_take_their_types() {
    let p = check(
        "package main\nvar s uint = 3\nvar f = 1 << s\nvar g float64 = 2\nvar h = 'x'\nvar i any = 1\nfunc main() {}\n",
    );
    assert_eq!(p.type_of("f"), "int");
    assert_eq!(p.type_of("g"), "float64");
    assert_eq!(p.type_of("h"), "rune");
    assert_eq!(p.type_of("i"), "any");
}

#[test]
fn initialization_order_follows_dependencies() {
    let p = check(
        "package main\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d, e = pair()\nfunc f() int { return c }\nfunc pair() (int, int) { return a, 2 }\nfunc main() {}\n",
    );
    let order = &p.checked.program.info.init_order.last().unwrap().1;
    let names: Vec<Vec<&str>> = order.iter().map(|lhs| lhs.iter().map(|&o| p.name(o)).collect()).collect();
    assert_eq!(names, vec![vec!["c"], vec!["b"], vec!["a"], vec!["d", "e"]]);
}

#[test]
fn escape_facts() {
    let p = check(
        "package main\nfunc main() {\n\tx := 1\n\ty := 2\n\tz := 3\n\tp := &x\n\tf := func() int { return y }\n\t_, _, _ = p, f, z\n}\n",
    );
    assert!(p.local("x").address_taken && !p.local("x").captured);
    assert!(p.local("y").captured && !p.local("y").address_taken);
    assert!(!p.local("z").captured && !p.local("z").address_taken);
}

/// unsafe.Sizeof, Alignof and Offsetof are constants with gc's layout: the values must be
/// the ones real Go printed for testdata/run/unsafe_sizes.go (its recorded output).
#[test]
fn unsafe_layout_matches_gc() {
    let golden =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/run/unsafe_sizes.out")).unwrap();
    let want: Vec<&str> = golden.lines().take(4).flat_map(|l| l.split(' ')).collect();
    let p = check(
        "package main\nimport \"unsafe\"\ntype S struct {\n\ta bool\n\tb int64\n\tc [3]int16\n\td string\n\te struct{}\n}\n\
         type Pair struct {\n\tx int8\n\ty complex128\n}\ntype Embedded struct {\n\tPair\n\tz float32\n}\nvar s S\nvar e Embedded\n\
         const (\n\tc0 = unsafe.Sizeof(s)\n\tc1 = unsafe.Alignof(s)\n\tc2 = unsafe.Offsetof(s.c)\n\tc3 = unsafe.Offsetof(s.d)\n\tc4 = unsafe.Offsetof(s.e)\n\
         \tc5 = unsafe.Sizeof(Pair{})\n\tc6 = unsafe.Alignof(Pair{})\n\tc7 = unsafe.Offsetof(Pair{}.y)\n\
         \tc8 = unsafe.Sizeof(e)\n\tc9 = unsafe.Offsetof(e.y)\n\tc10 = unsafe.Offsetof(e.z)\n\
         \tc11 = unsafe.Sizeof([]int{})\n\tc12 = unsafe.Sizeof(map[int]int{})\n\tc13 = unsafe.Sizeof(any(nil))\n\tc14 = unsafe.Sizeof(\"\")\n)\nfunc main() {}\n",
    );
    let got: Vec<String> = (0..15).map(|i| p.const_value(&format!("c{i}")).to_string()).collect();
    assert_eq!(got, want);
    assert_eq!(p.type_of("c0"), "uintptr");
}

/// A conversion of nil is a typed value, not nil and not a constant: `string([]rune(nil))`
/// is a string that compares with "", `[]byte(nil)` a slice that compares with nil.
#[test]
fn conversions_of_nil_are_typed_values() {
    let p = check(
        "package main\nvar a = string([]rune(nil)) == \"\"\nvar b = string([]byte(nil))\nvar c = []byte(nil) == nil\n\
         var d = len(string([]byte(nil)))\nvar e = string([]byte{}) == \"\"\ntype N string\nvar f = N([]rune(nil))\n\
         func take(b []byte) int { return len(b) }\nvar g = take([]byte(nil))\nvar h any = []byte(nil)\nfunc main() {}\n",
    );
    for (name, want) in [("a", "bool"), ("b", "string"), ("c", "bool"), ("d", "int"), ("e", "bool"), ("f", "main.N")] {
        assert_eq!(p.type_of(name), want, "type of {name}");
    }
    assert_eq!(p.type_of("g"), "int");
    assert_eq!(p.type_of("h"), "any");
}
