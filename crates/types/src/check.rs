//! The checker's driver: loads packages in import order and checks each one.
//!
//! 1. The main package's files (already parsed by the caller) name their imports; each
//!    standard package is parsed from the [`Importer`]'s sources and checked first
//!    (depth-first, so an import cycle is found and reported).
//! 2. A package is checked in phases, as gc does: collect its package-level objects
//!    (`resolve.rs`), type-check every package-level declaration on demand with cycle
//!    detection (`decl.rs`), check function bodies (`stmt.rs`), compute the initialization
//!    order of package-level variables (`initorder.rs`), report unused imports.
//! 3. Errors are collected in the order found; the caller applies gc's reporting rules
//!    (sorted, ten at most).

use crate::constant::ConstValue;
use crate::info::Info;
use crate::object::{ObjId, Objects};
use crate::package::{Package, PkgId};
use crate::scope::{ScopeId, ScopeKind, Scopes};
use crate::types::{TypeId, Types};
use crate::typestring::TypePrinter;
use crate::universe::Universe;
use gorun_syntax::Parser;
use gorun_syntax::ast::{self, File};
use gorun_syntax::diag::Diagnostic;
use gorun_syntax::intern::Interner;
use gorun_syntax::source::{Pos, SourceMap, Span};
use rustc_hash::FxHashMap;

/// Provides the source files of the standard packages gorun ships.
pub trait Importer {
    /// The files of standard package `path` as (file name, contents), if it exists.
    fn std_package(&self, path: &str) -> Option<Vec<(String, Vec<u8>)>>;

    /// Why `path` cannot be imported (it has no `std_package`), as the error message.
    fn not_found(&self, path: &str) -> String {
        format!("package {path} is not in std")
    }
}

/// Everything the checker learned about a program.
pub struct Program {
    pub types: Types,
    pub objects: Objects,
    pub scopes: Scopes,
    pub packages: Vec<Package>,
    pub universe: Universe,
    pub info: Info,
}

/// The parsed files of one package.
pub struct PackageFiles {
    pub path: String,
    pub files: Vec<Box<File>>,
}

/// What [`check_program`] returns.
pub struct Checked {
    pub program: Program,
    /// The files of every package, indexed by `PkgId`; the main package is the last.
    pub packages: Vec<PackageFiles>,
    /// Problems in the order found (lexical, syntax and type errors).
    pub diagnostics: Vec<Diagnostic>,
}

/// Type-checks the main package made of `files` (parsed with `parser` into `map`) and the
/// standard packages it imports, transitively.
pub fn check_program(
    map: &mut SourceMap,
    parser: &mut Parser,
    files: Vec<Box<File>>,
    importer: &dyn Importer,
) -> Checked {
    let mut types = Types::new();
    let mut objects = Objects::default();
    let mut scopes = Scopes::default();
    let universe = crate::universe::build(&mut types, &mut objects, &mut scopes, &mut parser.interner);
    let mut loader = Loader {
        program: Program { types, objects, scopes, packages: Vec::new(), universe, info: Info::default() },
        packages: Vec::new(),
        diagnostics: Vec::new(),
        by_path: FxHashMap::default(),
        loading: Vec::new(),
    };
    let main_name = files.first().map(|f| f.name.name).unwrap_or(Interner::BLANK);
    if loader.load_imports_of(&files, false, map, parser, importer) {
        loader.check_package("main".to_string(), main_name, files, false, map, parser);
    }
    Checked { program: loader.program, packages: loader.packages, diagnostics: loader.diagnostics }
}

struct Loader {
    program: Program,
    packages: Vec<PackageFiles>,
    diagnostics: Vec<Diagnostic>,
    by_path: FxHashMap<String, PkgId>,
    /// Import paths being loaded (for cycle detection).
    loading: Vec<String>,
}

