// Follow-up and fair attention: the reminder list with its counts, school days and
// holidays, the .ics export, notifications, logging moments, the attention view and the
// weekly planner. The clock is fixed on Wednesday 5 March 2025 so weekdays never vary.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, reload, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const WEDNESDAY = new Date('2025-03-05T09:00:00');
const out = 'e2e/.out';
mkdirSync(out, { recursive: true });

async function freeze(page, when = WEDNESDAY) {
  await page.clock.install({ time: when });
}

/** The due count on the nav badge (0 when the badge is hidden) and on the home screen. */
async function expectCounts(page, n) {
  if (n === 0) await expect(page.getByTestId('nav-badge')).toHaveCount(0);
  else await expect(page.getByTestId('nav-badge')).toHaveText(String(n));
}
async function expectHomeCount(page, n) {
  await saved(page);
  await page.getByTestId('brand').click();
  await expect(page.getByTestId('home-due')).toHaveAttribute('data-count', String(n));
  await expectCounts(page, n);
}

/** Closes the toast when one is showing (it would cover the screenshot). */
async function closeToast(page) {
  const close = page.getByTestId('toast').getByRole('button', { name: /Sluiten|Close/ });
  if (await close.count()) await close.click();
}

async function goReminders(page) {
  await saved(page);
  await page.getByTestId('nav-reminders').click();
  await expect(page.getByTestId('reminders-page')).toBeVisible();
}

/** Adds a reminder with the form on the reminder list. */
async function addReminder(page, { title, pupil, due, repeat, n }) {
  const form = page.getByTestId('nr-form');
  await form.getByLabel(/Wat wil je opvolgen/).fill(title);
  if (pupil) await form.getByLabel(/Leerling/).selectOption({ label: pupil });
  if (due) await form.getByLabel('Datum').fill(due);
  if (repeat) await form.getByTestId('repeat-kind').selectOption(repeat);
  if (n) await form.getByTestId('repeat-n').fill(String(n));
  await form.getByRole('button', { name: 'Herinnering toevoegen' }).click();
  await expect(page.getByTestId('reminder').filter({ hasText: title })).toBeVisible();
}

const item = (page, text) => page.getByTestId('reminder').filter({ hasText: text });

async function classWithPupils(page, names = ['Anna', 'Bram', 'Sem']) {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, names);
}

/** A backup holding one class, one pupil and a goal with sub-goal check-ins. */
function backupWithGoal() {
  const records = [
    classRecord('c1', 'Groep 6b', { n: 6, schoolYear: '2024-2025', createdOn: '2024-09-02' }),
    pupilRecord('p1', 'Noor Bakker', { created_on: '2024-09-02' }),
    { kind: 'goal', data: {
      id: 'g1', pupil_id: 'p1', domain: 'Reading',
      measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
      baseline: { value: 30, date: '2025-02-03' }, target: 45, target_date: '2025-04-30', confirmations: 1,
      sub_goals: [
        { target: 35, date: '2025-02-24', done: true },
        { target: 40, date: '2025-03-05', done: false },
        { target: 45, date: '2025-03-19', done: false },
      ],
      created_on: '2025-02-03',
    } },
  ];
  const path = `${out}/followup-goal-backup.json`;
  writeFileSync(path, backupText(records, { exportedAt: '2025-03-05T08:00:00' }));
  return path;
}

