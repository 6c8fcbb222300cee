// The school-scale benchmark: a whole school (20 classes, 500 pupils) with 0 to 50,000
// entries, imported through the app's own screen, then start-up and the teacher's everyday
// taps timed at normal speed and with the CPU slowed down four times (a cheap school
// laptop or tablet), beside a bare Leptos counter as the floor. Prints figures and writes
// bench/.out/school-results.json; asserts nothing. See bench/README.md.
//
//   node bench/school.mjs [--dist DIR]... [--sizes 0,5000,20000,50000] [--runs 5] [--counter DIR] [--only NAME,...]
//
// Several --dist (e.g. a "before" and an "after" build) are measured in the same run.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, cpus, homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../playwright.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench/.out');

// ---- arguments --------------------------------------------------------------------------
const argv = process.argv.slice(2);
const dists = [];
let sizes = [0, 5000, 20000, 50000];
let runs = 5;
let counterDist = resolve(root, 'bench/counter/dist');
let only = null; // interaction names, e.g. openClass,openPupil (default: all)
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const v = argv[i + 1];
  if (a === '--dist') { dists.push(resolve(v)); i++; }
  else if (a === '--sizes') { sizes = v.split(',').map(Number); i++; }
  else if (a === '--runs') { runs = Math.max(1, Number(v)); i++; }
  else if (a === '--counter') { counterDist = resolve(v); i++; }
  else if (a === '--only') { only = v.split(','); i++; }
  else { console.error(`unknown argument ${a}\nusage: node bench/school.mjs [--dist DIR]... [--sizes 0,5000,20000,50000] [--runs 5] [--counter DIR] [--only openClass,openPupil,...]`); process.exit(2); }
}
if (dists.length === 0) dists.push(resolve(root, 'dist'));
for (const d of [...dists]) if (!existsSync(resolve(d, 'index.html'))) { console.error(`no build in ${d} (run trunk build --release)`); process.exit(2); }
const RATES = [1, 4];
const TIMEOUT = 30_000;
// Repetitions per interaction: cheap ones more often, for a steadier p95.
const reps = { openClass: runs * 2, openClassComplete: runs * 2, openPupil: runs * 2, openPupilWhole: runs * 2, typeFeedback: Math.max(20, runs * 4), saveMeasurement: runs, openReminders: runs * 2, openAttention: runs * 2, openLog: runs };
const labels = {
  openClass: 'open a class', openClassComplete: 'open a class, its records in', openPupil: 'open a pupil', openPupilWhole: 'open a pupil, the whole page', typeFeedback: 'type in a feedback note', saveMeasurement: 'save a measurement',
  openReminders: 'open the reminder list', openAttention: 'open the attention page', openLog: 'open the learning log',
};

// ---- helpers ------------------------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => (xs.length ? sorted(xs)[Math.floor((xs.length - 1) / 2)] : null);
const pct = (xs, p) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : null);
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

async function serve(dir) {
  const port = await freePort();
  const proc = spawn('node', [resolve(root, 'scripts/static-server.mjs'), '--directory', dir, '--port', String(port)], { cwd: root, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base + '/')).ok) return { base, proc }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`static server for ${dir} did not start`);
}

// Runs in every page before the app: keeps hold of the wasm instance's exports (Trunk 0.21
// passes them in the "TrunkApplicationStarted" event; window.wasmBindings holds only the
// JS glue), and the in-page timer the interactions use.
function pageSetup() {
  addEventListener('TrunkApplicationStarted', (e) => { window.__benchWasm = e.detail && e.detail.wasm; });
  const present = (done) => { try { return !!done(); } catch { return false; } };
  // Waits until done() holds (checked on every DOM change and every frame), then for the
  // next paint: rAF runs before it, a task queued from rAF runs after it.
  window.__benchUntil = (done, timeout) => new Promise((resolveWait) => {
    let finished = false;
    const finish = (ok) => {
      if (finished) return;
      finished = true;
      obs.disconnect();
      clearTimeout(timer);
      if (!ok) { resolveWait(null); return; }
      requestAnimationFrame(() => setTimeout(() => resolveWait(performance.now()), 0));
    };
    const obs = new MutationObserver(() => { if (present(done)) finish(true); });
    obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(false), timeout);
    const frame = () => { if (finished) return; if (present(done)) finish(true); else requestAnimationFrame(frame); };
    frame();
  });
  // Clicks `sel` and times it to the next paint after `done` holds. Returns ms, or null.
  window.__benchClick = async (sel, doneSrc, timeout) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`nothing to click: ${sel}`);
    const done = new Function(`return (${doneSrc});`);
    const t0 = performance.now();
    el.click();
    const t1 = await window.__benchUntil(done, timeout);
    return t1 == null ? null : t1 - t0;
  };
}

