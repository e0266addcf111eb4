import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FormSnapshot } from '@teilhabe/forms';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, portalUrl } from './support/browser';
import {
  expectNoSeriousAxeViolations,
  errorLinks,
  errorSummaryHasFocus,
  PHONE_VIEWPORT,
  recordFormResponses,
} from './support/form-pages';
import { CHILDCARE_FORM, fetchSnapshot, fillCurrentPage, pressFormButton } from './support/forms';
import { uiString } from './support/ui-strings';

/** Screenshots of every step in Arabic at phone width, for a person to look at. */
const SCREENSHOTS = path.join(process.env.TEILHABE_BROWSER_LOGS ?? '/tmp', 'form-screenshots');

interface Walk {
  locale: string;
  javaScript: boolean;
  /** Switch to this locale after the first page, check the answers are kept, and switch back. */
  switchTo?: string;
  screenshots?: string;
}

/**
 * Goes through the childcare registration as a resident: first "continue"
 * with nothing filled in (errors), then every page, the review, and sending.
 * @returns the confirmation's reference and status code
 */
async function walkChildcare(
  page: Page,
  snapshot: FormSnapshot,
  walk: Walk
): Promise<{ reference: string; code: string }> {
  const { locale, javaScript } = walk;
  const shot = async (name: string) => {
    if (walk.screenshots) {
      await page.screenshot({ path: path.join(walk.screenshots, `${name}.png`), fullPage: true });
    }
  };
  // The walk ends in the locale it started in: a switch goes there and back.
  const continueLabel = () => uiString(locale, 'forms.continue');
  // axe runs inside the page: only where the context runs JavaScript (the HTML is the same).
  const axe = async (label: string) => {
    if (javaScript) {
      await expectNoSeriousAxeViolations(page, label);
    }
  };
  await page.goto(portalUrl(locale, `/formulare/${CHILDCARE_FORM}`), { waitUntil: 'load' });
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  await axe(`${locale} first step`);

  // Nothing filled in: the error summary comes first, has focus, and every link leads to an input.
  await pressFormButton(page, continueLabel(), javaScript);
  await page.getByTestId('error-summary').waitFor();
  expect(await errorSummaryHasFocus(page)).toBe(true);
  const links = await errorLinks(page);
  expect(links.count).toBeGreaterThan(0);
  expect(links.broken).toEqual([]);
  expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
  await axe(`${locale} first step with errors`);
  await shot('01-errors');

  let pageNumber = 1;
  const visited = new Set<string>();
  for (;;) {
    visited.add(await fillCurrentPage(page, snapshot));
    await shot(`${String(pageNumber + 1).padStart(2, '0')}-page-${pageNumber}`);
    await pressFormButton(page, continueLabel(), javaScript);
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    if (walk.switchTo && pageNumber === 1) {
      await switchLanguageKeepingAnswers(page, walk.switchTo, locale);
      await switchLanguageKeepingAnswers(page, locale, walk.switchTo);
    }
    pageNumber += 1;
    const stage = await page.locator('[data-stage]').getAttribute('data-stage');
    if (stage === 'review') {
      break;
    }
    await axe(`${locale} page ${pageNumber}`);
    expect(pageNumber).toBeLessThan(30);
  }

  // Check your answers: one "change" per page, then send.
  await page
    .getByRole('heading', { level: 1, name: uiString(locale, 'forms.review.title') })
    .waitFor();
  expect(
    await page.getByRole('button', { name: uiString(locale, 'forms.review.change') }).count()
  ).toBe(visited.size);
  await axe(`${locale} review`);
  await shot(`${String(pageNumber + 1).padStart(2, '0')}-review`);
  await pressFormButton(page, uiString(locale, 'forms.send'), javaScript);

  await page.getByTestId('form-sent').waitFor();
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  const code = (await page.getByTestId('status-code').textContent())?.trim() ?? '';
  expect(reference.replace(/-/g, '')).toMatch(/^[A-Z0-9]{8,}$/);
  expect(code.length).toBeGreaterThanOrEqual(12);
  await axe(`${locale} confirmation`);
  await shot(`${String(pageNumber + 2).padStart(2, '0')}-confirmation`);
  // No reference or code in any address the browser went to.
  expect(page.url()).not.toContain(reference);
  return { reference, code };
}

/**
 * Presses the language button for `target` inside the form, then "back",
 * and checks that the first page still holds what was typed.
 */
async function switchLanguageKeepingAnswers(page: Page, target: string, from: string) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`button[data-locale="${target}"]`).click(),
  ]);
  expect(new URL(page.url()).pathname).toBe(`/${target}/formulare/${CHILDCARE_FORM}`);
  expect(await page.getAttribute('html', 'lang')).toBe(target);
  // The same page as before the switch, in the new language, with the first page's answers.
  expect(from).not.toBe(target);
  await expect(page.getByTestId('form-progress').textContent()).resolves.toContain(
    uiString(target, 'forms.progress').split(' ')[0] ?? ''
  );
  expect(await page.locator('input[type="hidden"][value="Amina"]').count()).toBeGreaterThan(0);
}

describe('childcare registration', () => {
  let browser: Browser;
  let snapshot: FormSnapshot;

  beforeAll(async () => {
    browser = await launchBrowser();
    snapshot = await fetchSnapshot(CHILDCARE_FORM);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function phoneContext(javaScriptEnabled: boolean): Promise<BrowserContext> {
    // axe is injected past the portal's CSP, which rightly refuses it.
    return browser.newContext({ javaScriptEnabled, viewport: PHONE_VIEWPORT, bypassCSP: true });
  }

  test.each([
    { javaScript: false, name: 'without JavaScript' },
    { javaScript: true, name: 'with JavaScript' },
  ])(
    'in Arabic $name: errors, review, reference; switching to German keeps the answers',
    async ({ javaScript }) => {
      const context = await phoneContext(javaScript);
      const page = await context.newPage();
      const responses = recordFormResponses(page);
      try {
        await walkChildcare(page, snapshot, {
          locale: 'ar',
          javaScript,
          switchTo: 'de',
          screenshots: javaScript ? undefined : SCREENSHOTS,
        });
        expect(responses.length).toBeGreaterThan(3);
        for (const response of responses) {
          expect(`${response.url()} ${response.headers()['cache-control']}`).toMatch(/no-store$/);
        }
      } finally {
        await context.close();
      }
    }
  );

  test('in German, every step passes axe at phone width', async () => {
    const context = await phoneContext(true);
    const page = await context.newPage();
    try {
      await walkChildcare(page, snapshot, { locale: 'de', javaScript: true });
    } finally {
      await context.close();
    }
  });

  test('a language button keeps typed answers on the page itself', async () => {
    const context = await phoneContext(false);
    const page = await context.newPage();
    try {
      await page.goto(portalUrl('ar', `/formulare/${CHILDCARE_FORM}`), { waitUntil: 'load' });
      await fillCurrentPage(page, snapshot);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.locator('button[data-locale="de"]').click(),
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await expect(page.locator('input[name$="[given]"]').first().inputValue()).resolves.toBe(
        'Amina'
      );
    } finally {
      await context.close();
    }
  });
});
