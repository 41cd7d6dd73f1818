//! The conformance suite: Go programs under `testdata/` whose expected results come from
//! real Go 1.27 (`just golden`), run through the `gorun` binary.
//!
//! * `testdata/errors/NAME.go` + `NAME.err`: gc's diagnostics for a program that does not
//!   compile. gorun's first diagnostic line must equal gc's first line exactly.
//! * `testdata/run/NAME.go` + `NAME.out`/`.err`/`.code`: a program's stdout, stderr (up to
//!   its traceback) and exit status. Every one must type-check without a diagnostic; then
//!   it is run, and its stdout, exit status and stderr (up to the traceback) must equal
//!   real Go's. A program using what the compiler cannot translate yet stops with
//!   "… is not supported by gorun yet": the report counts those apart, never as passed.
//!   `NAME.args` holds its command-line arguments and `NAME.env` its environment
//!   (`VAR=value` lines), on top of an environment without the runtime's variables
//!   (`GODEBUG`, `GOGC`, `GOMEMLIMIT`, `GOMAXPROCS`, `GOTRACEBACK`) — as `tools/golden.sh`
//!   runs real Go. `NAME.stdin`, if present, is its standard input (otherwise it reads an
//!   empty one).
//!
//! Each mismatch is reported with a diff; the test fails if there is any.

use similar::TextDiff;
use std::path::{Path, PathBuf};
use std::process::Command;

fn testdata(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata").join(dir)
}

/// The `.go` files of a testdata directory, sorted.
fn programs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    names
}

/// The runtime's configuration variables: a test sees only those its `NAME.env` sets.
const RUNTIME_ENV: [&str; 5] = ["GODEBUG", "GOGC", "GOMEMLIMIT", "GOMAXPROCS", "GOTRACEBACK"];

fn gorun(dir: &Path, args: &[&str]) -> (i32, String, String) {
    gorun_env(dir, args, &[])
}

fn gorun_env(dir: &Path, args: &[&str], env: &[(String, String)]) -> (i32, String, String) {
    gorun_stdin(dir, args, env, None)
}

/// Runs gorun with standard input read from the file `stdin` (empty if `None`).
fn gorun_stdin(dir: &Path, args: &[&str], env: &[(String, String)], stdin: Option<&Path>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gorun"));
    match stdin {
        Some(path) => cmd.stdin(std::fs::File::open(path).expect("cannot open the .stdin file")),
        None => cmd.stdin(std::process::Stdio::null()),
    };
    for var in RUNTIME_ENV {
        cmd.env_remove(var);
    }
    let out = cmd
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .output()
        .expect("cannot start the gorun binary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn diff(expected: &str, actual: &str) -> String {
    TextDiff::from_lines(expected, actual).unified_diff().header("expected (gc)", "actual (gorun)").to_string()
}

#[test]
fn errors_suite() {
    let dir = testdata("errors");
    let names = programs(&dir);
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    let mut full_matches = 0;
    for name in &names {
        let golden_path = dir.join(name.replace(".go", ".err"));
        let golden = std::fs::read_to_string(&golden_path)
            .unwrap_or_else(|_| panic!("{} has no golden; run `just golden`", golden_path.display()));
        let (code, _, stderr) = gorun(&dir, &["check", name]);
        let want_first = golden.lines().next().unwrap_or("");
        let got_first = stderr.lines().next().unwrap_or("");
        if code != 1 || want_first != got_first {
            failures.push(format!("--- {name} (exit status {code})\n{}", diff(&golden, &stderr)));
        } else if golden == stderr {
            full_matches += 1;
        }
    }
    eprintln!(
        "errors suite: {} programs, {} first lines match gc exactly ({} match in full), {} differ",
        names.len(),
        names.len() - failures.len(),
        full_matches,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} error programs differ from gc:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

/// stderr up to the first goroutine traceback, without trailing blank lines (as
/// `tools/golden.sh` keeps real Go's).
fn meaningful_stderr(stderr: &str) -> String {
    let mut lines: Vec<&str> = stderr.lines().take_while(|l| !is_traceback_start(l)).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.iter().map(|l| format!("{}\n", mask_signal_pc(l))).collect()
}

/// Go's `[signal SIGSEGV: … pc=0x499e52]` line names a machine address of the Go binary;
/// compare the line without it.
fn mask_signal_pc(line: &str) -> String {
    match (line.starts_with("[signal "), line.rfind(" pc=0x")) {
        (true, Some(at)) => format!("{} pc=…]", &line[..at]),
        _ => line.to_string(),
    }
}

/// A goroutine's traceback (`goroutine 1 [running]:`) or the runtime's own stack (a fatal
/// error before any goroutine runs): addresses and runtime paths follow.
fn is_traceback_start(line: &str) -> bool {
    line == "runtime stack:"
        || line
            .strip_prefix("goroutine ")
            .and_then(|rest| rest.split_once(" ["))
            .is_some_and(|(id, _)| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

#[test]
fn run_suite() {
    let dir = testdata("run");
    let names = programs(&dir);
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    let (mut passed, mut unsupported) = (Vec::new(), Vec::new());
    for name in &names {
        let stem = name.trim_end_matches(".go");
        for ext in ["out", "err", "code"] {
            assert!(dir.join(format!("{stem}.{ext}")).exists(), "{name} has no .{ext} golden; run `just golden`");
        }
        // --verify: the checker must also have given every expression a type.
        let (code, _, stderr) = gorun(&dir, &["check", "--verify", name]);
        if code != 0 || !stderr.is_empty() {
            failures.push(format!("--- {name}: does not type-check\n{stderr}"));
            continue;
        }
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{stem}.{ext}"))).unwrap_or_default();
        let args_file = read("args");
        let mut args = vec![name.as_str()];
        args.extend(args_file.split_whitespace());
        let env: Vec<(String, String)> = read("env")
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let stdin = dir.join(format!("{stem}.stdin"));
        let (code, stdout, stderr) = gorun_stdin(&dir, &args, &env, Some(stdin.as_path()).filter(|p| p.exists()));
        if code == 1 && stderr.contains("is not supported by gorun yet") {
            unsupported.push(format!("{name}: {}", stderr.lines().next().unwrap_or("")));
            continue;
        }
        let want_code: i32 = read("code").trim().parse().unwrap_or(-1);
        let (want_out, want_err) =
            (read("out"), read("err").lines().map(|l| format!("{}\n", mask_signal_pc(l))).collect::<String>());
        let got_err = meaningful_stderr(&stderr);
        if code == want_code && stdout == want_out && got_err == want_err {
            passed.push(name.clone());
        } else {
            let mut msg = format!("--- {name}: exit status {code}, want {want_code}\n");
            if stdout != want_out {
                msg.push_str(&diff(&want_out, &stdout));
            }
            if got_err != want_err {
                msg.push_str(&diff(&want_err, &got_err));
            }
            failures.push(msg);
        }
    }
    eprintln!(
        "run suite: {} programs; {} passed (same stdout, stderr and exit status as Go), {} use what \
         gorun cannot run yet, {} failed",
        names.len(),
        passed.len(),
        unsupported.len(),
        failures.len()
    );
    for u in &unsupported {
        eprintln!("  not yet runnable: {u}");
    }
    assert!(failures.is_empty(), "{} of {} run programs failed:\n{}", failures.len(), names.len(), failures.join("\n"));
}
