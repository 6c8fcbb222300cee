// axe-core on every page and state a teacher sees, and a look at both screen sizes:
// screenshots go to screenshots/ and no page may scroll sideways.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, reload, saved } from './support.mjs';

test('empty class overview', async ({ page }) => {
  await openApp(page);
  await expectNoA11yViolations(page, 'empty overview');
  await look(page, 'overview-empty');
});

test('class overview, class page, pupil page and settings with data', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna de Vries', 'Bram Peeters', 'Sem Jansen', 'Noor Bakker', 'Lotte Van den Broeck', 'Mohammed El Amrani']);
  await expectNoA11yViolations(page, 'class page');
  await page.getByTestId('archive').locator('summary').click();
  await page.getByTestId('class-details').locator('summary').click();
  await expectNoA11yViolations(page, 'class page, details open');
  await look(page, 'class');
  await createClass(page, '3de leerjaar B', 'vl-3');
  await openApp(page, '/');
  await expectNoA11yViolations(page, 'overview');
  await look(page, 'overview');
  await page.getByTestId('class-card').filter({ hasText: 'Groep 5a' }).click();
  await page.getByTestId('pupil-tile').first().click();
  await page.locator('#p-notes').fill('Leest graag; dyslexie.');
  await expectNoA11yViolations(page, 'pupil page');
  await look(page, 'pupil');
  await openApp(page, '/settings');
  await expect(page.getByTestId('storage-usage')).toContainText(/MB|kB|GB/);
  await expectNoA11yViolations(page, 'settings');
  await look(page, 'settings');
});

test('import preview and error states', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await expect(page.getByTestId('import-error')).toBeVisible();
  await expectNoA11yViolations(page, 'settings with import error');
  await page.getByTestId('lang-en').check();
  await expectNoA11yViolations(page, 'settings in English');
});

test('unknown pages and missing pupils say where to go', async ({ page }) => {
  await openApp(page, '/nergens');
  await expect(page.getByRole('link', { name: 'Naar je klassen' })).toBeVisible();
  await expectNoA11yViolations(page, 'not found');
  await openApp(page, '/pupil/bestaat-niet');
  await expect(page.getByTestId('pupil-missing')).toBeVisible();
});
