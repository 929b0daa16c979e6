#!/bin/sh
# Trunk runs the hooks of one stage at the same time; these two must run in this order,
# because the service worker lists (and hashes) the loader file the first one writes.
set -e
python3 scripts/externalize_loader.py
python3 scripts/service_worker.py
