#!/usr/bin/env bash
# Parses every Go file of GOROOT/src outside testdata with `gorun check --parse-only`.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/goroot.sh
root=$(goroot)
cargo build --release -q -p gorun
list=$(mktemp)
trap 'rm -f "$list"' EXIT
goroot_files "$root" > "$list"
echo "parse-goroot: $(wc -l < "$list") files under $root/src"
cd "$root/src"
"$OLDPWD/target/release/gorun" check --parse-only --stats --files-from "$list"
