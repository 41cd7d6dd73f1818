//! Turning command-line paths into the Go files they name, and naming files as gc does.

use std::path::{Path, PathBuf};

/// Expands command-line paths: a file stands for itself; a directory for its `.go` files
/// (not `_test.go`); `DIR/...` for every `.go` file below DIR, skipping directories named
/// `testdata` or starting with `.` or `_`, as the go command does. Sorted within each path.
pub fn expand(args: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for arg in args {
        if let Some(root) = arg.strip_suffix("/...").or_else(|| (arg == "...").then_some(".")) {
            let root = if root.is_empty() { "/" } else { root };
            let before = files.len();
            walk(Path::new(root), &mut files).map_err(|e| format!("{root}: {e}"))?;
            files[before..].sort();
            continue;
        }
        let path = Path::new(arg);
        let meta = std::fs::metadata(path).map_err(|e| format!("{arg}: {}", describe_io(&e)))?;
        if meta.is_dir() {
            let before = files.len();
            for entry in std::fs::read_dir(path).map_err(|e| format!("{arg}: {e}"))? {
                let p = entry.map_err(|e| format!("{arg}: {e}"))?.path();
                if is_package_file(&p) {
                    files.push(p);
                }
            }
            files[before..].sort();
            if files.len() == before {
                return Err(format!("no Go files in {arg}"));
            }
        } else {
            files.push(path.to_path_buf());
        }
    }
    Ok(files)
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        _ => e.to_string(),
    }
}

fn is_package_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".go")
        && !name.ends_with("_test.go")
        && !name.starts_with('.')
        && !name.starts_with('_')
        && p.is_file()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ty = entry.file_type()?;
        if ty.is_dir() {
            if name == "testdata" || name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            walk(&path, out)?;
        } else if name.ends_with(".go") && ty.is_file() {
            out.push(path);
        }
    }
    Ok(())
}

/// The name gc prints for a file: relative to the working directory when inside it (with a
/// leading `./` for files directly in it), otherwise as given.
pub fn display_name(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let abs = if path.is_absolute() { path.to_path_buf() } else { cwd.clone().unwrap_or_default().join(path) };
    let abs = normalize(&abs);
    if let Some(cwd) = cwd
        && let Ok(rel) = abs.strip_prefix(&cwd)
    {
        let rel = rel.to_string_lossy();
        return if rel.contains('/') { rel.into_owned() } else { format!("./{rel}") };
    }
    path.to_string_lossy().into_owned()
}

/// Removes `.` and `..` components without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}
