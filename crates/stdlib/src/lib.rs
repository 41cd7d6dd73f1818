//! The Go source of gorun's standard library packages (`stdlib/` in the repository),
//! embedded in the binary. Functions declared without a body are natives, implemented in
//! Rust beside the VM.

include!(concat!(env!("OUT_DIR"), "/packages.rs"));

/// The files of a standard package: (file name, source).
pub fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, files)| *files)
}

/// Every package's import path, sorted.
pub fn paths() -> impl Iterator<Item = &'static str> {
    PACKAGES.iter().map(|(p, _)| *p)
}
