#!/usr/bin/env bash
# Builds the site and serves it on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dist.sh
port="${PORT:-8080}"
echo "serving dist/ on http://127.0.0.1:$port/ (Ctrl-C stops)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
