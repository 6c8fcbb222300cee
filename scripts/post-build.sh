#!/usr/bin/env bash
# Trunk post_build hook. Trunk runs the hooks of one stage at the same time, so the steps
# that read each other's output run here, one after the other:
#   1. csp.mjs       the Content-Security-Policy meta tag into index.html
#   2. stamp-sw.sh   the file list and a hash of the final files into sw.js
#   3. compress.mjs  .br and .gz beside every compressible file, from the final bytes
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
cd "$(dirname "$0")/.."
node scripts/csp.mjs
bash scripts/stamp-sw.sh
node scripts/compress.mjs "$TRUNK_STAGING_DIR"
