#!/usr/bin/env bash
# The benchmark harness: builds the release, prints what a first visit downloads (raw,
# gzip -9, brotli) and the wasm's bytes per crate group (bench/size.mjs), Lighthouse's
# mobile first visit (bench/lighthouse.mjs, installs Lighthouse once), then the start-up
# time in headless Chromium on an empty and a large database, the time to show a
# 2,000-row learning log, and the school-scale benchmark
# (bench/school.mjs: import, start-up and everyday taps at 0 to 50,000 entries, 1x and 4x
# CPU, beside a bare Leptos counter, which it builds once if missing). Figures only; the tests carry no timing thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1
node bench/size.mjs
node bench/lighthouse.mjs
node bench/startup.mjs
node bench/learning-log.mjs
node bench/school.mjs
