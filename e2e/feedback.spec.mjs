// Journeys of strength-balanced feedback: composing with the balance checks, the pupil's
// ratio, successes and the class board, the fairness list, and the teacher's own sentences.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, reload, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const nudge = (page, kind) => page.locator(`[data-testid=nudge][data-kind=${kind}]`);

async function toPupil(page, name) {
  await page.getByTestId('pupil-tile').filter({ hasText: name }).click();
  await expect(page.getByTestId('pupil-title')).toContainText(name);
}

test('compose a note: every nudge, follow the suggestions, save; the ratio changes', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna de Vries', 'Bram Peeters', 'Sem Jansen']);
  await saved(page); await page.goto('/');
  // Class overview → class → pupil → composer: three taps.
  await page.getByTestId('class-card').first().click();
  await toPupil(page, 'Anna');
  await expect(page.getByTestId('ratio')).toHaveAttribute('data-level', 'none');
  await expect(page.getByTestId('no-notes')).toBeVisible();
  await page.getByTestId('write-feedback').click();
  await expect(page.getByTestId('composer')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback voor Anna de Vries');
  // No goals for this pupil: no goal choice.
  await expect(page.getByTestId('goal-link')).toHaveCount(0);

  await page.locator('#fb-top-0').fill('Je bent zo slim!');
  await page.locator('#fb-tip-0').fill('Je bent altijd te laat.');
  await page.getByRole('button', { name: '+ Tip toevoegen' }).click();
  await expect(page.locator('#fb-tip-1')).toBeFocused();
  await page.locator('#fb-tip-1').fill('Je werk is slordig.');
  for (const kind of ['fewer-tops', 'no-next-step', 'person-praise', 'absolute', 'label']) {
    await expect(nudge(page, kind), kind).toHaveCount(1);
  }
  await expect(nudge(page, 'person-praise')).toContainText('‘slim’ prijst de leerling zelf');
  await expect(nudge(page, 'person-praise')).toContainText('bij top 1, zin 1');
  await expect(nudge(page, 'fewer-tops')).toContainText('1 top en 2 tips');
  await expectNoA11yViolations(page, 'composer with nudges');
  await look(page, 'feedback-composer-nudges');

  // Saving with nudges asks once; it never blocks.
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('confirm-save')).toBeVisible();
  await expect(page.getByTestId('save-anyway')).toBeVisible();
  await expectNoA11yViolations(page, 'composer asking to save anyway');
  await look(page, 'feedback-composer-confirm');
  await page.getByRole('button', { name: 'Verder aanpassen' }).click();
  await expect(page.getByTestId('confirm-save')).toHaveCount(0);

  // Person praise → process praise, in one tap; undo brings the old text back.
  await nudge(page, 'person-praise').getByTestId('use-suggestion').click();
  await expect(page.locator('#fb-top-0')).toHaveValue('Je koos een aanpak die werkte: eerst …, daarna …');
  await expect(page.locator('#fb-top-0')).toBeFocused();
  await expect(nudge(page, 'person-praise')).toHaveCount(0);
  await page.getByTestId('undo-suggestion').click();
  await expect(page.locator('#fb-top-0')).toHaveValue('Je bent zo slim!');
  await nudge(page, 'person-praise').getByTestId('use-suggestion').click();
  await page.locator('#fb-top-0').fill('Je koos een aanpak die werkte: eerst lezen, daarna tekenen.');
  await nudge(page, 'absolute').getByTestId('use-suggestion').click();
  await expect(page.locator('#fb-tip-0')).toHaveValue('Vandaag bij rekenen zag ik dat …');
  await nudge(page, 'label').getByTestId('use-suggestion').click();
  await expect(page.locator('#fb-tip-1')).toHaveValue('Een paar letters staan buiten de lijn; kijk je werk na met de checklist.');
  // Fewer tops than tips: add a top from the nudge.
  await nudge(page, 'fewer-tops').getByRole('button', { name: 'Top toevoegen' }).click();
  await expect(page.locator('#fb-top-1')).toBeFocused();
  await page.locator('#fb-top-1').fill('Je las de opdracht eerst helemaal.');
  await expect(nudge(page, 'fewer-tops')).toHaveCount(0);
  // No next step: one tap on a sentence starter.
  await page.locator('fieldset[data-part="next step"] [data-testid=starter]').first().click();
  await expect(page.locator('#fb-next')).toHaveValue(/\S/);
  await expect(page.getByTestId('nudge')).toHaveCount(0);
  await expect(page.getByTestId('check-clean')).toBeVisible();
  await expectNoA11yViolations(page, 'composer, balanced');

  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('pupil-page')).toBeVisible();
  await expect(page.getByTestId('toast')).toContainText('Feedback bewaard');
  await expect(page.getByTestId('note-item')).toHaveCount(1);
  await expect(page.getByTestId('note-item')).toContainText('eerst lezen, daarna tekenen');
  await expect(page.getByTestId('ratio')).toHaveAttribute('data-level', 'ok');
  await expect(page.getByTestId('ratio-text')).toContainText('2 positief (tops en successen) tegenover 2 tips');
  await expect(page.getByTestId('ratio-text')).toContainText('doel: 3 op 1');

  // A success counts as positive too.
  await page.getByTestId('note-success').click();
  await expect(page.locator('#success-text')).toBeFocused();
  await page.locator('#success-text').fill('Hielp Sem met de tafel van 7');
  await page.getByRole('button', { name: 'Succes bewaren' }).click();
  await expect(page.getByTestId('success-item')).toContainText('Hielp Sem met de tafel van 7');
  await expect(page.getByTestId('ratio-text')).toContainText('3 positief');

  // A note with one top and three tips, saved anyway: below 1:1 is a warning.
  await page.getByTestId('write-feedback').click();
  await page.locator('#fb-top-0').fill('Je begon meteen.');
  await page.locator('#fb-tip-0').fill('Kijk je werk na.');
  for (const tip of ['Zet de getallen onder elkaar.', 'Lees de vraag twee keer.']) {
    await page.getByRole('button', { name: '+ Tip toevoegen' }).click();
    await page.locator('#fb-tip-' + (await page.locator('textarea[id^=fb-tip-]').count() - 1)).fill(tip);
  }
  await page.getByTestId('save-note').click();
  await page.getByTestId('save-anyway').click();
  await expect(page.getByTestId('pupil-page')).toBeVisible();
  await expect(page.getByTestId('ratio')).toHaveAttribute('data-level', 'warning');
  await expect(page.getByTestId('ratio-text')).toContainText('4 positief (tops en successen) tegenover 5 tips, minder dan 1 op 1');
  await expectNoA11yViolations(page, 'pupil page with feedback and a warning');
  await look(page, 'feedback-pupil');

  // Newest first; delete with undo.
  await expect(page.getByTestId('note-item').first()).toContainText('Je begon meteen.');
  await page.getByTestId('delete-note').first().click();
  await expect(page.getByTestId('note-item')).toHaveCount(1);
  await expect(page.getByTestId('ratio')).toHaveAttribute('data-level', 'ok');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('note-item')).toHaveCount(2);
  await reload(page);
  await expect(page.getByTestId('note-item')).toHaveCount(2);
  await expect(page.getByTestId('ratio')).toHaveAttribute('data-level', 'warning');
});