test('reminders of each kind: add, complete, undo, snooze; the counts follow', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page);
  await goReminders(page);
  await expect(page.getByTestId('no-reminders')).toBeVisible();
  await expectCounts(page, 0);

  // Free reminders: today for a pupil, tomorrow without one, later repeating weekly.
  await addReminder(page, { title: 'Ouders van Bram bellen', pupil: 'Bram' });
  await expectCounts(page, 1);
  await addReminder(page, { title: 'Rapport voorbereiden', due: '2025-03-06' });
  await addReminder(page, { title: 'Leesplan evalueren', due: '2025-03-20', repeat: 'weekly' });
  await expect(page.getByTestId('group-today').getByTestId('reminder')).toHaveCount(1);
  await expect(page.getByTestId('group-this-week')).toContainText('Rapport voorbereiden');
  await expect(page.getByTestId('group-later')).toContainText('Elke week');
  await expectCounts(page, 1);

  // A session reminder: a moment on the pupil page with a follow-up date.
  await page.getByRole('link', { name: 'Bram' }).first().click();
  await expect(page.getByTestId('pupil-title')).toHaveText('Bram');
  await page.getByTestId('pupil-followup').getByTestId('moment-follow-up').fill('2025-03-05');
  await page.getByTestId('pupil-followup').getByTestId('save-moment').click();
  await expect(page.getByTestId('toast')).toContainText('Moment genoteerd');
  await expect(page.getByTestId('pupil-reminders')).toContainText('Individueel moment opvolgen');
  await expect(page.getByTestId('pupil-last-seen')).toContainText('Vandaag');
  await expectCounts(page, 2);

  // Sub-goal check-ins derived from a goal (restored from a backup: goals are another screen).
  await openApp(page, '/settings');
  await page.getByTestId('import-file').setInputFiles(backupWithGoal());
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Back-up teruggezet');
  await goReminders(page);
  await expect(item(page, 'Check-in tussendoel 2: DMT-kaart 2')).toContainText('Noor Bakker');
  await expect(page.getByTestId('group-later')).toContainText('Check-in tussendoel 3');
  await expectCounts(page, 1);
  await expectHomeCount(page, 1);
  // The restore replaced everything: undo it to bring back the first reminders too? No: go on with this data.
  await goReminders(page);
  await addReminder(page, { title: 'Toets nakijken', due: '2025-03-05' });
  await expectCounts(page, 2);

  // Done, undo, done again.
  await item(page, 'Toets nakijken').getByTestId('done').click();
  await expect(page.getByTestId('toast')).toContainText('Afgevinkt');
  await expectCounts(page, 1);
  await page.getByTestId('undo').click();
  await expectCounts(page, 2);
  await item(page, 'Toets nakijken').getByTestId('done').click();
  await expectCounts(page, 1);

  // Snooze the derived check-in to the next school day: it moves to this week and is stored.
  await item(page, 'Check-in tussendoel 2').getByTestId('more').click();
  await item(page, 'Check-in tussendoel 2').getByTestId('snooze-day').click();
  await expect(page.getByTestId('toast')).toContainText('Uitgesteld naar 6 maart 2025');
  await expect(page.getByTestId('group-this-week')).toContainText('Check-in tussendoel 2');
  await expectCounts(page, 0);
  await expect(page.getByTestId('no-reminders')).toHaveCount(0);

  // Snooze to a picked date, reschedule, and a week.
  await item(page, 'Check-in tussendoel 3').getByTestId('more').click();
  await item(page, 'Check-in tussendoel 3').getByTestId('snooze-date').fill('2025-03-28');
  await item(page, 'Check-in tussendoel 3').getByTestId('snooze-to').click();
  await expect(item(page, 'Check-in tussendoel 3')).toContainText('28 maart 2025');
  await expect(item(page, 'Check-in tussendoel 3')).toContainText('uitgesteld, eerst 19 maart 2025');
  await item(page, 'Check-in tussendoel 3').getByTestId('more').click();
  await item(page, 'Check-in tussendoel 3').getByTestId('move-date').fill('2025-03-05');
  await item(page, 'Check-in tussendoel 3').getByTestId('move').click();
  await expect(page.getByTestId('toast')).toContainText('Verplaatst naar 5 maart 2025');
  await expectCounts(page, 1);
  await item(page, 'Check-in tussendoel 3').getByTestId('more').click();
  await item(page, 'Check-in tussendoel 3').getByTestId('snooze-week').click();
  await expect(page.getByTestId('toast')).toContainText('Uitgesteld naar 12 maart 2025');
  await expectCounts(page, 0);

  // A day later the Thursday check-in is due; two days later it is overdue.
  await reload(page);
  await page.clock.setSystemTime(new Date('2025-03-07T09:00:00'));
  await reload(page);
  await expect(page.getByTestId('group-overdue')).toContainText('Check-in tussendoel 2');
  await expectHomeCount(page, 1);
  await saved(page);
});

