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

/// Import paths of Go's own standard library (not all of which gorun ships yet).
const GO_STD: &str = include_str!("../go-std-packages.txt");

/// Whether `path` names a package of Go's standard library.
pub fn in_go_std(path: &str) -> bool {
    GO_STD.lines().any(|l| !l.starts_with('#') && l == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_packages_are_go_std_packages() {
        assert!(in_go_std("net/http") && in_go_std("fmt") && !in_go_std("foo/bar"));
        for p in paths() {
            assert!(in_go_std(p), "stdlib/{p} is not a package of Go's standard library");
        }
    }
}
