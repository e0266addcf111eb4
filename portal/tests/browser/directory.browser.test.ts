import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { DirectoryTaxonomiesDocument } from '@teilhabe/graphql';
import { portalLocale, type LocaleCode } from '@teilhabe/locales';
import { createPluralRule } from '../../app/utils/plural';
import { cmsOrigin, launchBrowser, openRoute, portalOrigin } from './support/browser';
import { fetchDirectoryFromCms, queryCmsDirectly } from './support/cms';
import { uiString } from './support/ui-strings';
import { eventually } from './support/wait';

/** The portal shows ten results per page. */
const PAGE_SIZE = 10;

/** The result count as the live region reads it, e.g. "47 Angebote gefunden". */
function status(page: Page) {
  return page.getByTestId('result-count');
}

/**
 * The filter group (fieldset) with this legend. A closed <details> hides its
 * content from the accessibility tree, so it is found by its summary and opened first.
 */
async function filterGroup(page: Page, legend: string) {
  const title = page.locator('.filter-group__title').getByText(legend, { exact: true });
  const details = page.locator('details.filter-group', { has: title });
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').first().click();
  }
  return page.getByRole('group', { name: legend, exact: true });
}

/**
 * The status text for a result count, as the portal words it: the plural form
 * CLDR prescribes for the count (Arabic says "two offers" without a digit) and
 * the number in the locale's digits.
 */
function countMessage(locale: string, count: number): string {
  const language = portalLocale(locale as LocaleCode).language;
  const forms = uiString(locale, 'directory.results.count').split('|');
  const form = forms[createPluralRule(language)(count, forms.length)] ?? '';
  return form.trim().replace('{count}', new Intl.NumberFormat(language).format(count));
}

async function statusText(page: Page): Promise<string> {
  return ((await status(page).textContent()) ?? '').trim();
}

async function taxonomies(locale: string) {
  return (await queryCmsDirectly(DirectoryTaxonomiesDocument, { locale }))
    .teilhabeDirectoryTaxonomies;
}