test('holidays in the settings shift an "every N school days" reminder', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna']);
  await goReminders(page);
  await addReminder(page, { title: 'Leeslogboek bekijken', pupil: 'Anna', repeat: 'days', n: 2 });
  await expect(item(page, 'Leeslogboek bekijken')).toContainText('Om de 2 schooldagen');
  // Without holidays: Wednesday + 2 school days is Friday.
  await item(page, 'Leeslogboek bekijken').getByTestId('done').click();
  await expect(page.getByTestId('toast')).toContainText('Volgende keer: 7 maart 2025');
  await page.getByTestId('undo').click();
  await expect(item(page, 'Leeslogboek bekijken')).toHaveCount(1);

  await openApp(page, '/settings');
  await expect(page.getByTestId('no-holidays')).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Studiedagen');
  await page.getByLabel('Eerste vrije dag').fill('2025-03-06');
  await page.getByLabel('Laatste vrije dag').fill('2025-03-07');
  await page.getByRole('button', { name: 'Vakantie toevoegen' }).click();
  await expect(page.getByTestId('holiday')).toContainText('Studiedagen');
  await expect(page.getByTestId('holiday')).toContainText('6 maart 2025 – 7 maart 2025');
  await expectNoA11yViolations(page, 'settings with a holiday');
  await reload(page);
  await expect(page.getByTestId('holiday')).toHaveCount(1);

  // With Thursday and Friday off: Monday is the first school day, Tuesday the second.
  await goReminders(page);
  await item(page, 'Leeslogboek bekijken').getByTestId('done').click();
  await expect(page.getByTestId('toast')).toContainText('Volgende keer: 11 maart 2025');
  await expect(page.getByTestId('group-later')).toContainText('11 maart 2025');
  // Snoozing a day skips the holiday too.
  await addReminder(page, { title: 'Map nakijken' });
  await item(page, 'Map nakijken').getByTestId('more').click();
  await item(page, 'Map nakijken').getByTestId('snooze-day').click();
  await expect(page.getByTestId('toast')).toContainText('Uitgesteld naar 10 maart 2025');
});

/** Splits an iCalendar text into its content lines, checking CRLF on the way. */
function icsLines(text) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

test('the .ics export holds every open reminder as an all-day event', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna de Vries', 'Bram']);
  await goReminders(page);
  const long = 'Gesprek met de ouders over het leesplan, de rekenmuurtjes; en één héél lange zin die langer is dan vijfenzeventig octetten';
  await addReminder(page, { title: long, pupil: 'Anna de Vries' });
  await addReminder(page, { title: 'Wekelijks: check-in', due: '2025-03-10', repeat: 'weekly' });
  await addReminder(page, { title: 'Om de 3 dagen', due: '2025-03-06', repeat: 'days', n: 3 });
  await addReminder(page, { title: 'Al gedaan' });
  await item(page, 'Al gedaan').getByTestId('done').click();
  await expect(item(page, 'Al gedaan')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('ics-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('groeipad-opvolgen-2025-03-05.ics');
  const path = `${out}/followup.ics`;
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');

  const lines = icsLines(text);
  for (const l of lines) expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  // Unfold (CRLF + one space) and read the events.
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events = [];
  let ev = null;
  for (const l of unfolded) {
    if (l === 'BEGIN:VEVENT') ev = {};
    else if (l === 'END:VEVENT') { events.push(ev); ev = null; }
    else if (ev) { const i = l.indexOf(':'); ev[l.slice(0, i)] = l.slice(i + 1); }
  }
  expect(events).toHaveLength(3);
  const uids = events.map((e) => e.UID);
  expect(new Set(uids).size).toBe(3);
  for (const uid of uids) expect(uid).toMatch(/^[0-9a-f-]{20,}@groeipad\.app$/);
  expect(events.map((e) => e['DTSTART;VALUE=DATE'])).toEqual(['20250305', '20250306', '20250310']);
  expect(events.map((e) => e['DTEND;VALUE=DATE'])).toEqual(['20250306', '20250307', '20250311']);
  const unescape = (s) => s.replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n');
  expect(unescape(events[0].SUMMARY)).toBe(`${long} (Anna de Vries)`);
  expect(events[2].RRULE).toBe('FREQ=WEEKLY');
  expect(unescape(events[1].DESCRIPTION)).toContain('om de 3 schooldagen');
  for (const e of events) expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);

  // Privacy mode: the file carries initials instead of names.
  await openApp(page, '/settings');
  await page.getByTestId('privacy-toggle').check();
  await goReminders(page);
  const again = page.waitForEvent('download');
  await page.getByTestId('ics-download').click();
  const private_ = await (await again).path();
  const text2 = readFileSync(private_, 'utf8').replace(/\r\n[ \t]/g, '');
  expect(text2).toContain('(A.d.V.)');
  expect(text2).not.toContain('Anna de Vries');
});

