// Grouping, part one: a pupil's support level per subject, dated, with its history, in the
// school's own words (settings), and the old single level kept as the general one.
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClass, expectNoA11yViolations, look, pasteNames, reload, saved } from './support.mjs';
import { backupFile } from './records.mjs';

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
  const file = (recs) => backupFile(recs, { exportedAt: '2026-11-01T10:00:00' });
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

/** From the class page: Bram's general level becomes `bramLevel`, Noor's reading level
 * "meer" (enrichment); back on the class page. */
async function supportLevels(page, className, bramLevel) {
  await page.getByTestId('pupil-tile').filter({ hasText: 'Bram' }).click();
  await page.locator('#support-general').selectOption(bramLevel);
  await page.getByRole('link', { name: new RegExp(className) }).click();
  await page.getByTestId('pupil-tile').filter({ hasText: 'Noor' }).click();
  await page.getByTestId('support-add').locator('summary').click();
  await page.locator('#support-add-subject').selectOption('reading');
  await page.locator('#support-add-level').selectOption('enrichment');
  await page.getByTestId('support-add-save').click();
  await expect(page.locator('#support-reading')).toHaveValue('enrichment');
  await page.getByRole('link', { name: new RegExp(className) }).click();
}

// A Monday in the school year; the plan runs eight weeks from it.
const MONDAY = new Date('2026-11-30T09:00:00');

