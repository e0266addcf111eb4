import type { Frame, Page, Response } from 'playwright-core';
import { findAxeViolations, formatViolations } from './axe';

/** A phone's width: form pages are checked and photographed at it. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/**
 * Fails with a readable list when axe finds serious or critical violations.
 * @param page a loaded page
 * @param label where the page is in the flow, for the message
 */
export async function expectNoSeriousAxeViolations(
  page: Page | Frame,
  label: string
): Promise<void> {
  const violations = (await findAxeViolations(page)).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical'
  );
  if (violations.length > 0) {
    throw new Error(`axe on ${label}:\n\n${formatViolations(violations)}`);
  }
}

/**
 * Records the document responses of a page (full loads without JavaScript,
 * the page script's posts with it), to check their caching headers.
 * @param page a page
 * @returns the responses seen so far, growing
 */
export function recordFormResponses(page: Page): Response[] {
  const seen: Response[] = [];
  page.on('response', (response) => {
    if (['document', 'fetch'].includes(response.request().resourceType())) {
      seen.push(response);
    }
  });
  return seen;
}

/**
 * Whether the element with focus is (inside) the error summary.
 * @param page a form page
 */
export function errorSummaryHasFocus(page: Page | Frame): Promise<boolean> {
  return page.evaluate(
    () => document.activeElement?.closest('[data-testid="error-summary"]') !== null
  );
}

/**
 * The error summary's links whose target does not exist on the page.
 * @param page a form page with errors
 * @returns the hrefs that lead nowhere, and how many links there are
 */
export function errorLinks(page: Page): Promise<{ count: number; broken: string[] }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('[data-testid="error-summary"] a')];
    return {
      count: links.length,
      broken: links
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => !document.getElementById(href.slice(1))),
    };
  });
}
