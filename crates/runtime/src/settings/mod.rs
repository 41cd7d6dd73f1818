//! The runtime's environment settings: GODEBUG (and `//go:debug`), GOGC, GOMEMLIMIT,
//! GOMAXPROCS and GOTRACEBACK, parsed exactly as Go 1.27 parses them.
//!
//! Design:
//! - Nothing here reads the process environment or keeps global state: every parser takes the
//!   variable's text (`None` when unset) and returns a value the caller owns, so two programs
//!   in one process can run with different settings.
//! - [`SETTINGS`] is the single table of GODEBUG settings; `docs/godebug.md` is generated from
//!   it by [`godebug_markdown`] and a test keeps the two equal (`GORUN_BLESS=1` rewrites the
//!   file). A setting is [`Status::Working`] once gorun honours it; until then it is
//!   [`Status::Registered`]: accepted, stored and reported, but without effect.
//! - [`Godebug::parse`] layers the environment over the program's `//go:debug` directives the
//!   way Go's runtime layers `GODEBUG` over the build's default string. Runtime debugging
//!   variables ([`Kind::Int32`]) only change when the value parses as a 32-bit integer, so a
//!   malformed later entry leaves an earlier one in force, as in Go. Fatal start-up conditions
//!   (a removed setting given its old value, `cgocheck` above 1) are not errors of `parse`: the
//!   caller asks [`Godebug::startup_error`] and reports it the way Go does.
//! - Integers follow Go's `strconv.ParseInt(s, 10, bits)`: an optional sign, decimal digits
//!   only (leading zeros allowed, no spaces or underscores), and a range check.

mod table;

use std::fmt::Write as _;

pub use table::{REMOVED, Removed, SETTINGS};

/// How far gorun implements a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// gorun behaves as Go does for every value of the setting.
    Working,
    /// Accepted and stored, but gorun does not act on it yet.
    Registered,
}

/// How Go reads a setting's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A runtime debugging variable: a 32-bit decimal integer; other text is ignored.
    Int32,
    /// A Go `int` (64 bits); other text is ignored. Only `memprofilerate`.
    Int,
    /// Read by a package as text; a `#pattern` suffix (Go's bisect hook) is dropped.
    Text,
}

/// One GODEBUG setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    /// The name, as written in `GODEBUG` (`panicnil`).
    pub name: &'static str,
    /// The value in force when nothing sets it; empty when "unset" has its own meaning.
    pub default: &'static str,
    /// The values Go gives meaning to, as text for people (`0, 1`).
    pub values: &'static str,
    /// What the setting does, in one line.
    pub doc: &'static str,
    /// The Go release that introduced it (`1.21`).
    pub since: &'static str,
    /// Whether gorun implements it.
    pub status: Status,
    /// How its value is read.
    pub kind: Kind,
    /// Whether a `//go:debug` directive may name it (Go's compatibility settings; the
    /// runtime-only debugging variables may only come from the environment).
    pub directive: bool,
}

/// The setting called `name`, if gorun knows it.
pub fn lookup(name: &str) -> Option<&'static Setting> {
    SETTINGS.binary_search_by(|s| s.name.cmp(name)).ok().map(|i| &SETTINGS[i])
}

/// Whether a `//go:debug` directive may name `name`: Go's compatibility settings only
/// (`gctrace` and the other runtime debugging variables are rejected, and so is the special
/// `default=goX.Y` key, which gorun does not support). Removed settings are in [`REMOVED`].
pub fn is_known(name: &str) -> bool {
    lookup(name).is_some_and(|s| s.directive)
}

/// The effective GODEBUG settings of one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Godebug {
    /// Parallel to [`SETTINGS`]: the value set for each, if any.
    values: Vec<Option<String>>,
    /// The fatal start-up message, if the settings call for one.
    fatal: Option<String>,
}

