import {
  addDays,
  cityToday,
  formSnapshotSchema,
  resolveDateBound,
  type FormField,
  type FormSnapshot,
  type GroupItemField,
} from '@teilhabe/forms';
import type { Frame, Page } from 'playwright-core';
import { CHILDCARE_FORM_SLUG } from '../../../shared/routes';
import { cmsOrigin } from './browser';

/**
 * Filling in the demo forms as a resident would, driven by the published
 * snapshot the CMS holds: every question on the page gets an answer its
 * rules accept, so the tests follow the demo forms when their texts or
 * questions change.
 */

/** The childcare registration of the demo forms (`cms/src/demo/data/forms/`). */
export const CHILDCARE_FORM = CHILDCARE_FORM_SLUG;
/** The anonymous report of discrimination of the demo forms. */
export const ANONYMOUS_REPORT_FORM = 'diskriminierung-melden';

/**
 * The published snapshot of a form, read from the CMS as the portal reads it.
 * @param slug the form's slug
 * @returns the snapshot
 */
export async function fetchSnapshot(slug: string): Promise<FormSnapshot> {
  const response = await fetch(`${cmsOrigin()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($slug: String!) { teilhabeForm(slug: $slug) { snapshot } }',
      variables: { slug },
    }),
  });
  const result = (await response.json()) as { data?: { teilhabeForm?: { snapshot: unknown } } };
  return formSnapshotSchema.parse(result.data?.teilhabeForm?.snapshot);
}

function dateAnswer(field: Extract<FormField, { type: 'date' }>): [string, string, string] {
  const today = cityToday();
  const min = field.min ? resolveDateBound(field.min, today) : null;
  const max = field.max ? resolveDateBound(field.max, today) : null;
  // A birth date is in the past, a start in the future: a year inside the bounds.
  const date = min && max ? min : max ? addDays(max, -400) : min ? addDays(min, 30) : today;
  const [year, month, day] = date.split('-');
  return [String(Number(day)), String(Number(month)), year ?? ''];
}

async function fillField(
  page: Page | Frame,
  field: FormField | GroupItemField,
  id: string
): Promise<void> {
  const input = (suffix = '') => page.locator(`#${id}${suffix}`);
  switch (field.type) {
    case 'shortText':
    case 'longText':
      await input().fill('Testangabe'.padEnd(field.minLength ?? 0, '.'));
      return;
    case 'email':
      await input().fill('amina.test@example.org');
      return;
    case 'phone':
      await input().fill('05132 1234');
      return;
    case 'number':
      await input().fill(String(field.min ?? 1));
      return;
    case 'date': {
      const [day, month, year] = dateAnswer(field);
      await input('-day').fill(day);
      await input('-month').fill(month);
      await input('-year').fill(year);
      return;
    }
    case 'name':
      await input('-given').fill('Amina');
      await input('-family').fill('Haddad');
      return;
    case 'address':
      await input('-street').fill('Bahnhofstraße');
      await input('-houseNumber').fill('12');
      await input('-postalCode').fill('31275');
      await input('-city').fill('Lehrte');
      return;
    case 'singleChoice':
      if (field.display === 'select') {
        await input().selectOption({ index: 1 });
      } else {
        await input().check();
      }
      return;
    case 'multipleChoice':
      await input().check();
      return;
    case 'yesNo':
      await input('-no').check();
      return;
    case 'consent':
      await input().check();
      return;
    default:
  }
}

/**
 * Answers every question of the page the browser shows (the `data-page` of
 * the form page names its step, or step and question).
 * @param page a form page
 * @param snapshot the form's snapshot
 * @returns the page's key (`data-page`)
 */
export async function fillCurrentPage(page: Page | Frame, snapshot: FormSnapshot): Promise<string> {
  const pageKey = (await page.locator('[data-page]').getAttribute('data-page')) ?? '';
  const [stepKey, only] = pageKey.split('.');
  const step = snapshot.definition.steps.find((entry) => entry.key === stepKey);
  for (const field of step?.fields ?? []) {
    if (only && field.key !== only) {
      continue;
    }
    if ((await page.locator(`[data-field="${field.key}"]`).count()) === 0) {
      continue;
    }
    if (field.type === 'group') {
      for (const item of field.fields) {
        await fillField(page, item, `field-${field.key}-0-${item.key}`);
      }
      continue;
    }
    await fillField(page, field, `field-${field.key}`);
  }
  return pageKey;
}

/**
 * The CMS refuses a form sent sooner than 3 s after it was first shown (a
 * bot's speed); a test fills the steps faster than that, so it waits a little
 * longer before sending, as any person takes.
 */
const MIN_FILL_WAIT_MS = 3_100;

/**
 * Presses the send button on the review page, no sooner than a person could.
 * @param page the form page on its review step
 * @param name the send button's label in the page's locale
 * @param javaScript whether the page runs JavaScript
 */
export async function sendForm(
  page: Page | Frame,
  name: string,
  javaScript: boolean
): Promise<void> {
  await page.waitForTimeout(MIN_FILL_WAIT_MS);
  await pressFormButton(page, name, javaScript);
}

/**
 * Presses a button of the form and waits for the next page: a full page load
 * without JavaScript, the new step's heading with it.
 * @param page a form page
 * @param name the button's accessible name
 * @param javaScript whether the context runs JavaScript
 */
export async function pressFormButton(
  page: Page | Frame,
  name: string,
  javaScript: boolean
): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (javaScript) {
    const renders = await page.locator('[data-renders]').getAttribute('data-renders');
    await button.click();
    // Changed and quiet: a choice may have asked for its page first, and the
    // press waited for it (`data-form-busy` while the script has work left).
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-renders]')?.getAttribute('data-renders') !== before &&
        !document.documentElement.hasAttribute('data-form-busy'),
      renders
    );
    return;
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}
