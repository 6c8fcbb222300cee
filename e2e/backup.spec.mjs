// Backups: export, import into a fresh profile, and bad files that change nothing.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, expectPupils , reload, saved } from './support.mjs';

const out = 'e2e/.out';
mkdirSync(out, { recursive: true });

async function exportBackup(page) {
  await openApp(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^groeipad-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = `${out}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

async function chooseFile(page, path) {
  await page.getByTestId('import-file').setInputFiles(path);
}

test('export then import into a fresh browser profile gives the same data', async ({ page, browser }) => {
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna de Vries', 'Bram', 'Sem']);
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await page.locator('#p-notes').fill('Dyslexie — “liniaal” ✓');
  await expect(page.getByTestId('save-state')).toContainText('Opgeslagen');
  await createClass(page, '3de leerjaar B', 'vl-3');
  const path = await exportBackup(page);
  await expect(page.getByTestId('last-backup')).not.toHaveText('nog nooit');

  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.app).toBe('groeipad');
  expect(file.schema_version).toBe(8);
  expect(file.exported_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(file.data.records).toHaveLength(5);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, '/settings');
  await chooseFile(other, path);
  await expect(other.getByTestId('import-preview')).toContainText('2 klassen, 3 leerlingen');
  await other.getByTestId('import-confirm').click();
  await saved(other); await other.goto('/');
  await expect(other.getByTestId('class-card')).toHaveCount(2);
  await other.getByTestId('class-card').filter({ hasText: 'Groep 5a' }).click();
  await expectPupils(other, ['Anna de Vries', 'Bram', 'Sem']);
  await other.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(other.locator('#p-notes')).toHaveValue('Dyslexie — “liniaal” ✓');
  // The second export is the same data as the first.
  const again = JSON.parse(readFileSync(await exportBackup(other), 'utf8'));
  const sorted = (r) => [...r].sort((x, y) => (x.data.id < y.data.id ? -1 : 1));
  expect(sorted(again.data.records)).toEqual(sorted(file.data.records));
  await fresh.close();
});

test('import can be cancelled, and undone after replacing', async ({ page }) => {
  await createClass(page, 'Oud');
  const path = await exportBackup(page);
  await openApp(page, '/');
  await createClass(page, 'Nieuw');
  await openApp(page, '/settings');
  await chooseFile(page, path);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('toast')).toContainText('Er is niets veranderd');
  await chooseFile(page, path);
  await page.getByTestId('import-confirm').click();
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('class-card')).toHaveCount(1);
  // Undo is offered in the toast for a while; use it from the settings page.
  await openApp(page, '/settings');
  await chooseFile(page, path);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('undo').click();
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('class-card')).toHaveCount(1);
});

test('an encrypted backup: a wrong password changes nothing, the right one brings the data back in a fresh profile', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna de Vries', 'Bram']);
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await page.locator('#p-notes').fill('Dyslexie — leest met liniaal');
  await expect(page.getByTestId('save-state')).toContainText('Opgeslagen');
  // Support notes stored: the reminder and the backup section suggest a password.
  await openApp(page, '/');
  await expect(page.getByTestId('backup-reminder-encrypt')).toContainText('zorgnotities');
  await openApp(page, '/settings');
  await expect(page.getByTestId('backup-crypto-hint')).toContainText('zorgnotities');
  await page.getByTestId('backup-protect').check();
  await expect(page.getByTestId('export')).toHaveText('Versleutelde back-up downloaden');
  // Too short, then two different ones: said in words, nothing downloaded.
  await page.getByLabel('Wachtwoord (minstens 8 tekens)').fill('kort');
  await page.getByLabel('Herhaal het wachtwoord').fill('kort');
  await page.getByTestId('export').click();
  await expect(page.getByTestId('backup-passphrase-error')).toHaveText('Het wachtwoord heeft 4 tekens; kies er minstens 8.');
  await page.getByTestId('backup-passphrase').fill('paard batterij nietje');
  await page.getByTestId('backup-passphrase-repeat').fill('paard batterij nietje!');
  await page.getByTestId('export').click();
  await expect(page.getByTestId('backup-passphrase-error')).toContainText('De twee wachtwoorden verschillen');
  await page.getByTestId('backup-passphrase-repeat').fill('paard batterij nietje');
  await expectNoA11yViolations(page, 'backup export with a password');
  await look(page, 'backup-encrypted');
  const download = page.waitForEvent('download');
  // Keyboard: Enter in the repeat field submits the form.
  await page.getByTestId('backup-passphrase-repeat').press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^groeipad-backup-\d{4}-\d{2}-\d{2}-versleuteld\.json$/);
  const path = `${out}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  await expect(page.getByTestId('toast')).toContainText('Versleutelde back-up gedownload');
  await expect(page.getByTestId('backup-passphrase')).toHaveValue('');
  await expect(page.getByTestId('last-backup')).not.toHaveText('nog nooit');
  const text = readFileSync(path, 'utf8');
  const sealed = JSON.parse(text);
  expect([sealed.app, sealed.kind, sealed.version]).toEqual(['groeipad', 'encrypted', 1]);
  expect(sealed.kdf.name).toBe('PBKDF2-SHA256');
  expect(sealed.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  expect(Buffer.from(sealed.kdf.salt, 'base64')).toHaveLength(16);
  expect(sealed.cipher.name).toBe('AES-256-GCM');
  expect(Buffer.from(sealed.cipher.nonce, 'base64')).toHaveLength(12);
  for (const secret of ['Anna de Vries', 'Dyslexie', 'Groep 5a', 'schema_version']) expect(text).not.toContain(secret);

  // A fresh profile with a class of its own.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await createClass(other, 'Eigen klas');
  await openApp(other, '/settings');
  const stillMine = async () => {
    await saved(other); await other.goto('/');
    await expect(other.getByTestId('class-card')).toHaveCount(1);
    await expect(other.getByTestId('class-card')).toContainText('Eigen klas');
    await openApp(other, '/settings');
  };
  // A newer envelope is refused before any password is asked.
  const newer = `${out}/encrypted-newer.json`;
  writeFileSync(newer, JSON.stringify({ ...sealed, version: 2 }));
  await chooseFile(other, newer);
  await expect(other.getByTestId('import-error')).toContainText('nieuwere versie van Groeipad');
  await expect(other.getByTestId('import-passphrase-form')).toHaveCount(0);
  // The wrong password: said so, nothing changed.
  await chooseFile(other, path);
  await expect(other.getByTestId('import-passphrase')).toBeFocused();
  await expectNoA11yViolations(other, 'the password prompt of an encrypted backup');
  await other.getByLabel('Wachtwoord van de back-up').fill('paard batterij');
  // The page keeps drawing while the key is derived (WebCrypto, off the page's thread):
  // no gap between frames comes near the time the derivation takes.
  await other.evaluate(() => {
    window.__frames = { gaps: [], run: true, t0: performance.now() };
    let last = performance.now();
    const tick = (t) => { window.__frames.gaps.push(t - last); last = t; if (window.__frames.run) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await other.getByTestId('import-passphrase-open').click();
  await expect(other.getByTestId('import-passphrase-error')).toContainText('Dit wachtwoord past niet bij deze back-up. Er is niets veranderd.');
  const frames = await other.evaluate(() => {
    window.__frames.run = false;
    return { took: performance.now() - window.__frames.t0, longest: Math.max(...window.__frames.gaps) };
  });
  expect(frames.longest, `longest frame gap while opening (took ${Math.round(frames.took)} ms)`).toBeLessThan(Math.max(100, frames.took * 0.8));
  await expect(other.getByTestId('import-preview')).toHaveCount(0);
  await look(other, 'backup-encrypted-prompt');
  await stillMine();
  // A changed byte in the ciphertext fails the same check, with the right password.
  const tampered = `${out}/encrypted-tampered.json`;
  const flipped = sealed.ciphertext[20] === 'A' ? 'B' : 'A';
  writeFileSync(tampered, JSON.stringify({ ...sealed, ciphertext: sealed.ciphertext.slice(0, 20) + flipped + sealed.ciphertext.slice(21) }));
  await chooseFile(other, tampered);
  await other.getByTestId('import-passphrase').fill('paard batterij nietje');
  await other.getByTestId('import-passphrase-open').click();
  await expect(other.getByTestId('import-passphrase-error')).toContainText('beschadigd of aangepast');
  await stillMine();
  // The right password: the ordinary preview, then the data.
  await chooseFile(other, path);
  await other.getByTestId('import-passphrase').fill('paard batterij nietje');
  await other.getByTestId('import-passphrase').press('Enter');
  await expect(other.getByTestId('import-preview')).toContainText('1 klas, 2 leerlingen', { timeout: 20_000 });
  await expect(other.getByTestId('import-passphrase-form')).toHaveCount(0);
  await other.getByTestId('import-confirm').click();
  await expect(other.getByTestId('toast')).toContainText('Back-up teruggezet');
  await saved(other); await other.goto('/');
  await expect(other.getByTestId('class-card')).toHaveCount(1);
  await other.getByTestId('class-card').filter({ hasText: 'Groep 5a' }).click();
  await expectPupils(other, ['Anna de Vries', 'Bram']);
  await other.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await expect(other.locator('#p-notes')).toHaveValue('Dyslexie — leest met liniaal');
  await fresh.close();
});

const bad = {
  'not JSON': ['garbage{', 'beschadigd of onvolledig'],
  truncated: [null, 'beschadigd of onvolledig'],
  foreign: [JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), 'Dit is geen back-up van Groeipad'],
  'newer version': [null, 'nieuwere versie van Groeipad'],
  // A name longer than the form allows would break every screen that shows it.
  'too long name': [null, 'Leerling 2 in de back-up heeft een naam van 10000 tekens'],
  // "Noé" saved by another program in Latin-1: refused, not read as "No�".
  'not UTF-8': [null, 'geen geldige tekst (UTF-8)'],
  'text version': [null, 'het versienummer is geen geheel getal'],
  // Two measurements of Anna's goal and a third of a goal that is not in the file.
  'dangling reference': [null, 'Meting 3 in de back-up hoort bij een doel dat niet in het bestand staat'],
  // "26-01-01": 1926, 2026 or the year 26? Refused, not read as the year 26.
  'two-digit year': [null, 'in de back-up heeft een datum “26-'],
};

/** The backup with a goal of the first pupil, two measurements of it and one of a missing goal. */
function withDanglingMeasurement(good) {
  const file = JSON.parse(good);
  const pupil = file.data.records.find((r) => r.kind === 'pupil').data.id;
  const goal = {
    id: 'g1', pupil_id: pupil, domain: 'Reading',
    measure: { name: 'DMT', unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
    baseline: { value: 40, date: '2026-10-01' }, target: 50, target_date: '2026-11-26',
    confirmations: 1, created_on: '2026-10-01',
  };
  const measurement = (id, goal_id, value) => ({ kind: 'measurement', data: { id, goal_id, value, date: '2026-10-08', note: '' } });
  file.data.records.push({ kind: 'goal', data: goal }, measurement('m1', 'g1', 42), measurement('m2', 'g1', 44), measurement('m3', 'verdwenen', 46));
  return JSON.stringify(file, null, 2);
}

for (const [name, [content, message]] of Object.entries(bad)) {
  test(`a ${name} backup gives a clear message and changes nothing`, async ({ page }) => {
    await createClass(page, 'Groep 5a');
    await pasteNames(page, ['Anna', 'Bram']);
    const good = readFileSync(await exportBackup(page), 'utf8');
    let text = content;
    if (name === 'truncated') text = good.slice(0, Math.floor(good.length / 2));
    if (name === 'newer version') text = good.replace(/"schema_version": \d+/, '"schema_version": 99');
    if (name === 'too long name') text = good.replace('"name": "Bram"', `"name": "${'B'.repeat(10_000)}"`);
    if (name === 'text version') text = good.replace(/"schema_version": (\d+)/, '"schema_version": "$1"');
    if (name === 'dangling reference') text = withDanglingMeasurement(good);
    if (name === 'two-digit year') text = good.replace(/"created_on": "\d{4}-(\d{2})-(\d{2})"/, '"created_on": "26-$1-$2"');
    const path = `${out}/bad-${name.replace(/ /g, '-')}.json`;
    if (name === 'not UTF-8') {
      const [before, after] = good.split('"name": "Bram"');
      writeFileSync(path, Buffer.concat([Buffer.from(before + '"name": "No'), Buffer.from([0xe9]), Buffer.from('"' + after)]));
    } else {
      writeFileSync(path, text);
    }
    await chooseFile(page, path);
    await expect(page.getByTestId('import-error')).toContainText(message);
    await expect(page.getByTestId('import-error')).toContainText('Er is niets veranderd');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    if (name === 'dangling reference') {
      await expectNoA11yViolations(page, 'a refused backup');
      await look(page, 'backup-refused');
    }
    await saved(page); await page.goto('/');
    await page.getByTestId('class-card').click();
    await expectPupils(page, ['Anna', 'Bram']);
  });
}

test('the home screen reminds to back up until a backup is made', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await createClass(page, 'Groep 5a');
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('backup-reminder')).toContainText('nog nooit een back-up');
  await exportBackup(page);
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('a backup with another teacher PIN: the preview says so, the PIN in use stays unless chosen with it', async ({ page }) => {
  test.setTimeout(180_000);
  const setPin = async (current, pin) => {
    if (current) await page.getByTestId('pin-current').fill(current);
    await page.getByTestId('pin-new').fill(pin);
    await page.getByTestId('pin-repeat').fill(pin);
    await page.getByTestId('pin-save').click();
    await expect(page.getByTestId('pin-new')).toHaveValue('', { timeout: 30_000 });
    await saved(page);
  };
  const unlocksWith = async (pin) => {
    await page.getByTestId('lock-now').click();
    await expect(page.getByTestId('lock-screen')).toBeVisible();
    await page.getByTestId('pin-input').fill(pin);
    await page.getByTestId('pin-submit').click();
  };
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna']);
  // A backup made with PIN 1357, then the PIN in use becomes 2468.
  await openApp(page, '/settings');
  await setPin(null, '1357');
  const other = await exportBackup(page);
  await setPin('1357', '2468');

  // Restored as is: the preview says the PINs differ, and 2468 stays.
  await chooseFile(page, other);
  await expect(page.getByTestId('import-pin')).toContainText('andere pincode');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Back-up teruggezet');
  await saved(page);
  await unlocksWith('1357');
  await expect(page.getByTestId('pin-error')).toContainText('klopt niet', { timeout: 20_000 });
  await page.getByTestId('pin-input').fill('2468');
  await page.getByTestId('pin-submit').click();
  await expect(page.getByTestId('settings-page')).toBeVisible({ timeout: 20_000 });

  // Choosing the file's PIN asks for the one in use: a wrong one changes nothing.
  await chooseFile(page, other);
  await page.getByTestId('import-use-file-pin').check();
  await page.getByTestId('import-current-pin').fill('0000');
  await expectNoA11yViolations(page, 'import preview with the PIN choice');
  await look(page, 'import-pin-preview');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-pin-error')).toContainText('klopt niet', { timeout: 20_000 });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-current-pin').fill('2468');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0, { timeout: 20_000 });
  await saved(page);
  await unlocksWith('1357');
  await expect(page.getByTestId('settings-page')).toBeVisible({ timeout: 20_000 });
});
