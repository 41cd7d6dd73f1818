//! Every standard package gorun ships type-checks: a program importing all of them (the
//! internal ones aside, which programs may not import) checks without a diagnostic.

use std::process::Command;

#[test]
fn every_shipped_package_type_checks() {
    let paths: Vec<&str> = gorun_stdlib::paths().filter(|p| !p.split('/').any(|e| e == "internal")).collect();
    assert!(paths.len() >= 20, "only {} packages under stdlib/", paths.len());
    let mut src = String::from("package main\n\nimport (\n");
    for p in &paths {
        src.push_str(&format!("\t_ {p:?}\n"));
    }
    src.push_str(")\n\nfunc main() {}\n");
    let dir = std::env::temp_dir().join(format!("gorun-stdlib-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("all.go");
    std::fs::write(&file, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gorun")).args(["check", "-e", "--verify"]).arg(&file).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "the standard library does not type-check:\n{stderr}");
    eprintln!("{} standard packages type-check", paths.len());
}
