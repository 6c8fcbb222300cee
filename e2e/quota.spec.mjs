// Saved means stored when the device fills up while writes are queued: every write request
// succeeds, then the transaction aborts at its commit (what IndexedDB does when the quota is
// reached at commit). Chromium's Storage.overrideQuotaForOrigin is not enforced for
// IndexedDB by this machine's Chromium (a 700 KB write committed under a quota 100 KB above
// the usage, with the override active), so the abort and the nearly full estimate are
// made in the page.
import { test, expect } from '@playwright/test';
import { createClass, expectPupils, fillUp, pasteNames, saved } from './support.mjs';
import { backupFile } from './records.mjs';

test('a device that fills up at commit: an edit says the device is full and is not shown as saved', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  await saved(page);
  await fillUp(page);
  await page.locator('#pupil-name').fill('Cas');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('Het apparaat is vol');
  await expectPupils(page, ['Anna', 'Bram']);
  await page.reload();
  await expectPupils(page, ['Anna', 'Bram']);
});

test('a device that fills up at commit: an import says it failed and the old data stays', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna']);
  await saved(page);
  const rec = (kind, data) => ({ kind, data });
  const records = [
    rec('class', { id: 'c9', name: 'Groep 8', school_year: '2026-2027', year_group: { system: 'Nl', n: 8 }, created_on: '2026-09-01' }),
    rec('pupil', { id: 'p1', class_id: 'c9', name: 'Noor', nickname: '', year_group: null, support_notes: '', support_level: 'Basis', archived_on: null, created_on: '2026-09-01' }),
  ];
  await page.goto('/settings');
  await fillUp(page);
  await page.getByTestId('import-file').setInputFiles(backupFile(records, { schema: 5, exportedAt: '2026-11-01T10:00:00' }));
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Het apparaat is vol');
  await expect(page.getByText('Back-up teruggezet')).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByTestId('class-card')).toHaveText(/Groep 5a/);
  await page.reload();
  await expect(page.getByTestId('class-card')).toHaveCount(1);
  await expect(page.getByTestId('class-card')).toHaveText(/Groep 5a/);
});
