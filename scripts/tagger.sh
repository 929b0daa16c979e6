#!/usr/bin/env bash
# Trains (train) or evaluates (eval) the part-of-speech tagger on the UD English Web Treebank,
# which lives in the shared data beside the repo, not in it. Training is deterministic: the
# same treebank gives the same data/tagger.bin, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
ud="${UD:-${SHARED:-../shared}/data/ud-english-ewt}"
if [ ! -f "$ud/en_ewt-ud-train.conllu" ]; then
  echo "tagger: $ud/en_ewt-ud-*.conllu not found; the treebank is in the shared data beside the repo (set UD=dir or SHARED=path)" >&2
  exit 1
fi
cargo build --locked --release --quiet --bin tagger
case "${1:-}" in
  train) target/release/tagger train "$ud" data/tagger.bin ;;
  eval) target/release/tagger eval "$ud" ;;
  *) echo "usage: scripts/tagger.sh train|eval" >&2; exit 2 ;;
esac