const q = (sel) => `document.querySelector(${JSON.stringify(sel)})`;
const all = (...sels) => sels.map(q).join(' && ');

async function settle(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'), null, { timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
}

/** In-app navigation for the set-up between timed taps (not timed): click, then wait. */
async function clickTo(page, sel, waitSel) {
  await page.locator(sel).first().click({ timeout: 120_000 });
  await page.locator(waitSel).first().waitFor({ timeout: 120_000 });
}
const toHome = (page) => clickTo(page, '[data-testid="brand"]', '[data-testid="class-card"], [data-testid="no-classes"]');
const toClass = async (page, c) => { await toHome(page); await clickTo(page, `[data-testid="class-card"][href="/class/${c}"]`, '[data-testid="pupil-tile"]'); };
const toPupil = async (page, c, p) => { await toClass(page, c); await clickTo(page, `[data-testid="pupil-tile"][href="/pupil/${p}"]`, '[data-testid="pupil-title"]'); };

async function timedClick(page, sel, done) {
  return page.evaluate(([s, d, t]) => window.__benchClick(s, d, t), [sel, done, TIMEOUT]);
}

/** Adds a time to `out`; false (stop) when it took longer than 30 s. A long task can hold
 *  back the in-page timeout, so a late finish counts as "did not open in 30 s" too. */
function keep(out, t) {
  if (t == null || t > TIMEOUT) {
    out.push(null);
    if (t != null) out.late = t;
    return false;
  }
  out.push(t);
  return true;
}

/** A fresh start of the app on the class overview (not timed): every interaction starts
 *  from a new page, so what one screen leaves behind does not slow the next row down. */
async function fresh(page, base) {
  await page.goto(base + '/', { timeout: 600_000 });
  await page.locator('[data-testid="class-card"]').first().waitFor({ timeout: 600_000 });
  await settle(page);
}

// ---- the interactions ----------------------------------------------------------------------
// Each pushes its times (ms) onto `out`, so the runs before an error are kept; a null time
// means "did not open in 30 s", and the interaction stops there.
const classIds = Array.from({ length: 20 }, (_, c) => `class-${c}`);
const pupilOf = (c, k) => `pupil-${c * 25 + k + 1}`;

// Opens n pupils, each from their class page, each pupil a first visit (`from` picks
// another set of pupils for another row: a pupil opened before has their records in).
async function openPupils(page, n, out, done, from = 0) {
  for (let i = 0; i < n; i++) {
    const c = (i * 7 + from) % 20;
    await toClass(page, classIds[c]);
    await settle(page);
    const p = pupilOf(c, (i * 3 + from) % 25);
    const t = await timedClick(page, `[data-testid="pupil-tile"][href="/pupil/${p}"]`, done);
    if (!keep(out, t)) break;
  }
}

