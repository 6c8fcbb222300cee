// The goal wizard with its realism check, the draft, progress monitoring and the celebration.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, reload, saved } from './support.mjs';

async function startWizard(page) {
  await createClass(page, 'Groep 5a', 'nl-5');
  await pasteNames(page, ['Anna de Vries']);
  await page.getByTestId('pupil-tile').click();
  await page.getByTestId('new-goal').click();
  await expect(page.getByTestId('wizard-step')).toContainText('Stap 1 van 9');
}

const next = (page) => page.getByTestId('wizard-next').click();

test('a goal through the whole wizard: unrealistic, accept the suggestion, save, measure, celebrate', async ({ page }) => {
  await startWizard(page);
  await expectNoA11yViolations(page, 'wizard step 1');
  await look(page, 'wizard-1-domain');
  // Next without a choice explains what is missing.
  await next(page);
  await expect(page.getByTestId('wizard-error')).toContainText('Kies een domein');
  await page.locator('label.choice-card', { hasText: 'Lezen' }).click();
  await next(page);
  await expect(page.getByTestId('wizard-step')).toContainText('Stap 2 van 9');
  await page.getByTestId('measure-template').first().click();
  await expectNoA11yViolations(page, 'wizard step 2');
  await look(page, 'wizard-2-measure');
  await next(page);
  // Baseline: a goal without a baseline is refused.
  await next(page);
  await expect(page.getByTestId('wizard-error')).toContainText('beginmeting');
  await page.getByTestId('baseline').fill('40');
  await look(page, 'wizard-3-baseline');
  await next(page);
  // Target 80 in six weeks for groep 5: unrealistic, with computed suggestions.
  await page.getByTestId('target').fill('80');
  const band = page.getByTestId('band');
  await expect(band).toHaveAttribute('data-band', 'Unrealistic');
  await expect(band).toHaveText('Niet realistisch');
  await expect(page.getByTestId('suggestion').filter({ hasText: 'latere datum' })).toBeVisible();
  await expectNoA11yViolations(page, 'wizard target with band');
  await look(page, 'wizard-4-target');
  await page.getByTestId('suggestion').filter({ hasText: 'doel dichterbij' }).getByTestId('apply-suggestion').click();
  await expect(band).not.toHaveAttribute('data-band', 'Unrealistic');
  await expect(band).toHaveAttribute('data-band', /Ambitious|Realistic/);
  const target = await page.getByTestId('target').inputValue();
  expect(Number(target.replace(',', '.'))).toBeLessThan(80);
  await next(page);
  await look(page, 'wizard-5-date');
  await next(page);
  await page.locator('#conditions').fill('met een tekst op AVI-niveau E4');
  await look(page, 'wizard-6-conditions');
  await next(page);
  await next(page);
  await expect(page.getByTestId('wizard-error')).toContainText('minstens één stap');
  await page.locator('#pupil-actions').fill('elke dag 10 minuten hardop lezen');
  await page.locator('#home-actions').fill('samen een boek lezen voor het slapengaan');
  await look(page, 'wizard-7-actions');
  await next(page);
  // Vague verbs are refused with observable alternatives.
  await page.getByTestId('own-words').fill('Ik kan de tekst begrijpen');
  await expect(page.getByTestId('vague')).toContainText('begrijpen');
  // The offered verbs follow the goal's domain: a reading goal offers reading verbs first, no sums.
  await expect(page.getByTestId('verb-chip').first()).toHaveText('lezen');
  await expect(page.getByTestId('vague')).not.toContainText('uitrekenen');
  await expectNoA11yViolations(page, 'wizard own words with vague verb');
  await look(page, 'wizard-8-own-words');
  await next(page);
  await expect(page.getByTestId('wizard-error')).toContainText('kun je niet zien of meten');
  await page.getByTestId('verb-chip').first().click();
  await expect(page.getByTestId('vague')).toHaveCount(0);
  await page.getByTestId('own-words').fill(`Ik kan ${target} woorden per minuut lezen`);
  await next(page);
  await expect(page.getByTestId('review-sentence')).toContainText('AVI-niveau E4');
  await expectNoA11yViolations(page, 'wizard review');
  await look(page, 'wizard-9-review');
  await page.getByTestId('save-goal').click();

  await expect(page.getByTestId('goal-title')).toHaveText(`Ik kan ${target} woorden per minuut lezen`);
  await expect(page.getByTestId('chart-summary')).toContainText('Beginmeting 40');
  // A value that is not a number is explained and nothing is stored.
  await page.getByTestId('measurement-value').fill('veel');
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('record-error')).toContainText('Vul een getal in');
  await expect(page.getByTestId('chart-point')).toHaveCount(0);
  await page.getByTestId('measurement-value').fill('44');
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('chart-point')).toHaveCount(1);
  await expect(page.getByTestId('celebration')).toHaveCount(0);
  await expectNoA11yViolations(page, 'goal page');
  // Two measurements at the target (the default confirmation count) achieve the goal.
  for (const v of [target, String(Number(target.replace(',', '.')) + 2)]) {
    await page.getByTestId('measurement-value').fill(v);
    await page.getByTestId('record-save').click();
  }
  await expect(page.getByTestId('celebration')).toContainText('Doel gehaald');
  await expect(page.getByTestId('chart-point')).toHaveCount(3);
  await look(page, 'goal-achieved');
  await reload(page);
  await expect(page.getByTestId('celebration')).toBeVisible();
  await expect(page.getByTestId('record-form')).toHaveCount(0);
  // The pupil page lists it under finished goals.
  await page.locator('.back-link').click();
  await expect(page.getByTestId('no-goals')).toBeVisible();
  await expect(page.getByTestId('goals-section')).toContainText('Gehaalde en gestopte doelen (1)');
});

