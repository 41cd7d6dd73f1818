#!/usr/bin/env bash
# Parse throughput of gorun and go/parser over the same GOROOT/src files, each on one core,
# alternating, best of N runs each (default 5). Needs Go 1.27 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/goroot.sh
root=$(goroot)
runs=${1:-5}
cargo build --release -q -p gorun
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
goroot_files "$root" > "$tmp/files"
(cd tools/goparser && GOTOOLCHAIN=local go build -o "$tmp/goparser" main.go)
gorun_bin=$PWD/target/release/gorun
mbps() { sed -E 's/.*\(([0-9.]+) MB\/s.*/\1/'; }
best() { printf '%s\n' "$@" | sort -g | tail -1; }
g=(); d=(); s=()
cd "$root/src"
for _ in $(seq "$runs"); do
  g+=("$("$gorun_bin" check --parse-only --stats --files-from "$tmp/files" 2>&1 | mbps)")
  d+=("$(GOMAXPROCS=1 "$tmp/goparser" < "$tmp/files" | mbps)")
  s+=("$(GOMAXPROCS=1 "$tmp/goparser" -skip-resolution < "$tmp/files" | mbps)")
done
echo "files: $(wc -l < "$tmp/files"), $(cat $(cat "$tmp/files") | wc -c) bytes; best of $runs runs each, MB/s:"
printf '  %-42s %6s\n' "gorun check --parse-only" "$(best "${g[@]}")" \
  "go/parser (ParseFile, mode 0)" "$(best "${d[@]}")" \
  "go/parser (SkipObjectResolution)" "$(best "${s[@]}")"
