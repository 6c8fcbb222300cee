#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (installs tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
exec node scripts/static-server.mjs --directory dist --host 127.0.0.1 --port "${PORT:-8080}"
