#!/usr/bin/env bash
# Installs what the build needs, idempotently: fast when everything is already present.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if ! have cargo; then
  echo "tools: cargo is missing; install Rust with rustup (https://rustup.rs) first" >&2
  exit 1
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