test('a half-finished wizard survives a reload and can be discarded', async ({ page }) => {
  await startWizard(page);
  await page.locator('label.choice-card', { hasText: 'Rekenen' }).click();
  await next(page);
  await page.getByTestId('measure-template').first().click();
  await next(page);
  await page.getByTestId('baseline').fill('8');
  await saved(page);
  await reload(page);
  await expect(page.getByTestId('wizard-step')).toContainText('Stap 3 van 9');
  await expect(page.getByTestId('baseline')).toHaveValue('8');
  await page.locator('.back-link').click();
  await expect(page.getByTestId('goal-draft')).toBeVisible();
  await expectNoA11yViolations(page, 'pupil page with draft');
  await look(page, 'pupil-with-draft');
  await page.getByTestId('discard-draft').click();
  await expect(page.getByTestId('goal-draft')).toHaveCount(0);
  await reload(page);
  await expect(page.getByTestId('goal-draft')).toHaveCount(0);
  await page.getByTestId('new-goal').click();
  await expect(page.getByTestId('wizard-step')).toContainText('Stap 1 van 9');
});

test('the norm table is viewable and editable in settings, with its source', async ({ page }) => {
  await openApp(page, '/settings');
  const norms = page.getByTestId('norms');
  await expect(norms).toContainText('Groeinormen voor lezen');
  await expect(page.locator('#norms-source')).toHaveValue(/Fuchs/);
  await page.locator('#norm-r-3').fill('abc');
  await page.getByTestId('norms-save').click();
  await expect(page.getByTestId('norms-error')).toContainText('Vul een getal in');
  await page.locator('#norm-r-3').fill('2');
  await page.locator('#norm-a-3').fill('1');
  await page.getByTestId('norms-save').click();
  await expect(page.getByTestId('norms-error')).toContainText('ambitieuze groei mag niet lager');
  await page.locator('#norm-a-3').fill('2,5');
  await page.getByTestId('norms-save').click();
  await expect(page.getByTestId('norms-error')).toBeHidden();
  await reload(page);
  await expect(page.locator('#norm-a-3')).toHaveValue('2,5');
  await expectNoA11yViolations(page, 'settings with norms');
});
