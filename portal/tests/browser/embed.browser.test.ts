import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FormSnapshot } from '@teilhabe/forms';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { errorSummaryHasFocus, expectNoSeriousAxeViolations } from './support/form-pages';
import { fetchSnapshot, fillCurrentPage, pressFormButton, sendForm } from './support/forms';
import { launchCrossSiteBrowser, waitForFormScript } from './support/browser';
import { startPortalInstance, type PortalInstance } from './support/portal-instance';
import { SAMPLE_OFFER_SLUG } from './support/routes';
import { FORM_PAGE_BUDGET_BYTES } from './support/script-budgets';
import { uiString } from './support/ui-strings';
import { eventually } from './support/wait';
import { wcagContrast } from 'culori';
import { checkThemeColor } from '../../server/utils/embed-theme-contrast';

/**
 * The city's website and the portal on different sites, as in production
 * (`www.lehrte.de` and `teilhabe.lehrte.de` are one site; these are not, so
 * the stricter third-party rules apply): Chromium resolves these names to the
 * loopback address, where a small server plays the city's pages.
 */
const CITY = 'stadt.test';
const HOSTILE = 'boese.test';
const PORTAL = 'portal.test';

/** Non-anonymous and short: two steps, then a reference and a status code. */
const FORM = 'sprachkurs-interesse';

const HOST_SCRIPT = readFileSync(
  path.resolve(__dirname, '..', '..', 'public', 'embed', 'v1', 'teilhabe.js')
);
const INTEGRITY = `sha384-${createHash('sha384').update(HOST_SCRIPT).digest('base64')}`;

let cityServer: Server;
let cityPort: number;
let portal: PortalInstance;
let portalOrigin: string;
let browser: Browser;

const cityOrigin = (host = CITY) => `http://${host}:${cityPort}`;

/**
 * A page of the city's website: the snippet with the host script (a link the
 * script turns into the frame), or the iframe alone, with the CSP lines the
 * documentation gives the city.
 */
function cityPage(url: URL): string {
  const lang = url.searchParams.get('lang') ?? 'de';
  const view = url.searchParams.get('view') ?? '/de/embed/angebote';
  const src = `${portalOrigin}${view}`;
  const snippet =
    url.searchParams.get('snippet') === 'iframe'
      ? `<iframe src="${src}" title="Teilhabe" loading="lazy" style="width:100%;height:900px;border:0"></iframe>`
      : `<a data-teilhabe-embed href="${src}">Angebote für Zugewanderte</a>
<script src="${portalOrigin}/embed/v1/teilhabe.js" integrity="${INTEGRITY}" crossorigin="anonymous" async></script>`;
  const hostile =
    url.pathname === '/hostile'
      ? `<iframe title="Werbung" src="${cityOrigin(HOSTILE)}/evil" style="height:50px"></iframe>`
      : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Stadt Lehrte – Integration</title></head>
<body><header><p>Stadt Lehrte</p></header><main><h1>Integration in Lehrte</h1>
<p id="before" style="height:200px">Text der Stadt.</p>
${snippet}
${hostile}
<p>Mehr Text der Stadt.</p></main></body></html>`;
}

/** A frame of another site that tries to resize the portal's frame on the city's page. */
const EVIL_PAGE = `<!doctype html><html lang="de"><head><title>x</title></head><body><script>
setInterval(function () {
  parent.postMessage({ teilhabe: 1, height: 4321, title: 'Gekapert', reveal: true }, '*');
}, 50);
</script></body></html>`;

/** The portal's frame of a city page, once its document has loaded. */
async function embedFrame(page: Page, pathPart = '/embed/'): Promise<Frame> {
  let frame: Frame | undefined;
  await eventually(async () => {
    frame = page.frames().find((candidate) => candidate.url().includes(pathPart));
    return frame !== undefined;
  }, true);
  if (!frame) {
    throw new Error(`no frame with ${pathPart} on ${page.url()}`);
  }
  await frame.waitForLoadState('load');
  return frame;
}

/** The iframe's height in CSS pixels, as the host page lays it out. */
function frameHeight(page: Page): Promise<number> {
  return page
    .locator('iframe[src*="/embed/"]')
    .evaluate((element) => Math.round(element.getBoundingClientRect().height));
}

/** Waits until the frame's height satisfies a condition; returns the last height. */
async function heightWhen(page: Page, accept: (height: number) => boolean): Promise<number> {
  const met = await eventually(async () => accept(await frameHeight(page)), true);
  const height = await frameHeight(page);
  if (!met) {
    throw new Error(`the frame's height ${height} px never met the condition`);
  }
  return height;
}