const interactions = {
  // Class overview → tap a class card → the class page with its pupil tiles.
  async openClass(page, n, out) {
    for (let i = 0; i < n; i++) {
      await toHome(page);
      await settle(page);
      const c = classIds[i % 20];
      const t = await timedClick(page, `[data-testid="class-card"][href="/class/${c}"]`,
        all('[data-testid="class-page"] [data-testid="pupil-tile"]', '[data-testid="class-attention-panel"]'));
      if (!keep(out, t)) break;
    }
  },
  // The same tap, timed until the class's own records are in too (the not-seen line and
  // the no-strength flags: the page draws its tiles first and those lines after).
  async openClassComplete(page, n, out) {
    for (let i = 0; i < n; i++) {
      await toHome(page);
      await settle(page);
      const c = classIds[(i + 7) % 20];
      const t = await timedClick(page, `[data-testid="class-card"][href="/class/${c}"]`,
        all('[data-testid="class-page"][data-complete] [data-testid="pupil-tile"]', '[data-testid="class-attention-panel"]'));
      if (!keep(out, t)) break;
    }
  },
  // Class page → tap a pupil tile → the pupil page's first screen: title, goals and feedback
  // (what a tablet shows before scrolling; the page draws the rest just after that paint).
  async openPupil(page, n, out) {
    await openPupils(page, n, out, all('[data-testid="pupil-title"]', '[data-testid="goals-section"]', '[data-testid="pupil-feedback"]'));
  },
  // The same tap, timed until the whole pupil page is drawn (the recent notes and successes,
  // follow-up, support, reports, details, learning log, pupil mode, archive and delete).
  async openPupilWhole(page, n, out) {
    await openPupils(page, n, out, all('[data-testid="pupil-title"]', '[data-testid="goals-section"]', '[data-testid="pupil-feedback"] .feedback-lists', '[data-testid="open-log"]', '[data-testid="archive-toggle"]'), 10);
  },
  // The composer of pupil-1: one keystroke in the first "top" → the next paint after it.
  // Timed from the keydown event's own time stamp (the browser's, as INP does).
  async typeFeedback(page, n, out) {
    await toPupil(page, 'class-0', 'pupil-1');
    await clickTo(page, '[data-testid="write-feedback"]', '#fb-top-0');
    await page.locator('#fb-top-0').click();
    await settle(page);
    for (let i = 0; i < n; i++) {
      await page.evaluate((timeout) => {
        const el = document.querySelector('#fb-top-0');
        window.__benchKey = new Promise((res) => {
          let t0 = null;
          const down = (e) => { t0 = e.timeStamp; };
          const input = () => {
            removeEventListener('keydown', down, true);
            removeEventListener('input', input);
            requestAnimationFrame(() => setTimeout(() => res(performance.now() - t0), 0));
          };
          addEventListener('keydown', down, true);
          addEventListener('input', input);
          setTimeout(() => res(null), timeout);
        });
        return el === document.activeElement;
      }, TIMEOUT);
      await page.keyboard.press('KeyE');
      const t = await page.evaluate(() => window.__benchKey);
      if (!keep(out, t)) break;
      await page.evaluate(() => new Promise((r) => setTimeout(r, 30)));
    }
    // Leave the composer empty again (the app keeps drafts) and go back to the pupil.
    await page.locator('#fb-top-0').fill('');
    await settle(page);
  },
  // The goal page of pupil-1's active reading goal: a value typed in, tap "save" → the new
  // measurement row is on screen.
  async saveMeasurement(page, n, out) {
    await toPupil(page, 'class-0', 'pupil-1');
    await clickTo(page, '[data-testid="goal-card"][href="/goal/goal-1-0"]', '[data-testid="record-form"]');
    for (let i = 0; i < n; i++) {
      await settle(page);
      await page.getByTestId('measurement-value').fill(String(31 + (i % 5)));
      // A note of its own marks the new row (the list shows the newest 20, so the number of
      // rows stops growing).
      const mark = `bench-${i}-${Date.now()}`;
      await page.locator('#m-note').fill(mark);
      const t = await timedClick(page, '[data-testid="record-save"]',
        `[...document.querySelectorAll('[data-testid="measurements"] .measurement-row')].some((r) => r.textContent.includes(${JSON.stringify(mark)}))`);
      if (!keep(out, t)) break;
    }
    await settle(page);
  },
  // Any screen → the "Opvolging" link in the header → the reminder list.
  async openReminders(page, n, out) {
    for (let i = 0; i < n; i++) {
      await toHome(page);
      await settle(page);
      const t = await timedClick(page, '[data-testid="nav-reminders"]',
        `${q('[data-testid="reminders-page"]')} && (${q('[data-testid="reminders-page"] [data-testid="reminder"]')} || ${q('[data-testid="no-reminders"]')})`);
      if (!keep(out, t)) break;
    }
  },
  // Class page → "Aandacht" → the attention list of the class.
  async openAttention(page, n, out) {
    for (let i = 0; i < n; i++) {
      await toClass(page, classIds[(i * 3) % 20]);
      await settle(page);
      const t = await timedClick(page, '[data-testid="class-attention-link"]',
        all('[data-testid="attention-page"] [data-testid="att-row"]', '[data-testid="not-seen-summary"]'));
      if (!keep(out, t)) break;
    }
  },
  // Pupil page of pupil-1 → "Leerlijn" → the first rows of the learning log.
  async openLog(page, n, out) {
    for (let i = 0; i < n; i++) {
      await toPupil(page, 'class-0', 'pupil-1');
      await settle(page);
      const t = await timedClick(page, '[data-testid="open-log"]',
        `${q('[data-testid="log-page"]')} && (${q('[data-testid="log-row"]')} || ${q('[data-testid="log-empty"]')})`);
      if (!keep(out, t)) break;
    }
  },
};

