import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_SCREENSHOTS, adminUrl, startAdminSession } from './support/admin-panel';
import { cmsOrigin } from './support/browser';
import { findAxeViolations, formatViolations } from './support/axe';
import type { CmsAdmin } from './support/cms-admin';
import { eventually } from './support/wait';

/**
 * An editor builds a form in the German admin panel without JSON: a step
 * with a yes/no question and a long text shown only on "Ja", a status,
 * everything translated into Arabic beside the German text; the stored
 * definition is exactly what was built. Public comments are off until an
 * editor chooses their fields by German label.
 */
const FORM_UID = 'plugin::teilhabe.form';
/** The builder's own markup inside the content manager's edit view. */
const BUILDER = 'section[aria-labelledby="definition-builder-label"]';

let browser: Browser;
let page: Page;
let admin: CmsAdmin;
const created: string[] = [];

beforeAll(async () => {
  ({ browser, page, admin } = await startAdminSession());
});

afterAll(async () => {
  for (const documentId of created) {
    await admin.delete(FORM_UID, documentId);
  }
  await browser?.close();
});

/** The input of a place in the builder, by its dotted path (see `dom-ids.ts`). */
const at = (place: string) => page.locator(`#form-builder-${place.replace(/\./g, '-')}`);

const fillFormTexts = async (slug: string) => {
  await page.locator('input[name=slug]').fill(slug);
  await page.locator('[name="title.de"]').fill('Anmeldung zur Kinderbetreuung (Test)');
  await page.locator('[name="intro.de"]').fill('Melden Sie Ihr Kind an.');
  await page.locator('[name="privacyNotice.de"]').fill('Die Stadt verarbeitet Ihre Angaben.');
  await page.locator('[name="confirmation.de"]').fill('Danke, wir melden uns.');
  await page.locator('input[name=legalBasis]').fill('Art. 6 Abs. 1 lit. e DSGVO');
};

const addField = async (type: string) => {
  await page.getByRole('button', { name: 'Feld hinzufügen' }).click();
  await page.getByRole('menuitem', { name: type, exact: true }).click();
};

/** A screenshot of the admin with one place of the builder scrolled to the top, for a look by eye. */
const shoot = async (selector: string, file: string) => {
  await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, file) });
};

const chooseTranslation = async (option: RegExp) => {
  await page.getByRole('combobox', { name: 'Übersetzen in' }).click();
  await page.getByRole('option', { name: option }).click();
};