test('a note with no top is refused with a clear message', async ({ page }) => {
  await createClass(page, 'Groep 3');
  await pasteNames(page, ['Lotte']);
  await toPupil(page, 'Lotte');
  await page.getByTestId('write-feedback').click();
  await page.locator('#fb-tip-0').fill('Kijk je werk na.');
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('compose-error')).toHaveText('Schrijf minstens één top: wat ging er goed?');
  await expect(page.locator('#fb-tip-0')).toHaveValue('Kijk je werk na.');
});

function backupWithGoal(today) {
  const pupil = (id, name) => pupilRecord(id, name, { support_notes: 'privé: dyslexie', created_on: '2026-01-05' });
  const records = [
    classRecord('c1', 'Groep 6b', { n: 6, schoolYear: '2025-2026', createdOn: '2026-01-05' }),
    pupil('p1', 'Noor Bakker'),
    pupil('p2', 'Daan de Wit'),
    { kind: 'goal', data: { id: 'g1', pupil_id: 'p1', domain: 'Reading',
      measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
      baseline: { value: 40, date: '2026-01-05' }, target: 60, target_date: '2026-06-01', confirmations: 2,
      own_words: 'Ik lees vlot een tekst van AVI E5', created_on: '2026-01-05' } },
    // As schema v1 to v7 stored a reached goal's success: worded in the language of the day.
    { kind: 'success', data: { id: 's1', pupil_id: 'p1', date: today, text: 'Doel gehaald: Ik lees vlot een tekst van AVI E5',
      goal_id: 'g1', source: 'GoalAchieved' } },
  ];
  return backupText(records, { exportedAt: `${today}T09:00:00` });
}

