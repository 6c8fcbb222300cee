// How long a goal with many measurements takes to open (issue: something on the goal page
// was quadratic). Imports one pupil with one goal of N measurements through the settings
// screen, then opens the goal page from the pupil page and waits until the chart shows
// every point. Figures only.
//   node bench/goal-page.mjs [--dist dist] [--sizes 1000,3000,6000] [--cpu 1]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../playwright.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const dist = resolve(root, arg('dist', 'dist'));
const sizes = arg('sizes', '1000,3000,6000').split(',').map(Number);
const cpu = Number(arg('cpu', '1'));

const port = await new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); }); });
const server = spawn('node', [resolve(root, 'scripts/static-server.mjs'), '--directory', dist, '--port', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) { try { if ((await fetch(base + '/')).ok) break; } catch { /* not up */ } await new Promise((r) => setTimeout(r, 100)); }

const iso = (d) => d.toISOString().slice(0, 10);
function backup(n) {
  const start = new Date('2024-09-02T00:00:00Z');
  const day = (k) => new Date(start.getTime() + k * 86_400_000);
  const records = [
    { kind: 'class', data: { id: 'c1', name: 'Groep 5', school_year: '2026-2027', year_group: { system: 'Nl', n: 5 }, created_on: '2024-09-01' } },
    { kind: 'pupil', data: { id: 'p1', class_id: 'c1', name: 'Noor', nickname: '', year_group: null, support_notes: '', support_level: 'Basis', archived_on: null, created_on: '2024-09-01' } },
    { kind: 'goal', data: { id: 'g1', pupil_id: 'p1', domain: 'Reading', measure: { name: 'DMT-kaart', unit: 'WordsCorrectPerMinute', direction: 'Increasing', template: 'oral_reading_fluency' },
      baseline: { value: 20, date: '2024-09-02' }, target: 150, target_date: '2027-06-01', conditions: '', confirmations: 1,
      pupil_actions: [], teacher_actions: [], home_actions: [], own_words: 'Ik lees vlotter', state: 'Active', revisions: [], sub_goals: [], created_on: '2024-09-02' } },
  ];
  for (let i = 0; i < n; i++) {
    records.push({ kind: 'measurement', data: { id: `m${String(i).padStart(6, '0')}`, goal_id: 'g1', value: 20 + (i % 100), date: iso(day(1 + Math.floor(i * 700 / n))), note: '' } });
  }
  return JSON.stringify({ app: 'groeipad', schema_version: 5, exported_at: '2026-11-30T10:00:00', data: { records } });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
console.log(`goal page with N measurements, ${cpu}x CPU (ms from the tap on the goal to every point drawn)`);
for (const n of sizes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base + '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup(n)) });
  await Promise.race([page.getByTestId('import-confirm').waitFor({ timeout: 120_000 }), page.getByTestId('import-error').filter({ hasText: /./ }).waitFor({ timeout: 120_000 })]);
  if (await page.getByTestId('import-error').filter({ hasText: /./ }).count()) throw new Error(await page.getByTestId('import-error').textContent());
  await page.getByTestId('import-confirm').click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'), null, { timeout: 300_000 });
  await page.goto(base + '/pupil/p1');
  const link = page.locator('a[href="/goal/g1"]').first();
  await link.waitFor({ timeout: 120_000 });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const t0 = Date.now();
  await link.click();
  let ms;
  try {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="chart-point"]').length === n, n, { timeout: 120_000, polling: 50 });
    ms = Date.now() - t0;
  } catch { ms = 'did not open in 120 s'; }
  console.log(`${String(n).padStart(6)} measurements: ${ms}`);
  await context.close();
}
await browser.close();
server.kill();
