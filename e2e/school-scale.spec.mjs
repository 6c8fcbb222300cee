// A whole school's data: the storage layout upgrade (also when the tab is closed in the
// middle of it), screens that read only their own records, and two tabs that tell each
// other exactly which records changed.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, saved } from './support.mjs';
import { backupText, classRecord, pupilRecord } from './records.mjs';

const today = new Date().toISOString().slice(0, 10);

/** Records of a school as the version-1 layout stored them: 4 classes of 25 pupils, a
 *  reading goal per pupil with `perGoal` measurements. */
function school(perGoal) {
  const records = [];
  for (let c = 0; c < 4; c++) {
    records.push(classRecord(`c${c}`, `Groep ${c + 3}`, { n: c + 3, createdOn: '2026-09-01' }));
    for (let p = 0; p < 25; p++) {
      const pid = `p${c}-${p}`;
      records.push(pupilRecord(pid, `Leerling ${c}-${p}`, { class_id: `c${c}`, created_on: '2026-09-01' }));
      records.push({ kind: 'goal', data: { id: `g${c}-${p}`, pupil_id: pid, domain: 'Reading',
        measure: { name: 'DMT-kaart 2', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
        baseline: { value: 30, date: '2026-09-01' }, target: 60, target_date: '2027-03-01', confirmations: 2,
        own_words: 'Ik lees vlot', created_on: '2026-09-01' } });
      for (let m = 0; m < perGoal; m++) {
        records.push({ kind: 'measurement', data: { id: `m${c}-${p}-${String(m).padStart(4, '0')}`, goal_id: `g${c}-${p}`,
          value: 30 + (m % 30), date: '2026-10-01', note: '' } });
      }
    }
  }
  return records;
}

/** Writes the records into a database of the version-1 layout (IndexedDB version 1,
 *  `{rev, json}` entries, schema 1 in `meta`), on a page of the origin that does not run
 *  the app. */
async function seedVersion1(page, records) {
  await page.goto('/manifest.webmanifest');
  await page.evaluate((records) => new Promise((resolve, reject) => {
    const open = indexedDB.open('groeipad', 1);
    open.onupgradeneeded = () => { open.result.createObjectStore('records'); open.result.createObjectStore('meta'); };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['records', 'meta'], 'readwrite');
      records.forEach((r, i) => tx.objectStore('records').put({ rev: i + 1, json: JSON.stringify(r) }, `${r.kind}:${r.data.id}`));
      tx.objectStore('meta').put(1, 'schema_version');
      tx.objectStore('meta').put(records.length, 'generation');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), records);
}

/** Restores `records` as today's backup through the settings screen (the page is on it). */
async function restore(page, records) {
  const file = backupText(records, { exportedAt: `${today}T09:00:00` });
  await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Back-up teruggezet');
}

/** The database as it is now, read without the app: version, layout, entries and how
 *  many carry their tags. */
async function inspect(page) {
  await page.goto('/manifest.webmanifest');
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('groeipad');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['records', 'meta'], 'readonly');
      const out = { version: db.version };
      tx.objectStore('meta').get('layout').onsuccess = (e) => { out.layout = e.target.result ?? null; };
      tx.objectStore('records').getAll().onsuccess = (e) => {
        out.entries = e.target.result.length;
        out.tagged = e.target.result.filter((v) => typeof v.pupil === 'string' || typeof v.class === 'string').length;
        // A class's entries carry their kind and day (the index the class page reads).
        out.classDays = e.target.result.filter((v) => typeof v.class === 'string' && typeof v.cday === 'string').length;
        out.classEntries = e.target.result.filter((v) => typeof v.class === 'string').length;
      };
      tx.oncomplete = () => { db.close(); resolve(out); };
    };
  }));
}