test('successes: two taps from the pupil page, quick-add in class, the board; a reached goal shows well', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-04T10:00:00'));
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backupWithGoal('2026-03-04')) });
  await page.getByTestId('import-confirm').click();
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await expect(page.getByTestId('class-title')).toHaveText('Groep 6b');

  // On the pupil page: "Succes" (tap 1), type, save (tap 2).
  await toPupil(page, 'Daan');
  await page.getByTestId('note-success').click();
  await page.locator('#success-text').fill('Durfde voor de klas te spreken');
  await page.getByRole('button', { name: 'Succes bewaren' }).click();
  await expect(page.getByTestId('toast')).toContainText('Succes genoteerd');
  await expect(page.getByTestId('success-item')).toHaveCount(1);
  // Delete with undo.
  await page.getByTestId('delete-success').click();
  await expect(page.getByTestId('success-item')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('success-item')).toHaveCount(1);

  // The reached goal from the goals feature reads as such on Noor's page.
  await page.getByRole('link', { name: /Groep 6b/ }).click();
  await toPupil(page, 'Noor');
  const goalSuccess = page.getByTestId('success-item');
  await expect(goalSuccess.locator('.success-text')).toHaveText('Doel gehaald: Ik lees vlot een tekst van AVI E5');
  await expect(goalSuccess).toContainText('Doel behaald');
  await expect(goalSuccess).toContainText('Lezen: Ik lees vlot een tekst van AVI E5');
  // The import stored what was reached, not the Dutch sentence: in English it reads English.
  await openApp(page, '/settings');
  await page.getByTestId('lang-en').check();
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await toPupil(page, 'Noor');
  await expect(page.getByTestId('success-item').locator('.success-text')).toHaveText('Goal achieved: Ik lees vlot een tekst van AVI E5');
  await openApp(page, '/settings');
  await page.getByTestId('lang-nl').check();
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await toPupil(page, 'Noor');

  // The composer offers Noor's goal and switches the sentences to its subject.
  await page.getByTestId('write-feedback').click();
  await page.getByTestId('goal-link').selectOption({ label: 'Lezen: Ik lees vlot een tekst van AVI E5' });
  await expect(page.getByTestId('domain')).toHaveValue('0');
  await page.locator('fieldset[data-part=top] [data-testid=starter]').first().click();
  await expect(page.locator('#fb-top-0')).toHaveValue('Je las de moeilijke woorden in stukjes; zo lukte het je om ze te lezen.');
  await page.locator('fieldset[data-part="next step"] [data-testid=starter]').first().click();
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('note-item')).toContainText('Doel: Lezen: Ik lees vlot');

  // Quick-add on the class page.
  await page.getByRole('link', { name: /Groep 6b/ }).click();
  await page.locator('#qs-pupil').selectOption({ label: 'Noor Bakker' });
  await page.locator('#qs-text').fill('Las een heel hoofdstuk voor');
  await page.getByTestId('quick-success').getByRole('button', { name: 'Succes bewaren' }).click();
  await expect(page.getByTestId('toast')).toContainText('Succes genoteerd');
  await expect(page.locator('#qs-text')).toHaveValue('');
  await expectNoA11yViolations(page, 'class page with feedback section');
  await look(page, 'feedback-class');

  await page.getByTestId('open-board').click();
  const cards = page.getByTestId('board-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.locator('.board-name')).toHaveText(['Daan', 'Noor']);
  await expect(cards.nth(1)).toContainText('Doel gehaald: Ik lees vlot een tekst van AVI E5');
  await expect(cards.nth(1)).toContainText('Las een heel hoofdstuk voor');
  await expect(cards.nth(1)).toContainText('Doel behaald');
  await expect(page.getByTestId('board')).toContainText('Week van 2 t/m 8 maart');
  const board = await page.getByTestId('board').innerText();
  expect(board).not.toMatch(/Bakker|de Wit|dyslexie|privé|\b\d+ (succes|successen)\b/);
  await expectNoA11yViolations(page, 'success board');
  await look(page, 'feedback-board');

  // Privacy mode: initials on the board.
  await openApp(page, '/settings');
  await page.getByTestId('privacy-toggle').check();
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await page.getByTestId('open-board').click();
  await expect(page.getByTestId('board-card').locator('.board-name')).toHaveText(['D.W.', 'N.B.']);

  // Next week the board starts empty and says so.
  await page.clock.setFixedTime(new Date('2026-03-10T10:00:00'));
  await reload(page);
  await expect(page.getByTestId('board-empty')).toBeVisible();
  await expectNoA11yViolations(page, 'empty success board');
  await look(page, 'feedback-board-empty');
});

