import type { Browser } from 'playwright-core';
import { LOCALE_CODES, PORTAL_LOCALES } from '@teilhabe/locales';
import { launchBrowser, openRoute, portalOrigin } from './support/browser';

describe('languages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('/ redirects to /de on the server, without a cookie', async () => {
    const response = await fetch(`${portalOrigin()}/`, { redirect: 'manual' });
    expect([301, 302, 307, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location') ?? '', portalOrigin()).pathname).toBe('/de');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test.each(PORTAL_LOCALES.map(({ code, language, dir }) => ({ code, language, dir })))(
    '/$code sets <html lang="$language" dir="$dir">',
    async ({ code, language, dir }) => {
      const context = await browser.newContext();
      const { page } = await openRoute(context, code, '/');
      const html = page.locator('html');
      await expect(html.getAttribute('lang')).resolves.toBe(language);
      await expect(html.getAttribute('dir')).resolves.toBe(dir);
      await context.close();
    }
  );

  test('hreflang alternates name all seven locales and x-default', async () => {
    const context = await browser.newContext();
    const { page } = await openRoute(context, 'ar', '/seiten/impressum');
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [
          link.getAttribute('hreflang'),
          new URL((link as HTMLLinkElement).href).pathname,
        ])
      );
    expect(Object.fromEntries(alternates)).toEqual({
      'x-default': '/de/seiten/impressum',
      ...Object.fromEntries(
        PORTAL_LOCALES.map(({ code, language }) => [language, `/${code}/seiten/impressum`])
      ),
    });
    await context.close();
  });

  test('the language switcher works without JavaScript and keeps the page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openRoute(context, 'de', '/seiten/impressum');
    const switcher = page.getByRole('navigation', { name: 'Sprache wählen' });
    const links = switcher.getByRole('link');
    await expect(links.count()).resolves.toBe(LOCALE_CODES.length);

    const arabic = switcher.getByRole('link', { name: 'العربية' });
    await expect(arabic.getAttribute('lang')).resolves.toBe('ar');
    await expect(arabic.getAttribute('hreflang')).resolves.toBe('ar');
    await arabic.click();
    await page.waitForURL('**/ar/seiten/impressum');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');

    await page.getByRole('link', { name: 'Українська' }).click();
    await page.waitForURL('**/uk/seiten/impressum');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
    await context.close();
  });

  test('the current language is marked in the switcher', async () => {
    const context = await browser.newContext();
    const { page } = await openRoute(context, 'fa', '/');
    const current = page.locator('.language-switcher [aria-current="true"]');
    await expect(current.textContent()).resolves.toContain('فارسی');
    await context.close();
  });
});