test('notifications are asked for only on a tap, and then tell what is due', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shown = [];
    window.__asked = 0;
    class FakeNotification {
      constructor(title, opts) { window.__shown.push({ title, body: opts && opts.body }); }
    }
    FakeNotification.permission = 'default';
    FakeNotification.requestPermission = async () => { window.__asked += 1; FakeNotification.permission = 'granted'; return 'granted'; };
    window.Notification = FakeNotification;
  });
  await freeze(page);
  await classWithPupils(page, ['Anna']);
  await goReminders(page);
  await addReminder(page, { title: 'Ouders bellen', pupil: 'Anna' });
  expect(await page.evaluate(() => window.__asked)).toBe(0);
  expect(await page.evaluate(() => window.__shown.length)).toBe(0);
  await page.getByTestId('notify-enable').click();
  await expect(page.getByTestId('notify-state')).toContainText('Meldingen staan aan');
  expect(await page.evaluate(() => window.__asked)).toBe(1);
  await expect.poll(() => page.evaluate(() => window.__shown)).toEqual([
    { title: 'Groeipad: opvolgen', body: '1 herinnering voor vandaag of over tijd.' },
  ]);
});

test('the app keeps the browser\'s answer about notifications and learns when it changes there', async ({ page, context }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna']);
  await goReminders(page);
  await expect(page.getByTestId('notify-enable')).toBeVisible();
  // The teacher allows notifications in the browser's site settings, not in the app.
  await context.grantPermissions(['notifications'], { origin: new URL(page.url()).origin });
  await page.getByTestId('brand').click();
  await expect(page.getByTestId('class-card').first()).toBeVisible();
  await page.getByTestId('nav-reminders').click();
  await expect(page.getByTestId('notify-state')).toContainText('Meldingen staan aan');
  await expect(page.getByTestId('notify-enable')).toHaveCount(0);
});

