import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cmsOrigin, launchBrowser } from './browser';
import { CmsAdmin } from './cms-admin';

/** Where the admin tests put their screenshots for a look by eye. */
export const ADMIN_SCREENSHOTS = path.join(os.tmpdir(), 'teilhabe-admin-screenshots');

/**
 * The URL of an admin panel route.
 * @param route e.g. `/content-manager/collection-types/plugin::teilhabe.form/create`
 */
export const adminUrl = (route: string): string => `${cmsOrigin()}/admin${route}`;

/**
 * Logs a page into the admin panel as the demo admin (German interface),
 * through the login form as an editor would.
 * @param page a fresh page
 */
export async function loginToAdmin(page: Page): Promise<void> {
  await page.goto(adminUrl('/auth/login'));
  await page.locator('input[name=email]').fill(process.env.TEILHABE_DEMO_ADMIN_EMAIL ?? '');
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
 * Starts Chromium with one desktop-sized page logged into the admin panel.
 * @returns the session; close `browser` in `afterAll`
 */
export async function startAdminSession(): Promise<AdminSession> {
  mkdirSync(ADMIN_SCREENSHOTS, { recursive: true });
  const admin = await CmsAdmin.login();
  const browser = await launchBrowser();
  // The admin's CSP forbids inline scripts; bypassing it lets axe-core be injected.
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
  await loginToAdmin(page);
  return { browser, page, admin };
}