test('a form with a condition is built and translated into Arabic without JSON', async () => {
  await page.goto(adminUrl(`/content-manager/collection-types/${FORM_UID}/create`));
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).waitFor();
  expect(await page.locator('.cm-editor, [data-language=json]').count()).toBe(0);
  await fillFormTexts(`test-formular-${randomBytes(3).toString('hex')}`);

  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  await at('steps.0.title.de').fill('Familie');
  await addField('Ja/Nein');
  await at('steps.0.fields.0.label.de').fill('Haben Sie Kinder?');
  await at('steps.0.fields.0.purpose').fill('Bedarf an Kinderbetreuung');
  expect(await at('steps.0.fields.0.key').inputValue()).toBe('habenSieKinder');
  await addField('Langtext');
  await at('steps.0.fields.1.label.de').fill('Angaben zu Ihren Kindern');
  await at('steps.0.fields.1.purpose').fill('Platzvergabe nach Alter');
  await page.getByRole('button', { name: 'Nur anzeigen, wenn …' }).click();
  const condition = at('steps.0.fields.1.condition');
  expect(await condition.getByRole('combobox', { name: 'Feld' }).textContent()).toContain(
    'Haben Sie Kinder?'
  );
  expect(await condition.getByRole('combobox', { name: 'Vergleich' }).textContent()).toContain(
    'ist'
  );
  expect(await condition.getByRole('combobox', { name: 'Wert' }).textContent()).toContain('Ja');

  await page.getByRole('button', { name: 'Status hinzufügen' }).click();
  await at('statuses.0.label.de').fill('Eingegangen');
  await at('statuses.0.message.de').fill('Wir haben Ihre Anmeldung erhalten.');
  await page
    .getByText('Mindestens ein Status muss den Vorgang abschließen', { exact: false })
    .first()
    .waitFor();
  await page.getByRole('checkbox', { name: 'Schließt den Vorgang ab' }).click();
  await page.getByText('Das Formular ist vollständig.').waitFor();
  await shoot('#form-builder-steps', 'form-builder-de.png');

  await chooseTranslation(/العربية.*5 Texte fehlen/);
  const arabic = {
    'steps.0.title': 'العائلة',
    'steps.0.fields.0.label': 'هل لديك أطفال؟',
    'steps.0.fields.1.label': 'معلومات عن أطفالك',
    'statuses.0.label': 'تم الاستلام',
    'statuses.0.message': 'لقد استلمنا طلب التسجيل.',
  };
  for (const [place, text] of Object.entries(arabic)) {
    const input = at(`${place}.ar`);
    expect(await input.getAttribute('dir')).toBe('rtl');
    expect(await input.getAttribute('lang')).toBe('ar');
    expect(await at(`${place}.de`).getAttribute('readonly')).not.toBeNull();
    await input.fill(text);
  }
  await shoot('#form-builder-steps-0', 'form-builder-translate-ar.png');
  await page.getByRole('combobox', { name: 'Übersetzen in' }).click();
  await page.getByRole('option', { name: /العربية.*vollständig/ }).waitFor();
  await page.keyboard.press('Escape');

  const violations = (await findAxeViolations(page, BUILDER)).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical'
  );
  expect(formatViolations(violations)).toBe('');

  await page.getByRole('button', { name: 'Speichern' }).click();
  await page
    .getByText(/Gespeichert|Saved/)
    .first()
    .waitFor({ timeout: 10_000 });
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  const documentId = page.url().split('?')[0]?.split('/').pop() ?? '';
  created.push(documentId);

  const stored = await admin.document(FORM_UID, documentId);
  expect(stored.definition).toEqual({
    steps: [
      {
        key: 'familie',
        title: { de: 'Familie', ar: arabic['steps.0.title'] },
        fields: [
          {
            type: 'yesNo',
            key: 'habenSieKinder',
            label: { de: 'Haben Sie Kinder?', ar: arabic['steps.0.fields.0.label'] },
            required: false,
            purpose: 'Bedarf an Kinderbetreuung',
          },
          {
            type: 'longText',
            key: 'angabenZuIhrenKindern',
            label: { de: 'Angaben zu Ihren Kindern', ar: arabic['steps.0.fields.1.label'] },
            required: false,
            purpose: 'Platzvergabe nach Alter',
            maxLength: 2000,
            condition: { field: 'habenSieKinder', operator: 'equals', value: true },
          },
        ],
      },
    ],
    statuses: [
      {
        code: 'eingegangen',
        label: { de: 'Eingegangen', ar: arabic['statuses.0.label'] },
        message: { de: 'Wir haben Ihre Anmeldung erhalten.', ar: arabic['statuses.0.message'] },
        closesCase: true,
      },
    ],
    onePerPage: false,
    askForInterpreter: false,
  });
});

