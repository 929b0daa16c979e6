#!/usr/bin/env python3
"""Trunk post-build hook: move the inline module script Trunk writes into index.html into
a file of its own, so the page runs under a CSP that allows no inline script."""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("externalize_loader: TRUNK_STAGING_DIR is not set (run by trunk)")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()
pattern = re.compile(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', re.S)
match = pattern.search(html)
if not match:
    sys.exit(0)
body = match.group(1)
name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
with open(os.path.join(staging, name), "w", encoding="utf-8") as f:
    f.write(body)
html = html[: match.start()] + '<script type="module" src="./%s"></script>' % name + html[match.end():]
# Static nonces protect nothing: drop them.
html = re.sub(r' nonce="[^"]*"', "", html)
open(index, "w", encoding="utf-8").write(html)
