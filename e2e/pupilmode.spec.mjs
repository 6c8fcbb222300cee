// The teacher lock, pupil mode and the learning log: a PIN, two pupils reflecting in turn
// without seeing each other's data, every way out of pupil mode tried and refused, the
// throttle on wrong PINs, the idle lock, read-aloud, and the reflections in the log.
import { test, expect } from '@playwright/test';
import { expectNoA11yViolations, look, openApp, saved } from './support.mjs';

const PIN = '2468';
const rec = (kind, data) => ({ kind, data });
const school = {
  app: 'groeipad',
  schema_version: 1,
  exported_at: '2026-11-20T10:00:00',
  data: {
    records: [
      rec('class', { id: 'c-4b', name: 'Groep 4b', school_year: '2026-2027', year_group: { system: 'Nl', n: 4 }, created_on: '2026-09-01' }),
      rec('pupil', { id: 'p-noor', class_id: 'c-4b', name: 'Noor de Vries', nickname: '', support_notes: 'Dyslexie: extra tijd bij toetsen', support_level: 'Extra', created_on: '2026-09-01' }),
      rec('pupil', { id: 'p-sem', class_id: 'c-4b', name: 'Sem Jansen', nickname: '', support_notes: 'Gesprek met ouders over thuissituatie', support_level: 'Basis', created_on: '2026-09-01' }),
      rec('pupil', { id: 'p-ali', class_id: 'c-4b', name: 'Ali Yilmaz', nickname: '', support_notes: '', support_level: 'Basis', created_on: '2026-09-01' }),
      rec('goal', { id: 'g-noor', pupil_id: 'p-noor', domain: 'Reading', measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
        baseline: { value: 40, date: '2026-09-15' }, target: 60, target_date: '2027-01-20', conditions: 'tekst op AVI E4', confirmations: 2,
        own_words: 'Ik kan 60 woorden per minuut lezen', state: 'Active', created_on: '2026-09-15' }),
      rec('goal', { id: 'g-sem', pupil_id: 'p-sem', domain: 'Maths', measure: { name: 'Tafeltoets', unit: { ItemsCorrectOutOf: 20 }, direction: 'Increasing' },
        baseline: { value: 8, date: '2026-09-16' }, target: 18, target_date: '2027-01-20', confirmations: 1,
        own_words: 'Ik ken de tafel van 7', state: 'Active', created_on: '2026-09-16' }),
      rec('measurement', { id: 'm-noor', goal_id: 'g-noor', value: 48, date: '2026-10-20', note: '' }),
      rec('feedback_note', { id: 'n-sem', pupil_id: 'p-sem', goal_id: 'g-sem', date: '2026-10-21', tops: ['Knap hoe je doorzette'], tips: ['Schrijf je tussenstappen op'], next_step: 'Oefen de tafel van 7 met het kaartspel' }),
      rec('attention_moment', { id: 'a-noor', pupil_id: 'p-noor', date: '2026-10-22', kind: 'OneOnOne', minutes: 10, note: 'Samen de leeskaart geoefend' }),
      rec('success', { id: 's-noor', pupil_id: 'p-noor', date: '2026-10-23', text: 'Hele bladzijde zonder hulp gelezen', source: 'Manual' }),
    ],
  },
};
const SECRETS = ['Dyslexie', 'thuissituatie', 'Knap hoe je doorzette', 'tussenstappen', 'de Vries', 'Jansen', 'DMT-kaart', 'AVI E4', 'leeskaart'];

