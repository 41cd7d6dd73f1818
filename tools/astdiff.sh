#!/usr/bin/env bash
# Differential test of gorun's parser against go/parser: for every .go file under
# GOROOT/src outside testdata directories (or the files given as arguments), compares
# `gorun check --parse-only --ast FILE` with tools/astdiff (go/parser's tree printed in
# gorun's dump format), then prints a summary and short diffs of the first differing files.
#
# Environment: ASTDIFF_SHOW (differing files to show, default 5), ASTDIFF_LINES (diff lines
# per file, default 40), ASTDIFF_KEEP=DIR (keep all dumps and the lists of results in DIR),
# ASTDIFF_JOBS (parallel jobs, default nproc).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export GOTOOLCHAIN=local
. tools/goroot.sh

gorun=$repo/target/release/gorun
if [ ! -x "$gorun" ]; then
  echo "astdiff: $gorun not built (cargo build --release -p gorun)" >&2
  exit 2
fi

if [ -n "${ASTDIFF_KEEP:-}" ]; then
  work=$ASTDIFF_KEEP
  rm -rf "$work"
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/go" "$work/gorun"

go build -o "$work/astdiff" ./tools/astdiff/main.go

list=$work/files
if [ $# -gt 0 ]; then
  for f in "$@"; do
    case $f in /*) echo "$f" ;; *) echo "$repo/$f" ;; esac
  done > "$list"
else
  root=$(goroot)
  goroot_files "$root" | sed "s|^\./|$root/src/|" > "$list"
fi

# Worker: for each file, writes both dumps and prints one result line:
# SAME, DIFF, GORUNERR (gorun printed no tree), GOERR (go/parser rejects the file; not
# compared) or GOERRONLY (go/parser rejects it but gorun reports nothing).
worker() {
  for f in "$@"; do
    key=$(printf '%s' "$f" | tr '/' '%')
    if ! "$WORK/astdiff" "$f" > "$WORK/go/$key" 2> "$WORK/go/$key.err"; then
      if "$GORUN" check --parse-only "$f" > /dev/null 2> "$WORK/gorun/$key.err" && [ ! -s "$WORK/gorun/$key.err" ]; then
        echo "GOERRONLY $f"
      else
        echo "GOERR $f"
      fi
      continue
    fi
    "$GORUN" check --parse-only --ast "$f" > "$WORK/gorun/$key" 2> "$WORK/gorun/$key.err" || true
    if [ ! -s "$WORK/gorun/$key" ]; then
      echo "GORUNERR $f"
    elif cmp -s "$WORK/go/$key" "$WORK/gorun/$key"; then
      echo "SAME $f"
    else
      echo "DIFF $f"
    fi
  done
}
export -f worker
export WORK=$work GORUN=$gorun
jobs=${ASTDIFF_JOBS:-$(nproc)}
xargs -d '\n' -P "$jobs" -n 64 bash -c 'worker "$@"' _ < "$list" | sort -k2 > "$work/results"

total=$(wc -l < "$work/results")
count() { grep -c "^$1 " "$work/results" || true; }
same=$(count SAME)
differ=$(count DIFF)
goerronly=$(count GOERRONLY)
goerr=$(( $(count GOERR) + goerronly ))
gorunerr=$(count GORUNERR)
echo "astdiff: $total files: $((same + differ + gorunerr)) compared, $same identical, $((differ + gorunerr)) differing ($gorunerr with no gorun tree); $goerr rejected by go/parser and skipped ($goerronly of them accepted by gorun without a diagnostic)"

show=${ASTDIFF_SHOW:-5}
lines=${ASTDIFF_LINES:-40}
{ grep -E '^(DIFF|GORUNERR) ' "$work/results" || true; } | head -n "$show" | while read -r kind f; do
  key=$(printf '%s' "$f" | tr '/' '%')
  echo
  echo "=== $f ($kind)"
  if [ "$kind" = GORUNERR ]; then
    head -n 5 "$work/gorun/$key.err"
  else
    diff -u --label go/parser --label gorun "$work/go/$key" "$work/gorun/$key" | head -n "$lines" || true
  fi
done
{ grep -E '^GOERRONLY ' "$work/results" || true; } | head -n "$show" | while read -r _ f; do
  key=$(printf '%s' "$f" | tr '/' '%')
  echo
  echo "go/parser rejects, gorun accepts: $(head -n 1 "$work/go/$key.err")"
done
[ "$((differ + gorunerr))" -eq 0 ]
