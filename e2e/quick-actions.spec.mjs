// The quick-action sheet on the class page (#10): each frequent action in at most three
// taps from the class page (typing not counted; the taps are counted in the page), a whole
// class's reading scores entered through "next pupil" and still there after a reload, the
// keyboard, a failed write that keeps what was typed, axe on every tab, and a look at the
// sheet on a tablet and a phone.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoA11yViolations, fillUp, look, openApp, reload, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const NAMES = ['Anna', 'Bram', 'Cas', 'Daan', 'Emma', 'Fleur', 'Guus', 'Hanna', 'Ilse', 'Jesse', 'Kim', 'Lotte', 'Mees',
  'Noor', 'Olivier', 'Pim', 'Quinten', 'Roos', 'Sem', 'Tess', 'Umut', 'Vera', 'Wout', 'Yara', 'Zoë'];
/** Fleur and Mees also have a maths goal that comes first (an earlier target date). */
const WITH_MATHS = ['Fleur', 'Mees'];
const pid = (name) => `p-${name.toLowerCase()}`;
const SHOTS = process.env.QUICK_SHOTS ?? 'screenshots';

/** A class of 25 with a reading goal (DMT, words correct per minute) for every pupil. */
function classOf25() {
  const reading = (name, extra = {}) => ({ kind: 'goal', data: { id: `g-${name.toLowerCase()}`, pupil_id: pid(name), domain: 'Reading',
    measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing', template: 'oral_reading_fluency' },
    baseline: { value: 30, date: '2026-09-07' }, target: 60, target_date: '2027-03-01', confirmations: 3,
    own_words: 'Ik lees vlot', created_on: '2026-09-07', ...extra } });
  const records = [classRecord('c1', 'Groep 5a')];
  for (const name of NAMES) {
    records.push(pupilRecord(pid(name), name));
    // Cas's measure was typed by hand: the same name, no template.
    records.push(name === 'Cas' ? reading(name, { measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' } }) : reading(name));
    if (WITH_MATHS.includes(name)) {
      records.push({ kind: 'goal', data: { id: `gm-${name.toLowerCase()}`, pupil_id: pid(name), domain: 'Maths',
        measure: { name: 'Tafeltoets', unit: 'Percentage', direction: 'Increasing' }, baseline: { value: 50, date: '2026-09-07' },
        target: 90, target_date: '2027-01-15', confirmations: 2, own_words: 'Ik ken de tafels', created_on: '2026-09-07' } });
    }
  }
  return backupText(records, { schema: 7 });
}

async function openClass(page) {
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'klas.json', mimeType: 'application/json', buffer: Buffer.from(classOf25()) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Back-up teruggezet');
  await saved(page);
  await page.goto('/class/c1');
  await expect(page.getByTestId('pupil-tile')).toHaveCount(25);
}

/** Counts every tap or click the page receives from now on (pointer presses, not keys). */
async function countTaps(page) {
  await page.evaluate(() => {
    window.taps = 0;
    if (!window.counting) document.addEventListener('pointerdown', () => { window.taps += 1; }, true);
    window.counting = true;
  });
}
const taps = (page) => page.evaluate(() => window.taps);

const sheet = (page) => page.getByTestId('quick-sheet');
const openFor = (page, name) => page.getByRole('button', { name: `Snel vastleggen voor ${name}`, exact: true });

/** Opens the sheet for `name` from the class page, does `act` in it, waits for the sheet's
 *  confirmation `said` and returns the taps it took; `after` runs before Escape closes it. */
async function tapsFor(page, name, said, act, after = async () => {}) {
  await countTaps(page);
  await openFor(page, name).click();
  await act(sheet(page));
  await expect(sheet(page).getByTestId('quick-status')).toContainText(`✓ ${name}: ${said}`);
  const n = await taps(page);
  await after(sheet(page));
  await page.keyboard.press('Escape');
  return n;
}

/** Exports a backup after a reload and returns its records. */
async function storedRecords(page) {
  await reload(page);
  await openApp(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')).data.records;
}

test('each of the four actions from the class page takes at most three taps', async ({ page }) => {
  await openClass(page);
  const counts = {};

  // A measurement: open the sheet (it opens on Meting, the goal chosen, the score focused), type, save.
  counts.measurement = await tapsFor(page, 'Noor', 'Meting opgeslagen.', async (s) => {
    await expect(s.getByTestId('quick-title')).toHaveText('Noor');
    await expect(s.getByTestId('measurement-value')).toBeFocused();
    await page.keyboard.type('42');
    await s.getByTestId('record-save').click();
  });
  await expect(sheet(page)).toHaveCount(0);

  // A measurement for a pupil whose reading goal is not the first: one tap more to choose it,
  // which goes on to the score.
  counts.measurementOtherGoal = await tapsFor(page, 'Fleur', 'Meting opgeslagen.', async (s) => {
    await expect(s.getByTestId('quick-goal')).toHaveCount(2);
    await s.getByRole('radio', { name: /Lezen/ }).click();
    await expect(s.getByTestId('measurement-value')).toBeFocused();
    await page.keyboard.type('38');
    await s.getByTestId('record-save').click();
  });

  // Feedback: the Feedback tab (the top is focused), type the top, Enter goes on to the next step, save.
  counts.feedback = await tapsFor(page, 'Noor', 'Feedback bewaard.', async (s) => {
    await s.getByTestId('quick-tab-feedback').click();
    await expect(s.getByTestId('quick-top')).toBeFocused();
    await page.keyboard.type('Je las de lange woorden in stukjes');
    await page.keyboard.press('Enter');
    await expect(s.getByTestId('quick-next-step')).toBeFocused();
    await page.keyboard.type('Morgen lees je de tekst nog een keer hardop aan je maatje');
    await expect(s.getByTestId('check-clean')).toBeVisible();
    await s.getByTestId('save-note').click();
  }, async (s) => expect(s.getByTestId('quick-top')).toHaveValue(''));

  // A success: the Succes tab (the text is focused), type, save.
  counts.success = await tapsFor(page, 'Noor', 'Succes genoteerd.', async (s) => {
    await s.getByTestId('quick-tab-success').click();
    await expect(s.locator('#quick-success-text')).toBeFocused();
    await page.keyboard.type('Las voor het eerst een heel boek uit');
    await s.getByTestId('save-success').click();
  });

  // An attention moment: the Aandacht tab (a short check-in of 5 minutes is ready), save.
  counts.attention = await tapsFor(page, 'Noor', 'Moment genoteerd.', async (s) => {
    await s.getByTestId('quick-tab-attention').click();
    await expect(s.getByTestId('kind-checkin')).toBeFocused();
    await s.getByTestId('save-moment').click();
  }, async (s) => {
    // Undo is offered where the full pages offer it: undo this moment, then log it again.
    await s.getByTestId('quick-undo').click();
    await expect(s.getByTestId('quick-status')).toContainText('Noor: Teruggezet');
    await s.getByTestId('save-moment').click();
    await expect(s.getByTestId('quick-status')).toContainText('✓ Noor: Moment genoteerd.');
  });

  console.log('taps per action:', JSON.stringify(counts));
  expect(counts).toEqual({ measurement: 2, measurementOtherGoal: 3, feedback: 3, success: 3, attention: 3 });

  // Stored, not only shown: all of it is in a backup made after a reload.
  const records = await storedRecords(page);
  const of = (kind) => records.filter((r) => r.kind === kind).map((r) => r.data);
  expect(of('measurement').map((m) => [m.goal_id, m.value]).sort()).toEqual([['g-fleur', 38], ['g-noor', 42]]);
  expect(of('feedback_note')).toEqual([expect.objectContaining({ pupil_id: 'p-noor', tops: ['Je las de lange woorden in stukjes'],
    next_step: 'Morgen lees je de tekst nog een keer hardop aan je maatje' })]);
  expect(of('success')).toEqual([expect.objectContaining({ pupil_id: 'p-noor', text: 'Las voor het eerst een heel boek uit' })]);
  expect(of('attention_moment')).toEqual([expect.objectContaining({ pupil_id: 'p-noor', kind: 'ShortCheckIn', minutes: 5 })]);
});

test('a whole class of 25 gets its reading score through "next pupil", and the scores are stored', async ({ page }) => {
  test.setTimeout(120_000);
  await openClass(page);
  await openFor(page, 'Anna').click();
  for (const [i, name] of NAMES.entries()) {
    await expect(sheet(page).getByTestId('quick-title')).toHaveText(name);
    await expect(sheet(page)).toContainText(`${i + 1} van 25`);
    // The reading goal stays chosen, also for a pupil whose first goal is maths.
    await expect(sheet(page).getByRole('radio', { checked: true })).toHaveAccessibleName(/^Lezen/);
    await expect(sheet(page).getByTestId('measurement-value')).toBeFocused();
    await page.keyboard.type(String(31 + i));
    await sheet(page).getByTestId('record-save').click();
    await expect(sheet(page).getByTestId('quick-status')).toHaveText(`✓ ${name}: Meting opgeslagen.`);
    if (i < NAMES.length - 1) {
      // After a save the next pupil is one Enter away (or one tap).
      await expect(sheet(page).getByTestId('quick-next')).toBeFocused();
      await expect(sheet(page).getByTestId('quick-next')).toHaveText(`Volgende leerling: ${NAMES[i + 1]} →`);
      await sheet(page).getByTestId('quick-next').click();
    }
  }
  await expect(sheet(page).getByTestId('quick-last')).toHaveText('Dit is de laatste leerling van de klas.');
  await expect(sheet(page).getByTestId('quick-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(openFor(page, 'Zoë')).toBeFocused();

  const ms = (await storedRecords(page)).filter((r) => r.kind === 'measurement').map((r) => r.data);
  expect(ms).toHaveLength(25);
  expect(ms.map((m) => [m.goal_id, m.value]).sort()).toEqual(NAMES.map((n, i) => [`g-${n.toLowerCase()}`, 31 + i]).sort());
  // And the goal page shows it.
  await page.goto('/goal/g-mees');
  await expect(page.getByTestId('measurements').locator('.measurement-row')).toHaveCount(1);
  await expect(page.getByTestId('measurements')).toContainText('43');
});

test('the sheet by keyboard: opens with Enter and Space, arrows move between tabs, Escape closes and focus comes back', async ({ page }) => {
  await openClass(page);
  await openFor(page, 'Bram').focus();
  await page.keyboard.press('Enter');
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByTestId('measurement-value')).toBeFocused();
  // Focus stays in the sheet: the page behind is inert.
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement === document.body || !!document.activeElement.closest('dialog'));
    expect(inside, `Tab ${i + 1} left the sheet`).toBe(true);
  }
  await sheet(page).getByTestId('quick-tab-measure').focus();
  await page.keyboard.press('ArrowRight');
  await expect(sheet(page).getByTestId('quick-tab-feedback')).toBeFocused();
  await expect(sheet(page).getByTestId('quick-tab-feedback')).toHaveAttribute('aria-selected', 'true');
  await expect(sheet(page).getByTestId('quick-panel')).toHaveAttribute('data-tab', 'feedback');
  await page.keyboard.press('End');
  await expect(sheet(page).getByTestId('quick-tab-attention')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(sheet(page).getByTestId('quick-tab-measure')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(openFor(page, 'Bram')).toBeFocused();
  // Space opens it too; the close button closes it and gives focus back.
  await page.keyboard.press(' ');
  await expect(sheet(page)).toBeVisible();
  await sheet(page).getByTestId('quick-close').click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(openFor(page, 'Bram')).toBeFocused();
});

test('a write that fails keeps what was typed in the sheet and says why, with no "saved"', async ({ page }) => {
  await openClass(page);
  await openFor(page, 'Noor').click();
  await sheet(page).getByTestId('quick-tab-success').click();
  await expect(sheet(page).locator('#quick-success-text')).toBeFocused();
  await page.keyboard.type('Hielp een klasgenoot met lezen');
  await fillUp(page);
  await sheet(page).getByTestId('save-success').click();
  await expect(sheet(page).getByRole('alert')).toContainText('Het apparaat is vol');
  await expect(sheet(page).locator('#quick-success-text')).toHaveValue('Hielp een klasgenoot met lezen');
  await expect(sheet(page).getByTestId('quick-status')).toBeEmpty();
});

test('the sheet on every tab: no axe violations, and a look on a tablet and a phone', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openClass(page);
  await look(page, 'quick-class');
  for (const [label, size] of [['tablet', { width: 1024, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/quick-class-${label}.png` });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await openFor(page, 'Fleur').click();
  for (const tab of ['measure', 'feedback', 'success', 'attention']) {
    await sheet(page).getByTestId(`quick-tab-${tab}`).click();
    if (tab === 'feedback') await sheet(page).getByTestId('quick-top').fill('Je bent zo slim!');
    if (tab === 'measure') await expect(sheet(page).getByTestId('measurement-value')).toBeVisible();
    await expectNoA11yViolations(page, `quick-action sheet, ${tab}`);
    for (const [label, size] of [['tablet', { width: 1024, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(100);
      const box = await sheet(page).boundingBox();
      expect(box.x >= 0 && box.x + box.width <= size.width + 0.5, `the sheet fits the width on ${label}`).toBe(true);
      // The save button is reachable without scrolling at 1024×768 (feedback: the composer's save).
      if (label === 'tablet') {
        const save = sheet(page).locator('#quick-panel button[type=submit]').first();
        const b = await save.boundingBox();
        expect(b.y + b.height, `${tab}: save visible without scrolling`).toBeLessThanOrEqual(size.height);
      }
      await page.screenshot({ path: `${SHOTS}/quick-sheet-${tab}-${label}.png` });
    }
    await page.setViewportSize({ width: 1024, height: 768 });
  }
  // After a save the sheet shows its confirmation line with undo.
  await sheet(page).getByTestId('quick-tab-success').click();
  await expect(sheet(page).locator('#quick-success-text')).toBeFocused();
  await page.keyboard.type('Las een heel boek uit');
  await sheet(page).getByTestId('save-success').click();
  await expect(sheet(page).getByTestId('quick-undo')).toBeVisible();
  await expectNoA11yViolations(page, 'quick-action sheet, saved');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/quick-sheet-saved-phone.png` });
});