async function importSchool(page) {
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles({ name: 'school.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(school)) });
  await page.getByTestId('import-confirm').click();
  await saved(page);
}

/** Sets the teacher PIN on the settings page (hashing shows "securing…" meanwhile). */
async function setPin(page, pin = PIN) {
  await page.getByTestId('pin-new').fill(pin);
  await page.getByTestId('pin-repeat').fill(pin);
  await page.getByTestId('pin-save').click();
  await expect(page.getByTestId('pin-state')).toHaveText('Er is een pincode ingesteld.', { timeout: 20_000 });
  await saved(page);
}

/** Records whether the PIN form ever showed its "checking…" state. */
async function watchChecking(page) {
  await page.evaluate(() => {
    window.__sawChecking = false;
    const seen = () => { if (document.querySelector('.pin-checking')) window.__sawChecking = true; };
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  });
}

async function enterPin(page, pin) {
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('pin-submit').click();
}

/** The pupil screen is what shows, and nothing of the teacher's. */
async function expectPupilScreen(page) {
  await expect(page.getByTestId('pupil-mode')).toBeVisible();
  await expect(page.getByTestId('nav-settings')).toHaveCount(0);
  await expect(page.locator('[data-testid="settings-page"], [data-testid="class-page"], [data-testid="pupil-page"], [data-testid="log-page"], [data-testid="class-overview"]')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  for (const secret of SECRETS) expect(text, `pupil mode shows “${secret}”`).not.toContain(secret);
}

test('pupil mode: PIN, two pupils reflect in turn, no way out without the PIN, the learning log', async ({ page }) => {
  test.setTimeout(180_000);
  // A fake clock that runs at normal speed, so the test can skip the throttle's waits.
  await page.clock.install();
  await importSchool(page);

  // Without a PIN, pupil mode explains why and links to the PIN settings.
  await page.goto('/class/c-4b');
  await expect(page.getByTestId('pm-need-pin')).toBeVisible();
  await page.getByTestId('pm-need-pin').getByRole('link').click();
  await expect(page.getByTestId('pin-settings')).toBeVisible();
  // A PIN is 4 to 8 digits, typed twice the same.
  await page.getByTestId('pin-new').fill('12');
  await page.getByTestId('pin-repeat').fill('12');
  await page.getByTestId('pin-save').click();
  await expect(page.getByTestId('pin-settings-error')).toContainText('Deze pincode heeft 2 cijfers');
  await page.getByTestId('pin-new').fill('2468');
  await page.getByTestId('pin-repeat').fill('2469');
  await page.getByTestId('pin-save').click();
  await expect(page.getByTestId('pin-settings-error')).toContainText('niet gelijk');
  await setPin(page);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain(PIN);
  await expect(page.getByTestId('lock-now')).toBeVisible();

  // Sem gets a picture PIN: cat, dog, sun.
  await page.goto('/pupil/p-sem');
  await page.getByTestId('picture-pin-summary').click();
  await expect(page.getByTestId('picture-pin-none')).toBeVisible();
  for (const key of ['cat', 'dog', 'sun']) await page.locator(`[data-testid="picture-pin-pick"][data-key="${key}"]`).click();
  await page.getByTestId('picture-pin-save').click();
  await expect(page.getByTestId('picture-pin-current')).toContainText('kat');
  await expect(page.getByTestId('picture-pin-summary')).toHaveText('Plaatjescode: kat, hond, zon');
  await expectNoA11yViolations(page, 'picture PIN editor');
  await look(page, 'picture-pin-editor');
  await saved(page);

  // Start pupil mode for the class.
  await page.goto('/class/c-4b');
  await page.getByTestId('start-pupil-mode').click();
  await expectPupilScreen(page);
  await expect(page.getByTestId('pm-name')).toHaveText(['Ali', 'Noor', 'Sem']);
  await expectNoA11yViolations(page, 'pupil mode names');
  await look(page, 'pupilmode-names');

  // Noor: her own goal in her own words, nothing else; a reflection about it.
  await page.getByTestId('pm-name').filter({ hasText: 'Noor' }).click();
  await expect(page.getByTestId('pm-hello')).toHaveText('Hoi Noor!');
  await expect(page.getByTestId('pm-goal')).toHaveText(['Ik kan 60 woorden per minuut lezen']);
  await expectPupilScreen(page);
  await expect(page.locator('body')).not.toContainText('tafel van 7');
  const done = page.getByTestId('pm-done');
  await done.click();
  await expect(page.getByTestId('pm-error')).toHaveText('Kies eerst een gezichtje.');
  await page.locator('[data-testid="pm-face"][data-mood="4"]').click();
  await page.getByTestId('pm-which-goal').getByText('Ik kan 60 woorden per minuut lezen').click();
  await page.getByTestId('pm-phrase').filter({ hasText: 'Ik heb goed opgelet' }).click();
  await page.getByTestId('pm-was-hard').fill('Beginnen met schrijven');
  // Escapes while a reflection is open: a reload keeps the pupil where they were, with
  // what she had chosen and typed (a draft for her only).
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('pm-hello')).toHaveText('Hoi Noor!');
  await expect(page.locator('[data-testid="pm-face"][data-mood="4"]')).toHaveClass(/chosen/);
  await expect(page.getByTestId('pm-was-hard')).toHaveValue('Beginnen met schrijven');
  await expect(page.getByTestId('pm-went-well')).toHaveValue('Ik heb goed opgelet');
  // Handing the tablet back drops it: Ali sees empty fields, and so does Noor after "not me".
  await page.getByTestId('pm-not-me').click();
  await page.getByTestId('pm-name').filter({ hasText: 'Ali' }).click();
  await expect(page.getByTestId('pm-hello')).toHaveText('Hoi Ali!');
  await expect(page.getByTestId('pm-was-hard')).toHaveValue('');
  await expect(page.locator('.pm-face.chosen')).toHaveCount(0);
  await page.getByTestId('pm-not-me').click();
  await page.getByTestId('pm-name').filter({ hasText: 'Noor' }).click();
  await expect(page.getByTestId('pm-hello')).toHaveText('Hoi Noor!');
  await expect(page.getByTestId('pm-was-hard')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('groeipad.reflection-draft'))).toBeNull();
  await page.locator('[data-testid="pm-face"][data-mood="4"]').click();
  await page.getByTestId('pm-which-goal').getByText('Ik kan 60 woorden per minuut lezen').click();
  await page.getByTestId('pm-phrase').filter({ hasText: 'Ik heb goed opgelet' }).click();
  await page.getByTestId('pm-was-hard').fill('Beginnen met schrijven');
  await expectNoA11yViolations(page, 'pupil mode reflection');
  await look(page, 'pupilmode-reflection');
  await done.click();
  await expect(page.getByTestId('pm-banner')).toHaveText('Dank je wel! Geef de tablet door.');
  await expect(page.getByTestId('pm-names')).toBeVisible();
  await saved(page);

  // Sem: picture PIN first; a wrong order is refused.
  await page.getByTestId('pm-name').filter({ hasText: 'Sem' }).click();
  await expect(page.getByTestId('pm-picture-pin')).toBeVisible();
  await expectNoA11yViolations(page, 'pupil mode picture PIN');
  await look(page, 'pupilmode-picture-pin');
  for (const key of ['dog', 'cat', 'sun']) await page.locator(`[data-testid="pm-picture"][data-key="${key}"]`).click();
  await expect(page.getByTestId('pm-pin-message')).toContainText('Dat klopt niet');
  for (const key of ['cat', 'dog', 'sun']) await page.locator(`[data-testid="pm-picture"][data-key="${key}"]`).click();
  await expect(page.getByTestId('pm-hello')).toHaveText('Hoi Sem!');
  await expect(page.getByTestId('pm-goal')).toHaveText(['Ik ken de tafel van 7']);
  await expectPupilScreen(page);
  // Nothing of Noor's answers is left on screen: empty fields, no face or phrase chosen.
  for (const other of ['Beginnen met schrijven', '60 woorden']) await expect(page.locator('body')).not.toContainText(other);
  for (const field of ['pm-went-well', 'pm-was-hard', 'pm-try-next']) await expect(page.getByTestId(field)).toHaveValue('');
  await expect(page.locator('[aria-pressed="true"], .pm-face.chosen, input[name="pm-mood"]:checked')).toHaveCount(0);
  await page.locator('[data-testid="pm-face"][data-mood="2"]').click();
  await page.getByTestId('pm-try-next').fill('Ik vraag om hulp');
  await done.click();
  await expect(page.getByTestId('pm-banner')).toBeVisible();
  await saved(page);

  // Every way out fails: direct URLs, back, reload, keyboard.
  for (const url of ['/settings', '/pupil/p-noor', '/pupil/p-sem', '/class/c-4b', '/pupil/p-noor/log', '/', '/goal/g-noor']) {
    await page.goto(url);
    await expectPupilScreen(page);
    await expect(page.getByTestId('pm-names')).toBeVisible();
  }
  await page.goBack();
  await expectPupilScreen(page);
  await page.goBack();
  await expectPupilScreen(page);
  await page.reload();
  await expectPupilScreen(page);
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectPupilScreen(page);
  await page.keyboard.press('Alt+ArrowLeft');
  await expectPupilScreen(page);
  await page.keyboard.press('Alt+ArrowRight');
  await expectPupilScreen(page);
  // The brand link in the header leads nowhere either.
  await page.locator('.brand').click({ force: true });
  await expectPupilScreen(page);
  // Whatever the keys opened (a name, the PIN form), a reload shows pupil mode again.
  await page.reload();
  await expectPupilScreen(page);
  if (await page.locator('[data-testid="pm-reflect"], [data-testid="pm-picture-pin"]').count()) await page.getByTestId('pm-not-me').click();

  // Leaving needs the teacher PIN; wrong PINs are throttled, also across a reload.
  await page.getByTestId('pm-teacher').click();
  await expect(page.getByTestId('leave-screen')).toBeVisible();
  await expectNoA11yViolations(page, 'leave pupil mode (PIN)');
  await enterPin(page, '1111');
  await expect(page.getByTestId('pin-error')).toContainText('Deze pincode klopt niet. Je hebt nog 2 pogingen');
  await enterPin(page, '1112');
  await expect(page.getByTestId('pin-error')).toContainText('nog 1 poging');
  await enterPin(page, '1113');
  await expect(page.getByTestId('pin-error')).toContainText('Na nog een verkeerde poging');
  await enterPin(page, '1114');
  await expect(page.getByTestId('pin-wait')).toContainText('Te vaak een verkeerde pincode. Probeer het over 5 seconden opnieuw.');
  await expect(page.getByTestId('pin-submit')).toBeDisabled();
  await expectPupilScreen(page);
  await page.clock.fastForward('00:06');
  await expect(page.getByTestId('pin-wait')).toHaveCount(0);
  // The next wrong PIN costs a longer wait, and a reload does not reset it.
  await enterPin(page, '1115');
  await expect(page.getByTestId('pin-wait')).toContainText('15 seconden');
  await page.reload();
  await expectPupilScreen(page);
  await page.getByTestId('pm-teacher').click();
  await expect(page.getByTestId('pin-wait')).toBeVisible();
  await expect(page.getByTestId('pin-submit')).toBeDisabled();
  // The wait runs out, then the right PIN opens the teacher screens again.
  await page.clock.fastForward('00:16');
  await expect(page.getByTestId('pin-wait')).toHaveCount(0);
  await watchChecking(page);
  await enterPin(page, PIN);
  await expect(page.getByTestId('class-page')).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => window.__sawChecking), 'the form showed “checking…”').toBe(true);
  await expect(page.getByTestId('nav-settings')).toBeVisible();

  // New reflections are marked on the class page and the overview.
  const tile = (name) => page.getByTestId('pupil-tile').filter({ hasText: name });
  await expect(tile('Noor de Vries').getByTestId('unread-badge')).toContainText('1 nieuw');
  await expect(tile('Sem Jansen').getByTestId('unread-badge')).toContainText('1 nieuw');
  await expect(tile('Ali Yilmaz').getByTestId('unread-badge')).toHaveCount(0);
  await look(page, 'class-unread-badges');
  await page.goto('/');
  await expect(page.getByTestId('class-card').getByTestId('unread-badge')).toContainText('2 nieuw');
  await look(page, 'overview-unread-badge');

  // The learning log: everything about Noor, her reflection marked new; reading clears the badge.
  await page.goto('/pupil/p-noor');
  await page.getByTestId('open-log').click();
  await expect(page.getByTestId('log-page')).toBeVisible();
  const rows = page.getByTestId('log-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toHaveAttribute('data-kind', 'Reflection');
  await expect(rows.first()).toContainText('Goed');
  await expect(rows.first()).toContainText('Ik heb goed opgelet');
  await expect(rows.first()).toContainText('Beginnen met schrijven');
  await expect(rows.first().getByTestId('log-new')).toBeVisible();
  await expect(page.locator('[data-testid="log-row"][data-kind="Goal"]')).toContainText('Nieuw doel: Ik kan 60 woorden per minuut lezen');
  await expect(page.locator('body')).not.toContainText('Ik vraag om hulp');
  await expectNoA11yViolations(page, 'learning log');
  await look(page, 'learning-log');
  await page.getByTestId('log-kind').filter({ hasText: 'Reflectie' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByTestId('log-kind-all').click();
  await page.getByTestId('log-kind').filter({ hasText: 'Succes' }).click();
  await expect(rows).toHaveText([/Hele bladzijde zonder hulp gelezen/]);
  await page.getByTestId('log-kind-all').click();
  await page.getByTestId('log-goal').selectOption('g-noor');
  await expect(rows).toHaveCount(3);
  await saved(page);
  await page.goto('/class/c-4b');
  await expect(tile('Noor de Vries').getByTestId('unread-badge')).toHaveCount(0);
  await expect(tile('Sem Jansen').getByTestId('unread-badge')).toContainText('1 nieuw');
  await page.reload();
  await expect(tile('Noor de Vries').getByTestId('unread-badge')).toHaveCount(0);
});

test('idle lock and the lock button: the app locks itself, survives a reload, opens with the PIN', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await importSchool(page);
  // No PIN: idle time locks nothing (a lock nobody could open).
  await page.clock.fastForward('06:00');
  await expect(page.getByTestId('settings-page')).toBeVisible();
  await setPin(page);
  await page.getByTestId('idle-minutes').fill('2');
  await page.getByTestId('idle-minutes').press('Tab');
  await expect(page.getByTestId('toast')).toContainText('Vergrendeltijd opgeslagen.');
  await saved(page);
  await page.goto('/class/c-4b');
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('class-page')).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('nav-settings')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Noor');
  await expectNoA11yViolations(page, 'lock screen');
  await look(page, 'lock-screen');
  await page.reload();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.goto('/pupil/p-noor');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Dyslexie');
  await enterPin(page, '9999');
  await expect(page.getByTestId('pin-error')).toContainText('klopt niet');
  await enterPin(page, PIN);
  await expect(page.getByTestId('pupil-page')).toBeVisible({ timeout: 20_000 });

  // The lock button locks at once.
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await enterPin(page, PIN);
  await expect(page.getByTestId('pupil-page')).toBeVisible({ timeout: 20_000 });

  // In pupil mode, idle time drops a half-done reflection and shows the names again.
  await page.getByTestId('start-pupil-mode').click();
  await expect(page.getByTestId('pm-name')).toHaveText(['Noor']);
  await page.getByTestId('pm-name').click();
  await page.getByTestId('pm-went-well').fill('Half af');
  await page.clock.fastForward('02:30');
  await expect(page.getByTestId('pm-names')).toBeVisible();
  await page.getByTestId('pm-name').click();
  await expect(page.getByTestId('pm-went-well')).toHaveValue('');
});

