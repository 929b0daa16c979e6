#!/usr/bin/env bash
# The Python door's environment, idempotently: a Java runtime for Spark (Debian's, only when
# `java` is missing), a virtualenv in .venv with python/requirements.txt (reinstalled only
# when that file changes: PySpark is a big download) and the communique package built from
# this checkout into it (cargo rebuilds only what changed).
#   scripts/python.sh          all of it
#   scripts/python.sh env      the runtime and the virtualenv, not the package
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "python: $*"; }

if ! command -v java >/dev/null 2>&1; then
  say "installing Debian's openjdk-17-jre-headless for Spark"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq openjdk-17-jre-headless
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
want=$(sha256sum python/requirements.txt | cut -d' ' -f1)
if [ "$(cat .venv/.requirements 2>/dev/null)" != "$want" ]; then
  say "installing python/requirements.txt into .venv (PySpark is about 400 MB, once)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r python/requirements.txt
  echo "$want" > .venv/.requirements
fi

[ "${1:-all}" = env ] && exit 0

# An editable build into .venv: the Python sources stay those of the checkout, the engine
# is compiled in release mode into target/ beside the CLI, which the tests compare it with.
cargo build --release --locked --bin communique
.venv/bin/maturin develop --release --locked -q
