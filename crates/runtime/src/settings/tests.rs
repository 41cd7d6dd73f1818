//! Every expected value here was checked against Go 1.27.3 on linux/amd64 by running a small
//! program with the variable set (`debug.SetGCPercent(-1)`, `debug.SetMemoryLimit(-1)`,
//! `runtime.GOMAXPROCS(0)`, `runtime.MemProfileRate`, `recover()` after `panic(nil)`, and the
//! shape of a panic's traceback).

use super::*;

fn directives(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn docs_match_the_settings_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/godebug.md");
    let want = godebug_markdown();
    if std::env::var_os("GORUN_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "docs/godebug.md is out of date: run GORUN_BLESS=1 cargo test -p gorun-runtime");
}

#[test]
fn the_table_is_sorted_complete_and_printable() {
    assert!(SETTINGS.windows(2).all(|w| w[0].name < w[1].name), "SETTINGS must be sorted and unique");
    // 33 runtime debugging variables + memprofilerate + 51 compatibility settings, 6 in both.
    assert_eq!(SETTINGS.len(), 79);
    assert_eq!(SETTINGS.iter().filter(|s| s.directive).count(), 51);
    assert_eq!(SETTINGS.iter().filter(|s| s.kind != Kind::Text).count(), 34);
    for s in SETTINGS {
        assert!(s.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()), "{}", s.name);
        for field in [s.default, s.values, s.doc, s.since] {
            assert!(!field.contains('|') && !field.contains('\n'), "{}: {field:?}", s.name);
        }
        assert!(!s.doc.is_empty() && !s.values.is_empty(), "{}", s.name);
        assert!(s.since.starts_with("1.") && s.since[2..].parse::<u32>().is_ok_and(|v| v <= 27), "{}", s.name);
        let want = if s.name == "panicnil" { Status::Working } else { Status::Registered };
        assert_eq!(s.status, want, "{}", s.name);
        if s.kind != Kind::Text {
            assert!(parse_int(s.default, 64).is_some(), "{}: integer default {:?}", s.name, s.default);
        }
    }
    assert!(REMOVED.iter().all(|r| lookup(r.name).is_none() && !r.old.is_empty()));
    let md = godebug_markdown();
    // One row per setting and per removed setting, then the four other variables.
    assert_eq!(md.lines().filter(|l| l.starts_with("| `")).count(), SETTINGS.len() + REMOVED.len() + 4);
    assert!(md.contains("| `panicnil` | `0` | 0, 1 | 1.21 | yes | working |"), "{md}");
    assert!(md.contains("| `gctrace` | `0` | 0, 1, 2 | 1.2 | no | registered only |"), "{md}");
    assert!(md.contains("| `netdns` | (unset) |"), "{md}");
}

#[test]
fn only_compatibility_settings_may_be_directives() {
    for name in ["panicnil", "netdns", "http2client", "fips140", "tracebacklabels", "zipinsecurepath"] {
        assert!(is_known(name), "{name}");
    }
    // `go run` rejects `//go:debug gctrace=1` with `unknown //go:debug setting "gctrace"`.
    for name in ["gctrace", "memprofilerate", "madeup", "default", "x509sha1", "", "PANICNIL"] {
        assert!(!is_known(name), "{name}");
    }
    assert!(lookup("gctrace").is_some() && lookup("x509sha1").is_none());
    let r = REMOVED.iter().find(|r| r.name == "asynctimerchan").unwrap();
    assert!(r.is_old("1") && r.is_old("2") && !r.is_old("0"));
}

#[test]
fn panicnil_follows_directive_then_environment() {
    // (directive panicnil=1?, GODEBUG, does panic(nil) recover as nil?)
    let cases: &[(bool, Option<&str>, bool)] = &[
        (true, None, true),
        (true, Some(""), true),
        (true, Some("panicnil=0"), false),
        (true, Some("panicnil=1"), true),
        (true, Some("panicnil=0,panicnil=x"), false),
        (true, Some("panicnil=0,panicnil"), false),
        (true, Some("panicnil=01"), true),
        (true, Some("panicnil=2"), false),
        (true, Some("panicnil=+1"), true),
        (true, Some(" panicnil=0"), true),
        (true, Some("panicnil =0"), true),
        (true, Some("panicnil=0,,"), false),
        (false, None, false),
        (false, Some("panicnil=1"), true),
        (false, Some("panicnil=1,panicnil=x"), true),
        (false, Some("panicnil=x,panicnil=1"), true),
        (false, Some("panicnil=1,panicnil=0"), false),
        (false, Some("panicnil=1,madeup=3,cpu.avx=off,=,,x"), true),
    ];
    for &(directive, env, want) in cases {
        let defaults = if directive { directives(&[("panicnil", "1")]) } else { vec![] };
        let g = Godebug::parse(&defaults, env);
        assert_eq!(g.panicnil(), want, "directive={directive} GODEBUG={env:?}");
        assert_eq!(g.startup_error(), None);
    }
}

