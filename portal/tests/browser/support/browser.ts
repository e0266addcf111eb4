import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
  type Response,
} from 'playwright-core';
import { localizedPath } from './routes';

/** Flags for Debian's Chromium in a container: headless, no sandbox, no calls home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function requireEnv(name: 'PORTAL_URL' | 'CMS_URL'): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; the browser tests' global setup starts CMS and portal.`);
  }
  return value.replace(/\/$/, '');
}

/** Origin of the built portal under test, e.g. `http://127.0.0.1:41234` (a free port). */
export const portalOrigin = (): string => requireEnv('PORTAL_URL');

/** Origin of the CMS the portal reads from; the browser must never contact it. */
export const cmsOrigin = (): string => requireEnv('CMS_URL');

/**
 * Starts Debian's Chromium (playwright-core cannot download browsers here).
 * @returns a browser; close it in `afterAll`
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Starts Chromium with host names that resolve to the loopback address, so
 * that the city's page and the portal are different sites, as in production
 * (third-party rules apply to the frame).
 * @param hosts names such as `stadt.test`, `portal.test`
 * @param args further flags, e.g. an origin to treat as secure
 * @returns a browser; close it in `afterAll`
 */
export function launchCrossSiteBrowser(
  hosts: readonly string[],
  args: readonly string[] = []
): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      ...args,
    ],
  });
}

/**
 * Builds the absolute URL of a portal route in a locale.
 * @param locale a locale code
 * @param path a path from `PORTAL_ROUTES`, e.g. `/seiten/impressum`
 * @returns e.g. `http://127.0.0.1:41234/ar/seiten/impressum`
 */
export function portalUrl(locale: string, path: string): string {
  return `${portalOrigin()}${localizedPath(locale, path)}`;
}

/**
 * Waits until a form page's script (browser-scripts/form-steps.js) runs:
 * before that, a click on a form's button is the browser's own submission (a
 * full page load), which is right without JavaScript but not what a test of
 * the script's behaviour means. The script marks the form page it took over.
 * @param page a form page
 */
export async function waitForFormScript(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-form-root][data-renders]'));
}

/**
 * Opens a portal route in a fresh page and waits until it has loaded.
 * @param context the browser context (with or without JavaScript)
 * @param locale a locale code
 * @param path a path from `PORTAL_ROUTES`
 * @returns the page and the document response
 */
export async function openRoute(
  context: BrowserContext,
  locale: string,
  path: string
): Promise<{ page: Page; response: Response }> {
  const page = await context.newPage();
  const response = await page.goto(portalUrl(locale, path), { waitUntil: 'load' });
  if (!response) {
    throw new Error(`no response for ${locale} ${path}`);
  }
  return { page, response };
}
