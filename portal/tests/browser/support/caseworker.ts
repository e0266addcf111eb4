import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ADMIN_SCREENSHOTS, adminUrl, loginToAdmin } from './admin-panel';

/** The demo caseworker of the childcare registration (`cms/src/demo/caseworkers.ts`). */
export const CHILDCARE_CASEWORKER = 'kita@teilhabe.example';

/**
 * A caseworker's status change in the admin's inbox, as they make it: sign
 * in, open the form, search the reference, open the submission, choose the
 * status, write a message, save. Screenshots the submission in
 * {@link ADMIN_SCREENSHOTS}.
 * @param change the form's German title, the reference, the new status's German label, the message
 */
export async function changeStatusInInbox(
  browser: Browser,
  change: { form: string; reference: string; status: string; text: string }
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  try {
    await loginToAdmin(page, CHILDCARE_CASEWORKER);
    await page.goto(adminUrl('/plugins/teilhabe'));
    await page.getByRole('link', { name: change.form, exact: true }).click();
    await page.getByLabel('Aktenzeichen suchen').fill(change.reference);
    await page.getByRole('button', { name: 'Aktenzeichen suchen', exact: true }).click();
    await page.getByRole('link', { name: change.reference, exact: true }).click();
    await page.getByRole('heading', { name: 'Antworten' }).waitFor();
    await page.getByRole('combobox', { name: 'Neuer Status' }).click();
    await page.getByRole('option', { name: new RegExp(`^${change.status}`) }).click();
    await page.getByLabel('Zusätzliche Nachricht an die Person (optional)').fill(change.text);
    await page.getByRole('button', { name: 'Status speichern', exact: true }).click();
    await page.getByText('Gespeichert.').first().waitFor();
    await page.screenshot({
      path: path.join(ADMIN_SCREENSHOTS, 'inbox-submission.png'),
      fullPage: true,
    });
  } finally {
    await context.close();
  }
}
