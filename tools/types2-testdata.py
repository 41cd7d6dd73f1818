#!/usr/bin/env python3
"""Compares gorun's type errors with the ERROR annotations of Go's own type checker tests.

Go's type checker test files ($GOROOT/src/internal/types/testdata/{check,fixedbugs,spec,
examples}) mark each expected error with a comment right after the offending token:
`/* ERROR "text" */` (the message contains text) or `/* ERRORx `regexp` */`. This script
runs `gorun check -e` on every file and reports, per file and in total:

  matched   expected errors that gorun reports on the same line with a matching message
  missed    expected errors gorun does not report (on that line, with that message)
  extra     errors gorun reports on lines without any expected error

Files that need packages gorun does not ship, or a Go version other than the current one,
are skipped. Usage: tools/types2-testdata.py [--gorun PATH] [-v] [FILE...]
"""
import argparse
import os
import re
import subprocess
import sys

ANNOT = re.compile(r'(?:/\*|//)\s*(ERRORx?|ERROR_)\s+(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)')


def expected(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            for m in ANNOT.finditer(line):
                kind, dq, bq = m.group(1), m.group(2), m.group(3)
                text = bq if bq is not None else bytes(dq, "utf-8").decode("unicode_escape")
                out.append((lineno, kind, text))
    return out


def matches(kind, text, msg):
    if kind == "ERRORx":
        try:
            return re.search(text, msg) is not None
        except re.error:
            return False
    return text in msg


def parses(gorun, path):
    p = subprocess.run([gorun, "check", "--parse-only", os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, text=True, timeout=30)
    return p.returncode == 0


def run(gorun, path):
    try:
        p = subprocess.run([gorun, "check", "-e", os.path.basename(path)], cwd=os.path.dirname(path),
                           capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode not in (0, 1):
        return None, f"exit status {p.returncode}: {p.stderr[-300:]}"
    got = []
    for line in p.stderr.splitlines():
        m = re.match(r"^[^\s:]+\.go:(\d+):(\d+): (.*)$", line)
        if m:
            got.append((int(m.group(1)), m.group(3)))
    return got, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gorun", default=os.path.join(os.path.dirname(__file__), "..", "target", "debug", "gorun"))
    ap.add_argument("-v", action="store_true", help="show every missed and extra error")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files
    if not files:
        goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
        base = os.path.join(goroot, "src", "internal", "types", "testdata")
        for d in ["check", "spec", "examples", "fixedbugs"]:
            dd = os.path.join(base, d)
            files += sorted(os.path.join(dd, f) for f in os.listdir(dd) if f.endswith(".go"))
    totals = {"matched": 0, "missed": 0, "extra": 0, "files": 0, "skipped": 0, "broken": 0}
    for path in files:
        src = open(path, encoding="utf-8", errors="replace").read()
        if re.search(r"^// -(lang|gotypesalias|goexperiment)", src, re.M):
            totals["skipped"] += 1
            continue
        if not parses(a.gorun, path):
            # gc reports syntax errors only; Go's type checker tests go on.
            totals["syntax"] = totals.get("syntax", 0) + 1
            continue
        want = expected(path)
        got, err = run(a.gorun, path)
        if err:
            totals["broken"] += 1
            print(f"BROKEN {path}: {err}")
            continue
        if any("not yet supported by gorun" in m or "is not in std" in m or "no required module" in m for _, m in got):
            totals["skipped"] += 1
            continue
        totals["files"] += 1
        used = set()
        missed = []
        for (line, kind, text) in want:
            hit = next((i for i, (l, m) in enumerate(got) if l == line and i not in used and matches(kind, text, m)), None)
            if hit is None:
                missed.append((line, text))
            else:
                used.add(hit)
        want_lines = {l for l, _, _ in want}
        # The test harness predeclares assert (and files may omit function bodies).
        got = [(l, m) for l, m in got if m != "undefined: assert" and m != "missing function body"]
        extra = [(l, m) for i, (l, m) in enumerate(got) if i not in used and l not in want_lines]
        totals["matched"] += len(want) - len(missed)
        totals["missed"] += len(missed)
        totals["extra"] += len(extra)
        if a.v and (missed or extra):
            print(f"== {path}")
            for l, t in missed:
                print(f"  missed {l}: {t}")
            for l, m in extra:
                print(f"  extra  {l}: {m}")
    print(" ".join(f"{k}={v}" for k, v in totals.items()))


if __name__ == "__main__":
    sys.exit(main())
