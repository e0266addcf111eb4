import type { Browser } from 'playwright-core';
import { launchBrowser, portalUrl, waitForFormScript } from './support/browser';
import { errorSummaryHasFocus, PHONE_VIEWPORT } from './support/form-pages';
import { uiString } from './support/ui-strings';

// The first page of this demo form asks for a level (single choice), the times
// (multiple choice, required) and whether childcare is needed (yes/no), which
// shows the required number of children when answered "yes".
const FORM = 'sprachkurs-interesse';

const isBusy = () => document.documentElement.hasAttribute('data-form-busy');

describe("a form page's script while a choice asks for its page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('what the resident does meanwhile is kept, and "continue" is pressed once the page is there', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    try {
      // The choice's request is held back until the resident has gone on.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let choicePosts = 0;
      let posts = 0;
      await page.route(`**/de/formulare/${FORM}`, async (route) => {
        const request = route.request();
        if (request.method() === 'POST') {
          posts += 1;
          if ((request.postData() ?? '').includes('_action=stay')) {
            choicePosts += 1;
            await held;
          }
        }
        await route.continue();
      });
      await page.goto(portalUrl('de', `/formulare/${FORM}`), { waitUntil: 'load' });
      await waitForFormScript(page);
      expect(await page.locator('input[name="childrenCount"]').count()).toBe(0);

      await page.locator('input[name="childcare"][value="true"]').check();
      await page.waitForFunction(isBusy);
      const level = page.locator('input[name="level"]').first();
      const levelValue = await level.getAttribute('value');
      await level.check();
      await page
        .getByRole('button', { name: uiString('de', 'forms.continue'), exact: true })
        .click();
      // The press waits: nothing was posted besides the choice, and the page is unchanged.
      expect(posts).toBe(1);
      expect(await page.locator('[data-form-root]').getAttribute('data-renders')).toBe('0');

      release();
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-form-busy'));
      expect(choicePosts).toBe(1);
      expect(posts).toBe(2);
      // The choice's page, then the answer to "continue": the number of children is
      // asked now, and it and the times are missing. The level chosen while the
      // choice's page was on its way was sent and is no error.
      expect(await page.locator('[data-form-root]').getAttribute('data-renders')).toBe('2');
      await page.getByTestId('error-summary').waitFor();
      expect(await errorSummaryHasFocus(page)).toBe(true);
      expect(await page.getByTestId('error-summary').locator('a').count()).toBe(2);
      expect(await page.locator('input[name="childrenCount"]').count()).toBe(1);
      expect(await page.locator(`input[name="level"][value="${levelValue}"]`).isChecked()).toBe(
        true
      );
      expect(await page.locator('input[name="childcare"][value="true"]').isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
