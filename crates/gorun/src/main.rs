//! The `gorun` command.
//!
//! `gorun FILE.go [ARGS…]` and `gorun ./dir` run a program; `gorun disasm FILE.go` prints
//! its bytecode; `gorun check [--parse-only] PATH…` reports diagnostics in gc's format and exits 1
//! when there are any. A path may end in `/...` to mean every Go file below a directory, as
//! with the go command (directories named `testdata` or starting with `.` or `_` skipped).

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;

// The front end allocates many small, short-lived nodes; mimalloc serves them faster than
// the system allocator. (Go values never live here: they get the runtime's own heap.)
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "gorun", version, about = "Run Go programs without the Go toolchain")]
#[command(args_conflicts_with_subcommands = true, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and check Go files without running them.
    Check(CheckArgs),
    /// Print the bytecode a program compiles to.
    Disasm {
        /// A .go file or a package directory.
        program: String,
    },
}

#[derive(Args)]
struct RunArgs {
    /// The program: a .go file or a package directory, followed by its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    program: Vec<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// Stop after parsing (no type checking).
    #[arg(long)]
    parse_only: bool,
    /// Report every error, not just the first ten (gc's -e).
    #[arg(short = 'e', long)]
    all_errors: bool,
    /// After a clean check, verify that every expression got a type (a self-test of the
    /// checker, used by the test suite).
    #[arg(long, hide = true)]
    verify: bool,
    /// Print diagnostics with source excerpts instead of gc's one-line form.
    #[arg(long)]
    rich: bool,
    /// Print the number of files and bytes and the time taken to stderr.
    #[arg(long)]
    stats: bool,
    /// Print each file's syntax tree to stdout.
    #[arg(long)]
    ast: bool,
    /// Read more file paths, one per line, from this file (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<String>,
    /// Files, package directories, or DIR/... for every Go file below DIR.
    #[arg(required_unless_present = "files_from")]
    paths: Vec<String>,
}

/// The front end walks syntax trees recursively; deeply nested programs need more stack
/// than a main thread has. Reserved, not committed: untouched pages cost nothing.
const WORKER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new().name("gorun".into()).stack_size(WORKER_STACK).spawn(move || run(cli));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("gorun: internal error: the worker thread failed");
            ExitCode::from(3)
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check(mut args)) => {
            if let Some(list) = &args.files_from {
                match read_list(list) {
                    Ok(more) => args.paths.extend(more),
                    Err(e) => {
                        eprintln!("gorun: {list}: {e}");
                        return ExitCode::from(1);
                    }
                }
            }
            let opts = gorun::check::Options {
                parse_only: args.parse_only,
                all_errors: args.all_errors,
                verify: args.verify,
                rich: args.rich,
                stats: args.stats,
                ast: args.ast,
            };
            gorun::check::run(&args.paths, &opts)
        }
        Some(Command::Disasm { program }) => gorun::run::disasm(&program),
        None => {
            let Some(program) = cli.run.program.first() else {
                eprintln!("gorun: no program given; try gorun --help");
                return ExitCode::from(2);
            };
            gorun::run::run(program, &cli.run.program[1..])
        }
    }
}

fn read_list(name: &str) -> std::io::Result<Vec<String>> {
    let text = if name == "-" { std::io::read_to_string(std::io::stdin())? } else { std::fs::read_to_string(name)? };
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
}