test('read aloud speaks questions and goals in Dutch; without speech synthesis the buttons are gone and the page still works', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__spoken = [];
    if (window.speechSynthesis) window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
  });
  await importSchool(page);
  await setPin(page);
  await page.goto('/pupil/p-noor');
  await page.getByTestId('start-pupil-mode').click();
  await page.getByTestId('pm-name').click();
  await page.getByRole('button', { name: 'Lees voor: Ik kan 60 woorden per minuut lezen' }).click();
  await page.getByRole('button', { name: 'Lees voor: Hoe ging het?' }).click();
  expect(await page.evaluate(() => window.__spoken)).toEqual([
    { text: 'Ik kan 60 woorden per minuut lezen', lang: 'nl-NL' },
    { text: 'Hoe ging het?', lang: 'nl-NL' },
  ]);
  for (const q of ['Wat ging goed?', 'Wat was moeilijk?', 'Wat probeer ik nu?', 'Over welk doel gaat het?']) {
    await expect(page.getByRole('button', { name: `Lees voor: ${q}` })).toBeVisible();
  }
  const big = await page.getByTestId('read-aloud').first().boundingBox();
  expect(big.width).toBeGreaterThanOrEqual(60);
  await context.close();

  const bare = await browser.newContext();
  const quiet = await bare.newPage();
  await quiet.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
  });
  await importSchool(quiet);
  await setPin(quiet);
  await quiet.goto('/pupil/p-noor');
  await quiet.getByTestId('start-pupil-mode').click();
  await quiet.getByTestId('pm-name').click();
  await expect(quiet.getByTestId('pm-goal')).toHaveText(['Ik kan 60 woorden per minuut lezen']);
  await expect(quiet.getByTestId('read-aloud')).toHaveCount(0);
  await quiet.locator('[data-testid="pm-face"][data-mood="5"]').click();
  await quiet.getByTestId('pm-done').click();
  await expect(quiet.getByTestId('pm-banner')).toBeVisible();
  await bare.close();
});

