import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileSizeText, type FormSnapshot } from '@teilhabe/forms';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_SCREENSHOTS, adminUrl, loginToAdmin } from './support/admin-panel';
import { launchBrowser, portalUrl } from './support/browser';
import { errorLinks, expectNoSeriousAxeViolations, PHONE_VIEWPORT } from './support/form-pages';
import { fetchSnapshot, fillCurrentPage, pressFormButton, sendForm } from './support/forms';
import { uiString } from './support/ui-strings';

/**
 * (#9) A file question in the portal: the counselling appointment request
 * of the demo asks for a letter to discuss (PDF, JPEG or PNG, up to 5 MB).
 * The resident chooses a file, with and without JavaScript; the portal hands
 * it to the CMS and from then on carries only its token, across steps, the
 * language switch and the review, which names the file and its size. A file
 * of the wrong kind is refused with a message at the question, also in
 * Arabic, right to left.
 */
const FORM = 'beratung-termin';
const FIELD = 'letter';
/** The demo caseworker of the counselling requests (`cms/src/demo/caseworkers.ts`). */
const CASEWORKER = 'integration@teilhabe.example';
/** Screenshots for a person to look at. */
const SCREENSHOTS = path.join(process.env.TEILHABE_BROWSER_LOGS ?? '/tmp', 'form-screenshots');

/** A small PDF as a scanner writes one (its content decides, not its name). */
const LETTER = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1'
);

