import type { Browser, BrowserContext } from 'playwright-core';
import { PORTAL_ROUTES } from './support/routes';
import { launchBrowser, openRoute } from './support/browser';
import { uiString } from './support/ui-strings';

const missing = PORTAL_ROUTES.find((route) => route.expectedStatus === 404);

describe('error pages', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'en', 'ar', 'uk'])(
    'a missing page answers 404 with a page in %s',
    async (locale) => {
      const { page, response } = await openRoute(context, locale, missing?.path ?? '');
      expect(response.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        uiString(locale, 'error.notFound.title')
      );
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
      const home = page.getByRole('link', { name: uiString(locale, 'site.backHome') });
      await expect(home.getAttribute('href')).resolves.toBe(`/${locale}`);
      await page.close();
    }
  );

  test('an unknown path below a locale is a localized 404 too', async () => {
    const { page, response } = await openRoute(context, 'tr', '/gibt/es/nicht');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      uiString('tr', 'error.notFound.title')
    );
    await page.close();
  });
});
