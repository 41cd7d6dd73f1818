//! `//go:debug key=value` directives: the program's GODEBUG defaults.
//!
//! As with the go command, only the main package's directives count, and only those
//! before its `package` clause; each must be `key=value` without spaces or commas, and
//! name a setting Go lets programs set this way (or be `default=goVERSION`, accepted and
//! ignored: gorun behaves as Go 1.27), or a removed one at a value Go still accepts. A bad one
//! is a compile error in the go command's words (`invalid //go:debug: unknown
//! //go:debug setting "x"`). Directives elsewhere are ignored, as Go ignores them.

use crate::Compiler;
use gorun_runtime::settings;
use gorun_syntax::ast::File;
use gorun_syntax::diag::Diagnostic;

impl<'a> Compiler<'a> {
    /// Collects the main package's directives into the program (errors into `errors`).
    pub(crate) fn collect_godebug(&mut self) {
        let Some(main) = self.checked.packages.last() else { return };
        let (settings, errors) = godebug_directives(main.files.iter().map(|f| &**f));
        self.out.godebug = settings;
        self.errors.extend(errors);
    }
}

/// The `//go:debug` settings of a main package's `files`, in order, and the errors of the
/// invalid ones (the go command reports those before it compiles anything).
pub fn godebug_directives<'f>(files: impl IntoIterator<Item = &'f File>) -> (Vec<(String, String)>, Vec<Diagnostic>) {
    let (mut settings, mut errors) = (Vec::new(), Vec::new());
    for file in files {
        for d in file.directives.iter().filter(|d| d.span.lo < file.package) {
            match parse_directive(&d.text) {
                None => {}
                Some(Ok(kv)) => settings.push(kv),
                Some(Err(e)) => errors.push(Diagnostic::at(d.span.lo, format!("invalid //go:debug: {e}"))),
            }
        }
    }
    (settings, errors)
}

/// A `//go:debug` directive's key and value, or why it is invalid; `None` for another
/// comment (`//go:debugger`).
fn parse_directive(text: &str) -> Option<Result<(String, String), String>> {
    let rest = text.strip_prefix("//go:debug")?;
    let Some(i) = rest.find([' ', '\t']) else {
        return rest.trim().is_empty().then(|| Err("missing key=value".into()));
    };
    if i > 0 {
        return None;
    }
    let Some((k, v)) = rest.trim().split_once('=') else { return Some(Err("missing key=value".into())) };
    Some(check(k, v).map(|()| (k.to_string(), v.to_string())))
}

fn check(k: &str, v: &str) -> Result<(), String> {
    let space = |s: &str| s.contains([' ', '\t']);
    if space(k) {
        return Err("key contains space".into());
    }
    if space(v) {
        return Err("value contains space".into());
    }
    if k.contains(',') {
        return Err("key contains comma".into());
    }
    if v.contains(',') {
        return Err("value contains comma".into());
    }
    if k == "default" {
        return match v.strip_prefix("go").and_then(go_version) {
            None => Err("value for default= must be goVERSION".into()),
            Some((1, minor)) if minor > 27 => Err(format!("default={v} too new (toolchain is go1.27.3)")),
            Some((major, _)) if major > 1 => Err(format!("default={v} too new (toolchain is go1.27.3)")),
            Some(_) => Ok(()),
        };
    }
    if settings::is_known(k) {
        return Ok(());
    }
    if let Some(r) = settings::REMOVED.iter().find(|r| r.name == k) {
        if r.is_old(v) {
            return Err(format!(
                "removed GODEBUG {k:?} set to old value {v:?} (https://go.dev/doc/godebug#go-1{})",
                r.removed
            ));
        }
        return Ok(());
    }
    Err(format!("unknown //go:debug setting {k:?}"))
}

/// The major and minor numbers of a Go version (`1.21`, `1.21.3`, `1.21rc1`).
fn go_version(v: &str) -> Option<(u32, u32)> {
    let mut parts = v.splitn(3, '.');
    let major = parts.next()?.parse().ok()?;
    let minor_text = parts.next().unwrap_or("0");
    let digits: String = minor_text.chars().take_while(|c| c.is_ascii_digit()).collect();
    let minor = digits.parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::parse_directive;

    #[test]
    fn directive_forms() {
        assert_eq!(parse_directive("//go:debug panicnil=1"), Some(Ok(("panicnil".into(), "1".into()))));
        assert_eq!(parse_directive("//go:debug \t panicnil=1 "), Some(Ok(("panicnil".into(), "1".into()))));
        assert_eq!(parse_directive("//go:debugger"), None);
        assert_eq!(parse_directive("//go:build linux"), None);
        assert_eq!(parse_directive("//go:debug"), Some(Err("missing key=value".into())));
        assert_eq!(parse_directive("//go:debug panicnil"), Some(Err("missing key=value".into())));
        assert_eq!(parse_directive("//go:debug panicnil=1 x"), Some(Err("value contains space".into())));
        assert_eq!(parse_directive("//go:debug a,b=1"), Some(Err("key contains comma".into())));
        assert_eq!(parse_directive("//go:debug panicnil=1,2"), Some(Err("value contains comma".into())));
        assert_eq!(parse_directive("//go:debug default=go1.21"), Some(Ok(("default".into(), "go1.21".into()))));
        assert_eq!(
            parse_directive("//go:debug default=1.21"),
            Some(Err("value for default= must be goVERSION".into()))
        );
        assert_eq!(parse_directive("//go:debug nosuch=1"), Some(Err("unknown //go:debug setting \"nosuch\"".into())));
        // Runtime debugging variables come only from the environment.
        assert_eq!(parse_directive("//go:debug gctrace=1"), Some(Err("unknown //go:debug setting \"gctrace\"".into())));
        assert_eq!(parse_directive("//go:debug x509sha1=0"), Some(Ok(("x509sha1".into(), "0".into()))));
        assert_eq!(
            parse_directive("//go:debug x509sha1=1"),
            Some(Err("removed GODEBUG \"x509sha1\" set to old value \"1\" (https://go.dev/doc/godebug#go-124)".into()))
        );
    }
}
