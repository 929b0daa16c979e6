#!/usr/bin/env bash
# Installs what the build and the tests need, idempotently: each step is skipped when its
# tool is already there at the right version, so a warm machine passes through in seconds.
#   scripts/tools.sh          Rust components only (native build and tests)
#   scripts/tools.sh npm      also the npm packages (wasm-opt, Playwright, axe-core, wink-nlp)
#   scripts/tools.sh web      also the wasm target, trunk and wasm-bindgen-cli
#   scripts/tools.sh browser  also Chromium and ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

have() { command -v "$1" >/dev/null 2>&1; }
say() { echo "tools: $*"; }

if ! have cargo; then
  echo "tools: cargo is missing; install Rust with rustup (https://rustup.rs) first" >&2
  exit 1
fi
for component in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
done

level="${1:-native}"
[ "$level" = native ] && exit 0

# binaryen (wasm-opt 132; Debian's 108 cannot read current Rust output), playwright-core,
# axe-core (the end-to-end accessibility check), and wink-nlp with its English model (the
# peer that `make bench-peers` and `make bench-web` measure the engine against).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/wink-nlp ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  have npm || { echo "tools: npm is missing (Node.js 18 or newer is needed)" >&2; exit 1; }
  npm ci --no-audit --no-fund
fi

[ "$level" = npm ] && exit 0

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

TRUNK_VERSION=0.21.14   # newer trunk needs a newer rustc than this machine's
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen of Cargo.lock. Installed without --locked:
# its own lock file names a webpki-roots release this registry does not serve.
WB=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB"; then
  say "installing wasm-bindgen-cli $WB (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB"
fi

[ "$level" = web ] && exit 0

if ! have chromium || ! have chromedriver; then
  say "installing Debian's chromium and chromium-driver"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium chromium-driver
fi
