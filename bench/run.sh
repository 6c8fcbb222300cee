#!/usr/bin/env bash
# The benchmark harness: builds the release, prints the .wasm and .js sizes (raw and
# gzip -9), then the start-up time in headless Chromium on an empty and a large
# database, the time to show a 2,000-row learning log, and the school-scale benchmark
# (bench/school.mjs: import, start-up and everyday taps at 0 to 50,000 entries, 1x and 4x
# CPU, beside a bare Leptos counter). Figures only; the tests carry no timing thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1
echo "release build sizes:"
for f in dist/*.wasm dist/groeipad-*.js; do
  printf '  %-40s %8d bytes raw  %8d bytes gzip -9\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
node bench/startup.mjs
node bench/learning-log.mjs
if [ ! -f bench/counter/dist/index.html ]; then
  (cd bench/counter && trunk build --release >/dev/null 2>&1)
fi
node bench/school.mjs
