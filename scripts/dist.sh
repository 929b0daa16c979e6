#!/usr/bin/env bash
# Builds the release site into dist/ (Trunk, the size-first `web` profile, wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh web
export PATH="$PWD/node_modules/.bin:$PATH"
cargo fetch --locked
# --offline: trunk must never download a tool; a missing one is an error, not a fetch.
trunk build --release --cargo-profile web --offline --locked --skip-version-check
echo "dist/ built:"
for f in dist/*.wasm dist/*.js; do
  printf '  %-36s %9s bytes, %8s gzipped\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
