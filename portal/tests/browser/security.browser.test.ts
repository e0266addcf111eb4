import type { Browser } from 'playwright-core';
import { PORTAL_ROUTES } from './support/routes';
import { CHILDCARE_FORM_SLUG } from '../../shared/routes';
import {
  launchBrowser,
  openRoute,
  portalOrigin,
  portalUrl,
  waitForFormScript,
} from './support/browser';
import { pressFormButton } from './support/forms';
import { uiString } from './support/ui-strings';

describe('security headers and Content-Security-Policy', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['a page', portalUrl('de', '/')],
    ['a missing page', portalUrl('de', '/seiten/gibt-es-nicht')],
    ['a view model', `${portalOrigin()}/api/view/frame?locale=de`],
    ['the health check', `${portalOrigin()}/healthz`],
  ])('%s carries the headers and no X-Frame-Options', async (_name, url) => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors /);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  test('the view API rejects unknown locales and malformed slugs', async () => {
    const locale = await fetch(`${portalOrigin()}/api/view/home?locale=xx`);
    const slug = await fetch(`${portalOrigin()}/api/view/page?locale=de&slug=..%2Fadmin`);
    expect([locale.status, slug.status]).toEqual([400, 400]);
  });

  test('pages run without Content-Security-Policy violations', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    for (const locale of ['de', 'ar']) {
      for (const route of PORTAL_ROUTES) {
        const { page } = await openRoute(context, locale, route.path);
        await page.waitForLoadState('networkidle');
        await page.close();
      }
    }
    expect(violations).toEqual([]);
    await context.close();
    // Every route in two locales, each until the network is idle.
  }, 180_000);

  test("a form page's script runs under the CSP: a step is taken without a page load", async () => {
    // Reading pages ship no JavaScript; form pages their own script, so the CSP must let it run.
    const context = await browser.newContext();
    const { page } = await openRoute(context, 'de', `/formulare/${CHILDCARE_FORM_SLUG}`);
    await waitForFormScript(page);
    const marker = await page.evaluate(() => {
      (window as unknown as { __stayed?: boolean }).__stayed = true;
      return true;
    });
    expect(marker).toBe(true);
    // The step is put in place by the script: the page counts its steps.
    await pressFormButton(page, uiString('de', 'forms.continue'), true);
    // A full page load would have dropped the marker.
    await expect(
      page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)
    ).resolves.toBe(true);
    await context.close();
  });
});
