// Journeys of classes and pupils: create, paste, reload, edit with autosave, archive, delete with undo.
import { test, expect } from '@playwright/test';
import { createClass, expectNoA11yViolations, look, openApp, pasteNames, expectPupils , reload, saved } from './support.mjs';

test('an empty app says what to do first', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('no-classes')).toContainText('Maak hieronder je eerste klas aan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('create a class, paste pupils, reload: everything is there', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await expect(page.getByTestId('no-pupils')).toBeVisible();
  await pasteNames(page, ['1. Anna de Vries', 'Bram', '', 'Sem Jansen', 'bram', 'Noor\tBakker']);
  const report = page.getByTestId('paste-report');
  await expect(report).toContainText('4 leerlingen toegevoegd');
  await expect(report).toContainText('“bram”');
  await expect(report).toContainText('regel 3');
  await expectPupils(page, ['Anna de Vries', 'Bram', 'Noor Bakker', 'Sem Jansen']);

  // Pasting again doubles nothing and says so.
  await pasteNames(page, ['Bram', 'Lotte']);
  await expect(page.getByTestId('paste-report')).toContainText('Al in de klas, niet opnieuw toegevoegd: “Bram”');
  await reload(page);
  await expectPupils(page, ['Anna de Vries', 'Bram', 'Lotte', 'Noor Bakker', 'Sem Jansen']);
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('class-card')).toContainText(['Groep 5a']);
  await expect(page.getByTestId('class-card')).toContainText('5 leerlingen');
});

test('bad names get a clear message and nothing is lost', async ({ page }) => {
  await createClass(page, 'Groep 6');
  const input = page.locator('#pupil-name');
  await input.fill('   ');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.locator('#pupil-name-error')).toHaveText('Vul een naam in.');
  await input.fill('Anna');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(input).toHaveValue('');
  await input.fill('anna');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.locator('#pupil-name-error')).toContainText('Er zit al een leerling met de naam “anna”');
  await expect(input).toHaveValue('anna');
  // A duplicate class name is refused too.
  await saved(page); await page.goto('/');
  await page.getByLabel('Naam van de klas').fill('groep 6');
  await page.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expect(page.locator('#class-error')).toContainText('Er bestaat al een klas met de naam');
});

test('from the class overview to a pupil in two taps, edit autosaves through a reload', async ({ page }) => {
  await createClass(page, 'Groep 4');
  await pasteNames(page, ['Anna de Vries', 'Bram']);
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();              // tap 1
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click(); // tap 2
  await expect(page.getByTestId('pupil-title')).toHaveText('Anna de Vries');

  await page.locator('#p-nick').fill('AdV');
  await page.locator('#support-general').selectOption('increased');
  await page.locator('#p-notes').fill('Dyslexie; leest graag met een liniaal.');
  await expect(page.getByTestId('save-state')).toContainText('Opgeslagen');
  // Close mid-edit (no save button anywhere) and come back.
  await reload(page);
  await expect(page.locator('#p-nick')).toHaveValue('AdV');
  await expect(page.locator('#support-general')).toHaveValue('increased');
  await expect(page.locator('#p-notes')).toHaveValue('Dyslexie; leest graag met een liniaal.');

  // An invalid edit is explained, not stored, and the typed text stays in the field.
  await page.locator('#p-name').fill('bram');
  await expect(page.getByTestId('pupil-error')).toContainText('al een leerling met de naam');
  await expect(page.locator('#p-name')).toHaveValue('bram');
  await page.locator('#p-name').fill('Anna de Vries-Jansen');
  await expect(page.getByTestId('pupil-error')).toBeHidden();
  await reload(page);
  await expect(page.getByTestId('pupil-title')).toHaveText('Anna de Vries-Jansen');
});

test('back from a pupil, the class page is where the teacher left it', async ({ page }) => {
  await createClass(page, 'Groep 6');
  await pasteNames(page, ['Anna de Vries', 'Bram', 'Sem', 'Noor', 'Lotte', 'Mohammed', 'Yara', 'Daan']);
  await reload(page);
  // Scrolled down to the class's details, at the bottom of the page (drawn after the
  // first screen's paint), then a pupil opened from there.
  await page.getByTestId('class-details').scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => scrollY);
  expect(y).toBeGreaterThan(300);
  await page.evaluate(() => document.querySelector('[data-testid="pupil-tile"]').click());
  await expect(page.getByTestId('pupil-title')).toHaveText('Anna de Vries');
  await expect(page.getByTestId('archive-toggle')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('class-title')).toHaveText('Groep 6');
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
  await expect(page.getByTestId('class-details')).toBeInViewport();
});

