// Retention: a pupil archived more than two years ago is suggested for deletion, calmly
// on the home screen and with the dossier offered first in settings; nothing goes without
// a confirmation, and the deletion can be undone for the session.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoA11yViolations, look, openApp, reload, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const TODAY = '2026-11-30';

/** A class with a pupil archived three years ago (with four records), one archived last
 *  month, one exactly two years ago (not due yet) and one still in the class. */
function school() {
  const pupil = (id, name, archived_on) => pupilRecord(id, name, { archived_on, created_on: '2022-08-31' });
  const records = [
    classRecord('c1', 'Groep 8b', { n: 8, createdOn: '2022-08-31' }),
    pupil('p1', 'Daan Smit', '2023-11-30'),
    pupil('p2', 'Eva Jansen', '2026-10-30'),
    pupil('p3', 'Fleur Bos', '2024-11-30'),
    pupil('p4', 'Gijs de Wit', null),
    { kind: 'goal', data: { id: 'g1', pupil_id: 'p1', domain: 'Reading',
      measure: { name: 'DMT-kaart 3', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
      baseline: { value: 40, date: '2022-09-07' }, target: 60, target_date: '2023-01-27', confirmations: 3,
      own_words: 'Ik lees vlot een tekst van AVI M6', home_actions: [], created_on: '2022-09-07' } },
    { kind: 'measurement', data: { id: 'm1', goal_id: 'g1', value: 48, date: '2022-10-10' } },
    { kind: 'success', data: { id: 's1', pupil_id: 'p1', date: '2022-10-12', text: 'Een heel boek uitgelezen', source: 'Manual' } },
    { kind: 'feedback_note', data: { id: 'n1', pupil_id: 'p1', goal_id: 'g1', date: '2022-10-12',
      tops: ['Je las de lange woorden in stukjes'], tips: [], next_step: 'Elke dag tien minuten lezen' } },
  ];
  return backupText(records, { schema: 6, exportedAt: `${TODAY}T09:00:00` });
}

async function importSchool(page) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'school.json', mimeType: 'application/json', buffer: Buffer.from(school()) });
  await page.getByTestId('import-confirm').click();
  await saved(page);
}

/** The section alone at both sizes (screenshots/retention-section-*.png), to look at closely. */
async function lookAtSection(page, name) {
  for (const [label, size] of [['tablet', { width: 1024, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(size);
    await page.getByTestId('retention').screenshot({ path: `screenshots/${name}-${label}.png` });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** At least 44 px high and wide: a tap target for a busy classroom. */
async function expectTouchTarget(locator) {
  const box = await locator.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
}

test('retention: the pupil archived three years ago is suggested, dossier first, delete confirmed and undoable', async ({ page }) => {
  await importSchool(page);

  // Home: a calm note, counting only the pupil archived three years ago.
  await openApp(page, '/');
  const note = page.getByTestId('retention-note');
  await expect(note).toHaveText(/1 leerling is meer dan twee jaar geleden gearchiveerd\./);
  await expect(note).not.toHaveClass(/notice-warn/);
  await expectTouchTarget(note.getByRole('link'));
  await expectNoA11yViolations(page, 'home with the retention note');
  await look(page, 'retention-home');

  // Settings: only Daan is listed, with when he left, his class and what is kept.
  await note.getByRole('link', { name: 'Bekijken in Instellingen' }).click();
  await expect(page).toHaveURL(/\/settings#retention$/);
  const items = page.getByTestId('retention-item');
  await expect(items).toHaveCount(1);
  const daan = items.first();
  await expect(daan.getByRole('heading')).toHaveText('Daan Smit');
  await expect(daan.getByTestId('retention-details')).toHaveText('Gearchiveerd op 30 november 2023 · Groep 8b · 4 gegevens');
  await expect(page.getByTestId('retention')).not.toContainText('Eva Jansen');
  await expect(page.getByTestId('retention')).not.toContainText('Fleur Bos');
  for (const id of ['retention-dossier', 'retention-delete']) await expectTouchTarget(daan.getByTestId(id));
  await expectNoA11yViolations(page, 'settings with the retention list');
  await look(page, 'retention-settings');
  await lookAtSection(page, 'retention-section');

  // The dossier first: one pupil's file, with his records.
  const download = page.waitForEvent('download');
  await daan.getByRole('button', { name: 'Dossier bewaren – Daan Smit' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`groeipad-dossier-daan-smit-${TODAY}.json`);
  const dossier = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(dossier.kind).toBe('dossier');
  expect(dossier.data.records.map((r) => r.data.id).sort()).toEqual(['g1', 'm1', 'n1', 'p1', 's1']);

  // Delete asks first; cancel keeps him and gives the focus back to the button.
  await daan.getByRole('button', { name: 'Verwijderen – Daan Smit' }).click();
  const confirm = page.getByTestId('retention-confirm');
  await expect(confirm).toContainText('Daan Smit en alles over deze leerling verwijderen?');
  await expect(confirm.locator('.retention-question')).toBeFocused();
  for (const id of ['retention-confirm-delete', 'retention-cancel']) await expectTouchTarget(confirm.getByTestId(id));
  await expectNoA11yViolations(page, 'settings asking to confirm the deletion');
  await look(page, 'retention-confirm');
  await lookAtSection(page, 'retention-section-confirm');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(daan.getByTestId('retention-delete')).toBeFocused();
  await expect(items).toHaveCount(1);

  // Confirmed: he and everything about him go; undo brings all of it back.
  await daan.getByTestId('retention-delete').click();
  await page.getByTestId('retention-confirm-delete').click();
  await expect(items).toHaveCount(0);
  await expect(page.getByTestId('retention-none')).toBeVisible();
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('Daan Smit en alle gegevens verwijderd.');
  await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(items).toHaveCount(1);
  await reload(page);
  await expect(page.getByTestId('retention-item').getByTestId('retention-details')).toHaveText('Gearchiveerd op 30 november 2023 · Groep 8b · 4 gegevens');
  await page.goto('/pupil/p1/dossier');
  await expect(page.getByTestId('dossier-goals')).toContainText('Ik lees vlot een tekst van AVI M6');
  await expect(page.getByTestId('dossier-successes')).toContainText('Een heel boek uitgelezen');

  // Delete again, by keyboard this time, and reload: gone for good, and so is the note.
  await page.goto('/settings#retention');
  await page.getByTestId('retention-delete').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.retention-question')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('retention-confirm-delete')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retention-none')).toBeVisible();
  await reload(page);
  await expect(page.getByTestId('retention-none')).toHaveText('Niemand is meer dan twee jaar geleden gearchiveerd: er is nu niets om te verwijderen.');
  await lookAtSection(page, 'retention-section-empty');
  await openApp(page, '/');
  await expect(page.getByTestId('class-card')).toHaveCount(1);
  await expect(page.getByTestId('retention-note')).toHaveCount(0);
  await openApp(page, '/pupil/p1');
  await expect(page.getByTestId('pupil-missing')).toBeVisible();
});

test('retention in English', async ({ page }) => {
  await importSchool(page);
  await page.getByTestId('lang-en').check();
  await expect(page.getByTestId('retention-item').getByTestId('retention-details')).toHaveText('Archived on 30 November 2023 · Groep 8b · 4 entries');
  await expect(page.getByTestId('retention-item').getByRole('button', { name: 'Save dossier – Daan Smit' })).toBeVisible();
  await openApp(page, '/');
  await expect(page.getByTestId('retention-note')).toContainText('1 pupil was archived more than two years ago.');
  await expectNoA11yViolations(page, 'home with the retention note in English');
});