// ---- start-up --------------------------------------------------------------------------------
async function startup(page, base, mark, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    await page.goto(base + '/');
    try {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 120_000 });
      out.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark));
    } catch {
      out.push(null);
      break;
    }
  }
  return out;
}

// ---- import through the settings screen --------------------------------------------------------
async function importSchool(page, base, file) {
  await page.goto(base + '/settings');
  await page.getByTestId('import-file').waitFor({ state: 'attached', timeout: 60_000 });
  await settle(page);
  await page.evaluate(() => {
    window.__benchImport = {};
    document.addEventListener('change', (e) => { if (e.target.id === 'import-file') window.__benchImport.chosen = e.timeStamp; }, { capture: true, once: true });
  });
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').waitFor({ timeout: 120_000 });
  const parsed = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - window.__benchImport.chosen), 0))));
  // Confirm → every record written (html[data-saving] set, then gone again).
  const written = await page.evaluate((timeout) => new Promise((res) => {
    const html = document.documentElement;
    let seen = false;
    const t0 = performance.now();
    const check = () => {
      if (html.hasAttribute('data-saving')) seen = true;
      else if (seen) { obs.disconnect(); res(performance.now() - t0); return true; }
      return false;
    };
    const obs = new MutationObserver(check);
    obs.observe(html, { attributes: true, attributeFilter: ['data-saving'] });
    document.querySelector('[data-testid="import-confirm"]').click();
    // If the flag was never seen (a very fast write), give up waiting for it after 10 s.
    setTimeout(() => { if (!seen) { obs.disconnect(); res(performance.now() - t0); } }, 10_000);
    setTimeout(() => { obs.disconnect(); res(null); }, timeout);
  }), 300_000);
  const t2 = Date.now();
  await toHome(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="class-card"]').length === 20, null, { timeout: 120_000 });
  const toHomeMs = Date.now() - t2;
  const classes = await page.locator('[data-testid="class-card"]').count();
  return { parse_ms: round(parsed), write_ms: round(written), home_ms: toHomeMs, classes };
}

async function memory(page, cdp) {
  const guard = (p) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error('page busy for 2 min')), 120_000))]);
  try { return await guard(memoryNow(page, cdp)); } catch (e) { return { error: String(e.message ?? e).split('\n')[0] }; }
}

async function memoryNow(page, cdp) {
  await cdp.send('Performance.enable');
  const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await get();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await get();
  const wasm = await page.evaluate(() => {
    const w = window.__benchWasm;
    if (w && w.memory && w.memory.buffer) return { bytes: w.memory.buffer.byteLength, via: 'TrunkApplicationStarted detail.wasm.memory' };
    const b = window.wasmBindings;
    if (b && b.__wasm && b.__wasm.memory) return { bytes: b.__wasm.memory.buffer.byteLength, via: 'window.wasmBindings.__wasm.memory' };
    return { bytes: null, via: 'not reachable: neither the TrunkApplicationStarted event nor window.wasmBindings exposes the memory' };
  });
  return { js_heap_used: before.JSHeapUsedSize, js_heap_used_after_gc: after.JSHeapUsedSize, js_heap_total: before.JSHeapTotalSize, wasm_memory: wasm.bytes, wasm_memory_via: wasm.via };
}

