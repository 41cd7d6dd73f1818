//! `gorun FILE.go [ARGS…]`, `gorun ./dir` and `gorun disasm FILE.go`: build a program
//! through the whole pipeline (parse, check, compile, verify) and run it on the VM.
//!
//! Build errors print as `go run` prints them (gc's diagnostics, exit status 1); a run
//! exits with the program's status (2 after an uncaught panic, as Go's runtime does).

use crate::check::{StdImporter, parse_file, report};
use crate::paths;
use gorun_syntax::Parser;
use gorun_syntax::diag::Diagnostic;
use gorun_syntax::source::SourceMap;
use std::process::ExitCode;

/// Parses, checks and compiles the package named by `target` (a .go file or a
/// directory); diagnostics are printed and `None` returned on failure.
pub fn build(target: &str) -> Option<gorun_bytecode::Program> {
    let files = match paths::expand(&[target.to_string()]) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            eprintln!("gorun: no Go files in {target}");
            return None;
        }
        Err(e) => {
            eprintln!("gorun: {e}");
            return None;
        }
    };
    let mut map = SourceMap::new();
    let mut parser = Parser::new();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut asts = Vec::new();
    for path in &files {
        match parse_file(path, &mut map, &mut parser, &mut diags) {
            Ok((_, ast, _)) => asts.extend(ast),
            Err(e) => {
                eprintln!("gorun: {}: {e}", path.display());
                return None;
            }
        }
    }
    if diags.is_empty() {
        // The go command rejects bad //go:debug directives before compiling.
        let main = asts.iter().filter(|f| parser.interner.get(f.name.name) == "main");
        diags.extend(gorun_compiler::godebug_directives(main.map(|f| &**f)).1);
    }
    if diags.is_empty() {
        let checked = gorun_types::check_program(&mut map, &mut parser, asts, &StdImporter);
        diags.extend(checked.diagnostics.iter().cloned());
        if diags.is_empty() {
            match gorun_compiler::compile(&checked, &map, &parser.interner) {
                Ok(mut prog) => {
                    // Tracebacks name files by absolute path, as Go's do.
                    for name in &mut prog.files {
                        if let Ok(abs) = std::fs::canonicalize(&*name) {
                            *name = abs.to_string_lossy().into_owned();
                        }
                    }
                    return Some(prog);
                }
                Err(errors) => diags = errors,
            }
        }
    }
    report(&mut diags, &map, false, false);
    None
}

/// Runs a program; `os.Args` is the target followed by `args`.
pub fn run(target: &str, args: &[String]) -> ExitCode {
    let Some(prog) = build(target) else { return ExitCode::from(1) };
    let mut argv = vec![target.to_string()];
    argv.extend(args.iter().cloned());
    let stdout = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let env = gorun_vm::RuntimeEnv::from_process();
    match gorun_vm::run_main_env(&prog, argv, &env, stdout, Box::new(std::io::stderr())) {
        // GOTRACEBACK=crash: die by SIGABRT, as Go does.
        Ok(gorun_vm::EXIT_ABORT) => std::process::abort(),
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("gorun: internal error: {e}");
            ExitCode::from(3)
        }
    }
}

/// Prints the bytecode of every compiled function.
pub fn disasm(target: &str) -> ExitCode {
    let Some(prog) = build(target) else { return ExitCode::from(1) };
    print!("{}", gorun_bytecode::disasm::disassemble(&prog));
    ExitCode::SUCCESS
}
