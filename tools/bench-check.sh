#!/usr/bin/env bash
# Times `gorun check` (parse + type-check, standard packages included) on a generated
# valid Go program of LINES lines (default 10,000; tools/gen-big-program.py), with
# hyperfine. The issue's target: under 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-10000}
command -v hyperfine >/dev/null || { echo "bench-check: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release -q -p gorun
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tools/gen-big-program.py "$lines" > "$tmp/big.go"
echo "program: $(wc -l < "$tmp/big.go") lines, $(wc -c < "$tmp/big.go") bytes"
target/release/gorun check "$tmp/big.go"   # must be clean
hyperfine -N --warmup 5 --runs 30 "target/release/gorun check $tmp/big.go"