beforeAll(async () => {
  cityServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://city');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/evil') {
      response.end(EVIL_PAGE);
      return;
    }
    // The lines docs/embedding.md gives the city for its own CSP.
    response.setHeader(
      'content-security-policy',
      `frame-src ${portalOrigin} ${cityOrigin(HOSTILE)}; script-src ${portalOrigin}`
    );
    response.end(cityPage(url));
  });
  await new Promise<void>((resolve) => cityServer.listen(0, '127.0.0.1', resolve));
  cityPort = (cityServer.address() as AddressInfo).port;
  portal = await startPortalInstance('portal-embed', {
    NUXT_EMBED_FRAME_ANCESTORS: cityOrigin(),
  });
  portalOrigin = portal.origin.replace('127.0.0.1', PORTAL);
  browser = await launchCrossSiteBrowser(
    [CITY, HOSTILE, PORTAL],
    // Third-party cookies blocked, as Safari and Firefox do: the embeds need none.
    ['--test-third-party-cookie-phaseout']
  );
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await new Promise((resolve) => cityServer?.close(resolve));
});

describe('embedding on the city website', () => {
  let context: BrowserContext;

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  });

  afterEach(async () => {
    // Nothing stored for the portal, first- or third-party.
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  test.each(['de', 'ar'])(
    'the directory in %s: language from the host page, filters, the frame grows and shrinks',
    async (locale) => {
      const page = await context.newPage();
      await page.goto(`${cityOrigin()}/city?lang=${locale}`);
      const frame = await embedFrame(page);
      // The host page's language wins over the snippet's `de`.
      expect(new URL(frame.url()).pathname).toBe(`/${locale}/embed/angebote`);
      expect(await frame.getAttribute('html', 'lang')).toBe(locale);
      expect(await frame.locator('.site-header, .site-footer').count()).toBe(0);
      expect(await frame.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      expect(await frame.getAttribute('link[rel="canonical"]', 'href')).toMatch(
        new RegExp(`/${locale}/angebote$`)
      );
      // Only the height reporter: no Nuxt script on a reading view.
      const scripts = await frame
        .locator('script[src]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
      expect(scripts).toEqual(['/embed/v1/frame.js']);
      // Offers stay in the frame, the full portal opens at the top level.
      expect(
        await frame.getByTestId('offer-card').first().locator('a').getAttribute('href')
      ).toMatch(new RegExp(`^/${locale}/embed/angebote/`));
      expect(await frame.getByTestId('embed-full-link').getAttribute('target')).toBe('_top');

      const iframe = page.locator('iframe[src*="/embed/"]');
      expect(await iframe.getAttribute('loading')).toBe('lazy');
      await eventually(
        async () => (await iframe.getAttribute('title')) === (await frame.title()),
        true
      );
      expect(await iframe.getAttribute('title')).toContain(uiString(locale, 'directory.title'));
      const full = await heightWhen(page, (height) => height > 1200);
      // The iframe is as tall as its document: no scrollbar inside.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        full + 1
      );

      // A search without results, sent from far down the city's page: the page
      // reloads inside the frame, which shrinks and is scrolled back into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await Promise.all([
        frame.waitForNavigation({ waitUntil: 'load' }),
        frame.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('input[name="q"]');
          input!.value = 'zzqxkeinangebot';
          input!.form!.requestSubmit();
        }),
      ]);
      expect(new URL(frame.url()).pathname).toBe(`/${locale}/embed/angebote`);
      expect(new URL(frame.url()).searchParams.get('q')).toBe('zzqxkeinangebot');
      await frame.getByTestId('empty-results').waitFor();
      const empty = await heightWhen(page, (height) => height < full - 200);
      const top = () =>
        page
          .locator('iframe[src*="/embed/"]')
          .evaluate((element) => element.getBoundingClientRect().top);
      expect(await eventually(async () => Math.abs(await top()) < 2, true)).toBe(true);

      // Back to every offer: it grows again.
      await Promise.all([
        frame.waitForNavigation({ waitUntil: 'load' }),
        frame.getByTestId('empty-results').getByRole('link').first().click(),
      ]);
      await heightWhen(page, (height) => height > empty + 200);
      await expectNoSeriousAxeViolations(frame, `${locale} directory embed`);
      await expectNoSeriousAxeViolations(page, `${locale} city page`);
    }
  );

  test('filters preset in the snippet, and an offer in the frame', async () => {
    const page = await context.newPage();
    await page.goto(
      `${cityOrigin()}/city?view=${encodeURIComponent('/de/embed/angebote?category=childcare')}`
    );
    const frame = await embedFrame(page);
    const cards = frame.getByTestId('offer-card');
    expect(await cards.count()).toBeGreaterThan(0);
    const categories = await frame.locator('.offer-card__category').allTextContents();
    expect(new Set(categories.map((text) => text.trim())).size).toBe(1);
    await Promise.all([
      frame.waitForNavigation({ waitUntil: 'load' }),
      cards.first().locator('a').first().click(),
    ]);
    expect(new URL(frame.url()).pathname).toMatch(/^\/de\/embed\/angebote\/[a-z0-9-]+$/);
    expect(await frame.locator('h1').count()).toBe(1);
    expect(await frame.getByTestId('embed-full-link').getAttribute('href')).toBe(
      new URL(frame.url()).pathname.replace('/embed', '')
    );
    await expectNoSeriousAxeViolations(frame, 'de offer embed');
  });

  test("a frame of another site cannot resize the portal's frame", async () => {
    const page = await context.newPage();
    await page.goto(`${cityOrigin()}/hostile`);
    await embedFrame(page);
    const height = await heightWhen(page, (value) => value > 1200);
    // The host page itself posting cannot either (its origin is not the portal's).
    await page.evaluate(() => window.postMessage({ teilhabe: 1, height: 4321 }, '*'));
    await page.waitForTimeout(1_000);
    expect(await frameHeight(page)).toBe(height);
    expect(await page.locator('iframe[src*="/embed/"]').getAttribute('title')).not.toBe('Gekapert');
  });

  test.each([true, false])(
    'a form in the frame (JavaScript %s): errors focused, steps, sent with a reference, then its status',
    async (javaScript) => {
      const snapshot: FormSnapshot = await fetchSnapshot(FORM);
      const jsContext = await browser.newContext({ javaScriptEnabled: javaScript });
      try {
        const page = await jsContext.newPage();
        // Without JavaScript the host script cannot run: the iframe-only snippet.
        await page.goto(
          `${cityOrigin()}/city?snippet=${javaScript ? 'script' : 'iframe'}&view=${encodeURIComponent(`/de/embed/formulare/${FORM}`)}`
        );
        const frame = await embedFrame(page);
        if (javaScript) {
          await waitForFormScript(frame);
        }
        // Continue without answers: the error summary, focused inside the frame
        // (without JavaScript no page can move focus into a frame of another site).
        await pressFormButton(frame, uiString('de', 'forms.continue'), javaScript);
        await frame.getByTestId('error-summary').waitFor();
        expect(await eventually(() => errorSummaryHasFocus(frame), true)).toBe(javaScript);
        expect(new URL(frame.url()).pathname).toBe(`/de/embed/formulare/${FORM}`);

        for (let step = 0; step < 10; step++) {
          await fillCurrentPage(frame, snapshot);
          // A choice that shows a question asks the server first; continue after that.
          await frame.waitForSelector('form[aria-busy]', { state: 'detached' });
          await pressFormButton(frame, uiString('de', 'forms.continue'), javaScript);
          expect(await frame.getByTestId('error-summary').count()).toBe(0);
          if ((await frame.locator('[data-stage]').getAttribute('data-stage')) === 'review') {
            break;
          }
        }
        if (javaScript) {
          await expectNoSeriousAxeViolations(frame, 'de form embed, review');
        }
        await sendForm(frame, uiString('de', 'forms.send'), javaScript);
        await frame.getByTestId('form-sent').waitFor();
        const reference = ((await frame.getByTestId('reference').textContent()) ?? '').trim();
        const code = ((await frame.getByTestId('status-code').textContent()) ?? '').trim();
        expect(reference).toMatch(/\S{6,}/);
        expect(new URL(frame.url()).pathname).toBe(`/de/embed/formulare/${FORM}`);

        // The status link stays in the frame; the lookup works there, cookies blocked.
        await frame.getByRole('link', { name: uiString('de', 'forms.sent.statusLink') }).click();
        await frame.waitForURL((url) => url.pathname === '/de/embed/status');
        await frame.locator('#status-reference').fill(reference);
        await frame.locator('#status-code').fill(code.replace(/\s/g, ''));
        await frame.getByRole('button', { name: uiString('de', 'status.submit') }).click();
        await frame.getByTestId('status-history').waitFor();
        if (javaScript) {
          await expectNoSeriousAxeViolations(frame, 'de status embed');
        }
        expect(await jsContext.cookies()).toEqual([]);
      } finally {
        await jsContext.close();
      }
    }
  );
});

