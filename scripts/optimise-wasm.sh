#!/usr/bin/env bash
# Shrinks each wasm file named, in place, as every wasm the portal serves is shrunk: wasm-opt
# (binaryen 132, scripts/setup.sh) for size, with the WebAssembly features Rust's
# wasm32-unknown-unknown target emits today. Used by build-areas.sh and build-widgets.sh; the
# whole app Trunk builds for index.html gets the same flags from its `data-wasm-opt-params`,
# which the lints compare with these.
set -euo pipefail
FLAGS=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-multivalue --enable-reference-types)
if [[ "${1:-}" == --flags ]]; then
  echo "${FLAGS[*]}"
  exit 0
fi
for wasm in "$@"; do
  wasm-opt "${FLAGS[@]}" "$wasm" -o "$wasm"
done