test('archive a pupil who left, restore, delete with undo', async ({ page }) => {
  await createClass(page, 'Groep 7');
  await pasteNames(page, ['Anna', 'Bram']);
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await page.getByTestId('archive-toggle').click();
  await expect(page.getByTestId('archived-badge')).toBeVisible();
  await page.getByRole('link', { name: /Groep 7/ }).click();
  await expectPupils(page, ['Bram']);
  await expect(page.getByTestId('archive').locator('summary')).toHaveText('Vertrokken leerlingen (archief) (1)');
  await page.getByTestId('archive').locator('summary').click();
  await page.getByTestId('archive').getByRole('button', { name: 'Terugzetten' }).click();
  await expectPupils(page, ['Anna', 'Bram']);
  await expect(page.getByTestId('archive').locator('summary')).toHaveText('Vertrokken leerlingen (archief) (0)');
  await expect(page.getByTestId('archive')).toContainText('Geen gearchiveerde leerlingen.');

  await page.getByTestId('pupil-tile').filter({ hasText: 'Bram' }).click();
  await page.getByTestId('delete-pupil').click();
  // The message follows the delete to the class page it leads to…
  await expect(page.getByTestId('class-page')).toBeVisible();
  await expect(page.getByTestId('toast')).toContainText('Leerling verwijderd');
  await expectPupils(page, ['Anna']);
  await page.getByTestId('undo').click();
  await expectPupils(page, ['Anna', 'Bram']);
  await reload(page);
  await expectPupils(page, ['Anna', 'Bram']);

  // …and stays with its screen: moving on to another screen takes it away.
  await page.getByTestId('pupil-tile').filter({ hasText: 'Anna' }).click();
  await page.getByTestId('archive-toggle').click();
  await expect(page.getByTestId('toast')).toContainText('gearchiveerd');
  await page.getByRole('link', { name: /Groep 7/ }).click();
  await expect(page.getByTestId('class-page')).toBeVisible();
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('delete a class with undo', async ({ page }) => {
  await createClass(page, 'Groep 8');
  await pasteNames(page, ['Anna', 'Bram']);
  await page.getByTestId('class-details').locator('summary').click();
  await page.getByTestId('delete-class').click();
  await expect(page.getByTestId('no-classes')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('class-card')).toContainText('2 leerlingen');
  await reload(page);
  await expect(page.getByTestId('class-card')).toContainText('Groep 8');
});

test('English is selectable in settings and remembered', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByTestId('lang-en').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await reload(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await saved(page); await page.goto('/');
  await expect(page.getByTestId('no-classes')).toContainText('Create your first class');
});

test('privacy mode shows nicknames or initials', async ({ page }) => {
  await createClass(page, 'Groep 3');
  await pasteNames(page, ['Anna de Vries']);
  await openApp(page, '/settings');
  await page.getByTestId('privacy-toggle').check();
  await saved(page); await page.goto('/');
  await page.getByTestId('class-card').first().click();
  await expectPupils(page, ['A.d.V.']);
});

test('two tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  await createClass(a, 'Groep 5b');
  const b = await context.newPage();
  await openApp(b, a.url());
  await pasteNames(a, ['Anna', 'Bram']);
  await expect(b.getByTestId('pupil-tile')).toHaveCount(2);
  await b.locator('#pupil-name').fill('Cas');
  await b.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(a.getByTestId('pupil-tile')).toHaveCount(3);
});

test('a class list from a CSV file (BOM, semicolons, quotes) or a spreadsheet paste: preview, confirm, undo', async ({ page }) => {
  await createClass(page, 'Groep 5');
  await pasteNames(page, ['Sem']);
  await page.getByTestId('class-list-import').locator('summary').click();
  // Excel's "CSV UTF-8": a byte-order mark, semicolons, a quoted name with a semicolon.
  const csv = '\uFEFFNaam;Roepnaam;Groep\r\nAnna de Vries;Ans;5\r\n"Bakker; Noor";;6\r\n;;\r\nsem;;\r\n';
  await page.getByTestId('class-list-file').setInputFiles({ name: 'klas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const preview = page.getByTestId('class-list-preview');
  await expect(preview).toContainText('Wordt toegevoegd: 2 leerlingen: “Anna de Vries”, “Bakker; Noor”.');
  await expect(preview).toContainText('Al in de klas, niet opnieuw toegevoegd: “sem”.');
  await expect(preview).toContainText('Lege regels overgeslagen (regel 4).');
  await expectNoA11yViolations(page, 'class list preview');
  await look(page, 'class-list-preview');
  // Nothing is added before the teacher confirms.
  await expectPupils(page, ['Sem']);
  await page.getByTestId('class-list-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('2 leerlingen toegevoegd uit de klassenlijst.');
  await expectPupils(page, ['Anna de Vries', 'Bakker; Noor', 'Sem']);
  await page.getByTestId('undo').click();
  await expectPupils(page, ['Sem']);

  // A file saved in Windows' own encoding ("Noé" in Latin-1) is refused, not mangled.
  await page.getByTestId('class-list-file').setInputFiles({ name: 'oud.csv', mimeType: 'text/csv', buffer: Buffer.from([0x4e, 0x6f, 0xe9, 0x0d, 0x0a]) });
  await expect(page.getByTestId('class-list-error')).toContainText('niet als UTF-8 opgeslagen');
  await expect(preview).toHaveCount(0);

  // Columns pasted from a spreadsheet (tabs), with split names.
  await page.locator('#class-list-paste').fill('Voornaam\tTussenvoegsel\tAchternaam\nNoé\tvan\tDijk\n');
  await page.getByTestId('class-list-read').click();
  await expect(preview).toContainText('“Noé van Dijk”');
  await page.getByTestId('class-list-confirm').click();
  await expectPupils(page, ['Noé van Dijk', 'Sem']);
  await reload(page);
  await expectPupils(page, ['Noé van Dijk', 'Sem']);
});

// An EDEXML export as ParnasSys and Esis write it (EDEX.XML; edustandaard.nl, EDEXML 2.1):
// school, groups with key, name and year group, pupils with their name parts and group.
const edexXml = `<?xml version="1.0" encoding="UTF-8"?>
<EDEX xmlns="http://www.edustandaard.nl/edex" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <school>
    <schooljaar>2026-2027</schooljaar>
    <brincode>00AA</brincode>
    <dependancecode>00</dependancecode>
    <aanmaakdatum>2026-12-01T10:00:00</aanmaakdatum>
    <auteur>ParnasSys</auteur>
    <xsdversie>2.1</xsdversie>
  </school>
  <groepen>
    <groep key="G4"><naam>Groep 4</naam><jaargroep>4</jaargroep></groep>
    <groep key="G5A"><naam>Groep 5a</naam><jaargroep>5</jaargroep></groep>
  </groepen>
  <leerlingen>
    <leerling key="1001">
      <achternaam>Vries</achternaam><voorvoegsel>de</voorvoegsel><voornamen>Anna Maria</voornamen>
      <voorletters-1>A.M.</voorletters-1><roepnaam>Anna</roepnaam>
      <geboortedatum>2018-03-04</geboortedatum><geslacht>2</geslacht><jaargroep>5</jaargroep>
      <groep key="G5A"/>
    </leerling>
    <leerling key="1002">
      <achternaam>Jansen</achternaam><voornamen>Pim</voornamen><roepnaam>Pim</roepnaam>
      <geboortedatum>2019-05-06</geboortedatum><geslacht>1</geslacht><jaargroep>4</jaargroep>
      <groep key="G4"/>
    </leerling>
    <leerling key="1003">
      <achternaam>Berg</achternaam><voorvoegsel>van der</voorvoegsel><voornamen>Noé</voornamen>
      <geboortedatum>2018-01-02</geboortedatum><geslacht>1</geslacht><jaargroep>5</jaargroep>
      <groep key="G5A"/>
    </leerling>
  </leerlingen>
  <leerkrachten>
    <leerkracht key="L1"><achternaam>Smit</achternaam><roepnaam>Els</roepnaam><groepen><groep key="G5A"/></groepen></leerkracht>
  </leerkrachten>
</EDEX>`;

test('a class list from an EDEXML export of ParnasSys or Esis: the class\'s own group, another on request', async ({ page }) => {
  await createClass(page, 'Groep 5a');
  await page.getByTestId('class-list-import').locator('summary').click();
  await page.getByTestId('class-list-file').setInputFiles({ name: 'EDEX.XML', mimeType: 'text/xml', buffer: Buffer.from(edexXml, 'utf8') });
  const preview = page.getByTestId('class-list-preview');
  // The group named as the class is taken; the roepnaam leads the name.
  await expect(page.getByTestId('class-list-group')).toHaveValue('G5A');
  await expect(preview).toContainText('Wordt toegevoegd: 2 leerlingen: “Anna de Vries”, “Noé van der Berg”.');
  await expectNoA11yViolations(page, 'class list from EDEXML');
  await look(page, 'class-list-edexml');
  await page.getByTestId('class-list-group').selectOption('G4');
  await expect(preview).toContainText('Wordt toegevoegd: 1 leerling: “Pim Jansen”.');
  await page.getByTestId('class-list-group').selectOption('G5A');
  await page.getByTestId('class-list-confirm').click();
  await expectPupils(page, ['Anna de Vries', 'Noé van der Berg']);
  await reload(page);
  await expectPupils(page, ['Anna de Vries', 'Noé van der Berg']);
  // Another XML file is refused, nothing changes.
  await page.getByTestId('class-list-import').locator('summary').click();
  await page.getByTestId('class-list-file').setInputFiles({ name: 'other.xml', mimeType: 'text/xml', buffer: Buffer.from('<?xml version="1.0"?><svg/>', 'utf8') });
  await expect(page.getByTestId('class-list-error')).toContainText('geen EDEXML-export');
  await expectPupils(page, ['Anna de Vries', 'Noé van der Berg']);
});