test('log moments in three taps; the class order follows; the aim and its verdict', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna', 'Bram', 'Sem']);
  // Bram needs extra support.
  await page.getByTestId('pupil-tile').filter({ hasText: 'Bram' }).click();
  await page.locator('#support-general').selectOption('increased');
  await saved(page);
  await page.getByRole('link', { name: /Groep 5a/ }).click();
  await expect(page.getByTestId('class-not-seen')).toContainText('3 leerlingen hadden 10 schooldagen of langer geen individueel moment');

  const names = page.getByTestId('att-row').getByTestId('att-name');
  // Tap 1: attention view; tap 2: Moment on Sem; tap 3: save.
  await page.getByTestId('class-attention-link').click();
  await expect(names).toHaveText(['Anna', 'Bram', 'Sem']);
  await expect(page.getByTestId('not-seen')).toHaveCount(3);
  await expect(page.getByTestId('verdict-sentence')).toContainText('Nog te weinig gegevens');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await page.getByTestId('att-row').filter({ hasText: 'Sem' }).getByTestId('moment-open').click();
  await page.getByTestId('att-row').filter({ hasText: 'Sem' }).getByTestId('save-moment').click();
  await expect(page.getByTestId('toast')).toContainText('Moment genoteerd');
  await expect(names).toHaveText(['Anna', 'Bram', 'Sem']);
  const sem = page.getByTestId('att-row').filter({ hasText: 'Sem' });
  await expect(sem.getByTestId('last-seen')).toHaveText('Vandaag');
  await expect(sem.getByTestId('recent-minutes')).toHaveText('5 min in 4 weken (1 moment)');
  await expect(sem.getByTestId('not-seen')).toHaveCount(0);
  await expect(page.getByTestId('not-seen-summary')).toContainText('2 leerlingen');
  // Only basis pupils got time: divergent.
  await expect(page.getByTestId('verdict')).toContainText('Divergent');

  // Anna seen too: she moves behind Bram, who was never seen.
  await page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('moment-open').click();
  await page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('kind-oneonone').check();
  await page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('save-moment').click();
  await expect(names).toHaveText(['Bram', 'Anna', 'Sem']);
  await expect(page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('recent-minutes')).toContainText('10 min');
  await page.getByTestId('sort-name').check();
  await expect(names).toHaveText(['Anna', 'Bram', 'Sem']);
  await page.getByTestId('sort-longest').check();

  // Bram gets extended instruction: extra support gets more per pupil: convergent.
  const bram = page.getByTestId('att-row').filter({ hasText: 'Bram' });
  await bram.getByTestId('moment-open').click();
  await bram.getByTestId('kind-extended').check();
  await expect(bram.getByTestId('moment-minutes')).toHaveValue('15');
  await bram.getByTestId('moment-minutes').fill('20');
  await bram.getByTestId('save-moment').click();
  // Everybody was seen today now: no one is flagged, and the order falls back to names.
  await expect(page.getByTestId('not-seen')).toHaveCount(0);
  await expect(names).toHaveText(['Anna', 'Bram', 'Sem']);
  await expect(page.getByTestId('verdict')).toContainText('Convergent');
  await expect(page.getByTestId('verdict-sentence')).toContainText('al koos je voor evenveel aandacht');
  await expect(page.getByTestId('attention-summary')).toContainText('Extra ondersteuning: 1 leerling, 20 min (57%); doel 33%');
  await page.getByTestId('aim-compensating').check();
  await expect(page.getByTestId('verdict-sentence')).toContainText('past bij je keuze om te compenseren');
  await expect(page.getByTestId('attention-summary')).toContainText('Extra ondersteuning: 1 leerling, 20 min (57%); doel 43%');
  // Undo from the toast takes a moment back.
  await bram.getByTestId('moment-open').click();
  await bram.getByTestId('save-moment').click();
  await expect(bram.getByTestId('recent-minutes')).toContainText('(2 momenten)');
  await page.getByTestId('undo').click();
  await expect(bram.getByTestId('recent-minutes')).toContainText('(1 moment)');
  await reload(page);
  await expect(page.getByTestId('aim-compensating')).toBeChecked();
  await expect(names).toHaveText(['Anna', 'Bram', 'Sem']);

  // Eleven school days later everybody is "not seen" again, longest first.
  await page.clock.setSystemTime(new Date('2025-03-20T09:00:00'));
  await reload(page);
  await expect(page.getByTestId('not-seen')).toHaveCount(3);
  await expect(page.getByTestId('att-row').filter({ hasText: 'Sem' }).getByTestId('last-seen')).toHaveText('15 dagen geleden (11 schooldagen)');

  // Three months on, the page reads the class's last eight weeks (what the class page
  // shows): a moment before that is "not seen since" the first day it looked at.
  await page.clock.setSystemTime(new Date('2025-06-20T09:00:00'));
  await reload(page);
  await expect(page.getByTestId('not-seen')).toHaveCount(3);
  await expect(page.getByTestId('att-row').filter({ hasText: 'Sem' }).getByTestId('last-seen')).toHaveText('Niet gezien sinds 25 april 2025');
  await look(page, 'followup-attention-not-since');
});

