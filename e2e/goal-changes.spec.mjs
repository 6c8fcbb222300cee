// Adjusting and stopping a goal: the history is kept, and every wizard step passes axe.
import { test, expect } from '@playwright/test';
import { createClass, createGoal, expectNoA11yViolations, look, pasteNames } from './support.mjs';

async function quickGoal(page, { target = '50' } = {}) {
  await createClass(page, 'Groep 6', 'nl-6');
  await pasteNames(page, ['Sem Jansen']);
  await page.getByTestId('pupil-tile').click();
  // axe on every step but the measure's (goals.spec checks that one).
  await createGoal(page, {
    domain: 'Spelling', baseline: '10', target, conditions: 'bij een dictee van 20 woorden',
    teacherActions: 'verlengde instructie op dinsdag', ownWords: 'Ik kan 14 van de 20 woorden goed schrijven',
    onStep: async (n) => { if (n !== 2) await expectNoA11yViolations(page, `step ${n}`); },
  });
  await expect(page.getByTestId('goal-page')).toBeVisible();
}

test('adjust a goal: the old target stays in the history', async ({ page }) => {
  await quickGoal(page, { target: '14' });
  await page.getByTestId('adjust').locator('summary').click();
  await page.locator('#adj-target').fill('10');
  await page.getByTestId('adjust-save').click();
  await expect(page.getByTestId('adjust')).toContainText('gelijk aan de beginmeting');
  await page.locator('#adj-target').fill('16');
  await page.getByTestId('adjust-save').click();
  await expect(page.getByTestId('history')).toContainText('eerder doel 14');
  await expect(page.getByTestId('chart-summary')).toContainText('doel 16');
  await expectNoA11yViolations(page, 'goal page with adjust open');
});

test('stop a goal with a reason; delete a goal with undo', async ({ page }) => {
  await quickGoal(page, { target: '14' });
  await page.getByTestId('stop').locator('summary').click();
  await page.locator('#stop-reason').selectOption('other');
  await page.getByTestId('stop-save').click();
  await expect(page.getByTestId('stop')).toContainText('waarom het doel stopt');
  await page.locator('#stop-text').fill('Sem gaat naar een andere groep');
  await page.getByTestId('stop-save').click();
  await expect(page.locator('.page-header')).toContainText('Gestopt op');
  await expect(page.getByTestId('record-form')).toHaveCount(0);
  await page.getByTestId('delete-goal').click();
  await expect(page.getByTestId('goals-section')).toBeVisible();
  await expect(page.getByTestId('goals-section')).not.toContainText('Gehaalde en gestopte doelen');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('goals-section')).toContainText('Gehaalde en gestopte doelen (1)');
});

test('a long goal gets sub-goals with check-ins; points under the aim line give advice', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await createClass(page, 'Groep 4', 'nl-4');
  await pasteNames(page, ['Noor Bakker']);
  await page.getByTestId('pupil-tile').click();
  // Measured eight weeks ago; the goal runs to four weeks from now.
  await createGoal(page, {
    domain: 'Lezen', baseline: '30', baselineDate: '2026-09-28', target: '42', targetDate: '2026-12-21',
    conditions: 'met een tekst op AVI-niveau M4', pupilActions: 'elke dag hardop lezen',
    ownWords: 'Ik kan 42 woorden per minuut lezen',
    onStep: async (n) => { if (n === 5) await expect(page.getByTestId('realism')).toContainText('Tussendoelen met een check-in'); },
  });
  const subgoals = page.getByTestId('subgoals');
  await expect(subgoals.locator('li')).not.toHaveCount(0);
  expect(await subgoals.locator('li').count()).toBeGreaterThanOrEqual(4);
  await expect(subgoals).toContainText('check-in');
  // Six weekly measurements that stay flat: four in a row under the aim line.
  const weeks = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];
  for (const date of weeks) {
    await page.getByTestId('measurement-value').fill('31');
    await page.locator('#m-date').fill(date);
    await page.getByTestId('record-save').click();
  }
  await expect(page.getByTestId('chart-point')).toHaveCount(6);
  await expect(page.getByTestId('trend-line')).toHaveCount(1);
  await expect(page.getByTestId('advice')).toContainText('Advies uit de metingen');
  await expectNoA11yViolations(page, 'goal page with advice and sub-goals');
  await look(page, 'goal-advice');
});

test('a goal across New Year shows its dates with their year; one measurement reads "1 meting"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await quickGoal(page, { target: '14' });
  // Baseline 1 December 2026, target six weeks later: 12 January 2027.
  const summary = page.getByTestId('chart-summary');
  await expect(summary).toContainText('1 december 2026');
  await expect(summary).toContainText('12 januari 2027');
  await expect(page.getByTestId('goal-chart').locator('text.tick')).toContainText(['1 dec 2026', '12 jan 2027']);
  await page.locator('#m-value').fill('12');
  await page.getByTestId('record-save').click();
  await expect(summary).toContainText('1 meting, de laatste');
  await expect(page.getByTestId('measurements')).toContainText('1 december 2026');
  await look(page, 'goal-across-new-year');
});

test('a goal within one autumn shows its dates without a year', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-09-01T10:00:00'));
  await quickGoal(page, { target: '14' });
  const summary = page.getByTestId('chart-summary');
  await expect(summary).toContainText('13 oktober');
  await expect(summary).not.toContainText('2026');
  await page.locator('#m-value').fill('12');
  await page.getByTestId('record-save').click();
  await page.locator('#m-value').fill('13');
  await page.getByTestId('record-save').click();
  await expect(summary).toContainText('2 metingen, de laatste');
});