// ---- one build -------------------------------------------------------------------------------
async function benchDist(browser, dist, files) {
  // The counter beside each build, close in time, so the ratio compares like with like.
  const result = { dist, counter: await benchCounter(browser), sizes: {} };
  const { base, proc } = await serve(dist);
  try {
    for (const size of sizes) {
      process.stderr.write(`[${dist}] ${size} entries: import`);
      const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      await ctx.addInitScript(pageSetup);
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      const r = { import: null, sw_controls_page: false, rates: {}, load_before: loadavg()[0] };
      result.sizes[size] = r;
      try {
        r.import = await importSchool(page, base, files[size]);
        // Let the service worker finish installing, then reload once so it controls the page.
        await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready.then(() => true));
        await page.reload();
        await page.locator('[data-testid="class-card"]').first().waitFor({ timeout: 120_000 });
        r.sw_controls_page = await page.evaluate(() => !!(navigator.serviceWorker && navigator.serviceWorker.controller));
        for (const rate of RATES) {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          process.stderr.write(` | ${rate}x start-up`);
          const st = await startup(page, base, 'groeipad-interactive', runs);
          const rr = { startup: { median: round(median(st.filter((x) => x != null))), runs: st.map(round) }, interactions: {} };
          r.rates[rate] = rr;
          const largest = size === Math.max(...sizes) && rate === RATES.at(-1);
          if (largest) r.memory = { 'after start-up': await memory(page, cdp) };
          for (const [name, fn] of Object.entries(interactions).filter(([n]) => !only || only.includes(n))) {
            process.stderr.write(` ${name}`);
            const ts = [];
            let error = null;
            try {
              await fresh(page, base);
              await fn(page, reps[name], ts);
            } catch (e) {
              error = String(e.message ?? e).split('\n')[0];
            }
            const ok = ts.filter((x) => x != null);
            rr.interactions[name] = { p50: round(pct(ok, 50)), p95: round(pct(ok, 95)), runs: ts.map(round), timed_out: ts.includes(null) };
            if (ts.late) rr.interactions[name].late_ms = round(ts.late);
            if (error) rr.interactions[name].error = error;
            // Memory after each kind of interaction at the largest size (the page as the
            // teacher leaves it), before the next fresh start.
            if (largest) r.memory[labels[name]] = await memory(page, cdp);
          }
        }
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      } catch (e) {
        r.error = String(e.message ?? e).split('\n')[0];
      }
      r.load_after = loadavg()[0];
      process.stderr.write('\n');
      await ctx.close();
    }
  } finally {
    proc.kill();
  }
  return result;
}

