# gorun's automation; `just --list` shows every recipe.

# Run every test (the same command README gives and CI runs).
test:
    cargo test --workspace

# Formatting and lints, as CI checks them.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings

# Everything CI does, from this checkout.
ci:
    .ci/run

# Regenerate expected outputs under testdata/ with real Go 1.27 (all, or the files given).
golden *files:
    tools/golden.sh {{files}}

# Parse every .go file of GOROOT/src outside testdata directories.
parse-goroot:
    tools/parse-goroot.sh

# Parse throughput of gorun against go/parser on GOROOT/src, one core, in one run.
bench-parse:
    tools/bench-parse.sh

# Fuzz one target (parse, lex or check) for the given number of seconds.
fuzz target="parse" seconds="600":
    tools/fuzz.sh {{target}} {{seconds}}

# Compare gorun's syntax trees with go/parser's on GOROOT/src (or the files given).
astdiff *files:
    tools/astdiff.sh {{files}}

# Time `gorun check` on a generated 10,000-line program (or the number of lines given).
bench-check lines="10000":
    tools/bench-check.sh {{lines}}

# Time bench/ programs under gorun, compiled Go and Lua 5.4 in one run (ratios to Go).
bench *names:
    tools/bench.sh {{names}}
