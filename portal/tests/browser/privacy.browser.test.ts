import type { Browser, BrowserContext, Request } from 'playwright-core';
import { PORTAL_ROUTES } from './support/routes';
import { CHILDCARE_FORM_SLUG } from '../../shared/routes';
import {
  cmsOrigin,
  launchBrowser,
  openRoute,
  portalOrigin,
  waitForFormScript,
} from './support/browser';
import { pressFormButton } from './support/forms';
import { uiString } from './support/ui-strings';

/**
 * The browser talks to the portal only: no CMS, no third parties (fonts, CDNs,
 * analytics), no cookies or web storage (§ 25 TDDDG).
 */
describe('what the browser sends and stores', () => {
  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    context.on('request', (request: Request) => {
      requests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'ar'])(
    'pages in %s load only from the portal and never from the CMS',
    async (locale) => {
      requests.length = 0;
      for (const route of PORTAL_ROUTES) {
        const { page } = await openRoute(context, locale, route.path);
        await page.waitForLoadState('networkidle');
        await page.close();
      }
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => url.startsWith(cmsOrigin()))).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${portalOrigin()}/`))).toEqual([]);
    }
  );

  test('a form step taken in the browser asks the portal, not the CMS', async () => {
    const { page } = await openRoute(context, 'de', `/formulare/${CHILDCARE_FORM_SLUG}`);
    await waitForFormScript(page);
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    await pressFormButton(page, uiString('de', 'forms.continue'), true);
    await page.waitForLoadState('networkidle');
    // The script posts the step to the form's own address.
    expect(requests).toContain(`${portalOrigin()}/de/formulare/${CHILDCARE_FORM_SLUG}`);
    expect(requests.filter((url) => url.startsWith(cmsOrigin()))).toEqual([]);
    await page.close();
  });

  test('no cookies and no web storage', async () => {
    const { page } = await openRoute(context, 'de', '/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('contentinfo').getByRole('link').first().click();
    await page.waitForURL('**/de/seiten/**');
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(await context.cookies()).toEqual([]);
    expect(storage.local).toEqual([]);
    expect(storage.session).toEqual([]);
    await page.close();
  });
});
