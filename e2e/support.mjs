// Shared page-object helpers for the journeys: they read like what the teacher does.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

/** Opens the app and waits until the class overview shows loaded data. */
export async function openApp(page, path = '/') {
  await saved(page);
  await page.goto(path);
  await expect(page.locator('main .page, main [data-testid$="-missing"]').first()).toBeVisible();
}

export async function createClass(page, name, yearGroup = 'nl-5') {
  await openApp(page, '/');
  await page.getByLabel(/Naam van de klas|Class name/).fill(name);
  await page.locator('#class-yg').selectOption(yearGroup);
  await page.getByRole('button', { name: /Klas aanmaken|Create class/ }).click();
  await expect(page.getByTestId('class-title')).toHaveText(name);
}

export async function pasteNames(page, lines) {
  await page.locator('#paste-names').fill(lines.join('\n'));
  await page.getByRole('button', { name: /Alle namen toevoegen|Add all names/ }).click();
  await expect(page.getByTestId('paste-report')).toBeVisible();
}

/** Walks the goal wizard from the open pupil page to a saved goal, as a teacher fills it in.
 *  `onStep(n)` runs on each of steps 1–7 once its fields are filled (an axe check, an
 *  assertion on the realism panel) before going on. */
export async function createGoal(page, {
  domain = 'Lezen', baseline, baselineDate, target, targetDate, conditions,
  pupilActions, teacherActions, ownWords, onStep = async () => {},
}) {
  await page.getByTestId('new-goal').click();
  const next = () => page.getByTestId('wizard-next').click();
  await page.locator('label.choice-card', { hasText: domain }).click();
  await onStep(1);
  await next();
  await page.getByTestId('measure-template').first().click();
  await onStep(2);
  await next();
  await page.getByTestId('baseline').fill(baseline);
  if (baselineDate) await page.locator('#baseline-date').fill(baselineDate);
  await onStep(3);
  await next();
  await page.getByTestId('target').fill(target);
  await onStep(4);
  await next();
  if (targetDate) await page.getByTestId('target-date').fill(targetDate);
  await onStep(5);
  await next();
  await page.locator('#conditions').fill(conditions);
  await onStep(6);
  await next();
  if (pupilActions) await page.locator('#pupil-actions').fill(pupilActions);
  if (teacherActions) await page.locator('#teacher-actions').fill(teacherActions);
  await onStep(7);
  await next();
  await page.getByTestId('own-words').fill(ownWords);
  await next();
  await page.getByTestId('save-goal').click();
}

/** The pupil names on the class page are exactly these, in this order (waits for them). */
export async function expectPupils(page, names) {
  await expect(page.getByTestId('pupil-tile').locator('.pupil-tile-name')).toHaveText(names);
}

/** Waits until every queued write has reached IndexedDB (the app marks <html data-saving>). */
export async function saved(page) {
  if (page.url().startsWith('http')) await expect(page.locator('html[data-saving]')).toHaveCount(0);
}

/** Writes entries into the app's IndexedDB exactly as given, as a damaged store, a hand edit
 *  or a newer app would leave them: `records` and `meta` map keys to stored values. */
export async function storeRaw(page, records = {}, meta = {}) {
  await page.evaluate(async ([records, meta]) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('groeipad'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const tx = db.transaction(['records', 'meta'], 'readwrite');
    for (const [k, v] of Object.entries(records)) tx.objectStore('records').put(v, k);
    for (const [k, v] of Object.entries(meta)) tx.objectStore('meta').put(v, k);
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    db.close();
  }, [records, meta]);
}

/** Reloads once everything is saved, as a teacher closing and reopening the tab would. */
export async function reload(page) {
  await saved(page);
  await page.reload();
}

/** From now on every read-write transaction aborts after its writes, and storage is almost
 *  full: what IndexedDB does when the device fills up at commit (see quota.spec.mjs). */
export async function fillUp(page) {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const req = put.apply(this, args);
      const tx = this.transaction;
      req.addEventListener('success', () => { try { tx.abort(); } catch { /* already ended */ } });
      return req;
    };
    const quota = 2_000_000_000;
    navigator.storage.estimate = async () => ({ usage: quota - 300_000, quota });
  });
}

/** axe-core over the whole page: no violations allowed. */
export async function expectNoA11yViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const sizes = { tablet: { width: 1024, height: 768 }, phone: { width: 390, height: 844 } };

/** Screenshots at tablet and phone size into screenshots/NAME-{tablet,phone}.png, and
 *  fails when the page scrolls sideways at either size (cramped or broken layout). Items
 *  the app lets the browser skip below the screen (`content-visibility: auto`) are laid
 *  out for this, so the whole-page picture and the sideways check cover them too. */
export async function look(page, name) {
  mkdirSync('screenshots', { recursive: true });
  const everything = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  for (const [label, size] of Object.entries(sizes)) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways on ${label}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
  }
  await everything.evaluate((el) => el.remove());
  await page.setViewportSize(sizes.tablet);
}
