// Grouping, part one: a pupil's support level per subject, dated, with its history, in the
// school's own words (settings), and the old single level kept as the general one.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, pasteNames, reload, saved } from './support.mjs';

const row = (page, subject) => page.locator(`[data-testid="support-row"][data-subject="${subject}"]`);

test('support levels per subject: set, dated, history, words of the school, undo, reload', async ({ page }) => {
  await createClass(page, 'Groep 6b', 'nl-6');
  await pasteNames(page, ['Anna de Vries', 'Bram']);
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();

  // The general level starts at "basis", from the start; no subjects of their own yet.
  const section = page.getByTestId('support-levels');
  await expect(section.getByRole('heading', { name: 'Ondersteuning' })).toBeVisible();
  await expect(page.getByTestId('support-row')).toHaveCount(1);
  await expect(page.locator('#support-general')).toHaveValue('core');
  await expect(row(page, 'general').getByTestId('support-since')).toHaveText('vanaf de start');

  // Reading gets its own level: intensief, with compensating measures.
  await section.getByTestId('support-add').locator('summary').click();
  await page.locator('#support-add-subject').selectOption('reading');
  await page.locator('#support-add-level').selectOption('extended');
  await page.getByTestId('support-add-save').click();
  await expect(row(page, 'reading')).toBeVisible();
  await expect(page.locator('#support-reading')).toHaveValue('extended');
  await expect(page.locator('#support-reading option:checked')).toHaveText('intensief');
  await expect(row(page, 'reading').getByTestId('support-since')).toContainText('sinds');
  await row(page, 'reading').getByLabel('compenseren').check();
  await expect(row(page, 'reading').getByLabel('compenseren')).toBeChecked();
  // Made on the same day: one record, no history yet.
  await expect(row(page, 'reading').getByTestId('support-history')).toHaveCount(0);

  // The general level changes (Anna started today: no earlier level to keep).
  await page.locator('#support-general').selectOption('increased');
  await expect(row(page, 'general').getByTestId('support-since')).toContainText('sinds');
  await expect(row(page, 'general').getByTestId('support-history')).toHaveCount(0);

  // Undo of a change: the toast's undo brings the level back.
  await page.locator('#support-general').selectOption('individual');
  await expect(page.locator('#support-general')).toHaveValue('individual');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('#support-general')).toHaveValue('increased');

  // Everything is stored.
  await reload(page);
  await expect(page.locator('#support-general')).toHaveValue('increased');
  await expect(page.locator('#support-reading')).toHaveValue('extended');
  await expect(row(page, 'reading').getByLabel('compenseren')).toBeChecked();
  await expectNoA11yViolations(page, 'pupil page with support levels');
  await section.scrollIntoViewIfNeeded();
  await look(page, 'grouping-support-levels');

  // The attention page counts Anna at the level the general one stands for.
  await page.getByRole('link', { name: /Groep 6b/ }).click();
  await page.getByTestId('class-attention-link').click();
  await expect(page.getByTestId('att-row').filter({ hasText: 'Anna' })).toContainText('Extra ondersteuning');

  // Flemish words: the school picks the zorgcontinuüm in settings; levels keep their meaning.
  await page.getByRole('link', { name: 'Instellingen' }).click();
  const vocab = page.getByTestId('support-vocabulary');
  await vocab.getByLabel(/Zorgcontinuüm/).check();
  await expect(vocab.getByLabel(/Zorgcontinuüm/)).toBeChecked();
  await expectNoA11yViolations(page, 'settings with the support vocabulary');
  await saved(page);
  await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(page.locator('#support-general option:checked')).toHaveText('fase 1: verhoogde zorg');
  await expect(page.locator('#support-reading option:checked')).toHaveText('fase 2: uitbreiding van zorg');

  // Taking away the subject's own level: it follows the general one again; undo is there.
  await row(page, 'reading').getByTestId('support-remove').click();
  await expect(row(page, 'reading')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('#support-reading')).toHaveValue('extended');
});

test('a backup with a support level of a pupil it does not hold is refused, one with its pupil is restored', async ({ page }) => {
  const rec = (kind, data) => ({ kind, data });
  const records = [
    rec('class', { id: 'c1', name: 'Groep 5', school_year: '2026-2027', year_group: { system: 'Nl', n: 5 }, created_on: '2026-09-01' }),
    rec('pupil', { id: 'p1', class_id: 'c1', name: 'Noor', nickname: '', year_group: null, support_notes: '', support_level: 'Extra', archived_on: null, created_on: '2026-09-01' }),
    rec('support', { id: 's1', pupil_id: 'p1', subject: 'Maths', phase: 'extended', measures: ['dispense'], from: '2026-10-01' }),
  ];
  const file = (recs) => ({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'groeipad', schema_version: 1, exported_at: '2026-11-01T10:00:00', data: { records: recs } })) });
  await page.goto('/settings');
  await page.getByTestId('import-file').setInputFiles(file([...records, rec('support', { id: 's2', pupil_id: 'ghost', subject: null, phase: 'core', from: '2026-10-01' })]));
  await expect(page.getByTestId('import-error')).toContainText('Er is niets veranderd');
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await page.getByTestId('import-file').setInputFiles(file(records));
  await page.getByTestId('import-confirm').click();
  await saved(page);
  await page.goto('/pupil/p1');
  await expect(page.locator('#support-general')).toHaveValue('increased');
  await expect(page.locator('#support-maths')).toHaveValue('extended');
  await expect(page.locator('[data-testid="support-row"][data-subject="maths"]').getByLabel('dispenseren')).toBeChecked();

  // Noor's old single level (extra support since she started) becomes the start of the
  // general history when the level changes today.
  const general = page.locator('[data-testid="support-row"][data-subject="general"]');
  await expect(general.getByTestId('support-since')).toHaveText('vanaf de start');
  await page.locator('#support-general').selectOption('extended');
  await general.getByTestId('support-history').locator('summary').click();
  await expect(general.getByTestId('support-history').locator('li')).toHaveText(['1 september 2026: basis met verlengde instructie']);
  await reload(page);
  await expect(page.locator('#support-general')).toHaveValue('extended');
  await general.getByTestId('support-history').locator('summary').click();
  await expect(general.getByTestId('support-history').locator('li')).toHaveCount(1);
});
