// Journeys of the reports: the parent report of one pupil (preview, choices, print to PDF
// and read back), the class report (one page set per pupil), and the pupil's dossier
// (readable, saved as a file, imported into a class in a fresh profile).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { expectNoA11yViolations, look, openApp, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const LONG = 'Ik kan na de kerstvakantie een verhaal van een hele bladzijde voorlezen aan de klas, '
  + 'met de juiste klemtoon, zonder te haperen bij lange woorden, en daarna in mijn eigen woorden vertellen '
  + 'wat er gebeurde, wie er in het verhaal zaten en hoe het afliep, zodat mijn klasgenoten het ook snappen.';

function school() {
  const pupil = (id, name, notes = '') => pupilRecord(id, name, { support_notes: notes });
  const goal = (id, pupil_id, domain, own_words, extra = {}) => ({ kind: 'goal', data: { id, pupil_id, domain,
    measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
    baseline: { value: 40, date: '2026-09-07' }, target: 60, target_date: '2027-01-29', confirmations: 3,
    own_words, home_actions: [], created_on: '2026-09-07', ...extra } });
  const m = (id, goal_id, value, date) => ({ kind: 'measurement', data: { id, goal_id, value, date } });
  const records = [
    classRecord('c1', 'Groep 5a'),
    pupil('p1', 'Anna de Vries', 'Dyslexieverklaring; extra tijd bij toetsen'),
    pupil('p2', 'Bram Peeters'),
    goal('g1', 'p1', 'Reading', 'Ik lees vlot een tekst van AVI E5', { home_actions: ['Elke avond tien minuten samen lezen'] }),
    goal('g2', 'p1', 'Maths', 'Ik ken de tafels van 6, 7 en 8', { state: { Achieved: { date: '2026-11-10' } },
      measure: { name: 'Tafeltoets', unit: 'Percentage', direction: 'Increasing' }, baseline: { value: 50, date: '2026-09-07' }, target: 90 }),
    goal('g3', 'p2', 'Reading', LONG),
    m('m1', 'g1', 44, '2026-09-21'), m('m2', 'g1', 47, '2026-10-12'), m('m3', 'g1', 51, '2026-11-09'), m('m4', 'g1', 53, '2026-11-23'),
    m('m5', 'g2', 70, '2026-10-01'), m('m6', 'g2', 92, '2026-11-10'), m('m7', 'g3', 43, '2026-10-05'),
    { kind: 'feedback_note', data: { id: 'n1', pupil_id: 'p1', goal_id: 'g1', date: '2026-11-12',
      tops: ['Je las de moeilijke woorden in stukjes'], tips: ['Lees lange woorden tot de laatste letter'], next_step: 'Deze week lees je elke dag met je leesmaatje' } },
    { kind: 'success', data: { id: 's1', pupil_id: 'p1', date: '2026-10-02', text: 'Voor het eerst een heel boek uitgelezen', source: 'Manual' } },
    { kind: 'success', data: { id: 's2', pupil_id: 'p1', date: '2026-11-10', text: 'Doel gehaald: Ik ken de tafels van 6, 7 en 8', goal_id: 'g2', source: 'GoalAchieved' } },
    { kind: 'attention_moment', data: { id: 'a1', pupil_id: 'p1', date: '2026-11-16', kind: 'OneOnOne', minutes: 10, note: 'privé gesprek' } },
    { kind: 'support', data: { id: 'su1', pupil_id: 'p1', subject: null, phase: 'core', measures: [], from: '2026-09-01' } },
    { kind: 'support', data: { id: 'su2', pupil_id: 'p1', subject: 'Reading', phase: 'core', measures: [], from: '2026-09-01' } },
    { kind: 'support', data: { id: 'su3', pupil_id: 'p1', subject: 'Reading', phase: 'increased', measures: ['compensate'], from: '2026-10-12' } },
    { kind: 'reflection', data: { id: 'r1', pupil_id: 'p1', date: '2026-11-20', goal_id: 'g1', mood: 4,
      went_well: 'Ik las het hele boek', was_hard: 'De lange woorden', try_next: 'Elke dag lezen', read_by_teacher: true } },
  ];
  return backupText(records, { schema: 6 });
}

async function importSchool(page) {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00'));
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'school.json', mimeType: 'application/json', buffer: Buffer.from(school()) });
  await page.getByTestId('import-confirm').click();
  await saved(page);
}

/** Prints the page to PDF as Chromium's print would, keeps it in screenshots/, and
 *  returns the text of each page (pdftotext) after turning every page into a PNG to look at. */
