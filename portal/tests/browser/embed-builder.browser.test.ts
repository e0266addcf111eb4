import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { checkThemeColor } from '../../server/utils/embed-theme-contrast';
import { launchBrowser, launchCrossSiteBrowser, portalOrigin, portalUrl } from './support/browser';
import { PHONE_VIEWPORT, expectNoSeriousAxeViolations } from './support/form-pages';
import { startPortalInstance, type PortalInstance } from './support/portal-instance';
import { SAMPLE_OFFER_SLUG } from './support/routes';
import { uiString } from './support/ui-strings';
import { eventually } from './support/wait';

/**
 * The embed builder as the city's webmaster uses it: on a phone without
 * JavaScript (a GET form, errors in a summary), and with JavaScript on a
 * desktop, copying the snippet into a city page on another site, where it
 * must work as it is: language, theme, integrity hash and CSP lines included.
 */

const SCREENSHOTS = path.join(os.tmpdir(), 'teilhabe-embed-builder');
const CITY = 'stadt.test';
const PORTAL = 'portal.test';

/** The builder's snippets as the page shows them. */
const snippet = (page: Page, kind: 'script' | 'iframe') =>
  page.locator(`#embed-snippet-${kind}`).inputValue();

/** Sends the builder's form without JavaScript: a full page load. */
async function submitBuilder(page: Page): Promise<void> {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByTestId('embed-builder-submit').click(),
  ]);
}

