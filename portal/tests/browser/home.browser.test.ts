import { DirectoryTaxonomiesDocument } from '@teilhabe/graphql';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openRoute } from './support/browser';
import { fetchHomeFromCms, queryCmsDirectly } from './support/cms';
import { uiString } from './support/ui-strings';

describe('home page', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'ar'])('/%s shows the six life situations from the CMS', async (locale) => {
    const cms = await fetchHomeFromCms(locale);
    const expected = cms.teilhabeLifeSituations.flatMap((entry) => (entry ? [entry.title] : []));
    expect(expected).toHaveLength(6);

    const { page, response } = await openRoute(context, locale, '/');
    expect(response.status()).toBe(200);
    const cards = page.getByTestId('life-situations').getByRole('link');
    expect(await cards.allTextContents()).toEqual(expected);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      cms.teilhabeSiteSetting?.welcomeHeading
    );
    await page.close();
  });

  test('a life situation leads to the directory with its category', async () => {
    const cms = await fetchHomeFromCms('de');
    const first = cms.teilhabeLifeSituations[0];
    const { page } = await openRoute(context, 'de', '/');
    await page.getByRole('link', { name: first?.title }).click();
    await page.waitForURL(/\/de\/angebote\?category=/);
    expect(new URL(page.url()).searchParams.get('category')).toBe(first?.directoryCategory);
    // The URL changes first; the directory appears once its results have loaded.
    await page
      .getByRole('heading', { level: 1, name: uiString('de', 'directory.title'), exact: true })
      .waitFor();
    // The directory opens with the category chosen in its filter form, labelled as the CMS names it.
    const { teilhabeDirectoryTaxonomies } = await queryCmsDirectly(DirectoryTaxonomiesDocument, {
      locale: 'de',
    });
    const label = teilhabeDirectoryTaxonomies.categories.find(
      (term) => term.code === first?.directoryCategory
    )?.label.text;
    const radio = page.getByRole('radio', { name: label, exact: true });
    await expect(radio.isChecked()).resolves.toBe(true);
    await page.close();
  });

  test('Arabic picks the plural form CLDR prescribes for six', async () => {
    const { page } = await openRoute(context, 'ar', '/');
    // 6 is "few" in Arabic: the fourth of six forms.
    const few = uiString('ar', 'home.lifeSituations.count')
      .split('|')[3]
      ?.trim()
      .replace('{count}', '6');
    await expect(page.getByText(few ?? '', { exact: true }).count()).resolves.toBe(1);
    await page.close();
  });
});
