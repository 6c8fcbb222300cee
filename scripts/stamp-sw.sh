#!/usr/bin/env bash
# Trunk post_build step (run by scripts/post-build.sh, after csp.mjs): writes this build's
# file list and content hash into sw.js. The .br/.gz variants are not listed: the browser
# asks for the file and the server picks the encoding.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
cd "$dir"
files=$(find . -type f ! -name sw.js ! -name '*.map' ! -name '*.br' ! -name '*.gz' | sed 's|^\./|/|' | sort)
hash=$(for f in $files; do sha256sum ".$f"; done | sha256sum | cut -c1-16)
list=$(printf '%s\n' "/" $files | sed 's/.*/"&"/' | paste -sd, -)
sed -i "s|\"__GROEIPAD_ASSETS__\"|$list|; s|__GROEIPAD_BUILD__|$hash|" sw.js
