#!/usr/bin/env bash
# Builds the page and serves it on 127.0.0.1 only, rebuilding on changes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh web
export PATH="$PWD/node_modules/.bin:$PATH"
cargo fetch --locked
port="${PORT:-8080}"
echo "serving on http://127.0.0.1:$port/ (Ctrl-C stops)"
exec trunk serve --release --offline --skip-version-check --address 127.0.0.1 --port "$port" --no-autoreload
