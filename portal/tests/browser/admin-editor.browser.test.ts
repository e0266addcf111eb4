import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_SCREENSHOTS, editViewUrl, startAdminSession } from './support/admin-panel';
import { cmsOrigin, portalUrl } from './support/browser';
import type { CmsAdmin } from './support/cms-admin';
import { eventually } from './support/wait';

/**
 * An editor in the German admin panel: translates a provider's description
 * without seeing JSON, and meets the shared structure of an offer read-only
 * on its Arabic version. Uses a demo provider and one of its offers.
 */
const PROVIDER_NAME = 'VHS Ostkreis Hannover';
const PROVIDER_UID = 'plugin::teilhabe.provider';
const OFFER_UID = 'plugin::teilhabe.offer';

let browser: Browser;
let page: Page;
let admin: CmsAdmin;

beforeAll(async () => {
  ({ browser, page, admin } = await startAdminSession());
});

afterAll(async () => {
  await browser?.close();
});

/** The slug of a published offer of the provider, as the portal's directory lists it. */
const offerSlugOf = async (providerName: string): Promise<string> => {
  const response = await fetch(`${cmsOrigin()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ teilhabeDirectory(locale: "de", pageSize: 50) { offers { slug provider { name } } } }',
    }),
  });
  const body = (await response.json()) as {
    data: {
      teilhabeDirectory: { offers: Array<{ slug: string; provider: { name: string } | null }> };
    };
  };
  const offer = body.data.teilhabeDirectory.offers.find(
    (item) => item.provider?.name === providerName
  );
  if (!offer) {
    throw new Error(`no published offer of ${providerName}`);
  }
  return offer.slug;
};

test('the content manager names the editors’ types in German and nothing else', async () => {
  await page.goto(`${cmsOrigin()}/admin/content-manager`);
  const nav = page.getByRole('navigation').filter({ hasText: 'Angebot' });
  await nav.getByRole('link', { name: 'Angebot', exact: true }).waitFor();
  const names = (await nav.getByRole('link').allTextContents()).map((name) => name.trim());
  expect(names).toEqual(expect.arrayContaining(['Angebot', 'Anbieter', 'Website-Einstellungen']));
  expect(names).not.toContain('User');
  expect(await page.getByPlaceholder('Suchen').count()).toBe(1);
});

test('a provider’s description is translated in one input per language, without JSON', async () => {
  const documentId = await admin.findDocumentId(PROVIDER_UID, 'name', PROVIDER_NAME);
  await page.goto(editViewUrl(PROVIDER_UID, documentId));
  const german = page.locator('textarea[lang=de]');
  const arabic = page.locator('textarea[lang=ar]');
  await german.waitFor();
  expect(await page.locator('.cm-editor, [data-language=json]').count()).toBe(0);
  expect(await arabic.getAttribute('dir')).toBe('rtl');
  expect(await page.locator('textarea[lang=fa]').getAttribute('dir')).toBe('rtl');
  expect(await page.getByText('العربية', { exact: true }).count()).toBe(1);
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, 'provider-de.png'), fullPage: true });

  const marker = `اختبار-${randomBytes(4).toString('hex')}`;
  const germanText = `Volkshochschule für den Ostkreis der Region Hannover (${marker}).`;
  const arabicText = `الجامعة الشعبية لشرق منطقة هانوفر (${marker}).`;
  await german.fill(germanText);
  await arabic.fill(arabicText);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page
    .getByText(/Gespeichert|Saved/)
    .first()
    .waitFor({ timeout: 10_000 });

  const slug = await offerSlugOf(PROVIDER_NAME);
  const shown = await eventually(
    async () => {
      const html = await (await fetch(portalUrl('ar', `/angebote/${slug}`))).text();
      return html.includes(arabicText);
    },
    true,
    8_000
  );
  expect(shown).toBe(true);
  const germanPage = await (await fetch(portalUrl('de', `/angebote/${slug}`))).text();
  expect(germanPage).toContain(germanText);
});

test('on the Arabic version of an offer the shared structure cannot be changed', async () => {
  const slug = await offerSlugOf(PROVIDER_NAME);
  const documentId = await admin.findDocumentId(OFFER_UID, 'slug', slug);
  await page.goto(editViewUrl(OFFER_UID, documentId, 'ar'));
  const slugInput = page.locator('input[name=slug]');
  await slugInput.waitFor();
  expect(await slugInput.isDisabled()).toBe(true);
  expect(await page.locator('input[name=costAmountEuro]').isDisabled()).toBe(true);
  expect(await page.locator('input[name=title]').isDisabled()).toBe(false);
  // The plugin's own inputs follow the lock too.
  expect(await page.getByRole('button', { name: 'Zeit hinzufügen' }).isDisabled()).toBe(true);
  expect(
    await page
      .getByRole('combobox', { name: 'Sprachen des Personals' })
      .getAttribute('aria-disabled')
  ).toBe('true');
  const note = page.getByRole('link', { name: 'Deutsche Fassung öffnen' }).first();
  expect(await note.getAttribute('href')).toContain('plugins%5Bi18n%5D%5Blocale%5D=de');
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, 'offer-ar.png'), fullPage: false });

  await page.goto(editViewUrl(OFFER_UID, documentId, 'de'));
  await slugInput.waitFor();
  expect(await slugInput.isDisabled()).toBe(false);
  // Choices show their German names, not the stored values (free, source).
  const cost = page.getByRole('combobox', { name: 'Kosten', exact: true });
  expect((await cost.textContent())?.trim()).toMatch(/^(Kostenlos|Mit Kosten \(Betrag\))$/);
  const status = page.getByRole('combobox', { name: 'Stand der Übersetzung', exact: true });
  expect((await status.textContent())?.trim()).toBe('Quelltext (Deutsch)');
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, 'offer-de.png'), fullPage: false });
});