test('the class lists pupils with no strength noted in three weeks', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T10:00:00'));
  await createClass(page, 'Groep 7');
  await pasteNames(page, ['Anna de Vries', 'Bram Peeters', 'Sem Jansen']);
  const flagged = page.getByTestId('no-strength-pupil');
  await expect(flagged).toHaveText(['Anna de Vries', 'Bram Peeters', 'Sem Jansen']);
  await expect(page.getByTestId('no-strength')).toContainText('Nog geen top of succes genoteerd in de afgelopen 3 weken');

  // A success for Anna, a note with a top for Bram: only Sem is left.
  await page.locator('#qs-pupil').selectOption({ label: 'Anna de Vries' });
  await page.locator('#qs-text').fill('Eerste keer foutloos gedicteerd');
  await page.getByTestId('quick-success').getByRole('button', { name: 'Succes bewaren' }).click();
  await expect(flagged).toHaveText(['Bram Peeters', 'Sem Jansen']);
  await flagged.filter({ hasText: 'Bram' }).click();
  await expect(page.getByTestId('composer')).toBeVisible();
  await page.locator('#fb-top-0').fill('Je hielp je groepje op weg.');
  await page.locator('#fb-next').fill('Morgen leid jij het groepsgesprek.');
  await page.getByTestId('save-note').click();
  await page.getByRole('link', { name: /Groep 7/ }).click();
  await expect(flagged).toHaveText(['Sem Jansen']);
  await expect(flagged).toHaveAttribute('aria-label', 'Sem Jansen: Nog geen sterkte genoteerd. Wat gaat er goed bij deze leerling?');

  // 20 days later they still count; after 21 days they are on the list again.
  await page.clock.setFixedTime(new Date('2026-03-22T10:00:00'));
  await reload(page);
  await expect(flagged).toHaveText(['Sem Jansen']);
  await page.clock.setFixedTime(new Date('2026-03-23T10:00:00'));
  await reload(page);
  await expect(flagged).toHaveText(['Anna de Vries', 'Bram Peeters', 'Sem Jansen']);
  await expect(flagged.first()).toHaveAttribute('aria-label', /Laatste sterkte 21 dagen geleden/);
  await expectNoA11yViolations(page, 'class page with the no-strength list');

  // Everyone seen: the list gives way to a calm message.
  for (const name of ['Anna de Vries', 'Bram Peeters', 'Sem Jansen']) {
    await page.locator('#qs-pupil').selectOption({ label: name });
    await page.locator('#qs-text').fill('Mooi werk gemaakt');
    await page.getByTestId('quick-success').getByRole('button', { name: 'Succes bewaren' }).click();
  }
  await expect(page.getByTestId('everyone-seen')).toBeVisible();
});

