// Adjusting and stopping a goal: the history is kept, and every wizard step passes axe.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, pasteNames } from './support.mjs';

async function quickGoal(page, { target = '50' } = {}) {
  await createClass(page, 'Groep 6', 'nl-6');
  await pasteNames(page, ['Sem Jansen']);
  await page.getByTestId('pupil-tile').click();
  await page.getByTestId('new-goal').click();
  const next = () => page.getByTestId('wizard-next').click();
  await page.locator('label.choice-card', { hasText: 'Spelling' }).click();
  await expectNoA11yViolations(page, 'step 1');
  await next();
  await page.getByTestId('measure-template').first().click();
  await next();
  await page.getByTestId('baseline').fill('10');
  await expectNoA11yViolations(page, 'step 3');
  await next();
  await page.getByTestId('target').fill(target);
  await expectNoA11yViolations(page, 'step 4');
  await next();
  await expectNoA11yViolations(page, 'step 5');
  await next();
  await page.locator('#conditions').fill('bij een dictee van 20 woorden');
  await expectNoA11yViolations(page, 'step 6');
  await next();
  await page.locator('#teacher-actions').fill('verlengde instructie op dinsdag');
  await expectNoA11yViolations(page, 'step 7');
  await next();
  await page.getByTestId('own-words').fill('Ik kan 14 van de 20 woorden goed schrijven');
  await next();
  await page.getByTestId('save-goal').click();
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
