// What bad circumstances get: no IndexedDB, a full disk, an old backup.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createClass, expectNoA11yViolations, expectPupils, look, openApp, pasteNames, reload, saved, storeRaw } from './support.mjs';

test('a browser without IndexedDB gets a clear message instead of a broken app', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByTestId('storage-failed')).toContainText('Deze browser laat Groeipad niets bewaren');
  await expect(page.getByTestId('storage-failed')).toContainText('Er is niets verloren gegaan');
  // Settings stay reachable: what still works, in the teacher's language.
  await page.getByTestId('storage-failed-settings-link').click();
  await expect(page.getByTestId('storage-failed-settings')).toContainText('Wat nog werkt: de taal en de privacymodus.');
  // Nothing can be stored here, so no button that cannot work.
  await expect(page.getByTestId('rescue-not-possible')).toContainText('niets opgeslagen om te bewaren');
  await expect(page.getByTestId('rescue-save')).toHaveCount(0);
  await expectNoA11yViolations(page, 'settings without storage');
  await look(page, 'storage-failed-settings');
  await page.getByTestId('lang-en').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByTestId('storage-failed-settings')).toContainText('What still works');
  await page.reload();
  await expect(page.getByTestId('storage-failed-settings')).toContainText('does not let Groeipad store anything');
});

test('data the app cannot open (a newer Groeipad\'s): settings still open and save everything stored as a file', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  await saved(page);
  await storeRaw(page, { 'pupil:broken': { key: 'pupil:broken', json: '{not json', rev: 1 } }, { schema_version: 99 });
  await page.goto('/');
  await expect(page.getByTestId('storage-failed')).toContainText('nieuwere versie van Groeipad');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('storage-failed-settings')).toContainText('nieuwere versie van Groeipad');
  await expect(page.getByTestId('storage-failed-settings')).toContainText('je opgeslagen gegevens als bestand bewaren');
  await expectNoA11yViolations(page, 'settings with data of a newer app');
  const download = page.waitForEvent('download');
  await page.getByTestId('rescue-save').click();
  const saved_ = await download;
  expect(saved_.suggestedFilename()).toMatch(/^groeipad-opgeslagen-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('toast')).toContainText('Het bestand met je opgeslagen gegevens staat klaar');
  // The file is a backup at the stored schema, for a Groeipad that reads it; the entry that
  // is no JSON is listed apart, as it was stored.
  const file = JSON.parse(readFileSync(await saved_.path(), 'utf8'));
  expect(file.app).toBe('groeipad');
  expect(file.schema_version).toBe(99);
  const names = file.data.records.filter((r) => r.kind === 'pupil').map((r) => r.data.name).sort();
  expect(names).toEqual(['Anna', 'Bram']);
  expect(file.unreadable).toEqual([{ key: 'pupil:broken', text: '{not json' }]);
  // Nothing was changed by looking.
  await page.reload();
  await expect(page.getByTestId('storage-failed-settings')).toBeVisible();
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
  await storeRaw(page, {
    'pupil:broken': { key: 'pupil:broken', json: '{not json', rev: 1 },
    'pupil:shape': { key: 'pupil:shape', json: JSON.stringify({ kind: 'pupil', data: { id: 'shape' } }), rev: 1 },
    'class:unknown': { key: 'class:unknown', json: JSON.stringify({ kind: 'spaceship', data: { id: 'unknown' } }), rev: 1 },
    'class:bare': 42,
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

test('damaged entries stay aside through an import and leave every tab when the teacher deletes one', async ({ page, context }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna']);
  await saved(page);
  await openApp(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const backup = await (await download).path();
  await storeRaw(page, {
    'pupil:broken': { key: 'pupil:broken', json: '{not json', rev: 1 },
    'class:odd': { key: 'class:odd', json: '{"kind":"spaceship"}', rev: 1 },
  });
  await page.reload();
  await expect(page.getByTestId('damaged-item')).toHaveCount(2);
  // Replacing everything with a backup does not erase them behind her back.
  await page.getByTestId('import-file').setInputFiles(backup);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Back-up teruggezet');
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('damaged-item')).toHaveCount(2);
  // A second tab lists them too; a deletion in the first leaves the second's list.
  const other = await context.newPage();
  await openApp(other, '/settings');
  await expect(other.getByTestId('damaged-item')).toHaveCount(2);
  const broken = page.getByTestId('damaged-item').filter({ hasText: 'pupil:broken' });
  await broken.getByTestId('damaged-delete').click();
  await broken.getByTestId('damaged-delete').click();
  await expect(page.getByTestId('damaged-item')).toHaveCount(1);
  await expect(other.getByTestId('damaged-item')).toHaveCount(1);
  await expect(other.getByTestId('damaged-item')).toContainText('class:odd');
});