test('changing and removing the PIN asks the current one; removal can be undone', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '/settings');
  await expect(page.getByTestId('pin-state')).toHaveText('Er is nog geen pincode.');
  await setPin(page);
  await page.getByTestId('pin-current').fill('0000');
  await page.getByTestId('pin-new').fill('13579');
  await page.getByTestId('pin-repeat').fill('13579');
  await page.getByTestId('pin-save').click();
  await expect(page.getByTestId('pin-settings-error')).toContainText('Deze pincode klopt niet', { timeout: 20_000 });
  await page.getByTestId('pin-current').fill(PIN);
  await page.getByTestId('pin-save').click();
  // The fields empty once the new PIN is stored (the toast from the first PIN may still show).
  await expect(page.getByTestId('pin-new')).toHaveValue('', { timeout: 30_000 });
  await expect(page.getByTestId('toast')).toContainText('Pincode opgeslagen.');
  await expect(page.getByTestId('pin-settings-error')).toBeEmpty();
  await page.getByTestId('pin-current').fill('13579');
  await page.getByTestId('pin-remove').click();
  await expect(page.getByTestId('toast')).toContainText('Pincode verwijderd.', { timeout: 20_000 });
  await expect(page.getByTestId('pin-state')).toHaveText('Er is nog geen pincode.');
  await expect(page.getByTestId('lock-now')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('pin-state')).toHaveText('Er is een pincode ingesteld.');
  await saved(page);
  await page.getByTestId('lock-now').click();
  await enterPin(page, '13579');
  await expect(page.getByTestId('settings-page')).toBeVisible({ timeout: 20_000 });
});

