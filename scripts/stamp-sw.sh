#!/usr/bin/env bash
# Trunk post_build hook: writes this build's file list and content hash into sw.js.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
cd "$dir"
files=$(find . -type f ! -name sw.js ! -name '*.map' | sed 's|^\./|/|' | sort)
hash=$(for f in $files; do sha256sum ".$f"; done | sha256sum | cut -c1-16)
list=$(printf '%s\n' "/" $files | sed 's/.*/"&"/' | paste -sd, -)
sed -i "s|\"__GROEIPAD_ASSETS__\"|$list|; s|__GROEIPAD_BUILD__|$hash|" sw.js
