import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchCrossSiteBrowser } from './support/browser';
import { PHONE_VIEWPORT, expectNoSeriousAxeViolations } from './support/form-pages';
import { startPortalInstance, type PortalInstance } from './support/portal-instance';
import { CONCEPT_MEASURE_SLUG, CONCEPT_NESTED_CHAPTER_SLUG } from './support/routes';
import { uiString } from './support/ui-strings';

/**
 * The integration concept's embed views: its overview, a chapter, the
 * measures and a measure without the portal's header and footer, for an
 * iframe on the city's website. Reading views, so no Nuxt script; the
 * measures filter is a plain GET form that keeps the frame's theme; links to
 * chapters and measures stay in the frame, the concept's other pages open at
 * the top level.
 */

/**
 * The city's website on another site than the portal: Chromium resolves this
 * name to the loopback address, where a small server plays the city's page.
 */
const CITY_HOST = 'stadt.test';

/** A theme a snippet may ask for; on the colour grid, so the address keeps it as it is. */
const THEME = 'color=114466&radius=large';

const VIEWS = [
  ['the overview', '/embed/konzept', '/konzept'],
  [
    'a chapter',
    `/embed/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}`,
    `/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}`,
  ],
  ['the measures', '/embed/konzept/massnahmen', '/konzept/massnahmen'],
  [
    'a measure',
    `/embed/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}`,
    `/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}`,
  ],
] as const;

const LOCALES = ['de', 'ar'] as const;

let cityServer: Server;
let city: string;
let portal: PortalInstance;
let browser: Browser;
let context: BrowserContext;
let noScript: BrowserContext;

/** A page of the city's website showing a view of the portal (`?view=…`) in an iframe alone. */
function cityPage(url: URL): string {
  const view = url.searchParams.get('view') ?? '';
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Lehrte</title></head>
<body><main><h1>Integration in Lehrte</h1>
<iframe src="${portal.origin}${view}" title="Teilhabe" style="width:100%;height:900px;border:0"></iframe>
</main></body></html>`;
}

beforeAll(async () => {
  cityServer = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(cityPage(new URL(request.url ?? '/', 'http://city')));
  });
  await new Promise<void>((resolve) => cityServer.listen(0, '127.0.0.1', resolve));
  city = `http://${CITY_HOST}:${(cityServer.address() as AddressInfo).port}`;
  portal = await startPortalInstance('portal-embed-concept', { NUXT_EMBED_FRAME_ANCESTORS: city });
  browser = await launchCrossSiteBrowser([CITY_HOST]);
  context = await browser.newContext({ viewport: PHONE_VIEWPORT });
  noScript = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await new Promise((resolve) => cityServer?.close(resolve));
});

/** Every link of a page: its address as written and its target. */
function linksOf(page: Page): Promise<Array<{ href: string; target: string | null }>> {
  return page.locator('a[href]').evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute('href') ?? '',
      target: element.getAttribute('target'),
    }))
  );
}

/** The links that stay in the frame: to an embed view of the locale, with the theme. */
const inFrame = (links: Array<{ href: string }>, locale: string) =>
  links.filter((link) => link.href.startsWith(`/${locale}/embed/`));