test('the storage upgrade of a whole school loses nothing, also when the tab is closed during it', async ({ context }) => {
  test.setTimeout(180_000);
  const records = school(100); // 10,300 records
  const seeder = await context.newPage();
  await seedVersion1(seeder, records);
  expect(await inspect(seeder)).toMatchObject({ version: 1, layout: null, entries: records.length, tagged: 0 });

  // Start the app and close its tab as soon as it starts rewriting the entries (the
  // app marks that moment), in the middle of that transaction.
  const app = await context.newPage();
  await app.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => app.evaluate(() => performance.getEntriesByName('groeipad-upgrade-rewrite').length),
    { intervals: [2], timeout: 30_000 }).toBe(1);
  await app.close({ runBeforeUnload: false });
  const between = await inspect(seeder);
  // All or nothing: the rewrite issues its writes in one go, so the closed tab left
  // either the whole upgrade or none of it (never a half-tagged store), and no record.
  expect(between.entries).toBe(records.length);
  expect([{ layout: null, tagged: 0 }, { layout: 3, tagged: records.length }])
    .toContainEqual({ layout: between.layout, tagged: between.tagged });
  test.info().annotations.push({ type: 'upgrade', description: between.layout === null ? 'cut off by the close' : 'committed before the close' });

  // The next start completes it: every record there, every entry tagged.
  const again = await context.newPage();
  await openApp(again, '/');
  await expect(again.getByTestId('class-card')).toHaveCount(4);
  await again.getByTestId('class-card').filter({ hasText: 'Groep 4' }).click();
  await expect(again.getByTestId('pupil-tile')).toHaveCount(25);
  await again.getByTestId('pupil-tile').filter({ hasText: 'Leerling 1-7' }).click();
  await expect(again.getByTestId('goal-card')).toHaveCount(1);
  await again.getByTestId('goal-card').first().click();
  await expect(again.locator('.measurement-row')).toHaveCount(20); // the newest 20 of 100
  await expect(again.getByTestId('more-measurements')).toHaveText('Meer tonen (80)');
  const after = await inspect(seeder);
  expect(after).toMatchObject({ version: 3, layout: 3, entries: records.length, tagged: records.length });
  expect(after.classEntries).toBeGreaterThan(0);
  expect(after.classDays).toBe(after.classEntries);
});

test('two tabs on one pupil: a success saved in one shows in the other without a reload', async ({ context }) => {
  const a = await context.newPage();
  await createClass(a, 'Groep 7');
  await pasteNames(a, ['Anna de Vries', 'Bram Peeters']);
  await saved(a);
  await a.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  const url = a.url();
  const b = await context.newPage();
  await openApp(b, new URL(url).pathname);
  await expect(b.getByTestId('pupil-title')).toContainText('Anna');

  await a.getByTestId('note-success').click();
  await a.locator('#success-text').fill('Las een hele bladzijde zonder hulp');
  await a.getByRole('button', { name: 'Succes bewaren' }).click();
  await saved(a);
  await expect(b.getByTestId('success-item')).toContainText('Las een hele bladzijde zonder hulp');

  // And back: B deletes it, A sees it go; B's undo brings it back in both.
  await b.getByTestId('delete-success').click();
  await expect(a.getByTestId('success-item')).toHaveCount(0);
  await b.getByRole('button', { name: 'Ongedaan maken' }).click();
  await saved(b);
  await expect(a.getByTestId('success-item')).toContainText('Las een hele bladzijde zonder hulp');
  await expectNoA11yViolations(b, 'pupil page in the second tab');
});

/** From now on: how many `rowSel` elements there were when `pageSel` first appeared
 *  (`window.rowsWithPage`), to tell what a screen draws with its first paint. */
async function countWhenShown(page, pageSel, rowSel) {
  await page.evaluate(([pageSel, rowSel]) => {
    window.rowsWithPage = null;
    new MutationObserver((_, seen) => {
      if (!document.querySelector(pageSel)) return;
      window.rowsWithPage = document.querySelectorAll(rowSel).length;
      seen.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  }, [pageSel, rowSel]);
}

test('the reminder list shows overdue and today at once and pages every group', async ({ page }) => {
  await openApp(page, '/settings');
  const records = [classRecord('c1', 'Groep 5', { schoolYear: '', createdOn: '2026-09-01' })];
  const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  for (let i = 0; i < 13; i++) records.push({ kind: 'reminder', data: { id: `o${String(i).padStart(2, '0')}`, source: 'Free', title: `Te laat ${i}`, due: day(-3) } });
  records.push({ kind: 'reminder', data: { id: 't0', source: 'Free', title: 'Vandaag', due: today } });
  for (let i = 0; i < 45; i++) records.push({ kind: 'reminder', data: { id: `l${String(i).padStart(2, '0')}`, source: 'Free', title: `Later ${i}`, due: day(30 + i) } });
  await restore(page, records);
  await page.getByTestId('nav-reminders').click();
  const overdue = page.getByTestId('group-overdue');
  await expect(overdue.getByTestId('reminder')).toHaveCount(10);
  await expect(overdue.getByTestId('more-overdue')).toContainText('3');
  await expect(page.getByTestId('group-today').getByTestId('reminder')).toHaveCount(1);
  await expect(page.getByTestId('more-today')).toHaveCount(0);
  await look(page, 'reminders-overdue-paged');
  await overdue.getByTestId('more-overdue').click();
  await expect(overdue.getByTestId('reminder')).toHaveCount(13);
  await expect(overdue.getByTestId('more-overdue')).toHaveCount(0);
  const later = page.getByTestId('group-later');
  await expect(later.getByTestId('reminder')).toHaveCount(10);
  await expect(later.getByTestId('more-later')).toContainText('35');
  await later.getByTestId('more-later').scrollIntoViewIfNeeded();
  await look(page, 'reminders-paged');
  for (const shown of [20, 30, 40, 45]) {
    await later.getByTestId('more-later').click();
    await expect(later.getByTestId('reminder')).toHaveCount(shown);
  }
  await expect(later.getByTestId('more-later')).toHaveCount(0);
  await expectNoA11yViolations(page, 'paged reminder list');

  // Back from another screen, the groups below overdue and today come with the page, not a
  // paint later: the browser can then scroll back to where the teacher was.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('import-file')).toBeAttached();
  await countWhenShown(page, '[data-testid="reminders-page"]', '[data-testid="group-later"]');
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.rowsWithPage)).toBe(1);
  await expect(later.getByTestId('reminder')).toHaveCount(10);
});