test('the draft is previewed in the portal from the admin, in Arabic too, and never sent', async () => {
  const documentId = created[0];
  expect(documentId).toBeDefined();
  await page.goto(adminUrl(`/content-manager/collection-types/${FORM_UID}/${documentId!}`));
  await page
    .getByRole('link', { name: 'Vorschau öffnen' })
    .or(page.getByRole('button', { name: 'Vorschau öffnen' }))
    .first()
    .click();
  // The admin shows the portal's draft preview in a frame (the portal allows its origin).
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('form-preview').waitFor({ timeout: 30_000 });
  // The draft's first step, which no published form has.
  await expect(frame.locator('h1').first().textContent()).resolves.toBe('Familie');
  const previewUrl = await page.locator('iframe').getAttribute('src');
  expect(previewUrl).toMatch(/\/de\/formulare\/[a-z0-9-]+\?vorschau=/);
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, 'form-preview.png') });

  // The same link without JavaScript, on a phone, switched to Arabic, to the end.
  const resident = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  try {
    const preview = await resident.newPage();
    await preview.goto(previewUrl!, { waitUntil: 'load' });
    await preview.getByTestId('form-preview').waitFor();
    await Promise.all([
      preview.waitForNavigation({ waitUntil: 'load' }),
      preview.locator('button[formaction^="/ar/"]').click(),
    ]);
    expect(preview.url()).toContain('/ar/formulare/');
    await expect(preview.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await preview.getByTestId('form-preview').waitFor();
    // After a posted step the address still carries the token, so the header's
    // language links stay in the preview.
    expect(new URL(preview.url()).searchParams.get('vorschau')).toBeTruthy();
    await Promise.all([
      preview.waitForNavigation({ waitUntil: 'load' }),
      preview.locator('.language-switcher a[hreflang="de"]').click(),
    ]);
    expect(preview.url()).toContain('/de/formulare/');
    await preview.getByTestId('form-preview').waitFor();
  } finally {
    await resident.close();
  }
  // axe runs in the page, so in a context with JavaScript: the Arabic preview.
  const checker = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const arabic = await checker.newPage();
    await arabic.goto(previewUrl!.replace('/de/formulare/', '/ar/formulare/'), {
      waitUntil: 'load',
    });
    await arabic.getByTestId('form-preview').waitFor();
    const violations = (await findAxeViolations(arabic)).filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical'
    );
    expect(formatViolations(violations)).toBe('');
  } finally {
    await checker.close();
  }
  // Nothing was published: the public API knows no form of that slug.
  const slug = new URL(previewUrl!).pathname.split('/').at(-1)!;
  const published = await fetch(`${cmsOrigin()}/api/teilhabe/forms/${slug}`, {
    signal: AbortSignal.timeout(10_000),
  });
  expect(published.status).toBe(404);
}, 90_000);

test('the error summary names the place in German and opens it', async () => {
  await page.goto(adminUrl(`/content-manager/collection-types/${FORM_UID}/create`));
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  await addField('Kurztext');
  await at('steps.0.fields.0.label.de').fill('Vorname');
  const card = page.locator('button[aria-controls="form-builder-steps-0-fields-0-body"]');
  expect(await card.getAttribute('aria-expanded')).toBe('true');
  expect(await card.textContent()).toBe('Feld 1KurztextVornamevornameFehler');
  await card.click();
  expect(await card.getAttribute('aria-expanded')).toBe('false');
  expect(await at('steps.0.fields.0.purpose').count()).toBe(0);

  const summary = page.getByRole('region', { name: /Das Formular hat noch \d+ Fehler/ });
  const purposeError = summary.getByRole('button', {
    name: 'Schritt 1 › Feld 1 „Vorname“ › Zweck der Erhebung: Bitte ausfüllen.',
  });
  await purposeError.click();
  await at('steps.0.fields.0.purpose').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(
    'form-builder-steps-0-fields-0-purpose'
  );
  expect(await summary.textContent()).not.toMatch(/too_small|invalid|purpose|steps\./);
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, 'form-builder-errors-de.png') });
});