describe('the embed builder without JavaScript, on a phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let axeContext: BrowserContext;

  /**
   * axe needs timers, which a page without JavaScript never runs: the same
   * address is checked again in a context with scripts, at the same width.
   */
  async function expectAccessible(url: string, label: string): Promise<void> {
    const page = await axeContext.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await expectNoSeriousAxeViolations(page, label);
    await page.close();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    axeContext = await browser.newContext({ viewport: PHONE_VIEWPORT, bypassCSP: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
  });

  afterEach(async () => {
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'ar'])(
    'in %s: a page, a language and the city’s colour become a snippet and a preview',
    async (locale) => {
      const page = await context.newPage();
      await page.goto(portalUrl(locale, '/einbetten'), { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('h1').textContent()).toContain(
        uiString(locale, 'embedBuilder.title')
      );
      // A snippet from the start: every offer, in the language of the city page.
      expect(await snippet(page, 'iframe')).toContain(`src="${portalOrigin()}/de/embed/angebote"`);
      expect(await snippet(page, 'script')).not.toContain('data-lang');
      // The copy buttons need the script; without it the text areas remain.
      expect(await page.locator('[data-copy-snippet]').first().isHidden()).toBe(true);

      await page.locator('#embed-view-childcare').check();
      await page.locator('#embed-lang').selectOption('ar');
      await page.locator('#embed-color').fill('#ffdd00');
      await page.locator('#embed-radius-large').check();
      await page.locator('#embed-font-noto').check();
      await submitBuilder(page);

      const frameUrl = `${portalOrigin()}/ar/embed/angebote?category=childcare&color=ffdd00&font=noto&radius=large`;
      const script = await snippet(page, 'script');
      expect(script).toContain(`data-lang="ar" href="${frameUrl.replace(/&/g, '&amp;')}"`);
      expect(script).toMatch(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
      expect(await snippet(page, 'iframe')).toContain(
        `<a href="${portalOrigin()}/ar/angebote?category=childcare">`
      );
      expect(await page.getByTestId('embed-preview').getAttribute('src')).toBe(frameUrl);
      // Yellow has too little contrast on white: the builder says which colour the frame uses.
      const check = checkThemeColor('ffdd00');
      if (!check.ok) throw new Error('the colour was refused');
      const notice = await page.getByTestId('embed-color-adjusted').textContent();
      expect(notice).toContain('#ffdd00');
      expect(notice).toContain(check.color);
      // The choices stay as sent.
      expect(await page.locator('#embed-color').inputValue()).toBe('#ffdd00');
      expect(await page.locator('#embed-view-childcare').isChecked()).toBe(true);
      expect(await page.locator('#embed-radius-large').isChecked()).toBe(true);

      // The preview is the embed view itself, in Arabic, with the theme's stylesheet.
      const frame = page.frames().find((candidate) => candidate.url() === frameUrl);
      if (!frame) throw new Error('no preview frame');
      await frame.waitForLoadState('load');
      expect(await frame.getAttribute('html', 'lang')).toBe('ar');
      expect(await frame.locator('link[href^="/embed/v1/theme.css"]').count()).toBe(1);

      await page.screenshot({
        path: path.join(SCREENSHOTS, `builder-${locale}.png`),
        fullPage: true,
      });
      await expectAccessible(page.url(), `${locale} embed builder`);
    }
  );

  test.each(['de', 'ar'])(
    'in %s: a foreign address and a word for a colour are named in an error summary, nothing is generated',
    async (locale) => {
      const page = await context.newPage();
      await page.goto(
        portalUrl(
          locale,
          '/einbetten?view=other&address=https%3A%2F%2Fwww.example.org%2F&color=blau'
        ),
        { waitUntil: 'load' }
      );
      const summary = page.getByTestId('error-summary');
      expect(
        await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      ).toEqual(['#embed-address', '#embed-color']);
      expect(await summary.textContent()).toContain(
        uiString(locale, 'embedBuilder.errors.address.foreign')
      );
      expect(await summary.textContent()).toContain(uiString(locale, 'embedBuilder.errors.color'));
      expect(await page.locator('#embed-address').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#embed-color').getAttribute('aria-invalid')).toBe('true');
      expect(await page.title()).toMatch(
        new RegExp(`^${uiString(locale, 'forms.errorTitlePrefix')}`)
      );
      expect(
        await page.locator('#embed-snippet-script, [data-testid="embed-preview"]').count()
      ).toBe(0);
      // What was typed stays, to be corrected.
      expect(await page.locator('#embed-address').inputValue()).toBe('https://www.example.org/');
      await expectAccessible(page.url(), `${locale} embed builder with errors`);

      // A page of the portal without an embed view.
      await page.locator('#embed-address').fill(`${portalOrigin()}/${locale}/seiten/impressum`);
      await page.locator('#embed-color').fill('');
      await submitBuilder(page);
      expect(await summary.textContent()).toContain(
        uiString(locale, 'embedBuilder.errors.address.notEmbeddable')
      );
      expect(await summary.locator('a').count()).toBe(1);

      // An offer, copied from the address bar of its full page, keeps its language.
      await page
        .locator('#embed-address')
        .fill(`${portalOrigin()}/${locale}/angebote/${SAMPLE_OFFER_SLUG}`);
      await submitBuilder(page);
      expect(await summary.count()).toBe(0);
      expect(await snippet(page, 'iframe')).toContain(
        `src="${portalOrigin()}/${locale}/embed/angebote/${SAMPLE_OFFER_SLUG}"`
      );
    }
  );
});

describe('the embed builder with JavaScript, and its snippet on the city’s page', () => {
  let cityServer: Server;
  let cityPort: number;
  let portal: PortalInstance;
  let origin: string;
  let browser: Browser;
  /** What the city's page holds: the snippet as copied, and the CSP the builder named. */
  const city = { snippet: '', csp: '' };
  const cityOrigin = () => `http://${CITY}:${cityPort}`;

  beforeAll(async () => {
    cityServer = createServer((request, response) => {
      const lang = new URL(request.url ?? '/', 'http://city').searchParams.get('lang') ?? 'de';
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-security-policy', city.csp);
      response.end(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Stadt Lehrte – Kinderbetreuung</title></head>
<body><main><h1>Kinderbetreuung in Lehrte</h1>
${city.snippet}
</main></body></html>`);
    });
    await new Promise<void>((resolve) => cityServer.listen(0, '127.0.0.1', resolve));
    cityPort = (cityServer.address() as AddressInfo).port;
    portal = await startPortalInstance('portal-embed-builder', (own) => ({
      NUXT_PUBLIC_I18N_BASE_URL: own.replace('127.0.0.1', PORTAL),
      NUXT_EMBED_FRAME_ANCESTORS: cityOrigin(),
    }));
    origin = portal.origin.replace('127.0.0.1', PORTAL);
    browser = await launchCrossSiteBrowser(
      [CITY, PORTAL],
      // The clipboard is for secure contexts; the portal runs on https in production.
      [`--unsafely-treat-insecure-origin-as-secure=${origin}`]
    );
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await new Promise((resolve) => cityServer?.close(resolve));
  });

  test('copy, paste into an Arabic city page: the form opens in Arabic, in the city’s colour', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/de/einbetten?view=childcareForm&color=ffdd00&radius=large`, {
      waitUntil: 'load',
    });
    expect(await page.getByTestId('embed-allowed-sites').textContent()).toContain(cityOrigin());

    // The host script sizes the preview to its content.
    const preview = page.getByTestId('embed-preview');
    expect(
      await eventually(
        async () =>
          (await preview.evaluate((element) => (element as HTMLElement).style.height)) !== '',
        true
      )
    ).toBe(true);

    const copy = page.locator('[data-copy-snippet="embed-snippet-script"]');
    await copy.click();
    const status = page.getByTestId('embed-snippet-script').locator('[role="status"]');
    await status.filter({ hasText: uiString('de', 'embedBuilder.copied') }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet(page, 'script'));

    city.snippet = copied;
    city.csp = `${(await page.locator('.embed-builder__result code').textContent()) ?? ''}`;
    expect(city.csp).toBe(`frame-src ${origin}; script-src ${origin}`);

    const host = await context.newPage();
    await host.goto(`${cityOrigin()}/?lang=ar`, { waitUntil: 'load' });
    let frame: Frame | undefined;
    await eventually(async () => {
      frame = host.frames().find((candidate) => candidate.url().includes('/embed/formulare/'));
      return frame !== undefined;
    }, true);
    if (!frame) throw new Error('the snippet made no frame');
    await frame.waitForLoadState('load');
    expect(new URL(frame.url()).pathname).toBe('/ar/embed/formulare/kita-anmeldung');
    expect(await frame.getAttribute('html', 'dir')).toBe('rtl');
    const check = checkThemeColor('ffdd00');
    if (!check.ok) throw new Error('the colour was refused');
    const primary = await frame.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim()
    );
    expect(primary).toBe(check.color);
    await host.screenshot({ path: path.join(SCREENSHOTS, 'city-page-ar.png'), fullPage: true });
    await context.close();
  });
});
