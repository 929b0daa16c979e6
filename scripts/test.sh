#!/usr/bin/env bash
# Every test of the project, as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh browser
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

echo "== formatting"
cargo fmt --all -- --check
echo "== lints (native and wasm)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked -p communique-python --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bin web --bin worker --test browser -- -D warnings
echo "== engine, corpus, CLI and property tests"
cargo test --locked
echo "== the Python package, and the Spark job on a local Spark"
scripts/python.sh
.venv/bin/python -m pytest -q python/tests
echo "== components and the JS door in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test browser
echo "== release site"
scripts/dist.sh
echo "== end to end in Chromium, served from a sub-path"
node --test --test-reporter=spec e2e/
