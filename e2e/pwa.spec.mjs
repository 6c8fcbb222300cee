// Installable and offline: manifest, icons, the service worker, and the update prompt.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClass, openApp, pasteNames, expectPupils , reload, saved } from './support.mjs';

async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('the web app manifest makes it installable', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest).toMatchObject({ name: 'Groeipad', short_name: 'Groeipad', start_url: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.ok(), icon.src).toBe(true);
  }
});

test('after a first visit the app works with the network off', async ({ page, context }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  const classUrl = page.url();
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('class-card')).toContainText('2 leerlingen');
  await saved(page); await page.goto(classUrl);
  await expectPupils(page, ['Anna', 'Bram']);
  await page.locator('#pupil-name').fill('Cas');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await reload(page);
  await expectPupils(page, ['Anna', 'Bram', 'Cas']);
  await context.setOffline(false);
});

test('a new build shows "update available" and reloads into it', async ({ browser }) => {
  // Serve a copy of the build that we can "deploy" a new version into.
  const dir = mkdtempSync(join(tmpdir(), 'groeipad-dist-'));
  cpSync('dist', dir, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('node', ['scripts/static-server.mjs', '--directory', dir, '--port', String(port)], { stdio: 'ignore' });
  try {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    await expect.poll(async () => (await page.request.get('/').catch(() => null))?.ok() ?? false).toBe(true);
    await openApp(page, '/');
    await serviceWorkerReady(page);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);

    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const BUILD = "([^"]+)"/, 'const BUILD = "$1-next"'));
    await reload(page);
    await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 15000 });
    await expect(page.getByTestId('update-banner')).toContainText('nieuwe versie');
    await page.getByTestId('update-banner').getByRole('button').click();
    await expect(page.getByTestId('update-banner')).toHaveCount(0, { timeout: 15000 });
    const build = await page.evaluate(async () => (await caches.keys()).join(','));
    expect(build).toContain('-next');
    await context.close();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the app makes no request to another host', async ({ page }) => {
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna']);
  await saved(page); await page.goto('/settings');
  await expect(page.getByTestId('settings-page')).toBeVisible();
  expect(foreign).toEqual([]);
});