// The counter's build, made once on a machine that has none.
function buildCounter() {
  const dir = resolve(root, 'bench/counter');
  if (counterDist !== resolve(dir, 'dist') || existsSync(resolve(counterDist, 'index.html'))) return;
  process.stderr.write('[counter] no build yet: trunk build --release in bench/counter (a few minutes, once)\n');
  const PATH = [resolve(homedir(), '.cargo/bin'), resolve(root, 'node_modules/.bin'), process.env.PATH].join(':');
  try {
    execFileSync('trunk', ['build', '--release'], { cwd: dir, env: { ...process.env, PATH }, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    process.stderr.write(`[counter] build failed: ${e.message}\n`);
  }
}

async function benchCounter(browser) {
  buildCounter();
  if (!existsSync(resolve(counterDist, 'index.html'))) return { error: `no counter build in ${counterDist} (cd bench/counter && trunk build --release)` };
  const { base, proc } = await serve(counterDist);
  const out = { dist: counterDist, rates: {} };
  try {
    process.stderr.write('[counter] start-up\n');
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    // One load first, untimed: the app is timed with warm caches too (after its import).
    await startup(page, base, 'counter-interactive', 1);
    for (const rate of RATES) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const st = await startup(page, base, 'counter-interactive', runs);
      out.rates[rate] = { median: round(median(st.filter((x) => x != null))), runs: st.map(round) };
    }
    await ctx.close();
  } finally {
    proc.kill();
  }
  return out;
}

// ---- output ---------------------------------------------------------------------------------
const fmtMs = (x) => (x == null ? '—' : `${Math.round(x)}`);
const fmtMB = (b) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(1)} MB`);

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(results) {
  const lines = [];
  for (const d of results) {
    const counter = d.counter;
    lines.push(`\n=== ${d.dist} ===  (ms; interactions "p50 / p95 (1st: the first run)"; median of ${runs} start-ups)`);
    const header = ['metric', ...sizes.map((s) => `${s} entries`)];
    const imp = [
      ['import: file → preview', ...sizes.map((s) => fmtMs(d.sizes[s]?.import?.parse_ms))],
      ['import: confirm → saved', ...sizes.map((s) => fmtMs(d.sizes[s]?.import?.write_ms))],
      ['import: then home, 20 cards', ...sizes.map((s) => { const i = d.sizes[s]?.import; return i ? `${i.home_ms} (${i.classes})` : '—'; })],
      ['service worker controls page', ...sizes.map((s) => (d.sizes[s]?.sw_controls_page ? 'yes' : 'no'))],
      ['machine load (1 min) before/after', ...sizes.map((s) => { const r = d.sizes[s]; return r ? `${r.load_before.toFixed(1)}/${(r.load_after ?? 0).toFixed(1)}` : '—'; })],
    ];
    lines.push(table(`import (1x CPU); this machine has ${cpus().length} cores, a load above that means other work competed`, header, imp));
    for (const rate of RATES) {
      const rows = [['start-up to interactive', ...sizes.map((s) => fmtMs(d.sizes[s]?.rates[rate]?.startup.median))]];
      for (const name of Object.keys(interactions)) {
        rows.push([labels[name], ...sizes.map((s) => {
          const it = d.sizes[s]?.rates[rate]?.interactions[name];
          if (!it) return d.sizes[s]?.error ? 'error' : '—';
          if (it.timed_out && it.p50 == null) return 'did not open in 30 s';
          if (it.p50 == null) return it.error ? 'error' : '—';
          const n = it.runs.filter((x) => x != null).length;
          // The first run is the first time the page opens that screen: V8 compiles the
          // screen's wasm functions on their first call, so it is the slow one.
          const first = it.runs[0] == null ? '' : ` (1st ${fmtMs(it.runs[0])})`;
          return `${fmtMs(it.p50)} / ${fmtMs(it.p95)}${first}${it.timed_out ? ` (${n} runs, then >30 s)` : it.error ? ` (${n} runs, then error)` : ''}`;
        })]);
      }
      if (counter.rates?.[rate]) {
        const c = counter.rates[rate].median;
        const empty = d.sizes[sizes[0]]?.rates[rate]?.startup.median;
        rows.push(['bare Leptos counter start-up', fmtMs(c), ...sizes.slice(1).map(() => '')]);
        rows.push([`ratio app (${sizes[0]} entries) / counter`, c && empty ? `${(empty / c).toFixed(1)}x` : '—', ...sizes.slice(1).map(() => '')]);
      }
      lines.push(table(`\n${rate}x CPU`, header, rows));
    }
    if (counter.error) lines.push(`counter: ${counter.error}`);
    for (const s of sizes) {
      const r = d.sizes[s];
      if (r?.error) lines.push(`  ${s} entries: ${r.error}`);
      for (const rate of RATES) for (const [name, it] of Object.entries(r?.rates[rate]?.interactions ?? {})) {
        if (it.timed_out) lines.push(`  ${s} entries, ${rate}x, ${labels[name]}: did not open in 30 s${it.late_ms ? ` (finished after ${(it.late_ms / 1000).toFixed(1)} s)` : ''}; runs: ${it.runs.map(fmtMs).join(', ')}`);
        if (it.error) lines.push(`  ${s} entries, ${rate}x, ${labels[name]}: ${it.error}`);
      }
      if (r?.memory) {
        const rows = Object.entries(r.memory).map(([when, m]) => (m.error ? [when, m.error, '', '']
          : [when, fmtMB(m.js_heap_used), fmtMB(m.js_heap_used_after_gc), m.wasm_memory == null ? 'not reachable' : fmtMB(m.wasm_memory)]));
        lines.push(table(`\nmemory at ${s} entries (${RATES.at(-1)}x pass), the page after each interaction`, ['after', 'JS heap used', 'after GC', 'wasm memory'], rows));
        const via = Object.values(r.memory).find((m) => m.wasm_memory_via)?.wasm_memory_via;
        if (via) lines.push(`(wasm memory: ${via})`);
      }
    }
  }
  return lines.join('\n');
}

// ---- main --------------------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
const files = {};
for (const size of sizes) {
  files[size] = resolve(outDir, `school-${size}.json`);
  writeFileSync(files[size], execFileSync('node', [resolve(root, 'bench/generate-school.mjs'), String(size)], { maxBuffer: 256 << 20 }));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const results = [];
try {
  for (const d of dists) results.push(await benchDist(browser, d, files));
} finally {
  await browser.close();
}
console.log(report(results));
const json = { when: new Date().toISOString(), runs, sizes, rates: RATES, reps, results };
writeFileSync(resolve(outDir, 'school-results.json'), JSON.stringify(json, null, 2));
console.log(`\n(JSON: ${resolve(outDir, 'school-results.json')})`);
