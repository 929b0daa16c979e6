#!/usr/bin/env bash
# Builds the release site into dist/ and the release command line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh
cargo build --locked --release --bin communique
rm -rf dist
mkdir -p dist
cp index.html dist/
cp -r public/. dist/
echo "dist/ built; the command line is target/release/communique"
