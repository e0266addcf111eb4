import type { Browser, BrowserContext } from 'playwright-core';
import { PORTAL_ROUTES } from './support/routes';
import { findAxeViolations, formatViolations } from './support/axe';
import { launchBrowser, openRoute } from './support/browser';

/** German, the source language, and Arabic, written right to left. */
const LOCALES = ['de', 'ar'];

const cases = LOCALES.flatMap((locale) => PORTAL_ROUTES.map((route) => ({ locale, ...route })));

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The portal's CSP rightly refuses the injected axe script; the audit may bypass it.
    context = await browser.newContext({ bypassCSP: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(cases)('$locale $path ($name) has no violations', async ({ locale, path }) => {
    const { page } = await openRoute(context, locale, path);
    try {
      const violations = await findAxeViolations(page);
      if (violations.length > 0) {
        throw new Error(
          `${violations.length} axe violation(s) on /${locale}${path}:\n\n${formatViolations(violations)}`
        );
      }
    } finally {
      await page.close();
    }
  });
});
