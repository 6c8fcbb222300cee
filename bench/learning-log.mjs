// Time to show the first page of a learning log with 2,000 rows (one pupil in a school of
// 500), median of several runs: opening it from the pupil page (in-app navigation: build
// the rows, order them, draw the first 50), opening it by URL (a cold start of the app
// with the whole database), and one "show more". Prints figures; asserts nothing.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.mjs';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve, median } from './serve.mjs';

const runs = Number(process.env.RUNS ?? 7);
const entries = Number(process.env.LOG_ENTRIES ?? 2000);
const { base, close } = await serve();
const fmt = (xs) => `${median(xs).toFixed(0)} ms   (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
const lastMark = (name) => `(performance.getEntriesByName('${name}').at(-1)?.startTime ?? 0)`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const file = 'bench/.out/school-with-log.json';
  writeFileSync(file, execFileSync('node', ['bench/generate.mjs', '20', '25', String(entries)], { maxBuffer: 64 << 20 }));
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/settings');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));

  const inApp = [];
  const more = [];
  let total = '';
  for (let i = 0; i < runs; i++) {
    await page.goto(base + '/pupil/pupil-1');
    await page.getByTestId('open-log').waitFor();
    // Let the pupil page finish starting up, as a teacher's tap would come after it.
    await page.waitForTimeout(300);
    // Mark and click in one go, so Playwright's own latency is not counted.
    await page.evaluate(() => { performance.mark('bench-click'); document.querySelector('[data-testid="open-log"]').click(); });
    await page.getByTestId('log-row').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('groeipad-log-rendered').length > 0 &&
      performance.getEntriesByName('groeipad-log-rendered').at(-1).startTime > performance.getEntriesByName('bench-click').at(-1).startTime);
    inApp.push(await page.evaluate(`${lastMark('groeipad-log-rendered')} - ${lastMark('bench-click')}`));
    total = await page.getByTestId('log-count').innerText();
    const t0 = await page.evaluate(() => { const t = performance.now(); document.querySelector('[data-testid="log-more"]').click(); return t; });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-row"]').length >= 100);
    more.push((await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))))) - t0);
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  }
  const cold = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(base + '/pupil/pupil-1/log');
    await page.getByTestId('log-row').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('groeipad-log-rendered').length > 0);
    cold.push(await page.evaluate(lastMark('groeipad-log-rendered')));
  }
  await ctx.close();
  console.log(`learning log with ${entries} rows (20 classes, 500 pupils; median of ${runs}):`);
  console.log(`  open from the pupil page, first page drawn: ${fmt(inApp)}`);
  console.log(`  "show more" (50 more rows drawn):          ${fmt(more)}`);
  console.log(`  open by URL, app start to first page:       ${fmt(cold)}`);
  console.log(`  (${total})`);
} finally {
  await browser.close();
  close();
}
