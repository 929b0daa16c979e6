#!/usr/bin/env bash
# Scores the release CLI against the gold annotations in ../shared (not part of this repo).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
if [ ! -f "$shared/eval/score.py" ]; then
  echo "score: $shared/eval/score.py not found; scoring needs the shared evaluation set beside the repo (set SHARED=path)" >&2
  exit 1
fi
cargo build --locked --release --bin communique
sets=("$shared/seeds")
[ -d "$shared/devset" ] && sets+=("$shared/devset")
echo "== tests/corpus (the project's own articles)"
python3 "$shared/eval/score.py" tests/corpus --cmd target/release/communique
for s in "${sets[@]}"; do
  echo "== $s"
  python3 "$shared/eval/score.py" "$s" --cmd target/release/communique
done
echo "== all of ${sets[*]}"
python3 "$shared/eval/score.py" "${sets[@]}" --cmd target/release/communique
target/release/communique "$shared"/seeds/*.txt > target/seed-reports.json || true
python3 "$shared/eval/contract.py" target/seed-reports.json "$shared"/seeds/*.txt