test('plan the week within the budget, overload warns, held in one tap', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna', 'Bram', 'Sem', 'Noor']);
  await openApp(page, '/settings');
  await page.locator('#fu-budget').fill('20');
  await expect(page.getByTestId('followup-settings-error')).toBeHidden();
  await page.locator('#fu-budget').fill('2');
  await expect(page.getByTestId('followup-settings-error')).toContainText('van 5 tot 1200 minuten');
  await page.locator('#fu-budget').fill('20');
  await expect(page.getByTestId('followup-settings-error')).toBeHidden();
  await reload(page);
  await expect(page.locator('#fu-budget')).toHaveValue('20');

  await page.getByTestId('nav-reminders').click();
  await page.getByTestId('brand').click();
  await page.getByTestId('class-card').click();
  await page.getByTestId('class-plan-link').click();
  await expect(page.getByTestId('plan-week')).toHaveText('Week van 5 maart 2025 t/m 7 maart 2025');
  const draft = page.getByTestId('draft-row');
  await expect(draft).toHaveCount(2);
  await expect(draft.getByTestId('draft-name')).toHaveText(['Anna', 'Bram']);
  await expect(draft.first().getByTestId('draft-reason')).toHaveText('Had nog geen individueel moment');
  await expect(page.getByTestId('left-out')).toContainText('Noor, Sem');
  await expect(page.getByTestId('within-budget')).toBeVisible();

  // The teacher adds Sem: beyond the budget, the app warns.
  await page.getByTestId('plan-add').selectOption({ label: 'Sem' });
  await page.getByTestId('plan-add-button').click();
  await expect(draft).toHaveCount(3);
  // Added by the teacher, still with the app's reason; no longer "left out".
  await expect(draft.nth(2).getByTestId('draft-reason')).toHaveText('Had nog geen individueel moment');
  await expect(page.getByTestId('left-out')).toHaveText('Valt buiten je tijd: Noor');
  await expect(page.getByTestId('overload')).toContainText('Je planning is 10 minuten langer dan de tijd die je hebt');
  await draft.filter({ hasText: 'Sem' }).getByTestId('draft-minutes').fill('5');
  await expect(page.getByTestId('overload')).toContainText('5 minuten langer');
  await expect(page.getByTestId('budget-line')).toContainText('samen 25 van je 20 min');
  await draft.filter({ hasText: 'Bram' }).getByTestId('draft-remove').click();
  await expect(page.getByTestId('within-budget')).toBeVisible();
  await page.getByTestId('plan-add').selectOption({ label: 'Bram' });
  await page.getByTestId('plan-add-button').click();
  await expect(page.getByTestId('overload')).toBeVisible();
  await expectNoA11yViolations(page, 'planner with overload');
  await look(page, 'followup-planner');

  // Plan anyway: the sessions go to the reminder list, spread over the week.
  await page.getByTestId('plan-it').click();
  await expect(page.getByTestId('toast')).toContainText('Ingepland');
  await expect(page.getByTestId('planned-row')).toHaveCount(3);
  await expect(page.getByTestId('planned-row').first()).toContainText('woensdag 5 maart 2025 · 10 min');
  await expect(page.getByTestId('overload')).toContainText('5 minuten langer');
  await expect(page.getByTestId('draft-empty')).toBeVisible();
  await expectCounts(page, 1);

  // Held in one tap: logged as a moment.
  await page.getByTestId('planned-row').filter({ hasText: 'Anna' }).getByTestId('planned-held').click();
  await expect(page.getByTestId('planned-row').filter({ hasText: 'Anna' }).getByTestId('planned-done')).toBeVisible();
  await expectCounts(page, 0);
  await page.getByTestId('nav-reminders').click();
  await expect(page.getByTestId('reminder').filter({ hasText: 'Individueel moment' })).toHaveCount(2);
  const session = page.getByTestId('reminder').filter({ hasText: 'Sem' });
  await expect(session).toContainText('5 min');
  await session.getByTestId('held').click();
  await expect(page.getByTestId('toast')).toContainText('Moment genoteerd');
  await expect(page.getByTestId('reminder').filter({ hasText: 'Individueel moment' })).toHaveCount(1);
  await saved(page);
  await page.goBack();
  await expect(page.getByTestId('planner-page')).toBeVisible();
  await page.getByRole('link', { name: '← Aandacht' }).click();
  await expect(page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('last-seen')).toHaveText('Vandaag');
  await expect(page.getByTestId('att-row').filter({ hasText: 'Sem' }).getByTestId('recent-minutes')).toContainText('5 min');
});

