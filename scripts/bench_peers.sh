#!/usr/bin/env bash
# The release CLI against wink-nlp (installed from package-lock.json) in Node, on the same
# ~1 MB of distinct articles: e2e/peers.mjs prints both speeds and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh npm
cargo build --release --locked --bin communique
node e2e/peers.mjs