describe('the framing matrix', () => {
  test('embed views name the city as ancestor; every other page only the portal', async () => {
    const embed = await fetch(`${portal.origin}/de/embed/angebote`);
    expect(embed.headers.get('content-security-policy')).toContain(
      `frame-ancestors 'self' ${cityOrigin()}`
    );
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const route of ['/de/angebote', '/de/formulare/sprachkurs-interesse', '/de/status']) {
      const response = await fetch(`${portal.origin}${route}`);
      expect(response.headers.get('content-security-policy')).toMatch(
        /frame-ancestors 'self'(;|$)/
      );
    }
    // An error below an embed view is framed like the view, without the portal's header.
    const missing = await fetch(`${portal.origin}/de/embed/angebote/gibt-es-nicht`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain(cityOrigin());
    const html = await missing.text();
    expect(html).not.toContain('site-header');
    expect(html).toContain('/embed/v1/frame.js');
    expect(html).toMatch(/<a href="\/de"[^>]*target="_top"/);
    const script = await fetch(`${portal.origin}/embed/v1/teilhabe.js`);
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(Buffer.from(await script.arrayBuffer()).equals(HOST_SCRIPT)).toBe(true);
  });

  test.each([
    ['an origin not on the list framing an embed view', HOSTILE, '/de/embed/angebote'],
    ['the city framing a full page', CITY, '/de/angebote'],
  ])('%s is refused', async (_label, host, view) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${cityOrigin(host)}/city?snippet=iframe&view=${encodeURIComponent(view)}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      // Chromium replaces a refused frame's document with its own error page.
      expect(frame).toBeDefined();
      expect(await frame!.locator('.site').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('the same view is shown when the listed city frames it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${cityOrigin()}/city?snippet=iframe`);
      const frame = await embedFrame(page);
      expect(await frame.locator('.site').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('a themed embed', () => {
  test.each(['de', 'ar'])(
    'in %s: the city colour (adjusted to AA contrast), radius and font, kept on every step inside the frame',
    async (locale) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      try {
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        // A yellow far below 4.5 : 1 on white.
        const view = `/${locale}/embed/angebote?color=ffdd00&radius=large&font=noto`;
        await page.goto(`${cityOrigin()}/city?snippet=iframe&view=${encodeURIComponent(view)}`);
        const frame = await embedFrame(page);
        const expected = checkThemeColor('ffdd00');
        if (!expected.ok) throw new Error('the test colour was refused');
        const styles = await frame.evaluate(() => {
          const root = getComputedStyle(document.documentElement);
          const button = document.querySelector('.directory-form button[type="submit"]');
          return {
            primary: root.getPropertyValue('--color-primary').trim(),
            radius: button ? getComputedStyle(button).borderTopLeftRadius : null,
            font: getComputedStyle(document.body).fontFamily,
          };
        });
        expect(styles.primary).toBe(expected.color);
        expect(wcagContrast(styles.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(styles.radius).toBe('12px');
        expect(styles.font).toContain(locale === 'ar' ? 'Noto Sans Arabic' : 'Noto Sans');
        // The font comes from the portal and is in use.
        expect(
          await frame.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].some(
              (face) => face.family.includes('Noto Sans') && face.status === 'loaded'
            );
          })
        ).toBe(true);

        // Offers and the search stay themed (the address keeps the requested colour, theme.css
        // darkens it); the full portal gets the filters only.
        const theme = 'color=' + expected.requested.slice(1) + '&font=noto&radius=large';
        expect(
          await frame.getByTestId('offer-card').first().locator('a').getAttribute('href')
        ).toContain(`?${theme}`);
        await Promise.all([
          frame.waitForNavigation({ waitUntil: 'load' }),
          frame.evaluate(() => {
            const input = document.querySelector<HTMLInputElement>('input[name="q"]');
            input!.value = 'deutsch';
            input!.form!.requestSubmit();
          }),
        ]);
        const after = new URL(frame.url());
        expect(after.searchParams.get('q')).toBe('deutsch');
        expect(after.searchParams.get('color')).toBe(expected.requested.slice(1));
        expect(after.searchParams.get('radius')).toBe('large');
        const full = new URL(
          (await frame.getByTestId('embed-full-link').getAttribute('href')) ?? '',
          portalOrigin
        );
        expect(full.pathname).toBe(`/${locale}/angebote`);
        expect(full.searchParams.get('q')).toBe('deutsch');
        expect(full.searchParams.has('color')).toBe(false);
        await expectNoSeriousAxeViolations(frame, `${locale} themed directory embed`);
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    }
  );

  test('a value that is no colour leaves the portal design', async () => {
    const response = await fetch(`${portal.origin}/embed/v1/theme.css?color=red;x&radius=9`);
    expect(response.headers.get('content-type')).toContain('text/css');
    expect(await response.text()).toBe('html:root{--radius:0.25rem}\n');
  });
});

describe('JavaScript in the embed views', () => {
  test.each([
    ['the directory', '/de/embed/angebote', 1024],
    ['an offer', `/de/embed/angebote/${SAMPLE_OFFER_SLUG}`, 1024],
    ['the status lookup', '/de/embed/status', 1024],
    // The form loads its own script besides the height reporter.
    ['a form', `/de/embed/formulare/${FORM}`, FORM_PAGE_BUDGET_BYTES],
  ])('%s loads at most its budget, gzipped', async (name, view, budget) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const bodies: Array<Promise<Buffer>> = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          bodies.push(response.body());
        }
      });
      await page.goto(`${portalOrigin}${view}`, { waitUntil: 'networkidle' });
      const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      // The figures for docs/benchmarks.md.
      process.stdout.write(
        `${name} (${view}): ${(total / 1024).toFixed(1)} KB in ${sizes.length} scripts\n`
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(budget);
    } finally {
      await context.close();
    }
  });
});
