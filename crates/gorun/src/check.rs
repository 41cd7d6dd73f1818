//! `gorun check`: run the front end over files and report diagnostics as gc does.

use crate::paths;
use gorun_syntax::Parser;
use gorun_syntax::diag::{render_rich, sort_and_truncate};
use gorun_syntax::lexer::sanitize;
use gorun_syntax::source::{Pos, SourceMap};
use std::process::ExitCode;
use std::time::Instant;

pub struct Options {
    pub parse_only: bool,
    pub rich: bool,
    pub stats: bool,
    /// Print each file's syntax tree to stdout.
    pub ast: bool,
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
    let mut failed_files = 0usize;
    let mut parser = Parser::new();
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("gorun: {}: {e}", path.display());
                failed_files += 1;
                continue;
            }
        };
        n_bytes += bytes.len();
        // One source map per file: files are checked independently when only parsing.
        let mut map = SourceMap::new();
        let (text, mut diags) = sanitize(bytes, map.next_base());
        let id = map.add(paths::display_name(path), text);
        let parsed = parser.parse(&map, id);
        diags.extend(parsed.diagnostics);
        if let (true, Some(ast)) = (opts.ast, &parsed.ast) {
            print!("{}", gorun_syntax::dump::dump_file(ast, &parser.interner, map.file(id)));
        }
        if diags.is_empty() {
            continue;
        }
        failed_files += 1;
        let too_many = sort_and_truncate(&mut diags, &map);
        if opts.rich {
            eprint!("{}", render_rich(&diags, &map));
        } else {
            for d in &diags {
                eprintln!("{}", d.render_gc(&map));
            }
        }
        if let Some(pos) = too_many {
            eprintln!("{}: too many errors", map.position_string(Pos(pos.0)));
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
            failed_files
        );
    }
    if failed_files > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
