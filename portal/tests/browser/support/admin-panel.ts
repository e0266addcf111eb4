import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cmsOrigin, launchBrowser } from './browser';
import { CmsAdmin, type PluginUid } from './cms-admin';

/** Where the admin tests put their screenshots, to be looked at. */
export const ADMIN_SCREENSHOTS = path.join(os.tmpdir(), 'teilhabe-admin-screenshots');

/**
 * A route of the admin panel.
 * @param route e.g. `/auth/login`
 */
export const adminUrl = (route: string): string => `${cmsOrigin()}/admin${route}`;

/**
 * The content manager's edit view of a document.
 * @param locale the version of a localized type; none for types that are not localized
 */
export const editViewUrl = (uid: PluginUid, documentId: string, locale?: string): string =>
  adminUrl(
    `/content-manager/collection-types/${uid}/${documentId}` +
      (locale ? `?plugins[i18n][locale]=${locale}` : '')
  );

/**
 * Logs a page into the admin panel (German interface) through the login
 * form as an editor does: as the demo admin, or as another demo account
 * (the demo caseworkers share the demo admin's password).
 * @param page a fresh page
 * @param email the account; the demo admin's by default
 */
export async function loginToAdmin(
  page: Page,
  email = process.env.TEILHABE_DEMO_ADMIN_EMAIL ?? ''
): Promise<void> {
  await page.goto(adminUrl('/auth/login'));
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(process.env.TEILHABE_DEMO_ADMIN_PASSWORD ?? '');
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
}

/** A browser page logged into the admin panel, and the admin API as the same editor. */
export interface AdminSession {
  browser: Browser;
  page: Page;
  admin: CmsAdmin;
}

/**
 * Starts Chromium with one desktop-sized page logged into the admin panel,
 * and makes sure {@link ADMIN_SCREENSHOTS} exists.
 * @returns the session; close `browser` in `afterAll`
 */
export async function startAdminSession(): Promise<AdminSession> {
  mkdirSync(ADMIN_SCREENSHOTS, { recursive: true });
  const admin = await CmsAdmin.login();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await loginToAdmin(page);
  return { browser, page, admin };
}

/**
 * Screenshots a whole edit view. The admin panel scrolls inside its own
 * layout, not the document, so the window is made as tall as the content.
 * @param file the PNG's name in {@link ADMIN_SCREENSHOTS}
 */
export async function screenshotWhole(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 1000 };
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('main, main *'), (node) => node.scrollHeight))
  );
  await page.setViewportSize({ width: viewport.width, height: Math.min(height + 200, 8000) });
  await page.screenshot({ path: path.join(ADMIN_SCREENSHOTS, file) });
  await page.setViewportSize(viewport);
}