impl Loader {
    /// Loads (parses and checks) every standard package the files import, not yet loaded.
    /// An import that cannot be found is reported, as `go build` does, and the importing
    /// package is then not type-checked: false if that happened.
    fn load_imports_of(
        &mut self,
        files: &[Box<File>],
        from_std: bool,
        map: &mut SourceMap,
        parser: &mut Parser,
        importer: &dyn Importer,
    ) -> bool {
        let mut paths: Vec<(Pos, String)> = Vec::new();
        for file in files {
            let Some(f) = map.lookup(file.span.lo) else { continue };
            for imp in file.imports() {
                if let Some(bytes) = crate::constant::parse_string(f.slice(imp.path)).as_bytes() {
                    // gc places import errors at the import's name, if it has one.
                    let pos = imp.name.map_or(imp.path.lo, |n| n.span.lo);
                    paths.push((pos, String::from_utf8_lossy(bytes).into_owned()));
                }
            }
        }
        let mut complete = true;
        for (pos, path) in paths {
            // Only the standard library may import its internal packages.
            if !from_std
                && (path == "internal"
                    || path.starts_with("internal/")
                    || path.contains("/internal/")
                    || path.ends_with("/internal"))
            {
                self.diagnostics.push(Diagnostic::at(pos, format!("use of internal package {path} not allowed")));
                complete = false;
                continue;
            }
            if self.by_path.contains_key(&path) || self.loading.contains(&path) {
                continue;
            }
            if path == "unsafe" {
                self.declare_unsafe(parser);
                continue;
            }
            let Some(sources) = importer.std_package(&path) else {
                self.diagnostics.push(Diagnostic::at(pos, importer.not_found(&path)));
                complete = false;
                continue;
            };
            self.loading.push(path.clone());
            let mut pkg_files = Vec::new();
            let mut name = Interner::BLANK;
            for (file_name, bytes) in sources {
                let (text, mut diags) = gorun_syntax::lexer::sanitize(bytes, map.next_base());
                let id = map.add(format!("$GOROOT/src/{path}/{file_name}"), text);
                let parsed = parser.parse(map, id);
                diags.extend(parsed.diagnostics);
                self.diagnostics.extend(diags);
                if let Some(ast) = parsed.ast {
                    name = ast.name.name;
                    pkg_files.push(ast);
                }
            }
            if self.load_imports_of(&pkg_files, true, map, parser, importer) {
                self.check_package(path.clone(), name, pkg_files, true, map, parser);
            } else {
                complete = false;
            }
            self.loading.pop();
        }
        complete
    }

    /// Package unsafe: `Pointer` and the functions the checker knows (no source).
    fn declare_unsafe(&mut self, parser: &mut Parser) {
        let scope = self.program.scopes.new_scope(Some(self.program.universe.scope), ScopeKind::Package);
        let pkg = PkgId(self.program.packages.len() as u32);
        let name = parser.interner.intern("unsafe");
        self.program.packages.push(Package { path: "unsafe".into(), name, scope, imports: Vec::new(), std: true });
        let mut declare = |this: &mut Self, n: &str, kind: crate::object::ObjKind, typ: TypeId| {
            let sym = parser.interner.intern(n);
            let obj = this.program.objects.add(crate::object::Object {
                name: sym,
                kind,
                typ,
                pos: Pos(0),
                pkg: Some(pkg),
                parent: Some(scope),
                exported: true,
                decl: None,
            });
            this.program.scopes.insert(scope, sym, obj);
        };
        declare(self, "Pointer", crate::object::ObjKind::TypeName, crate::types::UNSAFE_POINTER);
        for b in crate::object::Builtin::UNSAFE {
            declare(self, b.name(), crate::object::ObjKind::Builtin(b), crate::types::INVALID);
        }
        self.by_path.insert("unsafe".into(), pkg);
        self.packages.push(PackageFiles { path: "unsafe".into(), files: Vec::new() });
    }

