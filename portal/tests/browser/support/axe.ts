import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** The rules of WCAG 2.0 and 2.1, levels A and AA (BITV 2.0 / EN 301 549). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}

/** One failed axe rule with the elements it failed on. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

let axeSource: string | undefined;

function loadAxeSource(): string {
  axeSource ??= readFileSync(
    path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'),
    'utf8'
  );
  return axeSource;
}

/**
 * Injects axe-core into a loaded page and runs the WCAG 2.1 A/AA rules.
 * The script is evaluated rather than added as a tag, so that a page whose
 * content security policy forbids inline scripts (the CMS's admin panel)
 * can be checked too.
 * @param page a page that has finished loading
 * @param within a CSS selector: check only this part of the page (one's own markup inside a
 *   foreign UI); the whole document by default
 * @returns the violations; empty when the page passes
 */
export async function findAxeViolations(
  page: Page | Frame,
  within?: string
): Promise<AxeViolation[]> {
  await page.evaluate(loadAxeSource());
  return page.evaluate(
    async ({ tags, part }) => {
      type AxeRun = (
        context: Document | { include: string[][] },
        options: object
      ) => Promise<{ violations: AxeViolation[] }>;
      const { axe } = window as unknown as { axe: { run: AxeRun } };
      const context = part ? { include: [[part]] } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    },
    { tags: WCAG_TAGS, part: within }
  );
}

/**
 * Formats violations for a test failure message.
 * @param violations from {@link findAxeViolations}
 * @returns one block per rule with its failing elements
 */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
        ...violation.nodes.map(
          (node) =>
            `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`
        ),
      ].join('\n')
    )
    .join('\n\n');
}
