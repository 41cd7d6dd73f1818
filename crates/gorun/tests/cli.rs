//! The `gorun` command's behaviour at its boundary: exit statuses, file naming, flags.

use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gorun-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn gorun(dir: &PathBuf, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gorun")).args(args).current_dir(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const GOOD: &str = "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n";
const BAD: &str = "package main\n\nfunc main() {\n\tx := f(1\n\t)\n}\n";

#[test]
fn running_a_program() {
    let unsupported = "package main\n\nfunc id[T any](x T) T { return x }\n\nfunc main() {\n\tprintln(id(1))\n}\n";
    let args = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1:])\n\tdefer fmt.Println(\"not run\")\n\tos.Exit(7)\n}\n";
    let overflow =
        "package main\n\nfunc down(n int) int { return down(n+1) + 1 }\n\nfunc main() { println(down(0)) }\n";
    let dir = scratch(
        "run",
        &[("hello.go", GOOD), ("bad.go", BAD), ("generic.go", unsupported), ("deep.go", overflow), ("args.go", args)],
    );
    // The builtin println writes to standard error, as Go's does.
    assert_eq!(gorun(&dir, &["hello.go", "arg"]), (0, String::new(), "hi\n".to_string()));
    let (code, stdout, stderr) = gorun(&dir, &["bad.go"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(stderr.starts_with("./bad.go:4:10: syntax error"), "{stderr}");
    // What the compiler cannot translate yet is a build error, never a wrong run.
    let (code, _, stderr) = gorun(&dir, &["generic.go"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("calling generic functions is not supported by gorun yet"), "{stderr}");
    // Arguments reach os.Args; os.Exit ends the program at once with its status.
    assert_eq!(gorun(&dir, &["args.go", "a", "b c"]), (7, "3 [a b c]\n".to_string(), String::new()));
    // Unbounded recursion: Go's fatal error (texts as real Go 1.27 prints them), exit 2.
    let (code, _, stderr) = gorun(&dir, &["deep.go"]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.first(), Some(&"runtime: goroutine stack exceeds 1000000000-byte limit"), "{stderr}");
    assert!(lines.contains(&"fatal error: stack overflow"), "{stderr}");
    let (code, listing, _) = gorun(&dir, &["disasm", "hello.go"]);
    assert_eq!(code, 0);
    assert!(listing.contains("func main.main") && listing.contains("LoadStr"), "{listing}");
}

#[test]
fn check_reports_like_gc_and_names_files_like_gc() {
    let dir = scratch("check", &[("ok.go", GOOD), ("bad.go", BAD), ("sub/bad.go", BAD)]);
    assert_eq!(gorun(&dir, &["check", "ok.go"]), (0, String::new(), String::new()));
    let (code, _, stderr) = gorun(&dir, &["check", "bad.go"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "./bad.go:4:10: syntax error: unexpected newline in argument list; possibly missing comma or )\n"
    );
    let (_, _, stderr) = gorun(&dir, &["check", "sub/bad.go"]);
    assert!(stderr.starts_with("sub/bad.go:4:10: "), "{stderr}");
    // A directory stands for its Go files; DIR/... for everything below.
    let (code, _, stderr) = gorun(&dir, &["check", "."]);
    assert_eq!((code, stderr.lines().count()), (1, 1), "{stderr}");
    let (code, _, stderr) = gorun(&dir, &["check", "./..."]);
    assert_eq!((code, stderr.lines().count()), (1, 2), "{stderr}");
}

#[test]
fn rich_diagnostics_show_the_source() {
    let dir = scratch("rich", &[("bad.go", BAD)]);
    let (code, _, stderr) = gorun(&dir, &["check", "--rich", "bad.go"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("error: syntax error: unexpected newline"), "{stderr}");
    assert!(stderr.contains("x := f(1"), "{stderr}");
}

#[test]
fn ast_dump_and_missing_files() {
    let dir = scratch("ast", &[("ok.go", GOOD)]);
    let (code, stdout, _) = gorun(&dir, &["check", "--parse-only", "--ast", "ok.go"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("File package main @1:1\n  Func main @3:1\n"), "{stdout}");
    let (code, _, stderr) = gorun(&dir, &["check", "nope.go"]);
    assert_eq!(code, 1);
    assert_eq!(stderr, "gorun: nope.go: no such file or directory\n");
}

#[test]
fn gotraceback_decides_what_a_crash_report_shows() {
    let boom = "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n";
    let dir = scratch("traceback", &[("boom.go", boom)]);
    let run = |value: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gorun"));
        cmd.arg("boom.go").current_dir(&dir).env_remove("GOTRACEBACK");
        if let Some(v) = value {
            cmd.env("GOTRACEBACK", v);
        }
        let out = cmd.output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // As real Go 1.27: `none` and `0` print only the panic; the default and `all` add the
    // goroutine; an unknown word means level 0.
    for none in ["none", "0", "bogus"] {
        assert_eq!(run(Some(none)), (2, "panic: boom\n".to_string()), "GOTRACEBACK={none}");
    }
    // `crash` reports, then dies by SIGABRT (no exit status), as Go does.
    let (code, err) = run(Some("crash"));
    assert_eq!(code, -1, "{err}");
    assert!(err.starts_with("panic: boom\n\ngoroutine 1 [running]:\n"), "{err}");
    for some in [None, Some("single"), Some("all"), Some("1")] {
        let (code, err) = run(some);
        assert_eq!(code, 2);
        assert!(err.starts_with("panic: boom\n\ngoroutine 1 [running]:\nmain.main("), "GOTRACEBACK={some:?}: {err}");
    }
}

#[test]
fn set_max_stack_lowers_the_stack_limit() {
    let prog = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime/debug\"\n)\n\nfunc down(n int) int { return down(n+1) + 1 }\n\nfunc main() {\n\tfmt.Println(debug.SetMaxStack(1 << 20))\n\tfmt.Println(down(0))\n}\n";
    let dir = scratch("maxstack", &[("ms.go", prog)]);
    let (code, out, err) = gorun(&dir, &["ms.go"]);
    // Go prints the same lines (and one more naming stack addresses).
    assert_eq!((code, out.as_str()), (2, "1000000000\n"));
    assert!(
        err.starts_with("runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow\n"),
        "{err}"
    );
}