impl Godebug {
    /// The settings of a program whose `//go:debug` directives are `defaults`, run with the
    /// `GODEBUG` environment variable `env`. Entries are applied in order (directives first),
    /// so the environment overrides directives and a later entry overrides an earlier one.
    /// Entries without `=`, unknown names and integers that do not parse are ignored.
    pub fn parse(defaults: &[(String, String)], env: Option<&str>) -> Godebug {
        let mut g = Godebug { values: vec![None; SETTINGS.len()], fatal: None };
        let mut removed = None;
        let directives = defaults.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        if let Err(throw) = g.apply(directives, &mut removed) {
            g.fatal = Some(throw);
            return g;
        }
        let entries = env.unwrap_or("").split(',').filter_map(|field| field.split_once('='));
        if let Err(throw) = g.apply(entries, &mut removed) {
            g.fatal = Some(throw);
            return g;
        }
        g.fatal = removed;
        // Checkmark mode turns asynchronous preemption off; profiles never go deeper than 1024.
        if g.int("gccheckmark").is_some_and(|n| n > 0) {
            g.set("asyncpreemptoff", "1".into());
        }
        if g.int("profstackdepth").is_some_and(|d| d > 1024) {
            g.set("profstackdepth", "1024".into());
        }
        g
    }

    /// Applies one source of entries (Go parses each source as one string). A removed
    /// setting with its old value stops the source and is remembered; `cgocheck` above 1
    /// is an immediate throw.
    fn apply<'a>(
        &mut self,
        entries: impl Iterator<Item = (&'a str, &'a str)>,
        removed: &mut Option<String>,
    ) -> Result<(), String> {
        for (key, value) in entries {
            if let Some(r) = REMOVED.iter().find(|r| r.name == key) {
                if r.is_old(value) {
                    *removed = Some(format!(
                        "fatal error: removed GODEBUG \"{key}\" set to old value \"{value}\" in environment \
                         (https://go.dev/doc/godebug#go-1{})",
                        r.removed
                    ));
                    return Ok(());
                }
                continue;
            }
            let Some(setting) = lookup(key) else { continue };
            let stored = match setting.kind {
                Kind::Int32 => parse_int(value, 32).map(|n| n.to_string()),
                Kind::Int => parse_int(value, 64).map(|n| n.to_string()),
                Kind::Text => Some(value.split('#').next().unwrap_or_default().to_string()),
            };
            if let Some(stored) = stored {
                self.set(key, stored);
            }
        }
        if self.int("cgocheck").is_some_and(|n| n > 1) {
            return Err("fatal error: cgocheck > 1 mode is no longer supported at runtime. \
                        Use GOEXPERIMENT=cgocheck2 at build time instead."
                .into());
        }
        Ok(())
    }

    fn set(&mut self, name: &str, value: String) {
        if let Ok(i) = SETTINGS.binary_search_by(|s| s.name.cmp(name)) {
            self.values[i] = Some(value);
        }
    }

    /// The effective value of `name`: what was set, or the table default when nothing (or an
    /// empty value) was. `None` for a name gorun does not know.
    pub fn get(&self, name: &str) -> Option<&str> {
        let i = SETTINGS.binary_search_by(|s| s.name.cmp(name)).ok()?;
        match self.values[i].as_deref() {
            Some(v) if !v.is_empty() => Some(v),
            _ => Some(SETTINGS[i].default),
        }
    }

    /// The effective value of `name` as an integer, if it is one.
    pub fn int(&self, name: &str) -> Option<i64> {
        self.get(name).and_then(|v| parse_int(v, 64))
    }

    /// Whether `panic(nil)` panics with a nil value (`panicnil=1`) rather than with a
    /// `*runtime.PanicNilError`. Only exactly 1 restores the old behaviour.
    pub fn panicnil(&self) -> bool {
        self.int("panicnil") == Some(1)
    }

    /// The message Go prints on standard error before exiting with status 2 when these
    /// settings are fatal at start-up, or `None` when they are not. The first line begins
    /// `fatal error: `.
    pub fn startup_error(&self) -> Option<&str> {
        self.fatal.as_deref()
    }
}

impl Default for Godebug {
    /// No directives and no `GODEBUG`: every setting at its default.
    fn default() -> Self {
        Godebug::parse(&[], None)
    }
}

/// Go's `strconv.ParseInt(s, 10, bits)`: `None` on a syntax or range error.
fn parse_int(s: &str, bits: u32) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut n: u64 = 0;
    for b in digits.bytes() {
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    let cutoff = 1u64 << (bits - 1);
    match neg {
        false if n < cutoff => Some(n as i64),
        true if n <= cutoff => Some((n as i64).wrapping_neg()),
        _ => None,
    }
}

