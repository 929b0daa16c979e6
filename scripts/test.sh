#!/usr/bin/env bash
# Every test of the project, as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh

echo "== formatting"
cargo fmt --all -- --check
echo "== lints"
cargo clippy --locked --all-targets -- -D warnings
echo "== tests"
cargo test --locked
