//! gorun's bytecode interpreter.
//!
//! [`Machine::step`] runs a goroutine's frames on a budget and reports `Done`, `Yielded`,
//! `Parked` or `Panicked`, so a scheduler can multiplex goroutines over threads; Go calls
//! push frame records, never host stack frames. [`run_main`] is the single-goroutine driver
//! used until the scheduler exists: it runs the program's entry function to completion and
//! reports an uncaught panic the way Go does.
//!
//! Unsafe code: `interp` (unchecked register access justified by the verifier; reading
//! string bytes through string values).

mod barrier;
mod chan;
pub mod config;
mod equal;
mod fmt_natives;
mod fmt_scan;
pub mod goroutine;
pub mod interp;
pub mod map;
mod mapops;
pub mod mem;
pub mod natives;
pub mod print;
mod stdlib_natives;
mod strings;

pub use config::{Config, RuntimeEnv};
pub use goroutine::Goroutine;
pub use gorun_runtime::settings::Traceback;
pub use interp::{ErrorKind, GoPanic, Machine, Status, Trap};

use gorun_bytecode::Program;

/// Runs `prog` to completion on one goroutine with command line `args` (`os.Args`);
/// returns the exit status (0, `os.Exit`'s code, or 2 after an uncaught panic or fatal
/// error, which it reports to `stderr` as Go does).
pub fn run_main(
    prog: &Program,
    args: Vec<String>,
    stdout: Box<dyn std::io::Write + Send + '_>,
    stderr: Box<dyn std::io::Write + Send + '_>,
) -> Result<i32, gorun_bytecode::VerifyError> {
    run_main_env(prog, args, &RuntimeEnv::default(), stdout, stderr)
}

/// What [`run_main_env`] returns for a program that crashed with `GOTRACEBACK=crash`:
/// Go would now abort the process with SIGABRT.
pub const EXIT_ABORT: i32 = -6;

/// As [`run_main`], with the runtime's environment variables (`GODEBUG`, `GOGC`,
/// `GOMEMLIMIT`, `GOMAXPROCS`, `GOTRACEBACK`) taken from `env`. Settings Go finds fatal
/// at start-up are reported as Go reports them, with exit status 2.
pub fn run_main_env(
    prog: &Program,
    args: Vec<String>,
    env: &RuntimeEnv,
    stdout: Box<dyn std::io::Write + Send + '_>,
    mut stderr: Box<dyn std::io::Write + Send + '_>,
) -> Result<i32, gorun_bytecode::VerifyError> {
    gorun_bytecode::verify(prog)?;
    let config = match Config::new(&prog.godebug, env) {
        Ok(c) => c,
        Err(fatal) => {
            let _ = writeln!(stderr, "{fatal}");
            let _ = stderr.flush();
            return Ok(2);
        }
    };
    let entry = &prog.funcs[prog.entry as usize];
    let mut g = Goroutine::new(1, prog.entry, usize::from(entry.nregs));
    let mut m = Machine::new(prog, stdout, stderr);
    m.config = config;
    m.args = args;
    let code = loop {
        match m.step(&mut g, 1 << 20) {
            Status::Done | Status::Returned => break 0,
            Status::Yielded => {}
            Status::Exit(code) => break code,
            status @ (Status::Panicked(_) | Status::Parked) => {
                // Main is the only goroutine: parked, it can never be woken.
                let (p, state) = match status {
                    Status::Panicked(p) => (p, "running"),
                    _ => (m.deadlock(&g), g.wait),
                };
                m.flush_stdout();
                m.flush_print();
                let text = report_state(&p, g.id, state, m.config.traceback);
                let _ = m.stderr.write_all(text.as_bytes());
                let _ = m.stderr.flush();
                // GOTRACEBACK=crash: Go raises SIGABRT after the report; the caller decides
                // (the command line aborts, an embedding application survives).
                break if m.config.traceback.crash { EXIT_ABORT } else { 2 };
            }
        }
    };
    m.flush_stdout();
    m.flush_print();
    Ok(code)
}

/// Go's report of an uncaught panic or fatal error.
pub fn report(p: &GoPanic, goroutine: u64) -> String {
    report_state(p, goroutine, "running", Traceback::default())
}

/// As [`report`], for a goroutine in `state` (`running`, or a parked one's wait reason),
/// with GOTRACEBACK's level: at level 0 (`none`) no goroutine is shown.
pub fn report_state(p: &GoPanic, goroutine: u64, state: &str, traceback: Traceback) -> String {
    let mut out = String::new();
    for line in &p.preamble {
        out.push_str(line);
        out.push('\n');
    }
    if p.fatal {
        out.push_str(&format!("fatal error: {}\n\n", p.message));
    } else {
        out.push_str(&format!("panic: {}\n\n", p.message));
    }
    if traceback.level == 0 {
        return out.trim_end_matches('\n').to_string() + "\n";
    }
    out.push_str(&format!("goroutine {goroutine} [{state}]:\n"));
    // Go hides its runtime's own frames (runtime.main) in a default traceback.
    for (name, file, line) in p.trace.iter().filter(|(name, ..)| !name.starts_with("runtime.")) {
        out.push_str(&format!("{name}(...)\n\t{file}:{line}\n"));
    }
    out
}
