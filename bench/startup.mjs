// Time from navigation to the first interactive render of the class overview (the app's
// performance mark "groeipad-interactive", set when loaded data is on screen), median of
// several runs, on an empty database and on a large one. Prints figures; asserts nothing.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.mjs';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve, median } from './serve.mjs';

const runs = Number(process.env.RUNS ?? 7);
const { base, close } = await serve();

async function measure(context) {
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => performance.getEntriesByName('groeipad-interactive').length > 0, null, { timeout: 30000 });
  const t = await page.evaluate(() => performance.getEntriesByName('groeipad-interactive')[0].startTime);
  const cards = await page.locator('[data-testid="class-card"]').count();
  await page.close();
  return { t, cards };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  // Empty database: a fresh profile each run (cold HTTP cache, as a first visit).
  const empty = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    empty.push((await measure(ctx)).t);
    await ctx.close();
  }
  // Large database: import the generated school once, then reload repeatedly.
  const file = 'bench/.out/school.json';
  writeFileSync(file, execFileSync('node', ['bench/generate.mjs', '20', '25']));
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/settings');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await page.close();
  const large = [];
  let cards = 0;
  for (let i = 0; i < runs; i++) {
    const m = await measure(ctx);
    large.push(m.t);
    cards = m.cards;
  }
  await ctx.close();
  console.log(`start-up to interactive class overview (median of ${runs}):`);
  console.log(`  empty database:              ${median(empty).toFixed(0)} ms   (runs: ${empty.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`  20 classes, 500 pupils:      ${median(large).toFixed(0)} ms   (runs: ${large.map((x) => x.toFixed(0)).join(', ')}; ${cards} class cards shown)`);
} finally {
  await browser.close();
  close();
}
