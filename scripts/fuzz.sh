#!/usr/bin/env bash
# Fuzzes `analyze_file` with cargo-fuzz (libFuzzer) for FUZZ_SECONDS (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! rustup toolchain list | grep -q nightly; then
  echo "fuzz: needs a nightly toolchain (rustup toolchain install nightly)" >&2
  exit 1
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
seeds=$(mktemp -d)
cp tests/corpus/*.txt tests/corpus/*.html "$seeds"/
cd fuzz
cargo +nightly fuzz run analyze "$seeds" -- -max_total_time="${FUZZ_SECONDS:-300}" -max_len=8192
