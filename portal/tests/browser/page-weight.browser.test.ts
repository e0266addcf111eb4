import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { PORTAL_ROUTES } from './support/routes';
import { launchBrowser, openRoute } from './support/browser';
import { FORM_PAGE_BUDGET_BYTES, SCRIPT_BUDGET_BYTES } from './support/script-budgets';

/**
 * The JavaScript budget of every page type: what a resident on a cheap phone
 * with little data downloads before the page can react. A size, not a
 * timing: the sum of every script the page loads, gzipped here at the
 * default level (independent of what the server's compression happens to
 * pick, Brotli or none).
 */
const budgetOf = (name: string): number =>
  name.startsWith('form-') || name.startsWith('embed-form-')
    ? FORM_PAGE_BUDGET_BYTES
    : SCRIPT_BUDGET_BYTES;

/** Arabic as well: right-to-left pages must not cost more. */
const LOCALES = ['de', 'ar'];

const cases = LOCALES.flatMap((locale) =>
  PORTAL_ROUTES.filter((route) => (route.expectedStatus ?? 200) === 200).map((route) => ({
    locale,
    ...route,
  }))
);

describe('page weight: JavaScript per page', () => {
  let browser: Browser;
  let context: BrowserContext;
  const measured: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    // The figures for docs/benchmarks.md, one line per page.
    process.stdout.write(`JavaScript per page (gzip):\n${measured.join('\n')}\n`);
    await browser?.close();
  });

  test.each(cases)(
    '$locale $path ($name) stays within its JavaScript budget',
    async ({ locale, path, name }) => {
      const bodies: Array<Promise<Buffer>> = [];
      const onResponse = (response: import('playwright-core').Response) => {
        if (response.request().resourceType() === 'script' && response.ok()) {
          bodies.push(response.body());
        }
      };
      context.on('response', onResponse);
      try {
        const { page } = await openRoute(context, locale, path);
        // Lazily hydrated parts fetch their chunks once the browser is idle.
        await page.waitForLoadState('networkidle');
        await page.close();
      } finally {
        context.off('response', onResponse);
      }
      const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      measured.push(
        `${locale} ${name}: ${(total / 1024).toFixed(1)} KB in ${sizes.length} scripts`
      );
      expect(total).toBeLessThanOrEqual(budgetOf(name));
    }
  );
});
