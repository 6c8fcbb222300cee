// Goals, measurements and feedback notes carry a follow-up date: it lands in the reminder list.
import { test, expect } from '@playwright/test';
import { createClass, createGoal, expectNoA11yViolations, openApp, pasteNames } from './support.mjs';

async function goalFor(page) {
  await createClass(page, 'Groep 5a', 'nl-5');
  await pasteNames(page, ['Anna de Vries']);
  await page.getByTestId('pupil-tile').click();
  await createGoal(page, {
    domain: 'Lezen', baseline: '40', target: '46', conditions: 'met een tekst op AVI-niveau E4',
    pupilActions: 'elke dag hardop lezen', ownWords: 'Ik kan 46 woorden per minuut lezen',
  });
  await expect(page.getByTestId('goal-page')).toBeVisible();
}

test('a goal, a measurement and a feedback note each get a follow-up date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await goalFor(page);
  // The goal.
  await page.getByTestId('goal-follow-up').locator('summary').click();
  await expect(page.locator('#goal-fu-title')).toHaveValue('Doel opvolgen: Ik kan 46 woorden per minuut lezen');
  await page.locator('#goal-fu-due').fill('2026-11-27');
  await page.getByTestId('goal-fu-form').getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('toast')).toBeVisible();
  await expectNoA11yViolations(page, 'goal page with follow-up form');
  // A measurement.
  await page.getByTestId('measurement-value').fill('42');
  await page.getByTestId('record-save').click();
  const m = page.getByTestId('measurement-follow-up').first();
  await m.locator('summary').click();
  await m.locator('input[type=date]').fill('2026-11-24');
  await m.getByRole('button', { name: 'Toevoegen' }).click();
  // A feedback note.
  await page.locator('.back-link').click();
  await page.getByTestId('write-feedback').click();
  await page.locator('#fb-top-0').fill('Je las de moeilijke woorden in stukjes.');
  await page.locator('#fb-next').fill('Morgen lees je de tekst nog eens hardop.');
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('pupil-page')).toBeVisible();
  const n = page.getByTestId('note-follow-up').first();
  await n.locator('summary').click();
  await n.locator('input[type=date]').fill('2026-12-01');
  await n.getByRole('button', { name: 'Toevoegen' }).click();
  await expectNoA11yViolations(page, 'pupil page with a note follow-up form');
  // All three in the one list, in their groups.
  await openApp(page, '/reminders');
  await expect(page.getByTestId('group-this-week')).toContainText('Doel opvolgen: Ik kan 46 woorden per minuut lezen');
  await expect(page.getByTestId('group-this-week')).toContainText('Meting bespreken');
  await expect(page.getByTestId('group-later')).toContainText('Feedback opvolgen');
});
