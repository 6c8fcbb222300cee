// What bad circumstances get: no IndexedDB, a full disk, an old backup.
import { test, expect } from '@playwright/test';
import { createClass, expectPupils, openApp, pasteNames, reload, saved } from './support.mjs';

test('a browser without IndexedDB gets a clear message instead of a broken app', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByTestId('storage-failed')).toContainText('Deze browser laat Groeipad niets bewaren');
  await expect(page.getByTestId('storage-failed')).toContainText('Er is niets verloren gegaan');
});

test('a full disk: the write fails with a message and what was stored stays', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  await saved(page);
  // From now on every write fails as on a full device.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.locator('#pupil-name').fill('Cas');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('Het apparaat is vol');
  // The screen shows what is really stored again.
  await expectPupils(page, ['Anna', 'Bram']);
  await reload(page);
  await expectPupils(page, ['Anna', 'Bram']);
});

test('the backup reminder comes back when the last backup is more than 30 days old', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await createClass(page, 'Groep 5a');
  await openApp(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  await download;
  await saved(page); // the backup's date is stored after the file is offered
  await page.goto('/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-12-20T10:00:00'));
  await reload(page);
  await expect(page.getByTestId('class-card')).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-12-24T10:00:00'));
  await reload(page);
  await expect(page.getByTestId('backup-reminder')).toContainText('meer dan 30 dagen oud');
});
