// The Content-Security-Policy: the build carries it as a meta tag, and the app's screens
// run under it without a single violation (scripts only from the app, WebAssembly
// compiled, no connections elsewhere).
import { test, expect } from '@playwright/test';
import { createClass, pasteNames, saved } from './support.mjs';

test('the app runs under its Content-Security-Policy without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("'unsafe-eval'");

  // A walk over the screens: class, pupil, goal wizard, feedback, follow-up, attention,
  // reports, settings with a backup export (plain and encrypted, and opened again).
  await createClass(page, 'Groep 5');
  await pasteNames(page, ['Anna de Vries', 'Bram']);
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(page.getByTestId('pupil-page')).toBeVisible();
  await page.getByTestId('new-goal').click();
  await expect(page.getByTestId('wizard-next')).toBeVisible();
  for (const path of ['/reminders', '/templates', '/settings']) {
    await page.goto(path);
    await expect(page.locator('main .page').first()).toBeVisible();
  }
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  await download;
  // An encrypted export and its opening: WebCrypto needs nothing of the policy.
  await page.getByTestId('backup-protect').check();
  await page.getByTestId('backup-passphrase').fill('paard batterij');
  await page.getByTestId('backup-passphrase-repeat').fill('paard batterij');
  const sealed = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const path = 'e2e/.out/csp-encrypted.json';
  await (await sealed).saveAs(path);
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-passphrase').fill('paard batterij');
  await page.getByTestId('import-passphrase-open').click();
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('import-cancel').click();
  await saved(page);
  await page.goto('/');
  await page.getByTestId('class-card').click();
  await page.getByTestId('class-attention-link').click();
  await expect(page.getByTestId('attention-page')).toBeVisible();
  await page.goBack();
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await page.getByTestId('pupil-report-link').click();
  await expect(page.locator('main .page').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('main .page').first()).toBeVisible();

  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(refused).toEqual([]);
});
