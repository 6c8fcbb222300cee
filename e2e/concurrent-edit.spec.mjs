// One pupil (and one class) open in two tabs: a form saves only the fields the teacher
// changed, shows what the other tab saved, and where both changed the same field it
// keeps the teacher's text and asks which version to keep. Nothing is lost silently.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, reload, saved } from './support.mjs';

const NOTES_A = 'Dyslexie; leest graag met een liniaal.';
const NOTES_B = 'Werkt goed samen met Bram.';

/** A tab that misses the other tabs' messages, like a tab the browser had frozen:
 *  its book is stale until one of its own writes meets a newer record. */
async function deaf(page) {
  await page.addInitScript(() => {
    Object.defineProperty(BroadcastChannel.prototype, 'onmessage', { set() {}, get() { return null; }, configurable: true });
  });
}

/** Tab A makes a class with Anna and opens her page; tab B opens the same page. */
async function annaInTwoTabs(context, { bIsDeaf = false } = {}) {
  const a = await context.newPage();
  await createClass(a, 'Groep 5a');
  await pasteNames(a, ['Anna de Vries', 'Bram']);
  await a.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(a.getByTestId('pupil-title')).toHaveText('Anna de Vries');
  const b = await context.newPage();
  if (bIsDeaf) await deaf(b);
  await openApp(b, a.url());
  await expect(b.getByTestId('pupil-title')).toHaveText('Anna de Vries');
  return { a, b };
}

async function expectStored(page, { notes, nick }) {
  await reload(page);
  await expect(page.locator('#p-notes')).toHaveValue(notes);
  await expect(page.locator('#p-nick')).toHaveValue(nick);
}

test('notes saved in tab A survive a nickname change in tab B, and B shows them', async ({ context }) => {
  const { a, b } = await annaInTwoTabs(context);
  await a.locator('#p-notes').fill(NOTES_A);
  await saved(a);
  await expect(a.getByTestId('save-state')).toContainText('Opgeslagen');
  // B never reloads by hand: its form shows A's notes, not the old empty ones.
  await expect(b.locator('#p-notes')).toHaveValue(NOTES_A);
  await expect(b.getByTestId('save-state')).toContainText('Opgeslagen');
  await b.locator('#p-nick').fill('AdV');
  await saved(b);
  await expect(a.locator('#p-nick')).toHaveValue('AdV');
  await expect(a.locator('#p-notes')).toHaveValue(NOTES_A);
  for (const page of [a, b]) await expectStored(page, { notes: NOTES_A, nick: 'AdV' });
});

test('a tab that missed the other tab\'s save still keeps both edits', async ({ context }) => {
  const { a, b } = await annaInTwoTabs(context, { bIsDeaf: true });
  await a.locator('#p-notes').fill(NOTES_A);
  await saved(a);
  await expect(b.locator('#p-notes')).toHaveValue('');          // B did not hear of it
  await b.locator('#p-nick').fill('AdV');
  // B's write met A's newer record: B says so, loads it and writes its nickname again.
  await expect(b.getByTestId('toast')).toContainText('in een ander tabblad gewijzigd');
  await expect(b.locator('#p-notes')).toHaveValue(NOTES_A);
  await expect(b.locator('#p-nick')).toHaveValue('AdV');
  await expect(b.getByTestId('save-state')).toContainText('Opgeslagen');
  await expect(b.getByTestId('p-nick-elsewhere')).toBeEmpty();
  for (const page of [a, b]) await expectStored(page, { notes: NOTES_A, nick: 'AdV' });
});

test('both tabs change the support notes: B sees both versions and chooses', async ({ context }) => {
  const { a, b } = await annaInTwoTabs(context, { bIsDeaf: true });
  await a.locator('#p-notes').fill(NOTES_A);
  await saved(a);
  await b.locator('#p-notes').fill(NOTES_B);
  const notice = b.getByTestId('p-notes-elsewhere');
  await expect(notice).toContainText(`Dit veld is intussen in een ander tabblad gewijzigd in: «${NOTES_A}». Welke versie wil je houden?`);
  await expect(b.locator('#p-notes')).toHaveValue(NOTES_B);       // the teacher's text stays
  await expect(b.getByTestId('save-state')).not.toContainText('Opgeslagen');
  await expectNoA11yViolations(b, 'pupil page with a field changed in another tab');
  await look(b, 'pupil-conflict');

  // Keep mine (from the keyboard): B's notes are saved and A's tab shows them.
  await notice.getByRole('button', { name: 'Mijn versie houden' }).focus();
  await b.keyboard.press('Enter');
  await expect(notice).toBeEmpty();
  await expect(b.locator('#p-notes')).toBeFocused();
  await saved(b);
  await expect(b.getByTestId('save-state')).toContainText('Opgeslagen');
  await expect(a.locator('#p-notes')).toHaveValue(NOTES_B);
  await expectStored(a, { notes: NOTES_B, nick: '' });

  // Again, and now take the other version.
  const NOTES_A2 = `${NOTES_B} Leest elke dag tien minuten.`;
  await a.locator('#p-notes').fill(NOTES_A2);
  await saved(a);
  await b.locator('#p-notes').fill(`${NOTES_B} Houdt van rekenen.`);
  await expect(notice).toContainText(`«${NOTES_A2}»`);
  await notice.getByRole('button', { name: 'Andere versie nemen' }).click();
  await expect(notice).toBeEmpty();
  await expect(b.locator('#p-notes')).toHaveValue(NOTES_A2);
  await expect(b.getByTestId('save-state')).toContainText('Opgeslagen');
  for (const page of [a, b]) await expectStored(page, { notes: NOTES_A2, nick: '' });
});

test('the class details: each tab saves only its own field', async ({ context }) => {
  const a = await context.newPage();
  await createClass(a, 'Groep 6b');
  const b = await context.newPage();
  await openApp(b, a.url());
  for (const page of [a, b]) await page.getByTestId('class-details').locator('summary').click();
  await a.locator('#edit-class-year').fill('2026-2027');
  await saved(a);
  await expect(b.locator('#edit-class-year')).toHaveValue('2026-2027');
  await b.locator('#edit-class-name').fill('Groep 6c');
  await saved(b);
  await expect(a.locator('#edit-class-name')).toHaveValue('Groep 6c');
  for (const page of [a, b]) {
    await reload(page);
    await expect(page.getByTestId('class-title')).toHaveText('Groep 6c');
    await page.getByTestId('class-details').locator('summary').click();
    await expect(page.locator('#edit-class-year')).toHaveValue('2026-2027');
  }
});