/// The garbage collection percentage from the `GOGC` variable: `None` when collection is off
/// (`off` or any negative number), the number when it parses as a 32-bit integer, and 100 for
/// anything else, including an unset or malformed variable (Go does not complain).
pub fn parse_gogc(env: Option<&str>) -> Option<i64> {
    let text = env.unwrap_or("");
    if text == "off" {
        return None;
    }
    match parse_int(text, 32) {
        Some(n) if n < 0 => None,
        Some(n) => Some(n),
        None => Some(100),
    }
}

/// The soft memory limit in bytes from the `GOMEMLIMIT` variable: `i64::MAX` (no limit) when
/// unset, empty or `off`; otherwise a non-negative byte count with an optional suffix `B`,
/// `KiB`, `MiB`, `GiB` or `TiB` (case matters) that fits in an `i64`. Anything else is fatal
/// in Go: the `Err` holds what Go prints before exiting with status 2.
pub fn parse_memlimit(env: Option<&str>) -> Result<i64, String> {
    let text = env.unwrap_or("");
    if text.is_empty() || text == "off" {
        return Ok(i64::MAX);
    }
    parse_byte_count(text).ok_or_else(|| {
        format!("GOMEMLIMIT={text}\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`")
    })
}

/// A byte count as `GOMEMLIMIT` spells it.
fn parse_byte_count(s: &str) -> Option<i64> {
    let (number, unit) = match s.as_bytes() {
        [.., b'0'..=b'9'] => (s, 1),
        [.., b'0'..=b'9', b'B'] => (&s[..s.len() - 1], 1),
        [_, .., p, b'i', b'B'] => {
            let shift = match p {
                b'K' => 10,
                b'M' => 20,
                b'G' => 30,
                b'T' => 40,
                _ => return None,
            };
            (&s[..s.len() - 3], 1u64 << shift)
        }
        _ => return None,
    };
    let n = u64::try_from(parse_int(number, 64)?).ok()?;
    i64::try_from(n.checked_mul(unit)?).ok()
}

/// The initial GOMAXPROCS from the `GOMAXPROCS` variable: the number when it parses as a
/// positive 32-bit integer, otherwise `ncpu` (Go's default, the usable CPU count).
pub fn parse_gomaxprocs(env: Option<&str>, ncpu: usize) -> usize {
    match parse_int(env.unwrap_or(""), 32) {
        Some(n) if n > 0 => n as usize,
        _ => ncpu,
    }
}

/// What a fatal error's traceback shows, from `GOTRACEBACK`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Traceback {
    /// 0: no goroutine stacks; 1: user frames; 2 or more: runtime frames and goroutine
    /// details as well (Go treats every level above 2 like 2; larger levels saturate at 255).
    pub level: u8,
    /// Show every goroutine, not only the one that failed.
    pub all: bool,
    /// Crash in an OS-specific way (SIGABRT on Unix) after printing.
    pub crash: bool,
}

impl Default for Traceback {
    /// `single`, Go's default.
    fn default() -> Self {
        Traceback { level: 1, all: false, crash: false }
    }
}

/// The traceback setting for a `GOTRACEBACK` value. The words `none`, `single` (and the empty
/// or unset variable), `all`, `system` and `crash` have fixed meanings; anything else,
/// including `wer` off Windows, shows all goroutines at the level given by the text read as
/// an integer, or level 0 when it is not one in 0..2³². Go keeps the level in 30 bits, so
/// larger numbers wrap: 1073741825 means level 1.
pub fn parse_gotraceback(env: Option<&str>) -> Traceback {
    let text = env.unwrap_or("");
    let (level, all, crash) = match text {
        "none" => (0, false, false),
        "single" | "" => (1, false, false),
        "all" => (1, true, false),
        "system" => (2, true, false),
        "crash" => (2, true, true),
        _ => {
            let level = parse_int(text, 64).and_then(|n| u32::try_from(n).ok()).map_or(0, |n| n & 0x3fff_ffff);
            (u8::try_from(level).unwrap_or(u8::MAX), true, false)
        }
    };
    Traceback { level, all, crash }
}