describe('(#9) uploading a file in a form', () => {
  let browser: Browser;
  let snapshot: FormSnapshot;
  /** The reference of the request sent with the letter, for the caseworker. */
  let sentReference = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    snapshot = await fetchSnapshot(FORM);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (locale: string, javaScript: boolean): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: PHONE_VIEWPORT,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(portalUrl(locale, `/formulare/${FORM}`), { waitUntil: 'load' });
    return page;
  };

  const fileInput = (page: Page) => page.locator(`#field-${FIELD}`);

  test.each([false, true])(
    'in German (JavaScript %s): the letter goes along to the review and the receipt',
    async (javaScript) => {
      const page = await open('de', javaScript);
      try {
        const field = snapshot.definition.steps
          .flatMap((step) => step.fields)
          .find((entry) => entry.key === FIELD);
        expect(field?.type).toBe('file');
        await expect(fileInput(page).getAttribute('accept')).resolves.toBe(
          'application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png'
        );
        // The question's own hint, then what it takes.
        await expect(page.locator(`#field-${FIELD}-hint`).textContent()).resolves.toMatch(
          /zum Termin mitbringen\. Erlaubt: PDF, JPEG oder PNG, höchstens 5 MB je Datei\.\s*$/
        );
        await expect(page.getByTestId('form').getAttribute('enctype')).resolves.toBe(
          'multipart/form-data'
        );
        if (javaScript) {
          await expectNoSeriousAxeViolations(page, 'de counselling, the step with the file');
        }
        await fillCurrentPage(page, snapshot);
        await fileInput(page).setInputFiles({
          name: 'Bescheid Jobcenter.pdf',
          mimeType: 'application/pdf',
          buffer: LETTER,
        });
        await pressFormButton(page, uiString('de', 'forms.continue'), javaScript);
        expect(await page.getByTestId('error-summary').count()).toBe(0);
        await expect(page.locator('[data-page]').getAttribute('data-page')).resolves.toBe(
          'contact'
        );
        // The language switch keeps the file as it keeps every answer.
        if (!javaScript) {
          await Promise.all([
            page.waitForNavigation({ waitUntil: 'load' }),
            page.locator('button[data-locale="en"]').click(),
          ]);
          expect(await page.getAttribute('html', 'lang')).toBe('en');
        }
        const locale = javaScript ? 'de' : 'en';
        // A choice reveals the e-mail or phone question on the same page: fill until the review.
        for (let step = 0; step < 4; step++) {
          await fillCurrentPage(page, snapshot);
          await pressFormButton(page, uiString(locale, 'forms.continue'), javaScript);
          if ((await page.locator('[data-stage]').getAttribute('data-stage')) === 'review') {
            break;
          }
        }
        await expect(page.locator('[data-stage]').getAttribute('data-stage')).resolves.toBe(
          'review'
        );
        const size = fileSizeText(LETTER.length, locale);
        await expect(page.locator('.answers').textContent()).resolves.toContain(
          `Bescheid Jobcenter.pdf (${size})`
        );
        // Back on its page the file is listed, with a button to remove it.
        await pressFormButton(
          page,
          `${uiString(locale, 'forms.review.change')} ${snapshot.definition.steps[0]!.title[locale as 'de']}`,
          javaScript
        );
        await expect(page.locator('.form-files').textContent()).resolves.toContain(
          'Bescheid Jobcenter.pdf'
        );
        if (!javaScript) {
          await page.screenshot({
            path: path.join(SCREENSHOTS, 'files-en-uploaded.png'),
            fullPage: true,
          });
        }
        await pressFormButton(page, uiString(locale, 'forms.saveAndReview'), javaScript);
        await sendForm(page, uiString(locale, 'forms.send'), javaScript);
        await page.getByTestId('form-sent').waitFor();
        await expect(page.getByTestId('form-sent').textContent()).resolves.toContain(
          `Bescheid Jobcenter.pdf (${size})`
        );
        sentReference = ((await page.getByTestId('reference').textContent()) ?? '').trim();
      } finally {
        await page.context().close();
      }
    }
  );

  test.each([false, true])(
    'in Arabic (JavaScript %s): a text file called .pdf is refused at its question, right to left',
    async (javaScript) => {
      const page = await open('ar', javaScript);
      try {
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        await fillCurrentPage(page, snapshot);
        await fileInput(page).setInputFiles({
          name: 'رسالة.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('هذا ليس ملف PDF\n'),
        });
        await pressFormButton(page, uiString('ar', 'forms.continue'), javaScript);
        const summary = page.getByTestId('error-summary');
        await summary.waitFor();
        const message = 'يجب أن يكون الملف في «رسالة تودّون مناقشتها» بصيغة PDF أو JPEG أو PNG';
        await expect(summary.textContent()).resolves.toContain(message);
        await expect(summary.locator('a', { hasText: message }).getAttribute('href')).resolves.toBe(
          `#field-${FIELD}`
        );
        await expect(errorLinks(page)).resolves.toEqual({ count: 1, broken: [] });
        await expect(page.locator(`#field-${FIELD}-error`).textContent()).resolves.toContain(
          message
        );
        await expect(fileInput(page).getAttribute('aria-invalid')).resolves.toBe('true');
        // The other answers of the page are kept.
        await expect(page.locator('[data-page]').getAttribute('data-page')).resolves.toBe('topic');
        if (javaScript) {
          await expectNoSeriousAxeViolations(page, 'ar counselling, a refused file');
        } else {
          await page.screenshot({
            path: path.join(SCREENSHOTS, 'files-ar-refused.png'),
            fullPage: true,
          });
        }
      } finally {
        await page.context().close();
      }
    }
  );

  test('the caseworker finds the letter in the inbox and downloads it as it was sent', async () => {
    expect(sentReference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await loginToAdmin(page, CASEWORKER);
      await page.goto(adminUrl('/plugins/teilhabe'));
      await page.getByRole('link', { name: snapshot.texts.title.de, exact: true }).click();
      await page.getByLabel('Aktenzeichen suchen').fill(sentReference);
      await page.getByRole('button', { name: 'Aktenzeichen suchen', exact: true }).click();
      await page.getByRole('link', { name: sentReference, exact: true }).click();
      await page.getByRole('heading', { name: 'Dateien' }).waitFor();
      const download = page.getByRole('button', {
        name: 'Bescheid Jobcenter.pdf herunterladen',
        exact: true,
      });
      await expect(
        page.getByText(`PDF · ${fileSizeText(LETTER.length, 'de')}`).count()
      ).resolves.toBe(1);
      await page.screenshot({
        path: path.join(ADMIN_SCREENSHOTS, 'inbox-files.png'),
        fullPage: true,
      });
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toBe('Bescheid Jobcenter.pdf');
      expect(Buffer.compare(readFileSync((await file.path())!), LETTER)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