test('deleting a class deletes its pupils\' measurements too, which the class page never read, and undo brings them back', async ({ page }) => {
  await openApp(page, '/settings');
  await restore(page, school(3));
  const deleteGroep4 = async () => {
    await page.goto('/'); // a fresh start: the book holds the core records only
    await page.getByTestId('class-card').filter({ hasText: 'Groep 4' }).click();
    await expect(page.getByTestId('pupil-tile')).toHaveCount(25);
    await page.getByTestId('class-details').locator('summary').click();
    await page.getByTestId('delete-class').click();
    await expect(page.getByTestId('toast')).toContainText('Klas verwijderd');
  };
  await deleteGroep4();
  await page.getByTestId('undo').click();
  await saved(page);
  await page.goto('/goal/g1-0');
  await expect(page.locator('[data-testid="measurements"] .measurement-row')).toHaveCount(3);

  await deleteGroep4();
  await saved(page);
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const left = JSON.parse(readFileSync(await (await download).path(), 'utf8')).data.records;
  const ofGroep4 = ({ data }) => data.id === 'c1' || data.class_id === 'c1' || /^p1-/.test(data.pupil_id ?? '') || /^g1-/.test(data.goal_id ?? '');
  expect(left.filter(ofGroep4)).toEqual([]);
  expect(left.filter((r) => r.kind === 'measurement')).toHaveLength(3 * 75);
  expect(left.filter((r) => r.kind === 'pupil')).toHaveLength(75);
});

test('a goal with many measurements opens with the newest 20 and shows more on request', async ({ page }) => {
  await openApp(page, '/settings');
  const records = school(45).filter(({ kind, data }) => (kind === 'class' && data.id === 'c0') || data.id === 'p0-0'
    || data.pupil_id === 'p0-0' || data.goal_id === 'g0-0');
  await restore(page, records);
  await page.goto('/goal/g0-0');
  const rows = page.locator('[data-testid="measurements"] .measurement-row');
  await expect(rows).toHaveCount(20);
  await expect(page.getByTestId('more-measurements')).toHaveText('Meer tonen (25)');
  await look(page, 'goal-many-measurements');
  await page.getByTestId('more-measurements').click();
  await expect(rows).toHaveCount(40);
  await page.getByTestId('more-measurements').click();
  await expect(rows).toHaveCount(45);
  await expect(page.getByTestId('more-measurements')).toHaveCount(0);
  // A new measurement comes first, the rest stay.
  await page.getByTestId('measurement-value').fill('59');
  await page.getByTestId('record-save').click();
  await expect(rows).toHaveCount(46);
  await expect(rows.first()).toContainText('59');
  await expectNoA11yViolations(page, 'goal page with many measurements');
});

