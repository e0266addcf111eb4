import type { FormSnapshot } from '@teilhabe/forms';
import type { Browser } from 'playwright-core';
import { launchBrowser, portalUrl } from './support/browser';
import { expectNoSeriousAxeViolations, PHONE_VIEWPORT } from './support/form-pages';
import {
  ANONYMOUS_REPORT_FORM,
  fetchSnapshot,
  fillCurrentPage,
  pressFormButton,
  sendForm,
} from './support/forms';
import { uiString } from './support/ui-strings';

describe('anonymous report of discrimination', () => {
  let browser: Browser;
  let snapshot: FormSnapshot;

  beforeAll(async () => {
    browser = await launchBrowser();
    snapshot = await fetchSnapshot(ANONYMOUS_REPORT_FORM);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each([false, true])(
    'in Turkish (JavaScript %s): who reads it, nothing remembered, a receipt shown once',
    async (javaScript) => {
      const context = await browser.newContext({
        javaScriptEnabled: javaScript,
        viewport: PHONE_VIEWPORT,
        bypassCSP: true,
      });
      const page = await context.newPage();
      try {
        const response = await page.goto(portalUrl('tr', `/formulare/${ANONYMOUS_REPORT_FORM}`), {
          waitUntil: 'load',
        });
        expect(response?.headers()['cache-control']).toBe('no-store');
        expect(await page.getAttribute('html', 'lang')).toBe('tr');
        expect(snapshot.settings.anonymous).toBe(true);
        // The browser must not remember anything typed into an anonymous report.
        await expect(page.getByTestId('form').getAttribute('autocomplete')).resolves.toBe('off');
        const notice = page.getByTestId('anonymous-notice');
        await expect(notice.textContent()).resolves.toContain(
          uiString('tr', 'forms.anonymous.whoReads')
        );
        await expect(notice.textContent()).resolves.toContain(
          uiString('tr', 'forms.anonymous.deleted').replace(
            '{days}',
            String(snapshot.settings.retentionDays)
          )
        );
        const counselling = await page.getByTestId('counselling-link').getAttribute('href');
        expect(counselling).toBe('/tr/angebote?category=counselling');
        if (javaScript) {
          await expectNoSeriousAxeViolations(page, 'tr report, first step');
        }

        for (let step = 0; step < 20; step++) {
          await fillCurrentPage(page, snapshot);
          for (const input of await page
            .locator('[data-testid="form"] input[type="text"], textarea')
            .all()) {
            await expect(input.getAttribute('autocomplete')).resolves.toBe('off');
          }
          await pressFormButton(page, uiString('tr', 'forms.continue'), javaScript);
          expect(await page.getByTestId('error-summary').count()).toBe(0);
          if ((await page.locator('[data-stage]').getAttribute('data-stage')) === 'review') {
            break;
          }
        }
        if (javaScript) {
          await expectNoSeriousAxeViolations(page, 'tr report, review');
        }
        await sendForm(page, uiString('tr', 'forms.send'), javaScript);
        await page.getByTestId('form-sent').waitFor();
        const receipt = (await page.getByTestId('receipt').textContent())?.replace(/\D/g, '') ?? '';
        expect(receipt.length).toBeGreaterThanOrEqual(16);
        expect(await page.getByTestId('reference').count()).toBe(0);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
          uiString('tr', 'forms.sent.titleAnonymous')
        );
        // The print button needs JavaScript; without it the browser's own print remains.
        expect(await page.getByTestId('print').isVisible()).toBe(javaScript);
        if (javaScript) {
          await expectNoSeriousAxeViolations(page, 'tr report, receipt');
        }
      } finally {
        await context.close();
      }
    }
  );
});