describe.each(LOCALES)('the concept embedded, in %s', (locale) => {
  test.each(VIEWS)(
    '%s: no header, footer or Nuxt script, framed by the city, links stay in the frame, axe',
    async (_name, view, fullPage) => {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${portal.origin}/${locale}${view}?${THEME}`);
        expect(response?.status()).toBe(200);
        // Who may frame it: the portal and the city, as for every embed view.
        expect(response?.headers()['content-security-policy']).toContain(
          `frame-ancestors 'self' ${city}`
        );
        expect(response?.headers()['x-frame-options']).toBeUndefined();

        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
        expect(await page.locator('main h1').count()).toBe(1);
        expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
        expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(
          new RegExp(`/${locale}${fullPage}$`)
        );
        // Only the height reporter: a reading view carries no Nuxt script.
        const scripts = await page
          .locator('script[src]')
          .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
        expect(scripts).toEqual(['/embed/v1/frame.js']);
        expect(await page.locator('script:not([src])').count()).toBe(0);
        // Fits a phone: nothing wider than the frame, left to right or right to left.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE_VIEWPORT.width
        );

        // A link stays in the frame, with its theme, or leaves it at the top level.
        const links = await linksOf(page);
        for (const link of links) {
          if (link.href.startsWith('#')) continue;
          const stays = link.href.startsWith(`/${locale}/embed/`);
          expect({ ...link, stays }).toEqual(
            stays
              ? { ...link, href: expect.stringContaining(THEME) as string, stays }
              : { ...link, target: '_top', stays }
          );
        }
        const full = page.getByTestId('embed-full-link');
        expect(await full.getAttribute('href')).toBe(`/${locale}${fullPage}`);
        expect(await full.getAttribute('target')).toBe('_top');

        await expectNoSeriousAxeViolations(page, `${locale} ${view}`);
      } finally {
        await page.close();
      }
    }
  );

  test('the overview leads to the chapters and the measures inside the frame', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${portal.origin}/${locale}/embed/konzept?${THEME}`);
      const toc = page.getByRole('navigation', { name: uiString(locale, 'concept.contents') });
      expect(
        await toc.locator(`#kapitel-${CONCEPT_NESTED_CHAPTER_SLUG} a`).getAttribute('href')
      ).toBe(`/${locale}/embed/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}?${THEME}`);
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.allMeasures'), exact: true })
          .getAttribute('href')
      ).toBe(`/${locale}/embed/konzept/massnahmen?${THEME}`);
      // A field of action's measures: the filtered list in the frame.
      const field = new URL(
        (await page
          .locator('#handlungsfeld-kinderbetreuung a[href*="massnahmen"]')
          .getAttribute('href')) ?? '',
        portal.origin
      );
      expect(field.pathname).toBe(`/${locale}/embed/konzept/massnahmen`);
      expect(field.searchParams.get('handlungsfeld')).toBe('kinderbetreuung');
      expect(field.searchParams.get('color')).toBe('114466');
      // The concept's pages without an embed view open in the full portal.
      const versions = page.getByRole('link', { name: uiString(locale, 'concept.historyLink') });
      expect(await versions.getAttribute('href')).toMatch(
        new RegExp(`^/${locale}/konzept/versionen`)
      );
      expect(await versions.getAttribute('target')).toBe('_top');
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.feedLink') })
          .getAttribute('href')
      ).toBe(`/${locale}/konzept/aenderungen.xml`);
    } finally {
      await page.close();
    }
  });

  test('a chapter links its measures, its neighbours and its easy text inside the frame, without JavaScript', async () => {
    const page = await noScript.newPage();
    try {
      await page.goto(
        `${portal.origin}/${locale}/embed/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}?${THEME}`
      );
      const measures = inFrame(await linksOf(page), locale).filter((link) =>
        link.href.includes('/konzept/massnahmen/')
      );
      expect(measures.length).toBeGreaterThan(0);
      for (const link of measures) {
        expect(link.href).toMatch(
          new RegExp(`^/${locale}/embed/konzept/massnahmen/[a-z0-9-]+\\?${THEME}$`)
        );
      }
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.chapter.toContents') })
          .getAttribute('href')
      ).toBe(`/${locale}/embed/konzept?${THEME}#kapitel-${CONCEPT_NESTED_CHAPTER_SLUG}`);
      // The previous chapter, reached by a plain link: still the embed view, still themed.
      await Promise.all([
        page.waitForURL(/\/embed\/konzept\/kapitel\//),
        page
          .getByRole('link', { name: uiString(locale, 'concept.chapter.previous'), exact: false })
          .click(),
      ]);
      const previous = new URL(page.url());
      expect(previous.pathname).toMatch(new RegExp(`^/${locale}/embed/konzept/kapitel/`));
      expect(previous.pathname).not.toContain(CONCEPT_NESTED_CHAPTER_SLUG);
      expect(previous.search).toBe(`?${THEME}`);
      expect(await page.locator('.site-header').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('the measures filter works without JavaScript and keeps the theme', async () => {
    const page = await noScript.newPage();
    try {
      await page.goto(`${portal.origin}/${locale}/embed/konzept/massnahmen?${THEME}`);
      await page
        .getByLabel(uiString(locale, 'concept.filter.fieldOfAction'))
        .selectOption('kinderbetreuung');
      await page
        .getByLabel(uiString(locale, 'concept.status.in_progress'), { exact: true })
        .check();
      await page.getByLabel(uiString(locale, 'concept.status.done'), { exact: true }).check();
      await Promise.all([
        page.waitForURL(/handlungsfeld=kinderbetreuung/),
        page.getByRole('button', { name: uiString(locale, 'concept.filter.submit') }).click(),
      ]);
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/${locale}/embed/konzept/massnahmen`);
      expect(url.searchParams.getAll('status')).toEqual(['in_progress', 'done']);
      expect(url.searchParams.get('color')).toBe('114466');
      expect(url.searchParams.get('radius')).toBe('large');
      expect(await page.locator('.site-header').count()).toBe(0);
      // The page's theme is the requested one, on the filtered list too.
      expect(await page.locator('link[href^="/embed/v1/theme.css"]').getAttribute('href')).toBe(
        `/embed/v1/theme.css?${THEME}`
      );
      const titles = await page.locator('.concept-measures h3').allTextContents();
      expect(titles.map((title) => title.trim()).sort()).toEqual(
        locale === 'ar'
          ? [
              'مثال: ترجمة استمارات التسجيل',
              'مثال: تسجيل إلكتروني متعدد اللغات',
              'مثال: تسجيل متعدد اللغات في رياض الأطفال',
            ]
          : [
              'Beispiel: Anmeldeformulare übersetzen',
              'Beispiel: Mehrsprachige Kita-Anmeldung umsetzen',
              'Beispiel: Online-Anmeldung mehrsprachig einrichten',
            ]
      );
      // The form keeps the choice; the measures stay in the frame.
      await expect(
        page.getByLabel(uiString(locale, 'concept.status.done'), { exact: true }).isChecked()
      ).resolves.toBe(true);
      const measures = await page
        .locator('.concept-measures h3 a')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
      for (const href of measures) {
        expect(href).toMatch(
          new RegExp(`^/${locale}/embed/konzept/massnahmen/[a-z0-9-]+\\?${THEME}$`)
        );
      }
      // The reset link leads back to every measure, in the frame.
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.filter.reset') })
          .getAttribute('href')
      ).toBe(`/${locale}/embed/konzept/massnahmen?${THEME}`);
      // The full portal gets the filters, not the theme.
      const full = new URL(
        (await page.getByTestId('embed-full-link').getAttribute('href')) ?? '',
        portal.origin
      );
      expect(full.pathname).toBe(`/${locale}/konzept/massnahmen`);
      expect(full.searchParams.getAll('status')).toEqual(['in_progress', 'done']);
      expect(full.searchParams.has('color')).toBe(false);
      // axe needs JavaScript in the page: the same address, checked in the other context.
      const checked = await context.newPage();
      try {
        await checked.goto(page.url());
        await expectNoSeriousAxeViolations(checked, `${locale} filtered measures embed`);
      } finally {
        await checked.close();
      }
    } finally {
      await page.close();
    }
  });

  test("a measure's offers and its measures list stay in the frame", async () => {
    const page = await context.newPage();
    try {
      await page.goto(
        `${portal.origin}/${locale}/embed/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}?${THEME}`
      );
      const links = inFrame(await linksOf(page), locale);
      expect(
        links.some((link) => /^\/[a-z]{2}\/embed\/angebote\/[a-z0-9-]+\?/.test(link.href))
      ).toBe(true);
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.allMeasures'), exact: true })
          .getAttribute('href')
      ).toBe(`/${locale}/embed/konzept/massnahmen?${THEME}`);
      expect(
        await page
          .getByRole('link', { name: uiString(locale, 'concept.measure.history') })
          .getAttribute('target')
      ).toBe('_top');
    } finally {
      await page.close();
    }
  });
});

describe('the concept in the full portal', () => {
  test.each(VIEWS)('%s keeps its links in the full portal', async (_name, _view, fullPage) => {
    const page = await context.newPage();
    try {
      await page.goto(`${portal.origin}/de${fullPage}?${THEME}`);
      expect(await page.locator('.site-header').count()).toBe(1);
      const links = await linksOf(page);
      expect(links.filter((link) => link.href.includes('/embed/'))).toEqual([]);
      expect(links.filter((link) => link.target !== null)).toEqual([]);
      // The theme is the embed views' only.
      expect(await page.locator('link[href^="/embed/v1/theme.css"]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe("on the city's page", () => {
  test('the city frames the measures view; a full concept page is refused', async () => {
    const framed = async (view: string) => {
      const page = await context.newPage();
      try {
        await page.goto(`${city}/?view=${encodeURIComponent(view)}`);
        await page.waitForLoadState('load');
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
        expect(frame).toBeDefined();
        // Chromium replaces a refused frame's document with its own error page.
        return await frame!.locator('.site').count();
      } finally {
        await page.close();
      }
    };
    expect(await framed('/de/embed/konzept/massnahmen')).toBe(1);
    expect(await framed('/ar/embed/konzept')).toBe(1);
    expect(await framed('/de/konzept/massnahmen')).toBe(0);
  });
});
