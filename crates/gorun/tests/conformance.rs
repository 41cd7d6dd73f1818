//! The conformance suite: Go programs under `testdata/` whose expected results come from
//! real Go 1.27 (`just golden`), run through the `gorun` binary.
//!
//! * `testdata/errors/NAME.go` + `NAME.err`: gc's diagnostics for a program that does not
//!   compile. gorun's first diagnostic line must equal gc's first line exactly.
//! * `testdata/run/NAME.go` + `NAME.out`/`.err`/`.code`: a program's stdout, stderr (up to
//!   its traceback) and exit status. gorun cannot execute programs yet, so these are only
//!   type-checked (every one must check without a diagnostic), and the report says so: a
//!   run test that was only checked never counts as passed.
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

fn gorun(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .args(args)
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

#[test]
fn run_suite() {
    let dir = testdata("run");
    let names = programs(&dir);
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".go");
        for ext in ["out", "err", "code"] {
            assert!(dir.join(format!("{stem}.{ext}")).exists(), "{name} has no .{ext} golden; run `just golden`");
        }
        // --verify: the checker must also have given every expression a type.
        let (code, _, stderr) = gorun(&dir, &["check", "--verify", name]);
        if code != 0 || !stderr.is_empty() {
            failures.push(format!("--- {name}: does not type-check\n{stderr}"));
        }
    }
    eprintln!(
        "run suite: {} programs; {} type-check, {} do not; 0 executed (gorun cannot run programs \
         yet, so no run test has passed)",
        names.len(),
        names.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} run programs fail to type-check:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