test('own sentences: add, edit, delete with undo; they survive a reload and show in the composer', async ({ page }) => {
  await openApp(page, '/templates');
  await expect(page.getByTestId('no-own-templates')).toBeVisible();
  await expectNoA11yViolations(page, 'templates page, empty');

  await page.locator('#nt-domain').selectOption({ label: 'Rekenen' });
  await page.locator('#nt-part').selectOption({ label: 'Top' });
  await page.locator('#nt-nl').fill('Je controleerde je antwoord met de omgekeerde som.');
  await page.getByRole('button', { name: 'Zin toevoegen' }).click();
  await expect(page.getByTestId('own-template')).toHaveCount(1);
  await expect(page.locator('#nt-nl')).toHaveValue('');
  // An empty sentence is refused.
  await page.getByRole('button', { name: 'Zin toevoegen' }).click();
  await expect(page.getByTestId('new-template').getByRole('alert')).toContainText('Schrijf de zin in het Nederlands, in het Engels of in allebei');
  await reload(page);
  await expect(page.getByTestId('own-template')).toContainText('Rekenen · Top');
  await expect(page.getByTestId('own-template')).toContainText('omgekeerde som');

  await page.getByTestId('edit-template').click();
  const form = page.getByTestId('edit-template-form');
  await form.getByLabel('Tekst in het Nederlands').fill('Je controleerde je antwoord met de omgekeerde som: zo vond je … zelf.');
  await form.getByLabel('Tekst in het Engels').fill('You checked your answer with the inverse sum.');
  await expectNoA11yViolations(page, 'templates page, editing');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('own-template')).toContainText('zo vond je … zelf');
  await page.getByTestId('builtins').locator('summary').click();
  await page.locator('#bt-domain').selectOption({ label: 'Rekenen' });
  await page.getByTestId('builtins').getByRole('button', { name: /^Kopie maken/ }).first().click();
  await expect(page.getByTestId('own-template')).toHaveCount(2);
  await expectNoA11yViolations(page, 'templates page with own sentences and built-ins');
  await look(page, 'feedback-templates');
  await reload(page);
  await expect(page.getByTestId('own-template')).toHaveCount(2);
  await expect(page.getByTestId('own-template').first()).toContainText('zo vond je … zelf');

  // In the composer, under Maths, own sentences come first and are marked.
  await createClass(page, 'Groep 8');
  await pasteNames(page, ['Mila']);
  await toPupil(page, 'Mila');
  await page.getByTestId('write-feedback').click();
  await page.getByTestId('domain').selectOption({ label: 'Rekenen' });
  const own = page.locator('fieldset[data-part=top] [data-testid=starter]').first();
  await expect(own).toContainText('eigen');
  await own.click();
  await expect(page.locator('#fb-top-0')).toHaveValue('Je controleerde je antwoord met de omgekeerde som: zo vond je … zelf.');
  await expect(page.locator('#fb-top-0')).toBeFocused();
  // The gap is selected, so typing replaces it.
  await page.keyboard.type('de fout');
  await expect(page.locator('#fb-top-0')).toHaveValue('Je controleerde je antwoord met de omgekeerde som: zo vond je de fout zelf.');

  // Delete with undo, then for good.
  await page.getByRole('link', { name: 'Eigen zinnen beheren' }).click();
  await expect(page.getByRole('link', { name: /Terug naar de feedback/ })).toBeVisible();
  await page.getByTestId('delete-template').first().click();
  await expect(page.getByTestId('own-template')).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('own-template')).toHaveCount(2);
  await page.getByTestId('delete-template').first().click();
  await page.getByTestId('delete-template').first().click();
  await expect(page.getByTestId('no-own-templates')).toBeVisible();

  // Back in the composer, what was typed is still there; "start over" empties it.
  await page.getByRole('link', { name: /Terug naar de feedback/ }).click();
  await expect(page.getByTestId('kept-draft')).toBeVisible();
  await expect(page.locator('#fb-top-0')).toHaveValue('Je controleerde je antwoord met de omgekeerde som: zo vond je de fout zelf.');
  await expect(page.getByTestId('domain')).toHaveValue('1');
  await expectNoA11yViolations(page, 'composer with a kept draft');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.locator('#fb-top-0')).toHaveValue('');
  await expect(page.getByTestId('kept-draft')).toHaveCount(0);

  await openApp(page, '/templates');
  await reload(page);
  await expect(page.getByTestId('no-own-templates')).toBeVisible();
});

test('in English the checks and suggestions are English', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByTestId('lang-en').check();
  await createClass(page, 'Year 4');
  await pasteNames(page, ['Oliver Smith']);
  await toPupil(page, 'Oliver');
  await page.getByTestId('write-feedback').click();
  await page.locator('#fb-top-0').fill('You are so smart.');
  await expect(nudge(page, 'person-praise')).toContainText('‘smart’ praises the pupil');
  await nudge(page, 'person-praise').getByTestId('use-suggestion').click();
  await expect(page.locator('#fb-top-0')).toHaveValue('You chose a strategy that worked: first …, then …');
  await expect(nudge(page, 'no-next-step')).toContainText('There is no next step yet');
  await expectNoA11yViolations(page, 'composer in English');
});