test('long screens draw their first screen at once and the rest just after it; a step back draws them whole', async ({ page }) => {
  await openApp(page, '/settings');
  // Class c0: 25 pupils; p0-0's learning log has 61 entries (a goal, 60 measurements).
  const records = school(60).filter(({ kind, data }) => (kind === 'class' && data.id === 'c0') || data.class_id === 'c0'
    || (kind === 'goal' && data.pupil_id.startsWith('p0-')) || (kind === 'measurement' && data.goal_id.startsWith('g0-')));
  await restore(page, records);

  // The pupil page: goals and feedback first, the recent notes and successes just after.
  await page.goto('/class/c0');
  await expect(page.getByTestId('pupil-tile')).toHaveCount(25);
  await countWhenShown(page, '[data-testid="pupil-feedback"]', '.feedback-lists');
  await page.locator('[data-testid="pupil-tile"][href="/pupil/p0-0"]').click();
  await expect.poll(() => page.evaluate(() => window.rowsWithPage)).toBe(0);
  await expect(page.getByTestId('no-notes')).toBeVisible();

  // The learning log: 12 rows with the page, then the rest of its page of 50.
  await countWhenShown(page, '[data-testid="log-page"]', '[data-testid="log-row"]');
  await page.getByTestId('open-log').click();
  await expect.poll(() => page.evaluate(() => window.rowsWithPage)).toBe(12);
  const logRows = page.getByTestId('log-row');
  await expect(logRows).toHaveCount(50);
  await expect(page.getByTestId('log-count')).toHaveText('50 van 61 getoond');
  await page.getByTestId('log-more').click();
  await expect(logRows).toHaveCount(61);
  await expect(page.getByTestId('log-more')).toHaveCount(0);

  // The attention page: 10 pupils with the page, then the other 15, the aim and the chart.
  await page.goto('/class/c0');
  await expect(page.getByTestId('pupil-tile')).toHaveCount(25);
  await countWhenShown(page, '[data-testid="attention-page"]', '[data-testid="att-row"]');
  await page.getByTestId('class-attention-link').click();
  await expect.poll(() => page.evaluate(() => window.rowsWithPage)).toBe(10);
  await expect(page.getByTestId('att-row')).toHaveCount(25);
  await expect(page.getByTestId('aim-equal')).toBeVisible();
  await look(page, 'attention-after-paint');
  await expectNoA11yViolations(page, 'attention page after its first paint');

  // Back from a pupil, the whole list comes with the page.
  await page.getByTestId('att-name').last().click();
  await expect(page.getByTestId('pupil-title')).toBeVisible();
  await countWhenShown(page, '[data-testid="attention-page"]', '[data-testid="att-row"]');
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.rowsWithPage)).toBe(25);
});

test('the class page draws what lies below its first screen a paint after the class\'s records are in, however late', async ({ page, context }) => {
  await openApp(page, '/settings');
  const records = school(1).filter(({ kind, data }) => (kind === 'class' && data.id === 'c0') || data.class_id === 'c0');
  await restore(page, records);
  await page.goto('/');
  await expect(page.getByTestId('class-card')).toHaveCount(1);

  // Another page of the origin holds a write transaction on every store for 1.5 s, so the
  // class page's read of its records waits (IndexedDB runs overlapping transactions in turn).
  const holder = await context.newPage();
  await holder.goto('/manifest.webmanifest');
  await holder.evaluate(() => new Promise((started, failed) => {
    const open = indexedDB.open('groeipad');
    open.onerror = () => failed(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      const store = tx.objectStore(db.objectStoreNames[0]);
      const until = performance.now() + 1500;
      const keepBusy = () => { if (performance.now() < until) store.get('nothing').onsuccess = keepBusy; };
      keepBusy();
      tx.oncomplete = () => db.close();
      started();
    };
  }));
  // The frame in which the page became complete, and the one in which the rest appeared.
  await page.bringToFront();
  await page.evaluate(() => {
    window.frame = 0;
    const tick = () => { window.frame++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.completeIn = null;
    window.restIn = null;
    new MutationObserver((_, seen) => {
      if (window.completeIn === null && document.querySelector('[data-testid="class-page"][data-complete]')) window.completeIn = window.frame;
      if (window.restIn === null && document.querySelector('[data-testid="add-pupil-form"]')) window.restIn = window.frame;
      if (window.completeIn !== null && window.restIn !== null) seen.disconnect();
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.getByTestId('class-card').click();
  await expect(page.getByTestId('pupil-tile')).toHaveCount(25);
  await expect(page.getByTestId('add-pupil-form')).toBeVisible({ timeout: 10_000 });
  const { completeIn, restIn } = await page.evaluate(() => ({ completeIn: window.completeIn, restIn: window.restIn }));
  expect(completeIn).not.toBeNull();
  expect(restIn, 'the rest comes a paint after the records').toBeGreaterThan(completeIn);
  await holder.close();
});
