//! `gorun check`: run the front end over files and report diagnostics as gc does.
//!
//! Files named on the command line together form one package, as with `go build a.go b.go`;
//! a directory is its package; `DIR/...` checks each directory's package. With
//! `--parse-only` every file is parsed on its own.

use crate::paths;
use gorun_syntax::Parser;
use gorun_syntax::diag::{Diagnostic, render_rich, sort_and_truncate};
use gorun_syntax::lexer::sanitize;
use gorun_syntax::source::SourceMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

pub struct Options {
    pub parse_only: bool,
    /// No limit on the number of errors reported.
    pub all_errors: bool,
    /// After a clean check, report expressions the checker left without a type.
    pub verify: bool,
    pub rich: bool,
    pub stats: bool,
    /// Print each file's syntax tree to stdout.
    pub ast: bool,
}

/// The standard library gorun ships, for the type checker.
pub struct StdImporter;

impl gorun_types::Importer for StdImporter {
    fn std_package(&self, path: &str) -> Option<Vec<(String, Vec<u8>)>> {
        // GORUN_STDLIB points at a stdlib/ checkout to use instead of the embedded copy
        // (for working on the standard library without rebuilding gorun).
        if let Some(root) = std::env::var_os("GORUN_STDLIB") {
            let dir = std::path::Path::new(&root).join(path);
            let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
                .ok()?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go"))
                .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), std::fs::read(&p).ok()?)))
                .collect();
            files.sort();
            return (!files.is_empty()).then_some(files);
        }
        let files = gorun_stdlib::package(path)?;
        Some(files.iter().map(|(name, src)| (name.to_string(), src.as_bytes().to_vec())).collect())
    }

    fn not_found(&self, path: &str) -> String {
        let first = path.split('/').next().unwrap_or("");
        if gorun_stdlib::in_go_std(path) {
            format!("package {path} is in Go's standard library but not yet supported by gorun")
        } else if first.contains('.') {
            format!(
                "no required module provides package {path}: gorun runs programs that use only the standard library"
            )
        } else {
            format!("package {path} is not in std")
        }
    }
}

/// Checks the files named by `args`; exit status 1 if anything was reported.
pub fn run(args: &[String], opts: &Options) -> ExitCode {
    let files = match paths::expand(args) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("gorun: {e}");
            return ExitCode::from(1);
        }
    };
    let start = Instant::now();
    let mut n_bytes = 0usize;
    let mut failed = 0usize;
    let groups: Vec<Vec<PathBuf>> =
        if opts.parse_only { files.iter().map(|f| vec![f.clone()]).collect() } else { group_packages(args, &files) };
    let mut parser = Parser::new();
    for group in &groups {
        let mut map = SourceMap::new();
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut asts = Vec::new();
        for path in group {
            match parse_file(path, &mut map, &mut parser, &mut diags) {
                Ok((id, ast, len)) => {
                    n_bytes += len;
                    if let Some(ast) = ast {
                        if opts.ast {
                            print!("{}", gorun_syntax::dump::dump_file(&ast, &parser.interner, map.file(id)));
                        }
                        asts.push(ast);
                    }
                }
                Err(e) => {
                    eprintln!("gorun: {}: {e}", path.display());
                    failed += 1;
                }
            }
        }
        // The go command rejects bad //go:debug directives of a main package before compiling.
        if !opts.parse_only && diags.is_empty() {
            let main = asts.iter().filter(|f| parser.interner.get(f.name.name) == "main");
            diags.extend(gorun_compiler::godebug_directives(main.map(|f| &**f)).1);
        }
        // As with gc, any error of the front end (syntax or literal) stops before type checking.
        if !opts.parse_only && diags.is_empty() && !asts.is_empty() {
            let checked = gorun_types::check_program(&mut map, &mut parser, asts, &StdImporter);
            if opts.verify && checked.diagnostics.is_empty() {
                for pkg in &checked.packages {
                    for pos in gorun_types::verify::untyped_expressions(&checked.program, &pkg.files) {
                        diags.push(Diagnostic::at(
                            pos,
                            "internal error: the checker recorded no type for this expression",
                        ));
                    }
                }
            }
            diags.extend(checked.diagnostics);
        }
        if diags.is_empty() {
            continue;
        }
        failed += 1;
        report(&mut diags, &map, opts.rich, opts.all_errors);
        if opts.parse_only {
            // A fresh parser per file keeps the interner small when parsing many files.
            parser = Parser::new();
        }
    }
    if opts.stats {
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "gorun check: {} files, {:.1} MB in {:.3} s ({:.1} MB/s); {} with errors",
            files.len(),
            n_bytes as f64 / 1e6,
            secs,
            n_bytes as f64 / 1e6 / secs,
            failed
        );
    }
    if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Reads and parses one file into `map`: its id, its syntax tree (if the parser produced
/// one) and its size; lexical and syntax errors go to `diags`.
pub fn parse_file(
    path: &std::path::Path,
    map: &mut SourceMap,
    parser: &mut Parser,
    diags: &mut Vec<Diagnostic>,
) -> std::io::Result<(gorun_syntax::source::FileId, Option<Box<gorun_syntax::ast::File>>, usize)> {
    let bytes = std::fs::read(path)?;
    let len = bytes.len();
    let (text, lex_diags) = sanitize(bytes, map.next_base());
    diags.extend(lex_diags);
    let id = map.add(paths::display_name(path), text);
    let parsed = parser.parse(map, id);
    diags.extend(parsed.diagnostics);
    Ok((id, parsed.ast, len))
}

/// Prints diagnostics with gc's reporting rules.
pub fn report(diags: &mut Vec<Diagnostic>, map: &SourceMap, rich: bool, all_errors: bool) {
    let too_many = sort_and_truncate(diags, map, if all_errors { usize::MAX } else { gorun_syntax::diag::MAX_ERRORS });
    if rich {
        eprint!("{}", render_rich(diags, map));
    } else {
        for d in diags.iter() {
            eprintln!("{}", d.render_gc(map));
        }
    }
    if let Some(pos) = too_many {
        eprintln!("{}: too many errors", map.position_string(pos));
    }
}

/// Groups files into packages: files named directly form one package; each directory's
/// files form another.
fn group_packages(args: &[String], files: &[PathBuf]) -> Vec<Vec<PathBuf>> {
    let explicit: Vec<PathBuf> = args.iter().map(PathBuf::from).filter(|p| p.is_file()).collect();
    let mut groups: Vec<Vec<PathBuf>> = Vec::new();
    if !explicit.is_empty() {
        groups.push(explicit.clone());
    }
    let mut by_dir: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    for f in files {
        if explicit.contains(f) {
            continue;
        }
        let dir = f.parent().map(PathBuf::from).unwrap_or_default();
        match by_dir.iter_mut().find(|(d, _)| *d == dir) {
            Some((_, v)) => v.push(f.clone()),
            None => by_dir.push((dir, vec![f.clone()])),
        }
    }
    groups.extend(by_dir.into_iter().map(|(_, v)| v));
    groups
}