    // The parser hands files out boxed; they are kept that way rather than moved out.
    #[allow(clippy::vec_box)]
    fn check_package(
        &mut self,
        path: String,
        name: gorun_syntax::intern::Symbol,
        files: Vec<Box<File>>,
        std: bool,
        map: &SourceMap,
        parser: &Parser,
    ) {
        let scope = self.program.scopes.new_scope(Some(self.program.universe.scope), ScopeKind::Package);
        let pkg = PkgId(self.program.packages.len() as u32);
        self.program.packages.push(Package { path: path.clone(), name, scope, imports: Vec::new(), std });
        self.program.info.reserve(parser.node_count());
        let mut checker = Checker::new(&mut self.program, &parser.interner, map, pkg, &files, &self.by_path, std);
        checker.check_files();
        self.diagnostics.extend(checker.errors);
        self.by_path.insert(path.clone(), pkg);
        self.packages.push(PackageFiles { path, files });
    }
}

/// The color of a package-level object during declaration checking (cycle detection).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// State of the function body being checked.
#[derive(Default)]
pub(crate) struct FuncCtx {
    /// The signature of the enclosing function (for return statements).
    pub sig: Option<TypeId>,
    /// Nesting of function literals: the scope at which each starts.
    pub func_scopes: Vec<ScopeId>,
    /// Whether `iota` may be used (inside a constant declaration) and its value.
    pub iota: Option<ConstValue>,
    /// The package-level object whose declaration is being checked (for dependencies).
    pub decl_obj: Option<ObjId>,
}

/// Checks one package.
pub(crate) struct Checker<'a> {
    pub prog: &'a mut Program,
    pub interner: &'a Interner,
    pub map: &'a SourceMap,
    pub pkg: PkgId,
    pub files: &'a [Box<File>],
    pub std: bool,
    pub imports: &'a FxHashMap<String, PkgId>,
    pub errors: Vec<Diagnostic>,
    /// Package-level declarations by object.
    pub decls: FxHashMap<ObjId, crate::resolve::PkgDecl<'a>>,
    pub colors: FxHashMap<ObjId, Color>,
    /// Objects whose declarations are being checked, outermost first (cycle paths).
    pub decl_path: Vec<ObjId>,
    /// Package-level objects in source order.
    pub pkg_objects: Vec<ObjId>,
    /// Each file's scope (imports).
    pub file_scopes: Vec<ScopeId>,
    /// The file of the node being checked (index into `files`).
    pub file_index: usize,
    /// The scope new local declarations go to.
    pub scope: ScopeId,
    pub ctx: FuncCtx,
    /// Function bodies to check once all package-level declarations are typed.
    pub bodies: Vec<crate::resolve::Body<'a>>,
    /// Dependencies of package-level objects on each other (for initialization order).
    pub deps: FxHashMap<ObjId, Vec<ObjId>>,
    /// State of the function body being checked.
    pub body: crate::stmt::BodyCtx,
    /// Above zero where a generic function may appear uninstantiated (a call's function).
    pub allow_generic: u32,
    /// Package names used in a selector.
    pub used_pkgnames: rustc_hash::FxHashSet<ObjId>,
    /// Imports to report if unused: (package name object, position, path, alias).
    pub import_candidates: Vec<(ObjId, Pos, String, Option<gorun_syntax::intern::Symbol>)>,
    /// Instances of generic types: (generic type, arguments, instance).
    pub instances: Vec<(TypeId, Vec<TypeId>, TypeId)>,
    /// Untyped constant left operands of non-constant shifts, whose final type must be
    /// an integer type (checked when the shift gets its type).
    pub shift_lhs: rustc_hash::FxHashSet<gorun_syntax::ast::NodeId>,
    /// Set when the expression being checked contains a call or a receive (`len` of an
    /// array is then not constant).
    pub has_call_or_recv: bool,
    /// Generic types whose instances are being expanded, innermost last.
    pub expanding: Vec<TypeId>,
    pub reported_instance_cycle: bool,
    /// Explicit type arguments of partially instantiated generic functions (`f[int]` of
    /// `f[A, B any]`), by the index expression's `NodeId`; the rest is inferred at the call.
    pub partial_targs: FxHashMap<gorun_syntax::ast::NodeId, Vec<TypeId>>,
    /// Defined types whose underlying type was not known when declared (through an alias
    /// still being declared), with their right-hand side.
    pub pending_underlying: Vec<(TypeId, TypeId)>,
    /// Checks deferred until the types involved are complete.
    pub later: Vec<crate::later::Later>,
}

