#!/usr/bin/env bash
# Builds the release site into dist/ (Trunk, the size-first `web` profile, wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh web
export PATH="$PWD/node_modules/.bin:$PATH"
cargo fetch --locked
# --offline: trunk must never download a tool; a missing one is an error, not a fetch.
trunk build --release --cargo-profile web --offline --locked --skip-version-check
wasm=$(ls dist/*.wasm)
printf 'dist/ built: %s is %s bytes, %s gzipped\n' "$(basename "$wasm")" "$(stat -c %s "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