/// The text of `docs/godebug.md`: what GODEBUG and `//go:debug` mean in gorun, then every
/// setting in [`SETTINGS`] and every removed one in [`REMOVED`].
pub fn godebug_markdown() -> String {
    let mut out = String::from(
        "# GODEBUG settings\n\n\
         <!-- Generated from crates/runtime/src/settings/table.rs by godebug_markdown(); \
         GORUN_BLESS=1 cargo test -p gorun-runtime rewrites it. -->\n\n\
         A GODEBUG setting is a `name=value` pair that switches some behaviour of a running program, \
         usually back to what an older Go release did. A program names its own defaults with \
         `//go:debug name=value` lines before its `package` clause; the `GODEBUG` environment \
         variable, a comma-separated list of `name=value` entries, overrides them, and a later entry \
         overrides an earlier one. Entries without `=` and unknown names are ignored; runtime \
         settings keep their previous value when the new one is not an integer. A `//go:debug` \
         directive may only name a setting marked yes in the directive column. gorun follows \
         Go 1.27: the defaults below are Go 1.27's on linux/amd64, and *since* is the Go release \
         that introduced the setting. A setting marked *working* \
         behaves as in Go; *registered only* means gorun accepts and stores it but does not act \
         on it yet.\n\n\
         | name | default | values | since | directive | status | what it does |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for s in SETTINGS {
        let default = if s.default.is_empty() { "(unset)".to_string() } else { format!("`{}`", s.default) };
        let status = match s.status {
            Status::Working => "working",
            Status::Registered => "registered only",
        };
        let directive = if s.directive { "yes" } else { "no" };
        let _ = writeln!(
            out,
            "| `{}` | {default} | {} | {} | {directive} | {status} | {} |",
            s.name, s.values, s.since, s.doc
        );
    }
    out.push_str(
        "\nRemoved settings: Go no longer has these. Setting one to a value that asked for the old \
         behaviour is fatal at start-up (and rejected in `//go:debug`); any other value is ignored.\n\n\
         | name | removed in | fatal values |\n|---|---|---|\n",
    );
    for r in REMOVED {
        let old: Vec<String> = r.old.iter().map(|v| format!("`{v}`")).collect();
        let _ = writeln!(out, "| `{}` | 1.{} | {} |", r.name, r.removed, old.join(", "));
    }
    out.push_str(
        "\n## The other variables\n\n\
         | variable | values | default | read back with | status |\n|---|---|---|---|---|\n\
         | `GOGC` | a percentage, or `off` (any negative number is off; text that does not parse \
         means 100) | 100 | `debug.SetGCPercent` | stored; the collector will pace by it |\n\
         | `GOMEMLIMIT` | bytes with an optional `B`, `KiB`, `MiB`, `GiB` or `TiB` suffix, or `off`; \
         anything else is Go's fatal start-up error | no limit | `debug.SetMemoryLimit` | stored; \
         the collector will pace by it |\n\
         | `GOMAXPROCS` | a positive integer (anything else: the number of CPUs) | the number of CPUs \
         | `runtime.GOMAXPROCS` | stored; the scheduler will size its Ps by it |\n\
         | `GOTRACEBACK` | `none`, `single`, `all`, `system`, `crash`, or a number | `single` | \
         (`debug.SetTraceback` raises it, never below the variable) | working: level 0 prints only \
         the panic; `system` and `crash` print as `all`, and `crash` then aborts with SIGABRT (an \
         embedding application gets `gorun_vm::EXIT_ABORT` instead) |\n\n\
         `debug.SetMaxStack` (default 1 GB) works: a goroutine growing past it dies with Go's \
         `stack overflow`. `debug.SetMaxThreads` and `debug.SetPanicOnFault` keep and return their \
         values.\n\n\
         ## Precedence and embedding\n\n\
         For GODEBUG, a setting's table default is overridden by the program's `//go:debug` \
         directives (`Program::godebug`, in source order), which the `GODEBUG` variable overrides. \
         The command line reads the variables from its process; an application embedding gorun \
         passes them to `gorun_vm::run_main_env` as a `RuntimeEnv` (so machines in one process can \
         differ) and may edit `Program::godebug` to change the directive layer.\n",
    );
    out
}

#[cfg(test)]
mod tests;