test('pupil mode fails closed: a missing, edited or unstorable mode never opens the teacher screens', async ({ page }) => {
  test.setTimeout(120_000);
  await importSchool(page);
  await setPin(page);
  const lockScreen = async () => {
    await expect(page.getByTestId('lock-screen')).toBeVisible();
    await expect(page.getByTestId('nav-settings')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Noor de Vries');
  };

  // The stored mode removed (a cleared localStorage): with a PIN, the lock screen.
  await page.goto('/class/c-4b');
  await expect(page.getByTestId('class-page')).toBeVisible();
  await saved(page);
  await page.evaluate(() => localStorage.removeItem('groeipad.mode'));
  await page.reload();
  await lockScreen();
  await enterPin(page, PIN);
  await expect(page.getByTestId('class-page')).toBeVisible();

  // Pupil mode, then localStorage edited back to the teacher: the copy in IndexedDB says
  // otherwise, so the lock screen.
  await page.getByTestId('start-pupil-mode').click();
  await expect(page.getByTestId('pupil-mode')).toBeVisible();
  await saved(page);
  await page.evaluate(() => localStorage.setItem('groeipad.mode', '"Teacher"'));
  await page.reload();
  await lockScreen();
  await enterPin(page, PIN);
  await expect(page.getByTestId('class-page')).toBeVisible();
  await saved(page);

  // A full localStorage: pupil mode does not start, and says why.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; i < 200; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    // The last bytes too.
    for (let i = 0; i < 2000; i++) {
      try { localStorage.setItem(`filler-small-${i}`, 'x'.repeat(1024)); } catch { break; }
    }
  });
  await page.getByTestId('start-pupil-mode').click();
  await expect(page.getByTestId('pm-start-error')).toContainText('Leerlingmodus start niet');
  await expect(page.getByTestId('class-page')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('class-page')).toBeVisible();
  await expect(page.getByTestId('pupil-mode')).toHaveCount(0);
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k); });
});
