// Lighthouse's mobile run against the release build, as a school tablet's first visit:
// dist/ served by scripts/static-server.mjs (precompressed br/gzip, cache headers), Debian's
// Chromium with a fresh profile, Lighthouse's default mobile preset (simulated slow 4G,
// 150 ms RTT and 1.6 Mbit/s, 4× CPU slowdown, a Moto G Power screen).
//
//   node bench/lighthouse.mjs                 # one run of dist/
//   node bench/lighthouse.mjs --runs 3        # the median of three (and each run)
//   node bench/lighthouse.mjs --plain         # the same build without its .br/.gz (the old server)
//   node bench/lighthouse.mjs --dist DIR --port 4195
//
// Lighthouse is not a dependency of the project: the first run installs it into
// bench/.lighthouse/ (git-ignored; `npm install --no-save --prefix`), so scripts/test.sh and
// CI never fetch it. Lighthouse 12, not 13: 13 needs Node 22.19, the machine has Node 20.
// The full report of the last run: bench/.out/lighthouse.json.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(opt('runs', 1));
const port = Number(opt('port', 4195));
const plain = args.includes('--plain');
let dist = resolve(root, opt('dist', 'dist'));
const VERSION = '12.8.2';
const prefix = join(root, 'bench/.lighthouse');
const modules = join(prefix, 'node_modules');
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no ${dist}/index.html: run \`trunk build --release\` first`);
  process.exit(2);
}
const installed = join(modules, 'lighthouse/package.json');
if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== VERSION) {
  console.log(`installing lighthouse@${VERSION} into bench/.lighthouse (once) …`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, `lighthouse@${VERSION}`],
    { stdio: 'inherit' });
}
const { default: lighthouse } = await import(pathToFileURL(join(modules, 'lighthouse/core/index.js')));
const chromeLauncher = await import(pathToFileURL(join(modules, 'chrome-launcher/dist/index.js')));

// --plain: a copy of the build without its precompressed files, as the server sent it before.
let copy = null;
if (plain) {
  copy = mkdtempSync(join(tmpdir(), 'groeipad-plain-'));
  cpSync(dist, copy, { recursive: true });
  const strip = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) strip(p); else if (/\.(br|gz)$/.test(e.name)) unlinkSync(p);
    }
  };
  strip(copy);
  dist = copy;
}

const server = spawn('node', [join(root, 'scripts/static-server.mjs'), '--directory', dist, '--port', String(port)], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
  if (i > 50) throw new Error(`the static server did not answer on ${url}`);
  await new Promise((r) => setTimeout(r, 100));
}

const metric = (lhr, id) => lhr.audits[id]?.numericValue;
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    // A fresh profile for every run (chrome-launcher makes one): no cache, no service worker.
    const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags });
    try {
      const result = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      mkdirSync(join(root, 'bench/.out'), { recursive: true });
      writeFileSync(join(root, 'bench/.out/lighthouse.json'), result.report);
      const items = lhr.audits['network-requests']?.details?.items ?? [];
      const wasm = items.find((r) => /\.wasm$/.test(r.url));
      const r = {
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        fcp: metric(lhr, 'first-contentful-paint'),
        lcp: metric(lhr, 'largest-contentful-paint'),
        tbt: metric(lhr, 'total-blocking-time'),
        si: metric(lhr, 'speed-index'),
        tti: metric(lhr, 'interactive'),
        cls: metric(lhr, 'cumulative-layout-shift'),
        bytes: metric(lhr, 'total-byte-weight'),
        requests: items.length,
        wasmBytes: wasm?.transferSize,
        wasmEncoding: wasm ? (wasm.transferSize < wasm.resourceSize ? 'compressed' : 'as is') : '-',
        version: lhr.lighthouseVersion,
        chrome: lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0],
        warnings: lhr.runWarnings ?? [],
      };
      results.push(r);
      console.log(`run ${run}: performance ${r.performance}, FCP ${(r.fcp / 1000).toFixed(1)} s, LCP ${(r.lcp / 1000).toFixed(1)} s, `
        + `TBT ${Math.round(r.tbt)} ms, ${Math.round(r.bytes / 1024).toLocaleString('en-US')} KiB transferred`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.kill();
  if (copy) rmSync(copy, { recursive: true, force: true });
}

const median = (k) => { const v = results.map((r) => r[k]).sort((a, b) => a - b); return v[Math.floor((v.length - 1) / 2)]; };
const last = results.at(-1);
const kib = (n) => `${Math.round(n / 1024).toLocaleString('en-US')} KiB (${n.toLocaleString('en-US')} bytes)`;
console.log(`\nLighthouse ${last.version}, mobile preset (simulated slow 4G, 4× CPU), ${last.chrome}, first visit of ${url}`
  + `${plain ? ' (without .br/.gz)' : ''}${runs > 1 ? `, median of ${runs} runs` : ''}:`);
console.log(`  performance score          ${median('performance')}`);
console.log(`  first contentful paint     ${(median('fcp') / 1000).toFixed(1)} s`);
console.log(`  largest contentful paint   ${(median('lcp') / 1000).toFixed(1)} s`);
console.log(`  total blocking time        ${Math.round(median('tbt'))} ms`);
console.log(`  speed index                ${(median('si') / 1000).toFixed(1)} s`);
console.log(`  time to interactive        ${(median('tti') / 1000).toFixed(1)} s`);
console.log(`  cumulative layout shift    ${median('cls').toFixed(3)}`);
console.log(`  bytes transferred          ${kib(median('bytes'))}, ${last.requests} requests`);
console.log(`  of which the wasm          ${last.wasmBytes == null ? '-' : `${kib(last.wasmBytes)}, ${last.wasmEncoding}`}`);
console.log(`  accessibility ${last.accessibility}, best practices ${last.bestPractices}`);
for (const w of last.warnings) console.log(`  warning: ${w}`);
