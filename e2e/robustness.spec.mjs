// What bad circumstances get: no IndexedDB, a full disk, an old backup.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createClass, expectNoA11yViolations, expectPupils, look, openApp, pasteNames, reload, saved } from './support.mjs';

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

test('damaged entries never lock the teacher out: the rest opens, settings lists them, exports them, deletes one on request', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  await saved(page);
  // Damage the store as a broken disk or a hand edit would: text that is no JSON, a record
  // of the wrong shape, an unknown kind, a bare value.
  await page.evaluate(async () => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('groeipad'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    store.put({ key: 'pupil:broken', json: '{not json', rev: 1 }, 'pupil:broken');
    store.put({ key: 'pupil:shape', json: JSON.stringify({ kind: 'pupil', data: { id: 'shape' } }), rev: 1 }, 'pupil:shape');
    store.put({ key: 'class:unknown', json: JSON.stringify({ kind: 'spaceship', data: { id: 'unknown' } }), rev: 1 }, 'class:unknown');
    store.put(42, 'class:bare');
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    db.close();
  });
  await page.goto('/');
  // Everything sound is there; a calm line says what was set aside.
  await expect(page.getByTestId('class-card')).toHaveCount(1);
  await expect(page.getByTestId('damaged-banner')).toContainText('4 opgeslagen gegevens konden niet worden gelezen en zijn apart gezet');
  await page.getByTestId('class-card').click();
  await expectPupils(page, ['Anna', 'Bram']);
  await page.getByTestId('damaged-banner').getByRole('link').click();
  const items = page.getByTestId('damaged-item');
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'pupil:broken' })).toContainText('{not json');
  await expect(items.filter({ hasText: 'class:bare' })).toContainText('42');
  await expectNoA11yViolations(page, 'settings with damaged entries');
  await look(page, 'damaged');
  // Exported as a file, each entry as it was stored.
  const download = page.waitForEvent('download');
  await page.getByTestId('damaged-export').click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.app).toBe('groeipad-damaged');
  expect(file.entries.map((e) => e.key).sort()).toEqual(['class:bare', 'class:unknown', 'pupil:broken', 'pupil:shape']);
  expect(file.entries.find((e) => e.key === 'pupil:broken').text).toBe('{not json');
  // Deleting asks once more, then removes only that entry, for good.
  const broken = items.filter({ hasText: 'pupil:broken' });
  await broken.getByTestId('damaged-delete').click();
  await expect(broken.getByTestId('damaged-delete')).toHaveText('Definitief verwijderen');
  await broken.getByTestId('damaged-delete').click();
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId('toast')).toContainText('Beschadigd gegeven verwijderd');
  await reload(page);
  await expect(page.getByTestId('damaged-banner')).toContainText('3 opgeslagen gegevens');
  await expect(items).toHaveCount(3);
  // The sound data still works: a new pupil is stored next to the damaged entries.
  await page.goto('/');
  await page.getByTestId('class-card').click();
  await page.locator('#pupil-name').fill('Cas');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await reload(page);
  await expectPupils(page, ['Anna', 'Bram', 'Cas']);
});