test('a groepsplan: pupils placed as proposed, groups filled in, one tap to move, reload, evaluate, next period, print', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram', 'Noor', 'Sem', 'Lotte', 'Mo']);
  // Bram gets extra support in general, Noor is ready for more in reading.
  await supportLevels(page, 'Groep 5a', 'increased');

  // One tap from the class page; no plan yet.
  await page.getByTestId('class-group-plans-link').click();
  await expect(page.getByTestId('no-group-plans')).toBeVisible();
  await expectNoA11yViolations(page, 'group plans without a plan');

  // Bad input: the period ends before it starts.
  await page.locator('#gp-end').fill('2026-11-01');
  await page.getByTestId('create-group-plan').click();
  await expect(page.getByTestId('new-plan-error')).toContainText('Het einde van de periode ligt vóór het begin');
  await page.locator('#gp-end').fill('2027-01-24');
  await expect(page.locator('#gp-evaluation')).toHaveValue('2027-01-24');
  await page.locator('#gp-naming').selectOption('bhv');
  await page.locator('#gp-goal').fill('Iedereen leest een AVI E4-tekst vlot en met begrip');
  await page.getByTestId('create-group-plan').click();

  // The plan: three groups, everyone placed as proposed.
  await expect(page.getByTestId('group-plan-title')).toHaveText('Groepsplan lezen – Groep 5a');
  const group = (tier) => page.locator(`[data-testid="plan-group"][data-tier="${tier}"]`);
  await expect(group('intensive').getByTestId('plan-group-pupils')).toHaveText('Bram');
  await expect(group('enrichment').getByTestId('plan-group-pupils')).toHaveText('Noor');
  await expect(group('core').getByTestId('plan-group-pupils')).toHaveText('Anna, Lotte, Mo, Sem');
  await expect(group('intensive').locator('h2')).toHaveText('herhalingsstof (1)');

  // The intensive group: approach, materials, time, and the assistant gives it.
  await page.locator('#approach-intensive').fill('Verlengde instructie aan de instructietafel, daarna samen lezen');
  await page.locator('#materials-intensive').fill('Leesladder, flitskaarten');
  await page.locator('#minutes-intensive').fill('90');
  await page.locator('#given-intensive').selectOption('assistant');
  // Too many minutes are explained, not stored.
  await page.locator('#minutes-core').fill('900');
  await page.locator('#minutes-core').blur();
  await expect(group('core').locator('.field-error')).toContainText('hoogstens 600 minuten');

  // The period and goal autosave; an evaluation date in the past is explained, not stored.
  await page.getByTestId('plan-details').locator('summary').click();
  await page.locator('#gpd-evaluation').fill('2026-11-02');
  await page.locator('#gpd-evaluation').blur();
  await expect(page.getByTestId('plan-details-error')).toContainText('Die evaluatiedatum is al voorbij');
  await page.locator('#gpd-evaluation').fill('2027-01-22');
  await page.locator('#gpd-evaluation').blur();
  await expect(page.getByTestId('plan-details-error')).toBeEmpty();
  await expect(page.getByTestId('group-plan-period')).toContainText('evaluatie op 22 januari 2027');
  await page.locator('#gpd-evaluation').fill('2027-01-24');
  await page.locator('#gpd-evaluation').blur();
  await expect(page.getByTestId('group-plan-period')).toContainText('evaluatie op 24 januari 2027');

  // One tap moves Anna to the enrichment group.
  const placeRow = (name) => page.getByTestId('placement-row').filter({ hasText: name });
  await placeRow('Anna').locator('[data-tier="enrichment"]').click();
  await expect(placeRow('Anna').locator('[data-tier="enrichment"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(group('enrichment').getByTestId('plan-group-pupils')).toHaveText('Anna, Noor');

  await reload(page);
  await expect(group('enrichment').getByTestId('plan-group-pupils')).toHaveText('Anna, Noor');
  await expect(page.locator('#approach-intensive')).toHaveValue('Verlengde instructie aan de instructietafel, daarna samen lezen');
  await expect(page.locator('#minutes-intensive')).toHaveValue('90');
  await expect(page.locator('#given-intensive')).toHaveValue('assistant');
  await expect(page.locator('#minutes-core')).toHaveValue('0');
  await expectNoA11yViolations(page, 'a group plan');
  await look(page, 'grouping-group-plan');

  // The evaluation date is in the reminder list.
  await page.getByTestId('nav-reminders').click();
  const evaluationReminder = page.getByTestId("reminder").filter({ hasText: "Groepsplan lezen van Groep 5a evalueren" });
  await expect(evaluationReminder).toBeVisible();
  await evaluationReminder.getByTestId("reminder-plan").click();
  await expect(page.getByTestId("group-plan-title")).toHaveText("Groepsplan lezen – Groep 5a");

  // The evaluation date passes: Bram stays, Lotte moves down, Anna up is not possible (top
  // group); the next period starts from it.
  await saved(page);
  await page.clock.setSystemTime(new Date('2027-01-25T09:00:00'));
  await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await page.getByTestId('class-group-plans-link').click();
  await expect(page.getByTestId('group-plan-link')).toHaveCount(1);
  await page.getByTestId('group-plan-link').click();
  const evalRow = (name) => page.getByTestId('evaluation-row').filter({ hasText: name });
  await expect(evalRow('Bram').getByTestId('evaluation-progress')).toHaveText('geen doel in dit vak');
  await expect(evalRow('Noor').locator('[data-verdict="up"]')).toBeDisabled();
  await evalRow('Bram').locator('[data-verdict="stays"]').click();
  await expect(evalRow('Bram').locator('[data-verdict="stays"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('lowest-group-flag')).toHaveCount(0);
  await evalRow('Lotte').locator('[data-verdict="down"]').click();
  await expect(evalRow('Lotte').locator('[data-verdict="down"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('next-period').click();
  await expect(page.getByTestId('group-plan-period')).toContainText('25 januari 2027 – 21 maart 2027');
  await expect(group('intensive').getByTestId('plan-group-pupils')).toHaveText('Bram, Lotte');
  await expect(group('core').getByTestId('plan-group-pupils')).toHaveText('Mo, Sem');
  // Bram is in the lowest group for a second period: flagged, with what to do about it.
  await expect(page.getByTestId('lowest-group-flag')).toHaveText('Bram zit al 9 weken (2 perioden na elkaar) in de groep herhalingsstof. Lang in de laagste groep vergroot de verschillen: laat Bram ook in gemengde groepen werken, of geef een rol als tutor.');
  await expect(page.locator('#approach-intensive')).toHaveValue('Verlengde instructie aan de instructietafel, daarna samen lezen');
  await expect(page.getByTestId('group-plan-goal')).toContainText('Iedereen leest een AVI E4-tekst vlot');
  // The earlier period is kept, with its evaluation.
  await page.getByTestId('previous-period').click();
  await expect(page.getByTestId('group-plan-period')).toContainText('30 november 2026 – 24 januari 2027');
  await expect(evalRow('Bram').locator('[data-verdict="stays"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: '← Groepsplannen' }).click();
  await expect(page.getByTestId('group-plan-link')).toHaveCount(2);

  // Print: one A4 page in landscape, as the PDF the browser makes, and a picture of it.
  await page.getByTestId('group-plan-link').first().click();
  await expect(page.getByTestId('group-plan-title')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.screenshot({ path: 'screenshots/grouping-group-plan-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  writeFileSync('screenshots/grouping-group-plan.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages, 'the plan prints on one page').toBe(1);
  // The PDF itself as a picture, through Chromium's own PDF viewer, to look at.
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 1123, height: 794 });
  await viewer.goto(pathToFileURL(resolve('screenshots/grouping-group-plan.pdf')).href).catch(() => { /* the viewer takes over the navigation */ });
  await viewer.waitForTimeout(2000); // the viewer draws the page after the navigation ends
  await viewer.screenshot({ path: 'screenshots/grouping-group-plan-pdf.png' });
  await viewer.close();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1024, height: 768 });

  // Deleting a plan goes back to the list; undo brings it back.
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.getByTestId('delete-group-plan').click();
  await expect(page.getByTestId('group-plan-link')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('group-plan-link')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('cooperative groups for a class of 27: two pairs kept apart, roles rotate over five lessons', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await createClass(page, 'Groep 7b', 'nl-7');
  const names = ['Anna', 'Bram', 'Noor', 'Sem', 'Lotte', 'Mo', 'Daan', 'Emma', 'Finn', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kim',
    'Lars', 'Mila', 'Nina', 'Olaf', 'Puck', 'Quinten', 'Roos', 'Sara', 'Tim', 'Uma', 'Vera', 'Wout', 'Yara'];
  await pasteNames(page, names);
  await page.getByTestId('class-coop-link').click();
  await expect(page.getByTestId('coop-page')).toBeVisible();
  await expectNoA11yViolations(page, 'cooperative groups, empty');

  // Two pairs the teacher keeps apart; a pupil with themselves is refused.
  const pair = async (a, b) => {
    await page.locator('#coop-a').selectOption({ label: a });
    await page.locator('#coop-b').selectOption({ label: b });
    await page.getByTestId('coop-add-pair').click();
  };
  await pair('Anna', 'Anna');
  await expect(page.getByTestId('coop-pair-error')).toHaveText('Kies twee verschillende leerlingen.');
  await pair('Anna', 'Bram');
  await pair('Sem', 'Noor');
  await expect(page.getByTestId('coop-pair')).toHaveText([/Anna – Bram/, /Noor – Sem|Sem – Noor/]);

  const groups = page.getByTestId('coop-group');
  const rolesBy = {};
  for (let lesson = 0; lesson < 5; lesson++) {
    await page.clock.setFixedTime(new Date(MONDAY.getTime() + lesson * 86_400_000 + 3_600_000));
    await page.getByTestId('coop-make-button').click();
    await expect(groups).toHaveCount(7);
    await saved(page);
    const made = await groups.evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('li')].map((li) => {
      const [who, role] = li.textContent.split(' – ');
      return { who: who.trim(), role: role.trim() };
    })));
    expect(made.map((g) => g.length).sort()).toEqual([3, 4, 4, 4, 4, 4, 4]);
    expect(made.flat().map((s) => s.who).sort()).toEqual([...names].sort());
    for (const g of made) {
      const who = g.map((s) => s.who);
      expect(who.includes('Anna') && who.includes('Bram'), `lesson ${lesson}: Anna and Bram together`).toBe(false);
      expect(who.includes('Sem') && who.includes('Noor'), `lesson ${lesson}: Sem and Noor together`).toBe(false);
      const roles = g.map((s) => s.role);
      expect(new Set(roles).size, `lesson ${lesson}: a role twice in one group`).toBe(roles.length);
    }
    for (const s of made.flat()) (rolesBy[s.who] ??= []).push(s.role);
  }
  await expect(page.getByTestId('coop-unhonoured')).toHaveCount(0);
  // Over five lessons every pupil had a role each time, and at least three different ones.
  for (const n of names) {
    expect(rolesBy[n]).toHaveLength(5);
    expect(new Set(rolesBy[n]).size, `${n}: ${rolesBy[n]}`).toBeGreaterThanOrEqual(3);
  }
  // The app says who has not had which role yet.
  const notHad = page.getByTestId('coop-not-had');
  await expect(notHad).toHaveCount(27);
  for (const n of names) {
    const missing = ['voorzitter', 'verslaggever', 'materiaalmeester', 'tijdbewaker'].filter((r) => !rolesBy[n].includes(r));
    await expect(notHad.filter({ hasText: new RegExp(`^${n}`) })).toContainText(missing.length ? missing.join(', ') : 'alle rollen gehad');
  }
  await expectNoA11yViolations(page, 'cooperative groups with a lesson');
  await look(page, 'grouping-coop');
  await reload(page);
  await expect(groups).toHaveCount(7);
});

test('tutor pairs in reading, and the grouping mirror of the plan against the class aim', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await createClass(page, 'Groep 4c', 'nl-4');
  const names = ['Anna', 'Bram', 'Noor', 'Sem', 'Lotte', 'Mo', 'Daan'];
  await pasteNames(page, names);
  // Bram needs extended support in general; Noor is ready for more in reading.
  await supportLevels(page, 'Groep 4c', 'extended');

  // Tutor pairs for a reading lesson of 45 minutes.
  await page.getByTestId('class-coop-link').click();
  await page.locator('#coop-kind').selectOption('tutor_pairs');
  await expect(page.getByTestId('tutor-pairs-help')).toBeVisible();
  await expect(page.locator('#coop-size')).toHaveCount(0);
  await page.locator('#coop-subject').selectOption('reading');
  await page.locator('#coop-minutes').fill('0');
  await page.getByTestId('coop-make-button').click();
  await expect(page.getByTestId('coop-error')).toHaveText('Geef de les een duur van 1 tot 240 minuten.');
  await page.locator('#coop-minutes').fill('45');
  await expect(page.getByTestId('coop-make-button')).toHaveText('Tutorparen maken');
  await page.getByTestId('coop-make-button').click();
  const pairs = page.getByTestId('coop-group');
  await expect(pairs).toHaveCount(3);
  await expect(page.getByTestId('coop-error')).toBeEmpty();
  await expect(page.getByTestId('coop-lesson-about')).toHaveText('30 november 2026 · Tutorparen · Lezen · 45 min');
  const made = await pairs.evaluateAll((gs) => gs.map((g) => ({
    title: g.querySelector('h3').textContent,
    seats: [...g.querySelectorAll('li')].map((li) => li.textContent.split(' – ').map((x) => x.trim())),
  })));
  expect(made.map((p) => p.title)).toEqual(['Paar 1', 'Paar 2', 'Paar 3']);
  expect(made.map((p) => p.seats.length).sort()).toEqual([2, 2, 3]);
  expect(made.flatMap((p) => p.seats.map(([who]) => who)).sort()).toEqual([...names].sort());
  for (const p of made) {
    expect(p.seats.map(([, role]) => role)).toEqual(['tutor', ...p.seats.slice(1).map(() => 'tutee')]);
  }
  // Noor (ahead in reading) tutors, Bram (extended support) is tutored.
  const seatOf = (who) => made.flatMap((p) => p.seats).find(([w]) => w === who)[1];
  expect(seatOf('Noor')).toBe('tutor');
  expect(seatOf('Bram')).toBe('tutee');
  // Tutor and tutee are no rotating roles.
  await expect(page.getByTestId('coop-not-had').first()).toContainText('voorzitter, verslaggever, materiaalmeester, tijdbewaker');
  await expectNoA11yViolations(page, 'tutor pairs');
  await look(page, 'grouping-tutor-pairs');

  // A reading plan: 100 minutes shared, 60 extended, 60 apart a week.
  await page.getByRole('link', { name: /Groep 4c/ }).click();
  await page.getByTestId('class-group-plans-link').click();
  await page.getByTestId('create-group-plan').click();
  await expect(page.getByTestId('group-plan-title')).toHaveText('Groepsplan lezen – Groep 4c');
  const mirror = page.getByTestId('plan-mirror').getByTestId('grouping-mirror');
  await expect(mirror).toContainText('vul bij de groepen van het groepsplan de minuten per week in');
  // A name dragged onto another group moves the pupil there, the same as a tap.
  const group = (tier) => page.locator(`[data-testid="plan-group"][data-tier="${tier}"]`);
  await group('core').getByTestId('plan-pupil').filter({ hasText: 'Daan' }).dragTo(group('intensive').locator('h2'));
  await expect(group('intensive').getByTestId('plan-group-pupils')).toHaveText('Bram, Daan');
  await expect(page.getByTestId('placement-row').filter({ hasText: 'Daan' }).locator('[data-tier="intensive"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Ongedaan maken' }).last().click();
  await expect(group('intensive').getByTestId('plan-group-pupils')).toHaveText('Bram');
  await expect(page.locator('#form-core')).toHaveValue('shared');
  await expect(page.locator('#form-intensive')).toHaveValue('extended');
  await expect(page.locator('#form-enrichment')).toHaveValue('apart');
  for (const [tier, minutes] of [['core', '100'], ['intensive', '60'], ['enrichment', '60']]) {
    await page.locator(`#minutes-${tier}`).fill(minutes);
    await page.locator(`#minutes-${tier}`).blur();
  }
  // The pairs lesson counts as mixed time: 45 of 265 minutes a week.
  await expect(mirror).toHaveAttribute('data-verdict', 'fitsaim');
  await expect(mirror.getByTestId('grouping-mirror-sentence')).toHaveText('Lezen: van de 265 minuten per week gaat 77% naar gedeelde en verlengde instructie en gemengde groepjes (convergent) en 23% naar aparte niveaugroepjes (divergent). Dat past bij het doel van deze klas: evenveel aandacht voor iedereen.');
  await expect(mirror.locator('svg rect')).toHaveCount(5);
  // The core group works apart too: more than half apart, with the advice.
  await page.locator('#form-core').selectOption('apart');
  await expect(mirror).toHaveAttribute('data-verdict', 'toomuchapart');
  await expect(mirror.getByTestId('grouping-mirror-sentence')).toContainText('60% naar aparte niveaugroepjes (divergent). Meer dan de helft apart: vaste niveaugroepen vergroten de verschillen.');
  await expectNoA11yViolations(page, 'a group plan with its mirror');
  await reload(page);
  await expect(page.locator('#form-core')).toHaveValue('apart');
  await expect(mirror).toHaveAttribute('data-verdict', 'toomuchapart');
  await look(page, 'grouping-plan-mirror');
  // Undo brings the shared instruction back.
  await page.locator('#form-core').selectOption('shared');
  await expect(mirror).toHaveAttribute('data-verdict', 'fitsaim');
  await page.getByRole('button', { name: 'Ongedaan maken' }).last().click();
  await expect(page.locator('#form-core')).toHaveValue('apart');

  // The plans page shows the mirror per subject.
  await page.getByRole('link', { name: '← Groepsplannen' }).click();
  const listed = page.getByTestId('grouping-mirrors').getByTestId('grouping-mirror');
  await expect(listed).toHaveCount(1);
  await expect(listed).toHaveAttribute('data-verdict', 'toomuchapart');
  await expectNoA11yViolations(page, 'group plans with the mirror');
  await look(page, 'grouping-mirror');
});
