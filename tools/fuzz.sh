#!/usr/bin/env bash
# Fuzzes a target of fuzz/ (parse, lex or check) for SECONDS with cargo-fuzz (nightly), seeded
# with every Go file under testdata/ and the saved regressions in testdata/fuzz/.
# New crashes land in fuzz/artifacts/TARGET/; copy them to testdata/fuzz/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-parse}
seconds=${2:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
corpus=fuzz/corpus/$target
mkdir -p "$corpus"
cp testdata/*/*.go testdata/fuzz/* "$corpus"/ 2>/dev/null || true
cargo +nightly fuzz run "$target" "$corpus" -- -dict=fuzz/go.dict -max_len=16384 \
  -max_total_time="$seconds" -print_final_stats=1
