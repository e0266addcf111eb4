import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findAxeViolations, formatViolations } from './support/axe';
import { launchBrowser, openRoute } from './support/browser';
import { CONCEPT_CHAPTER_SLUG, CONCEPT_MEASURE_SLUG } from './support/routes';
import { uiString } from './support/ui-strings';

/**
 * (#10) The integration concept in the browser, on the demo edition: the
 * table of contents in German and Arabic, the easy-language text one link
 * away without JavaScript, the measures filter as a GET form, the measure's
 * progress in words, and the word-level comparison announcing the inserted
 * and removed words in the page's language.
 */
describe('the integration concept', () => {
  let browser: Browser;
  let context: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ bypassCSP: true });
    noScript = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const expectNoAxeViolations = async (page: Page) => {
    const violations = await findAxeViolations(page);
    if (violations.length > 0) {
      throw new Error(formatViolations(violations));
    }
  };

  test.each(['de', 'ar'])('/%s/konzept lists the chapters in order, nested', async (locale) => {
    const { page, response } = await openRoute(context, locale, '/konzept');
    expect(response.status()).toBe(200);
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    const toc = page.getByRole('navigation', { name: uiString(locale, 'concept.contents') });
    const numbers = await toc.locator('.concept-toc__number').allTextContents();
    expect(numbers).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4']);
    // Sub-chapters are a list inside their parent's item.
    expect(await toc.locator('li li').count()).toBe(5);
    expect(await page.locator('#kapitel-workshop-kinderbetreuung a').getAttribute('href')).toBe(
      `/${locale}/konzept/kapitel/workshop-kinderbetreuung`
    );
    await page.close();
  });

  test.each(['de', 'ar'])(
    '/%s: the easy-language text is one link away, without JavaScript, in the right language',
    async (locale) => {
      const { page } = await openRoute(
        noScript,
        locale,
        `/konzept/kapitel/${CONCEPT_CHAPTER_SLUG}`
      );
      const kind = uiString(locale, 'concept.easy.plain_language');
      const link = page.getByRole('link', {
        name: uiString(locale, 'concept.easy.read').replace('{kind}', kind),
      });
      await link.click();
      await page.waitForURL(/text=leicht/);
      await page.getByRole('heading', { level: 2, name: kind }).waitFor();
      const text = page.locator('#concept-easy-heading + p + div');
      // The demo translates the easy text into Arabic; German has it as source.
      expect(await text.getAttribute('lang')).toBeNull();
      expect(await text.textContent()).toMatch(locale === 'ar' ? /ليرته/ : /Integrations-Konzept/);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      await page.close();
    }
  );

  test('a missing translation falls back to German, marked with lang="de"', async () => {
    // The demo has no Persian texts: everything is the German source, said so once.
    const { page } = await openRoute(context, 'fa', `/konzept/kapitel/${CONCEPT_CHAPTER_SLUG}`);
    await page.getByText(uiString('fa', 'concept.fallbackNotice')).waitFor();
    expect(await page.locator('h1 [lang="de"]').textContent()).toBe('Vorbemerkung');
    await page.close();
  });

  test.each(['de', 'ar'])('/%s: the measures filter works without JavaScript', async (locale) => {
    const { page } = await openRoute(noScript, locale, '/konzept/massnahmen');
    await page
      .getByLabel(uiString(locale, 'concept.filter.fieldOfAction'))
      .selectOption('kinderbetreuung');
    await page.getByLabel(uiString(locale, 'concept.status.in_progress'), { exact: true }).check();
    await page.getByRole('button', { name: uiString(locale, 'concept.filter.submit') }).click();
    await page.waitForURL(/handlungsfeld=kinderbetreuung/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('status')).toEqual(['in_progress']);
    const titles = await page.locator('.concept-measures h3').allTextContents();
    expect(titles.map((title) => title.trim()).sort()).toEqual(
      locale === 'ar'
        ? ['مثال: تسجيل إلكتروني متعدد اللغات', 'مثال: تسجيل متعدد اللغات في رياض الأطفال']
        : [
            'Beispiel: Mehrsprachige Kita-Anmeldung umsetzen',
            'Beispiel: Online-Anmeldung mehrsprachig einrichten',
          ]
    );
    // The form keeps the choice.
    await expect(
      page.getByLabel(uiString(locale, 'concept.status.in_progress'), { exact: true }).isChecked()
    ).resolves.toBe(true);
    await page.close();
  });

  test.each(['de', 'ar'])(
    '/%s: a measure says its progress in words, next to the chart',
    async (locale) => {
      const { page } = await openRoute(
        context,
        locale,
        `/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}`
      );
      const figure = page.locator('figure.concept-progress');
      expect(await figure.locator('svg').getAttribute('aria-hidden')).toBe('true');
      const items = await figure.locator('figcaption li').allTextContents();
      expect(items).toHaveLength(3);
      expect(items[0]).toContain(
        uiString(locale, 'concept.progress.percent').replace('{percent}', '75')
      );
      // Right to left, the bars start at the right edge.
      const bar = figure.locator('.concept-progress__bar').first();
      const x = Number(await bar.getAttribute('x'));
      expect(locale === 'ar' ? x > 0 : x === 0).toBe(true);
      await expectNoAxeViolations(page);
      await page.close();
    }
  );

  test.each([
    ['de', 'lebendes', 'Stabstelle'],
    ['ar', 'حية', 'مفتوحة'],
  ] as const)(
    '/%s: the comparison announces the inserted word "%s"',
    async (locale, inserted, removed) => {
      const { page } = await openRoute(context, locale, '/konzept/versionen');
      await page
        .getByRole('link', { name: uiString(locale, 'concept.versions.compare') })
        .first()
        .waitFor();
      // The chapter's second version, reached from its history.
      const { page: history } = await openRoute(
        context,
        locale,
        `/konzept/kapitel/${CONCEPT_CHAPTER_SLUG}`
      );
      await history
        .getByRole('link', { name: uiString(locale, 'concept.chapter.history') })
        .click();
      await history.waitForURL(/dokument=/);
      await history
        .getByRole('link', { name: uiString(locale, 'concept.versions.compare') })
        .click();
      await history.waitForURL(/vergleich\?zu=/);
      // The address changes first; the comparison appears once it has loaded.
      await history
        .getByRole('heading', {
          level: 1,
          name: uiString(locale, 'concept.diff.title'),
          exact: false,
        })
        .waitFor();
      const insertions = history.locator('ins');
      const spoken = (await insertions.allTextContents()).join(' ');
      expect(spoken).toContain(`${uiString(locale, 'concept.diff.inserted')} `);
      expect(spoken).toContain(inserted);
      // The announcement is visually hidden but in the accessible text.
      expect(await history.locator('ins .visually-hidden').first().textContent()).toBe(
        `${uiString(locale, 'concept.diff.inserted')} `
      );
      const deletions = (await history.locator('del').allTextContents()).join(' ');
      expect(deletions).toContain(`${uiString(locale, 'concept.diff.removed')} ${removed}`);
      expect(await history.locator('html').getAttribute('dir')).toBe(
        locale === 'ar' ? 'rtl' : 'ltr'
      );
      await expectNoAxeViolations(history);
      await history.close();
      await page.close();
    }
  );

  test('the Atom feed lists the changes with their notes', async () => {
    const { page, response } = await openRoute(context, 'de', '/konzept/aenderungen.xml');
    expect(response.headers()['content-type']).toMatch(/application\/atom\+xml/);
    const body = await response.text();
    expect(body).toContain('<feed');
    expect(body).toContain('Zweiten Absatz zum Sachstandsbericht ergänzt');
    await page.close();
  });
});
