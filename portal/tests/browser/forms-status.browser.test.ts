import type { FormSnapshot } from '@teilhabe/forms';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, portalUrl } from './support/browser';
import { expectNoSeriousAxeViolations, PHONE_VIEWPORT } from './support/form-pages';
import { changeStatusInInbox } from './support/caseworker';
import {
  CHILDCARE_FORM,
  fetchSnapshot,
  fillCurrentPage,
  pressFormButton,
  sendForm,
} from './support/forms';
import { uiString } from './support/ui-strings';

/** Sends the childcare registration in a locale without JavaScript; returns reference and code. */
async function sendChildcare(page: Page, snapshot: FormSnapshot, locale: string) {
  await page.goto(portalUrl(locale, `/formulare/${CHILDCARE_FORM}`), { waitUntil: 'load' });
  for (let step = 0; step < 20; step++) {
    await fillCurrentPage(page, snapshot);
    await pressFormButton(page, uiString(locale, 'forms.continue'), false);
    if ((await page.locator('[data-stage]').getAttribute('data-stage')) === 'review') {
      break;
    }
  }
  await sendForm(page, uiString(locale, 'forms.send'), false);
  if ((await page.locator('[data-stage]').getAttribute('data-stage')) !== 'sent') {
    // Say why the form was not sent (an error summary, a refusal) instead of timing out.
    throw new Error(`not sent: ${(await page.locator('main').innerText()).slice(0, 600)}`);
  }
  return {
    reference: (await page.getByTestId('reference').textContent())?.trim() ?? '',
    code: (await page.getByTestId('status-code').textContent())?.trim() ?? '',
  };
}

async function lookUp(page: Page, locale: string, reference: string, code: string) {
  const response = await page.goto(portalUrl(locale, '/status'), { waitUntil: 'load' });
  expect(response?.headers()['cache-control']).toBe('no-store');
  await page.locator('#status-reference').fill(reference);
  await page.locator('#status-code').fill(code);
  const [lookup] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: uiString(locale, 'status.submit'), exact: true }).click(),
  ]);
  // A POST to the page itself: nothing of reference or code in the address.
  expect(lookup?.request().method()).toBe('POST');
  expect(page.url()).toBe(portalUrl(locale, '/status'));
  expect(lookup?.headers()['cache-control']).toBe('no-store');
}

describe('status page', () => {
  let browser: Browser;
  let snapshot: FormSnapshot;

  beforeAll(async () => {
    browser = await launchBrowser();
    snapshot = await fetchSnapshot(CHILDCARE_FORM);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("after a caseworker's change, the history is in Arabic; withdrawing asks first, then deletes", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: PHONE_VIEWPORT,
      bypassCSP: true,
    });
    const page = await context.newPage();
    try {
      const { reference, code } = await sendChildcare(page, snapshot, 'ar');
      const [, next] = snapshot.definition.statuses;
      expect(next).toBeDefined();
      // Written by the caseworker in German; residents get it as written.
      const note = 'Bitte bringen Sie das Vorsorgeheft Ihres Kindes mit.';
      await changeStatusInInbox(browser, {
        form: snapshot.texts.title.de,
        reference,
        status: next!.label.de,
        text: note,
      });

      await lookUp(page, 'ar', reference, code);
      const history = page.getByTestId('status-history');
      await expect(history.textContent()).resolves.toContain(next!.label.ar ?? '');
      await expect(history.textContent()).resolves.toContain(next!.message.ar ?? '');
      await expect(history.textContent()).resolves.toContain(note);
      await expect(history.textContent()).resolves.toContain(
        snapshot.definition.statuses[0]!.label.ar ?? ''
      );

      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByTestId('withdraw').click(),
      ]);
      await page.getByTestId('withdraw-confirm').waitFor();
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByTestId('withdraw-confirmed').click(),
      ]);
      await page.getByTestId('status-withdrawn').waitFor();

      // Afterwards the status page says the data is gone.
      await lookUp(page, 'ar', reference, code);
      await page.getByTestId('status-deleted').waitFor();
    } finally {
      await context.close();
    }
  });

  test('in a browser with JavaScript on (the page sends none), the lookup right after sending shows the history in Arabic, axe-clean', async () => {
    const sender = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE_VIEWPORT });
    const { reference, code } = await sendChildcare(await sender.newPage(), snapshot, 'ar');
    await sender.close();
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(portalUrl('ar', '/status'), { waitUntil: 'load' });
      await page.locator('#status-reference').fill(reference);
      await page.locator('#status-code').fill(code);
      await page
        .getByRole('button', { name: uiString('ar', 'status.submit'), exact: true })
        .click();
      const history = page.getByTestId('status-history');
      await history.waitFor();
      await expect(history.textContent()).resolves.toContain(
        snapshot.definition.statuses[0]!.label.ar ?? ''
      );
      // A plain post: reference and code never appear in an address.
      expect(page.url()).toBe(portalUrl('ar', '/status'));
      await expectNoSeriousAxeViolations(page, 'ar status history');
      // From the German page, the Arabic history keeps its language and direction.
      await page.goto(portalUrl('de', '/status'), { waitUntil: 'load' });
      await page.locator('#status-reference').fill(reference);
      await page.locator('#status-code').fill(code);
      await page
        .getByRole('button', { name: uiString('de', 'status.submit'), exact: true })
        .click();
      await page.locator('section[lang="ar"][dir="rtl"] [data-testid="status-history"]').waitFor();
    } finally {
      await context.close();
    }
  });

  test.each(['de', 'ar'])(
    'a wrong code in %s: the error summary, and no history',
    async (locale) => {
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, bypassCSP: true });
      const page = await context.newPage();
      try {
        await page.goto(portalUrl(locale, '/status'), { waitUntil: 'load' });
        await expectNoSeriousAxeViolations(page, `${locale} status form`);
        await page.locator('#status-reference').fill('ABCDEFGH');
        await page.locator('#status-code').fill('falsch-falsch-falsch');
        await page
          .getByRole('button', { name: uiString(locale, 'status.submit'), exact: true })
          .click();
        await page.getByTestId('error-summary').waitFor();
        expect(await page.getByTestId('status-history').count()).toBe(0);
        await expectNoSeriousAxeViolations(page, `${locale} status error`);
      } finally {
        await context.close();
      }
    }
  );
});