impl<'a> Checker<'a> {
    fn new(
        prog: &'a mut Program,
        interner: &'a Interner,
        map: &'a SourceMap,
        pkg: PkgId,
        files: &'a [Box<File>],
        imports: &'a FxHashMap<String, PkgId>,
        std: bool,
    ) -> Checker<'a> {
        let scope = prog.packages[pkg.0 as usize].scope;
        Checker {
            prog,
            interner,
            map,
            pkg,
            files,
            std,
            imports,
            errors: Vec::new(),
            decls: FxHashMap::default(),
            colors: FxHashMap::default(),
            decl_path: Vec::new(),
            pkg_objects: Vec::new(),
            file_scopes: Vec::new(),
            file_index: 0,
            scope,
            ctx: FuncCtx::default(),
            bodies: Vec::new(),
            deps: FxHashMap::default(),
            body: Default::default(),
            allow_generic: 0,
            used_pkgnames: Default::default(),
            shift_lhs: Default::default(),
            later: Vec::new(),
            pending_underlying: Vec::new(),
            partial_targs: FxHashMap::default(),
            expanding: Vec::new(),
            reported_instance_cycle: false,
            has_call_or_recv: false,
            import_candidates: Vec::new(),
            instances: Vec::new(),
        }
    }

    fn check_files(&mut self) {
        self.collect_objects();
        self.package_decls();
        self.check_bodies();
        self.run_later();
        self.init_order();
        self.unused_imports();
    }

    // ---- reporting ----

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::at(pos, msg));
    }

    pub fn error_with(&mut self, pos: Pos, msg: impl Into<String>, notes: Vec<String>) {
        let mut d = Diagnostic::at(pos, msg);
        d.notes = notes;
        self.errors.push(d);
    }

    pub fn name(&self, sym: gorun_syntax::intern::Symbol) -> &'a str {
        self.interner.get(sym)
    }

    /// The source text of a span.
    pub fn text(&self, span: Span) -> &'a str {
        match self.map.lookup(span.lo) {
            Some(f) if span.hi.0 <= f.base + f.text.len() as u32 => f.slice(span),
            _ => "",
        }
    }

    /// The position of the first `ch` at or after `pos` (an operator or bracket the AST does
    /// not record, such as the `[` of an index expression); `pos` itself if there is none.
    pub fn find_after(&self, pos: Pos, ch: u8) -> Pos {
        match self.map.lookup(pos) {
            Some(f) => {
                let start = (pos.0 - f.base) as usize;
                f.text.as_bytes()[start.min(f.text.len())..]
                    .iter()
                    .position(|&b| b == ch)
                    .map_or(pos, |i| Pos(pos.0 + i as u32))
            }
            None => pos,
        }
    }

    /// An expression as gc quotes it in messages.
    pub fn expr_string(&self, x: &ast::Expr) -> String {
        match self.map.lookup(x.span.lo) {
            Some(f) => gorun_syntax::printer::expr(self.interner, &f.text, f.base, x),
            None => String::new(),
        }
    }

    /// `file:line:col` of a position, as gc prints it in secondary lines.
    pub fn position(&self, pos: Pos) -> String {
        self.map.position_string(pos)
    }

    pub fn printer(&self) -> TypePrinter<'_> {
        TypePrinter {
            types: &self.prog.types,
            objects: &self.prog.objects,
            packages: &self.prog.packages,
            interner: self.interner,
            current: Some(self.pkg),
        }
    }

    pub fn type_string(&self, t: TypeId) -> String {
        self.printer().type_string(t)
    }
}