test('public comments are off by default and chosen from the form’s own fields by their German labels', async () => {
  await page.goto(adminUrl(`/content-manager/collection-types/${FORM_UID}/create`));
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).waitFor();
  await fillFormTexts(`test-rueckmeldung-${randomBytes(3).toString('hex')}`);
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  await at('steps.0.title.de').fill('Rückmeldung');
  const fields = [
    ['Kurztext', 'Zu welchem Kapitel?', 'Kapitel des Kommentars'],
    ['Langtext', 'Ihre Rückmeldung', 'Text des Kommentars'],
    ['Einwilligung', 'Ich bin mit der Veröffentlichung einverstanden.', 'Einwilligung'],
  ] as const;
  for (const [index, [type, label, purpose]] of fields.entries()) {
    await addField(type);
    await at(`steps.0.fields.${index}.label.de`).fill(label);
    await at(`steps.0.fields.${index}.purpose`).fill(purpose);
  }
  await page.getByRole('button', { name: 'Status hinzufügen' }).click();
  await at('statuses.0.label.de').fill('Eingegangen');
  await at('statuses.0.message.de').fill('Danke für Ihre Rückmeldung.');
  await page.getByRole('checkbox', { name: 'Schließt den Vorgang ab' }).click();
  await page.getByText('Das Formular ist vollständig.').waitFor();

  const section = page.getByRole('region', { name: 'Öffentliche Kommentare' });
  const enabled = section.getByRole('checkbox', {
    name: 'Antworten können als öffentliche Kommentare erscheinen',
  });
  await expect(enabled.getAttribute('aria-checked')).resolves.toBe('false');
  expect(await section.getByRole('combobox').count()).toBe(0);
  await enabled.click();
  const text = section.getByRole('combobox', { name: /Feld mit dem Text des Kommentars/ });
  const subject = section.getByRole('combobox', { name: /Feld mit dem Thema/ });
  const consent = section.getByRole('combobox', { name: /Einwilligung in die Veröffentlichung/ });
  // The first fitting fields are chosen, named by their German labels, never their keys.
  await expect(text.textContent()).resolves.toContain('Ihre Rückmeldung');
  await expect(subject.textContent()).resolves.toContain('Zu welchem Kapitel?');
  // The consent is not required yet: none fits, and the builder says so as publishing would.
  const missing =
    'Für die Veröffentlichung als Kommentar fehlt eine Einwilligung in die Veröffentlichung als Pflichtfeld.';
  await section.getByText(missing).waitFor();
  const summary = page.getByRole('region', { name: /Das Formular hat noch 1 Fehler/ });
  await summary
    .getByRole('button', { name: `Öffentliche Kommentare › Einwilligung: ${missing}` })
    .waitFor();
  expect(await section.textContent()).not.toMatch(/commentPublishing|consentField|feedback/);

  await page
    .locator('#form-builder-steps-0-fields-2-body')
    .getByRole('checkbox', { name: 'Pflichtfeld' })
    .click();
  await consent.click();
  await page
    .getByRole('option', { name: 'Ich bin mit der Veröffentlichung einverstanden.' })
    .click();
  await page.getByText('Das Formular ist vollständig.').waitFor();
  await shoot(
    'section[aria-labelledby="form-builder-comments-title"]',
    'form-builder-comments-de.png'
  );
  const violations = (await findAxeViolations(page, BUILDER)).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical'
  );
  expect(formatViolations(violations)).toBe('');

  await page.getByRole('button', { name: 'Speichern' }).click();
  await page
    .getByText(/Gespeichert|Saved/)
    .first()
    .waitFor({ timeout: 10_000 });
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  const documentId = page.url().split('?')[0]?.split('/').pop() ?? '';
  created.push(documentId);
  const definitionOf = async () =>
    (await admin.document(FORM_UID, documentId)).definition as {
      steps: Array<{ fields: Array<{ key: string }> }>;
      commentPublishing?: unknown;
    };
  const stored = await definitionOf();
  const keys = stored.steps[0]?.fields.map((field) => field.key) ?? [];
  expect(stored.commentPublishing).toEqual({
    subjectField: keys[0],
    textField: keys[1],
    consentField: keys[2],
  });

  // Switched off again, the setting is gone from the stored definition.
  await enabled.click();
  expect(await section.getByRole('combobox').count()).toBe(0);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page
    .getByText(/Gespeichert|Saved/)
    .first()
    .waitFor({ timeout: 10_000 });
  const off = await eventually(async () => 'commentPublishing' in (await definitionOf()), false);
  expect(off).toBe(false);
});
