#!/usr/bin/env python3
"""Trunk post-build step: write sw.js into the staged site, the service worker of
public/sw.js preceded by the list of every file of the site and a build name hashed from
their contents, so that a new build is a new cache and an unchanged one is not."""
import hashlib
import json
import os
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("service_worker: TRUNK_STAGING_DIR is not set (run by trunk)")
source = os.path.join(os.environ.get("TRUNK_SOURCE_DIR", "."), "public", "sw.js")

assets = []
digest = hashlib.sha256()
for root, _, files in os.walk(staging):
    for name in files:
        path = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        if path != "sw.js":
            assets.append(path)
for path in sorted(assets):
    digest.update(path.encode() + b"\0")
    with open(os.path.join(staging, path), "rb") as f:
        digest.update(f.read())

header = "const BUILD = %s;\nconst ASSETS = %s;\n" % (
    json.dumps(digest.hexdigest()[:16]),
    json.dumps(["./" + a for a in sorted(assets)], indent=0),
)
with open(source, encoding="utf-8") as f:
    body = f.read()
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(header + body)