#[test]
fn values_are_stored_as_go_reads_them() {
    let g = Godebug::parse(&directives(&[("http2client", "0"), ("netdns", "go")]), Some("gctrace=+01,netdns=cgo+2"));
    assert_eq!(g.get("gctrace"), Some("1"), "runtime integers are normalised");
    assert_eq!(g.get("http2client"), Some("0"), "a directive holds when the environment is silent");
    assert_eq!(g.get("netdns"), Some("cgo+2"), "the environment overrides a directive");
    assert_eq!(g.get("schedtrace"), Some("0"));
    assert_eq!(g.get("installgoroot"), Some(""));
    assert_eq!(g.get("madeup"), None);
    let d = Godebug::default();
    assert!(SETTINGS.iter().all(|s| d.get(s.name) == Some(s.default)));
    assert!(!d.panicnil() && d.startup_error().is_none());
    // An empty value overrides the directive and means the package default.
    let g = Godebug::parse(&directives(&[("http2client", "0")]), Some("http2client="));
    assert_eq!(g.get("http2client"), Some("1"));
    // A bisect pattern after '#' is dropped from text settings; runtime integers reject it.
    let g = Godebug::parse(&[], Some("http2server=0#+abc,panicnil=1#x"));
    assert_eq!((g.get("http2server"), g.panicnil()), (Some("0"), false));
    // gccheckmark turns async preemption off; profstackdepth is capped at 1024.
    let g = Godebug::parse(&[], Some("gccheckmark=1,profstackdepth=5000"));
    assert_eq!((g.get("asyncpreemptoff"), g.int("profstackdepth")), (Some("1"), Some(1024)));
    let g = Godebug::parse(&[], Some("gccheckmark=0,profstackdepth=-5,gcstoptheworld=2147483648"));
    assert_eq!((g.int("asyncpreemptoff"), g.int("profstackdepth")), (Some(0), Some(-5)));
    assert_eq!(g.int("gcstoptheworld"), Some(0), "out of 32-bit range: ignored");
}

#[test]
fn memprofilerate_is_a_64_bit_int() {
    // GODEBUG → runtime.MemProfileRate in a program that reads memory profiles.
    let cases = [
        (None, 524288),
        (Some("memprofilerate=+5"), 5),
        (Some("memprofilerate=abc"), 524288),
        (Some("memprofilerate=9999999999"), 9_999_999_999),
        (Some("memprofilerate=7,memprofilerate=x"), 7),
        (Some("memprofilerate=-3"), -3),
    ];
    for (env, want) in cases {
        assert_eq!(Godebug::parse(&[], env).int("memprofilerate"), Some(want), "{env:?}");
    }
}

#[test]
fn fatal_settings_report_go_messages() {
    let g = Godebug::parse(&[], Some("gctrace=1,x509sha1=1"));
    assert_eq!(
        g.startup_error(),
        Some(
            "fatal error: removed GODEBUG \"x509sha1\" set to old value \"1\" in environment \
             (https://go.dev/doc/godebug#go-124)"
        )
    );
    let g = Godebug::parse(&[], Some("asynctimerchan=2,gctrace=1"));
    assert_eq!(
        g.startup_error(),
        Some(
            "fatal error: removed GODEBUG \"asynctimerchan\" set to old value \"2\" in environment \
             (https://go.dev/doc/godebug#go-127)"
        )
    );
    assert_eq!(g.get("gctrace"), Some("0"), "parsing stops at the removed setting");
    // A removed setting with a new value is accepted and ignored.
    assert_eq!(Godebug::parse(&[], Some("x509sha1=0,gotypesalias=1")).startup_error(), None);
    let g = Godebug::parse(&[], Some("cgocheck=2"));
    assert_eq!(
        g.startup_error(),
        Some(
            "fatal error: cgocheck > 1 mode is no longer supported at runtime. \
             Use GOEXPERIMENT=cgocheck2 at build time instead."
        )
    );
    assert_eq!(Godebug::parse(&[], Some("cgocheck=2,cgocheck=0")).startup_error(), None);
}

