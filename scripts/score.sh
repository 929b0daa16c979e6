#!/usr/bin/env bash
# Scores the release CLI against the gold annotations in ../shared (not part of this repo):
# the seeds, the dev set's parts A–B (studied while writing rules) and C–E (held out: only
# their totals are read), all of them, and the project's own corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
if [ ! -f "$shared/eval/score.py" ]; then
  echo "score: $shared/eval/score.py not found; scoring needs the shared evaluation set beside the repo (set SHARED=path)" >&2
  exit 1
fi
cargo build --locked --release --bin communique --bin categories
cli=target/release/communique
score() { python3 "$shared/eval/score.py" "$@" --cmd "$cli" | tail -1; }
echo "== tests/corpus (the project's own articles)"
score tests/corpus
echo "== seeds"
score "$shared/seeds"
if [ -d "$shared/devset" ]; then
  parts=$(mktemp -d)
  trap 'rm -rf "$parts"' EXIT
  mkdir -p "$parts/A-B" "$parts/C-E"
  cp "$shared"/devset/d[AB]* "$parts/A-B/"
  cp "$shared"/devset/d[CDE]* "$parts/C-E/"
  echo "== dev set parts A-B"
  score "$parts/A-B"
  echo "== dev set parts C-E (held out)"
  score "$parts/C-E"
  echo "== seeds + dev set"
  score "$shared/seeds" "$shared/devset"
  echo "== category of the demands found, the learned reading against the rules' (seeds and A-B; C-E)"
  target/release/categories eval "$shared/seeds" "$parts/A-B"
  target/release/categories eval "$parts/C-E"
fi
target/release/communique "$shared"/seeds/*.txt > target/seed-reports.json || true
python3 "$shared/eval/contract.py" target/seed-reports.json "$shared"/seeds/*.txt