async function printed(page, name) {
  mkdirSync('screenshots', { recursive: true });
  const file = `screenshots/${name}.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '50', file, `screenshots/${name}-page`]);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-']).toString());
}

test('parent report: successes first, the goals in the pupil\'s words, tips for home, no support note unless added; as PDF', async ({ page }) => {
  await importSchool(page);
  await page.goto('/class/c1');
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  // One tap from the pupil page.
  await page.getByTestId('pupil-report-link').click();
  await expect(page.getByTestId('parent-report')).toBeVisible();
  await expect(page).toHaveTitle('Verslag voor ouders – Anna de Vries – 2026-11-30');
  const report = page.getByTestId('parent-report');
  await expect(report.getByTestId('report-title')).toHaveText('Verslag voor thuis – Anna de Vries');
  await expect(report.getByTestId('report-successes')).toContainText('Voor het eerst een heel boek uitgelezen');
  await expect(report.getByTestId('report-goal')).toHaveCount(2);
  await expect(report.getByTestId('report-goal').first()).toContainText('Ik lees vlot een tekst van AVI E5');
  await expect(report.getByTestId('report-goal').first()).toContainText('Je las de moeilijke woorden in stukjes');
  await expect(report.getByTestId('report-goal').nth(1)).toContainText('Bereikt op 10 november 2026');
  await expect(report.getByTestId('report-home')).toContainText('Elke avond tien minuten samen lezen');
  await expect(report).not.toContainText('Dyslexie');
  await expect(report).not.toContainText('Lees lange woorden tot de laatste letter');
  await expect(report.getByTestId('report-attention')).toHaveCount(0);

  // A built-in tip for home and one of her own (kept as a template).
  await page.getByRole('checkbox', { name: /Lees elke dag tien minuten samen/ }).check();
  await page.locator('#own-tip').fill('Neem samen een boek mee uit de bibliotheek');
  await page.getByRole('button', { name: 'Tip toevoegen' }).click();
  await expect(page.getByTestId('toast')).toContainText('bewaard bij je eigen sjablonen');
  await expect(report.getByTestId('report-home')).toContainText('Lees elke dag tien minuten samen');
  await expect(report.getByTestId('report-home')).toContainText('Neem samen een boek mee uit de bibliotheek');

  // Leave out the reached goal; the goal choice drives the preview.
  await page.getByTestId('report-goal-toggle').nth(1).uncheck();
  await expect(report.getByTestId('report-goal')).toHaveCount(1);
  await page.getByTestId('report-goal-toggle').nth(1).check();
  await expect(report.getByTestId('report-goal')).toHaveCount(2);

  // A period that ends before it starts is named; an empty period says so kindly.
  await page.getByTestId('report-to').fill('2026-08-01');
  await page.getByTestId('report-to').dispatchEvent('change');
  await expect(page.getByTestId('report-period-error')).toContainText('eindigt voordat ze begint');
  await page.getByTestId('report-from').fill('2026-07-01');
  await page.getByTestId('report-from').dispatchEvent('change');
  await expect(report.getByTestId('report-empty')).toContainText('nog geen doelen of successen');
  await page.getByTestId('report-from').fill('2026-09-07');
  await page.getByTestId('report-from').dispatchEvent('change');
  await page.getByTestId('report-to').fill('2026-11-30');
  await page.getByTestId('report-to').dispatchEvent('change');
  await expect(report.getByTestId('report-goal')).toHaveCount(2);

  await expectNoA11yViolations(page, 'parent report');
  await look(page, 'reports-parent');

  const pages = await printed(page, 'reports-parent');
  const text = pages.join('\n');
  expect(text.indexOf('Voor het eerst een heel boek uitgelezen')).toBeGreaterThan(-1);
  expect(text.indexOf('Successen'), 'successes before the goals').toBeLessThan(text.indexOf('Waar we aan werken'));
  expect(text).toContain('Ik lees vlot een tekst van AVI E5');
  expect(text).toContain('Wat u thuis kunt doen');
  expect(text, 'no support note in the printed report').not.toContain('Dyslexie');
  expect(text).not.toContain('Opslaan');
  expect(text, 'the choices are not printed').not.toContain('Wat komt erin');

  // Added on purpose: the support note and attention minutes; in English for these parents.
  await page.getByTestId('include-support-notes').check();
  await page.getByTestId('include-attention').check();
  await expect(report.getByTestId('report-support-notes')).toContainText('Dyslexieverklaring');
  await expect(report.getByTestId('report-attention')).toContainText('10 minuten');
  await page.getByTestId('report-lang').selectOption('en');
  await expect(report.getByTestId('report-title')).toHaveText('Report for home – Anna de Vries');
  await expect(report.getByTestId('report-successes')).toContainText('Successes');
  await expect(report.getByTestId('report-home')).toContainText('Read together for ten minutes every day');
  await expect(page.getByTestId('report-options')).toContainText('Wat komt erin', { message: 'the app stays Dutch' });
  await look(page, 'reports-parent-en');
});

test('class report: every pupil on pages of their own in one print job; a long goal and a one-point chart print whole', async ({ page }) => {
  await importSchool(page);
  await page.goto('/class/c1');
  await page.getByTestId('class-report-link').click();
  await expect(page.getByTestId('parent-report')).toHaveCount(2);
  await expect(page).toHaveTitle('Verslagen voor ouders – Groep 5a – 2026-11-30');
  const bram = page.getByTestId('parent-report').nth(1);
  await expect(bram.getByTestId('report-title')).toHaveText('Verslag voor thuis – Bram Peeters');
  await expect(bram.getByTestId('report-goal')).toContainText(LONG);
  await expect(bram.getByTestId('report-successes')).toContainText('nog geen succes vastgelegd');
  await expectNoA11yViolations(page, 'class report');
  await look(page, 'reports-class');

  const pages = await printed(page, 'reports-class');
  const first = (name) => pages.findIndex((p) => p.includes(`Verslag voor thuis – ${name}`));
  expect(first('Anna de Vries')).toBe(0);
  expect(first('Bram Peeters'), 'Bram starts on a page of his own').toBeGreaterThan(0);
  expect(pages[first('Bram Peeters')].trimStart().startsWith('Verslag voor thuis – Bram Peeters')).toBe(true);
  expect(pages.slice(0, first('Bram Peeters')).join('')).not.toContain('Bram Peeters');
  // The 300-character sentence is printed in full (pdftotext keeps its words).
  expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('zodat mijn klasgenoten het ook snappen');
});

test('dossier: everything about one pupil, readable and as a file; imported into another class in a fresh profile', async ({ page, browser }) => {
  await importSchool(page);
  await page.goto('/pupil/p1');
  await page.getByTestId('pupil-dossier-link').click();
  const doc = page.getByTestId('dossier-document');
  await expect(doc).toContainText('Dossier – Anna de Vries');
  await expect(doc.getByTestId('dossier-details')).toContainText('Dyslexieverklaring');
  await expect(doc.getByTestId('dossier-goals')).toContainText('Ik ken de tafels van 6, 7 en 8');
  await expect(doc.getByTestId('dossier-goals')).toContainText('53 woorden');
  await expect(doc.getByTestId('dossier-moments')).toContainText('privé gesprek');
  await expect(doc.getByTestId('dossier-reflections')).toContainText('Was lastig: De lange woorden');
  await expect(doc.getByTestId('dossier-support')).toContainText('compenseren');
  await expect(doc.getByTestId('dossier-reminders')).toContainText('Niets vastgelegd');
  await expect(doc).not.toContainText('Bram');
  await expectNoA11yViolations(page, 'dossier');
  await look(page, 'reports-dossier');
  const download = page.waitForEvent('download');
  await page.getByTestId('dossier-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('groeipad-dossier-anna-de-vries-2026-11-30.json');
  const text = readFileSync(await file.path(), 'utf8');
  expect(JSON.parse(text).kind).toBe('dossier');
  expect(text).not.toContain('Bram');

  // A full backup is not taken for a dossier, in either direction.
  await page.goto('/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-error')).toContainText('dossier van één leerling');

  // Another school's Groeipad: a fresh profile with a class of its own.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await openApp(p2, '/');
  await p2.getByLabel('Naam van de klas').fill('Groep 6b');
  await p2.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expect(p2.getByTestId('class-title')).toHaveText('Groep 6b');
  await p2.getByTestId('dossier-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(school()) });
  await expect(p2.getByTestId('dossier-import-error')).toContainText('volledige back-up');
  await p2.getByTestId('dossier-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(p2.getByTestId('dossier-preview')).toContainText('Dossier van Anna de Vries');
  await expectNoA11yViolations(p2, 'dossier import preview');
  await look(p2, 'reports-dossier-import');
  await p2.getByTestId('dossier-confirm').click();
  await expect(p2.getByTestId('toast')).toContainText('Anna de Vries staat nu in deze klas');
  await expect(p2.getByTestId('pupil-tile')).toHaveText(/Anna de Vries/);
  // The same dossier again: the name is taken, nothing changes.
  await p2.getByTestId('dossier-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await p2.getByTestId('dossier-confirm').click();
  await expect(p2.getByTestId('dossier-import-error')).toContainText('Er zit al een leerling “Anna de Vries” in deze klas');
  await expect(p2.getByTestId('pupil-tile')).toHaveCount(1);
  // After a reload her goals, measurements and successes are there.
  await saved(p2);
  await p2.reload();
  await p2.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(p2.getByTestId('pupil-title')).toHaveText('Anna de Vries');
  await p2.getByTestId('pupil-report-link').click();
  await expect(p2.getByTestId('parent-report').getByTestId('report-goal')).toHaveCount(2);
  await expect(p2.getByTestId('parent-report').getByTestId('report-successes')).toContainText('Doel gehaald: Ik ken de tafels van 6, 7 en 8');
  await other.close();
});

test('pupil profile for the support meeting: an approach change on the chart, support history, the pupil\'s voice; agreements with an owner', async ({ page }) => {
  await importSchool(page);
  // On the goal: mark the day the new approach started (bad input first).
  await page.goto('/goal/g1');
  const approach = page.getByTestId('goal-approach');
  await approach.getByRole('button', { name: 'Markeren' }).click();
  await expect(approach.getByRole('alert')).toContainText('Schrijf kort op wat de nieuwe aanpak is');
  await page.locator('#approach-label').fill('Verlengde instructie 3x per week');
  await page.locator('#approach-on').fill('2026-12-15');
  await page.locator('#approach-on').dispatchEvent('change');
  await approach.getByRole('button', { name: 'Markeren' }).click();
  await expect(approach.getByRole('alert')).toContainText('in de toekomst');
  await page.locator('#approach-on').fill('2026-10-12');
  await page.locator('#approach-on').dispatchEvent('change');
  await approach.getByRole('button', { name: 'Markeren' }).click();
  await expect(page.getByTestId('toast')).toContainText('Nieuwe aanpak gemarkeerd');
  await expect(page.getByTestId('approach-line')).toHaveCount(1);
  await expect(page.getByTestId('chart-summary')).toContainText('nieuwe aanpak vanaf 12 okt');
  // Removed by mistake: undo brings it back.
  await approach.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByTestId('approach-line')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('approach-line')).toHaveCount(1);
  await expectNoA11yViolations(page, 'goal page with an approach change');
  await look(page, 'goal-approach');

  await page.goto('/pupil/p1');
  await page.getByTestId('pupil-profile-link').click();
  const profile = page.getByTestId('pupil-profile');
  await expect(profile).toContainText('Leerlingprofiel – Anna de Vries');
  await expect(profile.getByTestId('profile-support')).toContainText('Lezen');
  await expect(profile.getByTestId('profile-support')).toContainText('eerder');
  await expect(profile.getByTestId('profile-goal')).toHaveCount(2);
  await expect(profile.getByTestId('approach-line')).toHaveCount(1);
  await expect(profile.getByTestId('profile-attention')).toContainText('10 minuten in 1 moment');
  await expect(profile.getByTestId('profile-reflections')).toContainText('“De lange woorden”');
  await expect(profile.getByTestId('profile-open')).toContainText('Niets open');

  // After the meeting: two agreements in a few taps.
  await page.getByTestId('add-agreement').click();
  await expect(page.getByTestId('agreement-error')).toContainText('Schrijf kort op wat je wilt opvolgen');
  await page.locator('#agreement-text').fill('Ouders lezen elke avond tien minuten samen');
  await page.getByText('Ouders', { exact: true }).click();
  await page.getByTestId('add-agreement').click();
  await expect(page.getByTestId('toast')).toContainText('Afspraak vastgelegd');
  await page.locator('#agreement-text').fill('Toets met extra tijd aanvragen');
  await page.getByText('Intern begeleider / zorgleerkracht').click();
  await page.getByTestId('add-agreement').click();
  await expect(profile.getByTestId('profile-open-item')).toHaveCount(2);
  await expect(profile.getByTestId('profile-open')).toContainText('Ouders lezen elke avond tien minuten samen (Ouders)');
  await expectNoA11yViolations(page, 'pupil profile');
  await look(page, 'reports-profile');

  const pages = await printed(page, 'reports-profile');
  expect(pages.length, 'one or two pages').toBeLessThanOrEqual(2);
  const text = pages.join('\n');
  expect(text).toContain('Leerlingprofiel – Anna de Vries');
  expect(text).toContain('Verlengde instructie 3x per week');
  expect(text, 'the agreement form is not printed').not.toContain('Afspraken uit het overleg');

  // In the follow-up list, with who carries it out.
  await saved(page);
  await page.goto('/reminders');
  const item = page.getByTestId('reminder').filter({ hasText: 'Ouders lezen elke avond' });
  await expect(item.getByTestId('reminder-owner')).toHaveText('Ouders');
});