describe('directory: search and filters', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'ar'])('/%s/angebote lists every published offer', async (locale) => {
    const cms = await fetchDirectoryFromCms({ locale, pageSize: PAGE_SIZE });
    expect(cms.total).toBeGreaterThan(PAGE_SIZE);

    const { page, response } = await openRoute(context, locale, '/angebote');
    expect(response.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      uiString(locale, 'directory.title')
    );
    await expect(status(page).getAttribute('role')).resolves.toBe('status');
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    expect(await statusText(page)).toBe(countMessage(locale, cms.total));
    const titles = await page.getByTestId('offer-card').getByRole('heading').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(
      cms.offers.map((offer) => offer.title.text)
    );
    await page.close();
  });

  test('every filter group is a fieldset with a legend', async () => {
    const { page } = await openRoute(context, 'de', '/angebote');
    const fieldsets = page.locator('form[role="search"] fieldset');
    expect(await fieldsets.count()).toBeGreaterThanOrEqual(9);
    const withoutLegend = await fieldsets.evaluateAll(
      (elements) =>
        elements.filter(
          (fieldset) => !fieldset.querySelector(':scope > legend')?.textContent?.trim()
        ).length
    );
    expect(withoutLegend).toBe(0);
    await page.close();
  });

  test('searching in German updates URL, results and the polite status', async () => {
    const cms = await fetchDirectoryFromCms({ locale: 'de', search: 'Integrationskurs' });
    expect(cms.total).toBeGreaterThan(0);
    const { page } = await openRoute(context, 'de', '/angebote');
    await page.waitForLoadState('networkidle');
    const before = await status(page).textContent();

    await page.getByLabel(uiString('de', 'directory.search.label')).fill('Integrationskurs');
    await page.getByRole('button', { name: uiString('de', 'directory.search.submit') }).click();
    await page.waitForURL(/[?&]q=Integrationskurs/);
    await expect(eventually(() => statusText(page), countMessage('de', cms.total))).resolves.toBe(
      countMessage('de', cms.total)
    );
    expect(await status(page).textContent()).not.toBe(before);
    await page.close();
  });

  test('filtering in Arabic: district and level, then the language switch keeps them', async () => {
    const vocabulary = await taxonomies('ar');
    const district = vocabulary.districts.find((entry) => entry.code === 'kernstadt');
    expect(district).toBeDefined();
    const cms = await fetchDirectoryFromCms({
      locale: 'ar',
      districts: ['kernstadt'],
      levels: ['A2'],
    });

    const { page } = await openRoute(context, 'ar', '/angebote');
    await page.waitForLoadState('networkidle');
    const districts = await filterGroup(page, uiString('ar', 'directory.filters.district'));
    await districts.getByRole('checkbox', { name: district?.label.text }).check();
    const course = page.locator('details.filter-group--course');
    if ((await course.getAttribute('open')) === null) {
      await course.locator('summary').click();
    }
    await page
      .getByRole('group', { name: uiString('ar', 'directory.filters.level') })
      .getByRole('checkbox', { name: 'A2', exact: true })
      .check();
    await page.getByRole('button', { name: uiString('ar', 'directory.filters.submit') }).click();
    await page.waitForURL(/district=kernstadt/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('district')).toEqual(['kernstadt']);
    expect(url.searchParams.getAll('level')).toEqual(['A2']);
    await expect(eventually(() => statusText(page), countMessage('ar', cms.total))).resolves.toBe(
      countMessage('ar', cms.total)
    );

    await page
      .locator('.language-switcher')
      .getByRole('link', { name: 'Deutsch', exact: true })
      .click();
    await page.waitForURL('**/de/angebote?**');
    const german = new URL(page.url());
    expect(german.searchParams.getAll('district')).toEqual(['kernstadt']);
    expect(german.searchParams.getAll('level')).toEqual(['A2']);
    await expect(page.getByRole('checkbox', { name: 'A2', exact: true }).isChecked()).resolves.toBe(
      true
    );
    await page.close();
  });

  test('an empty result says so and suggests what to do', async () => {
    const { page } = await openRoute(context, 'de', '/angebote?q=xyzzy&district=kernstadt');
    expect(await statusText(page)).toBe(countMessage('de', 0));
    const empty = page.getByTestId('empty-results');
    await expect(empty.getByRole('heading').textContent()).resolves.toBe(
      uiString('de', 'directory.empty.heading')
    );
    await expect(
      empty
        .getByRole('link', { name: uiString('de', 'directory.empty.showAll') })
        .getAttribute('href')
    ).resolves.toBe('/de/angebote');
    // Each active filter can be removed on its own.
    const remove = page.getByRole('link', { name: /Ortsteil: Kernstadt/ });
    await expect(remove.getAttribute('href')).resolves.toMatch(
      /^\/de\/angebote\?q=xyzzy(#results)?$/
    );
    // The removed filter's link is gone; the new page opens at the results, not at its start.
    await page.waitForLoadState('networkidle');
    await remove.click();
    await page.waitForURL((url) => !url.searchParams.has('district'));
    expect(new URL(page.url()).hash).toBe('#results');
    await page.close();
  });

  test('unknown filter values are dropped, not turned into an empty list', async () => {
    const cms = await fetchDirectoryFromCms({ locale: 'de' });
    const { page } = await openRoute(context, 'de', '/angebote?district=atlantis&level=Z9');
    expect(await statusText(page)).toBe(countMessage('de', cms.total));
    await page.close();
  });

  test('pagination is a labelled nav; the current page is marked', async () => {
    const cms = await fetchDirectoryFromCms({ locale: 'de', page: 2, pageSize: PAGE_SIZE });
    const { page } = await openRoute(context, 'de', '/angebote');
    await page.waitForLoadState('networkidle');
    const nav = page.getByRole('navigation', {
      name: uiString('de', 'directory.pagination.label'),
    });
    await expect(nav.locator('[aria-current="page"]').count()).resolves.toBe(1);
    await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toContain('1');
    await nav.getByRole('link', { name: uiString('de', 'directory.pagination.next') }).click();
    await page.waitForURL(/[?&]page=2/);
    const firstTitle = cms.offers[0]?.title.text ?? '';
    await expect(
      eventually(
        async () =>
          (await page.getByTestId('offer-card').getByRole('heading').first().textContent())?.trim(),
        firstTitle
      )
    ).resolves.toBe(firstTitle);
    await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toContain('2');
    // The next page opens at the results, as the clicked link may be gone.
    expect(new URL(page.url()).hash).toBe('#results');
    await page.close();
  });

  test('the browser asks the portal only, also when filtering', async () => {
    const requests: string[] = [];
    const { page } = await openRoute(context, 'de', '/angebote');
    await page.waitForLoadState('networkidle');
    page.on('request', (request: Request) => {
      requests.push(request.url());
    });
    const fromPortal = (url: string) =>
      url.startsWith(`${portalOrigin()}/api/view/directory`) ||
      url.startsWith(`${portalOrigin()}/de/angebote?`);
    await page.getByLabel(uiString('de', 'directory.search.label')).fill('Deutsch');
    // The results come from the portal: its view route (client-side navigation)
    // or the page itself. Waited for by request: the page was idle before the
    // click, so "network idle" alone can be reached before the fetch starts.
    await Promise.all([
      page.waitForRequest((request) => fromPortal(request.url())),
      page.getByRole('button', { name: uiString('de', 'directory.search.submit') }).click(),
    ]);
    await page.waitForURL(/q=Deutsch/);
    await page.waitForLoadState('networkidle');
    expect(requests.some(fromPortal)).toBe(true);
    expect(requests.filter((url) => url.startsWith(cmsOrigin()))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${portalOrigin()}/`))).toEqual([]);
    await page.close();
  });
});

describe('directory without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the GET form filters; back and the language switch keep the URL state', async () => {
    const vocabulary = await taxonomies('de');
    const category = vocabulary.categories.find((entry) => entry.code === 'language-course');
    const district = vocabulary.districts.find((entry) => entry.code === 'kernstadt');
    const cms = await fetchDirectoryFromCms({
      locale: 'de',
      category: 'language-course',
      districts: ['kernstadt'],
    });
    const all = await fetchDirectoryFromCms({ locale: 'de' });
    expect(cms.total).toBeLessThan(all.total);

    const { page } = await openRoute(context, 'de', '/angebote');
    const categories = await filterGroup(page, uiString('de', 'directory.filters.category'));
    await categories.getByRole('radio', { name: category?.label.text }).check();
    const districts = await filterGroup(page, uiString('de', 'directory.filters.district'));
    await districts.getByRole('checkbox', { name: district?.label.text }).check();
    await page.getByRole('button', { name: uiString('de', 'directory.filters.submit') }).click();
    await page.waitForURL(/district=kernstadt/);

    const url = new URL(page.url());
    expect(url.pathname).toBe('/de/angebote');
    expect(url.searchParams.get('category')).toBe('language-course');
    expect(url.searchParams.getAll('district')).toEqual(['kernstadt']);
    expect(await statusText(page)).toBe(countMessage('de', cms.total));

    // The language switcher is a plain link that carries the query.
    const arabic = page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', {
      name: 'العربية',
    });
    const target = new URL((await arabic.getAttribute('href')) ?? '', portalOrigin());
    expect(target.pathname).toBe('/ar/angebote');
    expect(target.searchParams.get('category')).toBe('language-course');
    expect(target.searchParams.getAll('district')).toEqual(['kernstadt']);
    await arabic.click();
    await page.waitForURL('**/ar/angebote?**');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(
      page.locator('input[name="district"][value="kernstadt"]').isChecked()
    ).resolves.toBe(true);
    const arabicCount = await fetchDirectoryFromCms({
      locale: 'ar',
      category: 'language-course',
      districts: ['kernstadt'],
    });
    expect(await statusText(page)).toBe(countMessage('ar', arabicCount.total));

    // Back to the German results, then back to the unfiltered list.
    await page.goBack();
    await page.waitForURL('**/de/angebote?**');
    expect(new URL(page.url()).searchParams.getAll('district')).toEqual(['kernstadt']);
    expect(await statusText(page)).toBe(countMessage('de', cms.total));
    await page.goBack();
    await page.waitForURL((current) => current.pathname === '/de/angebote' && !current.search);
    expect(await statusText(page)).toBe(countMessage('de', all.total));
    await expect(
      page.locator('input[name="district"][value="kernstadt"]').isChecked()
    ).resolves.toBe(false);
    await page.close();
  });

  test('search and pagination work as plain links and forms', async () => {
    const cms = await fetchDirectoryFromCms({ locale: 'ar', page: 2, pageSize: PAGE_SIZE });
    const { page } = await openRoute(context, 'ar', '/angebote');
    await page
      .getByRole('navigation', { name: uiString('ar', 'directory.pagination.label') })
      .getByRole('link', { name: uiString('ar', 'directory.pagination.next') })
      .click();
    await page.waitForURL(/page=2/);
    await expect(
      page.getByTestId('offer-card').getByRole('heading').first().textContent()
    ).resolves.toContain(cms.offers[0]?.title.text);

    const search = await fetchDirectoryFromCms({ locale: 'ar', search: 'Integrationskurs' });
    await page.getByLabel(uiString('ar', 'directory.search.label')).fill('Integrationskurs');
    await page.getByRole('button', { name: uiString('ar', 'directory.search.submit') }).click();
    await page.waitForURL(/q=Integrationskurs/);
    // A new search starts on page 1.
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    expect(await statusText(page)).toBe(countMessage('ar', search.total));
    await page.close();
  });
});