test('every follow-up screen passes axe and looks right at both sizes', async ({ page }) => {
  await freeze(page);
  await classWithPupils(page, ['Anna de Vries', 'Bram Peeters', 'Sem Jansen', 'Noor Bakker', 'Lotte Van den Broeck', 'Mohammed El Amrani']);
  await expectNoA11yViolations(page, 'class page with the attention panel');
  await page.getByTestId('pupil-tile').filter({ hasText: 'Bram' }).click();
  await page.locator('#support-general').selectOption('increased');
  await page.getByTestId('pupil-followup').getByTestId('kind-extended').check();
  await page.getByTestId('pupil-followup').getByTestId('save-moment').click();
  await expect(page.getByTestId('pupil-last-seen')).toContainText('15 min');
  await page.getByRole('link', { name: /Groep 5a/ }).click();
  await page.getByTestId('class-attention-link').click();
  for (const name of ['Anna de Vries', 'Sem Jansen']) {
    await page.getByTestId('att-row').filter({ hasText: name }).getByTestId('moment-open').click();
    await page.getByTestId('att-row').filter({ hasText: name }).getByTestId('save-moment').click();
    await expect(page.getByTestId('att-row').filter({ hasText: name }).getByTestId('last-seen')).toHaveText('Vandaag');
  }
  await page.getByTestId('att-row').filter({ hasText: 'Bram' }).getByTestId('moment-open').click();
  await expectNoA11yViolations(page, 'attention view with a moment form');
  await page.getByTestId('att-row').filter({ hasText: 'Bram' }).getByTestId('moment-open').click();
  await closeToast(page);
  await look(page, 'followup-attention');

  await page.getByTestId('att-row').filter({ hasText: 'Anna' }).getByTestId('att-name').click();
  await expect(page.getByTestId('pupil-followup')).toBeVisible();
  await expectNoA11yViolations(page, 'pupil page with follow-up');

  await goReminders(page);
  await expectNoA11yViolations(page, 'empty reminder list');
  await addReminder(page, { title: 'Ouders van Anna bellen over het leesplan', pupil: 'Anna de Vries' });
  await addReminder(page, { title: 'Rapport voorbereiden', due: '2025-03-07', repeat: 'days', n: 3 });
  await addReminder(page, { title: 'Leesplan evalueren', due: '2025-03-24', repeat: 'weekly' });
  await item(page, 'Rapport voorbereiden').getByTestId('more').click();
  await item(page, 'Rapport voorbereiden').getByTestId('repeat-kind').selectOption('days');
  await expectNoA11yViolations(page, 'reminder list with an open reminder');
  await item(page, 'Rapport voorbereiden').getByTestId('more').click();
  await closeToast(page);
  await look(page, 'followup-reminders');

  await page.getByTestId('brand').click();
  await expect(page.getByTestId('home-due')).toHaveAttribute('data-count', '1');
  await expectNoA11yViolations(page, 'home with the due count');

  await openApp(page, '/settings');
  await page.getByLabel('Naam', { exact: true }).fill('Krokusvakantie');
  await page.getByLabel('Eerste vrije dag').fill('2025-03-03');
  await page.getByLabel('Laatste vrije dag').fill('2025-03-07');
  await page.getByRole('button', { name: 'Vakantie toevoegen' }).click();
  await expectNoA11yViolations(page, 'settings');

  // English too.
  await page.getByTestId('lang-en').check();
  await goReminders(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-up');
  await expectNoA11yViolations(page, 'reminder list in English');
});