#[test]
fn gogc_matches_go() {
    let cases = [
        (None, Some(100)),
        (Some(""), Some(100)),
        (Some("off"), None),
        (Some("OFF"), Some(100)),
        (Some("50"), Some(50)),
        (Some("0"), Some(0)),
        (Some("-1"), None),
        (Some("-5"), None),
        (Some("+20"), Some(20)),
        (Some(" 20"), Some(100)),
        (Some("abc"), Some(100)),
        (Some("2147483647"), Some(2147483647)),
        (Some("2147483648"), Some(100)),
        (Some("-2147483648"), None),
        (Some("-2147483649"), Some(100)),
        (Some("1_000"), Some(100)),
        (Some("0x10"), Some(100)),
        (Some("010"), Some(10)),
    ];
    for (env, want) in cases {
        assert_eq!(parse_gogc(env), want, "GOGC={env:?}");
    }
}

#[test]
fn memlimit_matches_go() {
    let ok = [
        (None, i64::MAX),
        (Some(""), i64::MAX),
        (Some("off"), i64::MAX),
        (Some("0"), 0),
        (Some("100"), 100),
        (Some("100B"), 100),
        (Some("0B"), 0),
        (Some("1KiB"), 1024),
        (Some("2MiB"), 2 << 20),
        (Some("3GiB"), 3 << 30),
        (Some("1TiB"), 1 << 40),
        (Some("+5"), 5),
        (Some("+5MiB"), 5 << 20),
        (Some("-0"), 0),
        (Some("-0MiB"), 0),
        (Some("010MiB"), 10 << 20),
        (Some("9223372036854775807"), i64::MAX),
        (Some("8388607TiB"), 9223370937343148032),
    ];
    for (env, want) in ok {
        assert_eq!(parse_memlimit(env), Ok(want), "GOMEMLIMIT={env:?}");
    }
    let bad = [
        "OFF",
        "1kiB",
        "1PiB",
        "1KB",
        "1K",
        "B",
        "iB",
        "KiB",
        "1iB",
        "-1",
        "-1B",
        "9223372036854775808",
        "8388608TiB",
        "9007199254740992KiB",
        " 5",
        "abc",
        "1_000",
    ];
    for text in bad {
        let want =
            format!("GOMEMLIMIT={text}\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
        assert_eq!(parse_memlimit(Some(text)), Err(want), "GOMEMLIMIT={text:?}");
    }
}

#[test]
fn gomaxprocs_matches_go() {
    let cases = [
        (None, 2),
        (Some(""), 2),
        (Some("1"), 1),
        (Some("3"), 3),
        (Some("100"), 100),
        (Some("0"), 2),
        (Some("-1"), 2),
        (Some("+4"), 4),
        (Some(" 2"), 2),
        (Some("abc"), 2),
        (Some("010"), 10),
        (Some("2147483648"), 2),
        (Some("1_0"), 2),
        (Some("0x4"), 2),
    ];
    for (env, want) in cases {
        assert_eq!(parse_gomaxprocs(env, 2), want, "GOMAXPROCS={env:?}");
    }
    assert_eq!(parse_gomaxprocs(Some("2147483647"), 8), 2147483647);
}

#[test]
fn gotraceback_matches_go() {
    let t = |level, all, crash| Traceback { level, all, crash };
    let cases = [
        (None, t(1, false, false)),
        (Some(""), t(1, false, false)),
        (Some("none"), t(0, false, false)),
        (Some("single"), t(1, false, false)),
        (Some("all"), t(1, true, false)),
        (Some("system"), t(2, true, false)),
        (Some("crash"), t(2, true, true)),
        (Some("wer"), t(0, true, false)),
        (Some("0"), t(0, true, false)),
        // A number always shows every goroutine: GOTRACEBACK=1 is "all", not "single".
        (Some("1"), t(1, true, false)),
        (Some("2"), t(2, true, false)),
        (Some("3"), t(3, true, false)),
        (Some("-1"), t(0, true, false)),
        (Some("abc"), t(0, true, false)),
        (Some("SINGLE"), t(0, true, false)),
        (Some("+1"), t(1, true, false)),
        (Some("01"), t(1, true, false)),
        (Some("1073741825"), t(1, true, false)),
        (Some("1073741824"), t(0, true, false)),
        (Some("4294967296"), t(0, true, false)),
        (Some("1000"), t(255, true, false)),
    ];
    for (env, want) in cases {
        assert_eq!(parse_gotraceback(env), want, "GOTRACEBACK={env:?}");
    }
    assert_eq!(Traceback::default(), parse_gotraceback(None));
}

#[test]
fn go_integers() {
    assert_eq!(parse_int("-2147483648", 32), Some(-2147483648));
    assert_eq!(parse_int("9223372036854775807", 64), Some(i64::MAX));
    assert_eq!(parse_int("-9223372036854775808", 64), Some(i64::MIN));
    assert_eq!(parse_int("99999999999999999999999", 64), None);
    for bad in ["", "+", "-", "1 ", "1e3", "٣", "--1", "+-1"] {
        assert_eq!(parse_int(bad, 64), None, "{bad:?}");
    }
}
