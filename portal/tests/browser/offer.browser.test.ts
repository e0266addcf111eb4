import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FormsDocument, OfferBySlugDocument } from '@teilhabe/graphql';
import { LOCALE_CODES, portalLocale } from '@teilhabe/locales';
import { CHILDCARE_OFFER_SLUG, ENDED_OFFER_SLUG, SAMPLE_OFFER_SLUG } from './support/routes';
import { launchBrowser, openRoute, portalOrigin, portalUrl } from './support/browser';
import { fetchAllOffersFromCms, queryCmsDirectly } from './support/cms';
import { uiString } from './support/ui-strings';

async function offerFromCms(locale: string, slug: string) {
  const lookup = (await queryCmsDirectly(OfferBySlugDocument, { locale, slug }))
    .teilhabeOfferBySlug;
  if (!lookup?.offer) {
    throw new Error(`no offer ${slug} in ${locale}`);
  }
  return lookup.offer;
}

/**
 * An offer the CMS has no Persian translation of (the portal shows its German
 * texts), and the page of the Persian result list it is on.
 */
async function untranslatedInPersian() {
  const offers = await fetchAllOffersFromCms('fa');
  const index = offers.findIndex(
    (candidate) => candidate.title.locale === 'de' && !candidate.availableLocales.includes('fa')
  );
  const offer = offers[index];
  if (!offer) {
    throw new Error('the demo content has no offer without a Persian translation');
  }
  // Ten results per page, in the order the CMS sorts them.
  return { ...offer, listPage: Math.floor(index / 10) + 1 };
}

async function hreflangs(page: Page): Promise<string[]> {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang') ?? ''));
}

describe('offer page', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['de', 'ar'])('/%s shows the offer with its details', async (locale) => {
    const cms = await offerFromCms(locale, SAMPLE_OFFER_SLUG);
    const { page, response } = await openRoute(context, locale, `/angebote/${SAMPLE_OFFER_SLUG}`);
    expect(response.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      cms.title.text
    );
    const headings = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((text) =>
      text.trim()
    );
    for (const section of ['facts', 'course', 'description', 'contacts', 'provider'] as const) {
      expect(headings).toContain(uiString(locale, `offer.sections.${section}`));
    }
    // Weekday names come from Intl in the page's language.
    const monday = new Intl.DateTimeFormat(portalLocale(locale as 'de').language, {
      weekday: 'long',
      timeZone: 'UTC',
    }).format(new Date('2024-01-01'));
    if (cms.languageCourse?.schedule?.days.includes('mon')) {
      await expect(page.getByTestId('course-schedule').textContent()).resolves.toContain(monday);
    }
    // Phone numbers and e-mail addresses stay left to right, also in Arabic.
    const phone = page.locator('a[href^="tel:"]').first();
    await expect(phone.getAttribute('dir')).resolves.toBe('ltr');
    await page.close();
  });

  test('structured data: a schema.org Course with instance, provider and place', async () => {
    const cms = await offerFromCms('de', SAMPLE_OFFER_SLUG);
    const { page } = await openRoute(context, 'de', `/angebote/${SAMPLE_OFFER_SLUG}`);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: cms.title.text,
      url: portalUrl('de', `/angebote/${SAMPLE_OFFER_SLUG}`),
      provider: { '@type': 'Organization', name: cms.provider?.name },
      hasCourseInstance: {
        '@type': 'CourseInstance',
        location: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress' },
          geo: { '@type': 'GeoCoordinates' },
        },
      },
    });
    await page.close();
  });

  test('the map is a plain link to OpenStreetMap; no tiles, no third-party requests', async () => {
    const cms = await offerFromCms('de', SAMPLE_OFFER_SLUG);
    const location = cms.locations[0];
    const requests: string[] = [];
    const page = await context.newPage();
    page.on('request', (request) => {
      requests.push(request.url());
    });
    await page.goto(portalUrl('de', `/angebote/${SAMPLE_OFFER_SLUG}`), {
      waitUntil: 'networkidle',
    });
    const link = page.getByTestId('osm-link').first();
    await expect(link.textContent()).resolves.toContain(uiString('de', 'offer.location.openInOsm'));
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.origin).toBe('https://www.openstreetmap.org');
    expect(Number(href.searchParams.get('mlat'))).toBeCloseTo(location?.latitude ?? 0, 4);
    expect(Number(href.searchParams.get('mlon'))).toBeCloseTo(location?.longitude ?? 0, 4);
    expect(href.hash).toMatch(/^#map=17\//);
    expect(requests.filter((url) => !url.startsWith(`${portalOrigin()}/`))).toEqual([]);
    await page.close();
  });

  test('course dates download as an iCalendar file in the page’s language', async () => {
    const cms = await offerFromCms('ar', SAMPLE_OFFER_SLUG);
    const { page } = await openRoute(context, 'ar', `/angebote/${SAMPLE_OFFER_SLUG}`);
    const href = await page.getByTestId('ics-link').getAttribute('href');
    expect(href).toBe(`/ar/angebote/${SAMPLE_OFFER_SLUG}/termine.ics`);
    await page.close();

    const response = await fetch(`${portalOrigin()}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${SAMPLE_OFFER_SLUG}.ics"`
    );
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines.find((line) => line.startsWith('DTSTART;TZID=Europe/Berlin:'))).toBeDefined();
    expect(lines.find((line) => line.startsWith('RRULE:FREQ=WEEKLY;BYDAY='))).toMatch(
      /;UNTIL=\d{8}T\d{6}Z$/
    );
    const language = portalLocale(cms.title.locale as 'de').language;
    expect(lines).toContain(
      `SUMMARY;LANGUAGE=${language}:${cms.title.text.replace(/([,;])/g, '\\$1')}`
    );
  });

  test('an unknown offer is a localized 404', async () => {
    const { page, response } = await openRoute(context, 'uk', '/angebote/gibt-es-nicht');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      uiString('uk', 'error.notFound.title')
    );
    await page.close();
    const ics = await fetch(`${portalOrigin()}/de/angebote/gibt-es-nicht/termine.ics`);
    expect(ics.status).toBe(404);
  });

  test('the address of a renamed offer answers 301 to its new address', async () => {
    // The demo seed renames the sample offer from this slug, as an editor would.
    const oldSlug = 'deutschkurs-frauen-kernstadt';
    const lookup = (await queryCmsDirectly(OfferBySlugDocument, { locale: 'ar', slug: oldSlug }))
      .teilhabeOfferBySlug;
    expect(lookup).toMatchObject({ offer: null, redirectTo: SAMPLE_OFFER_SLUG });
    const response = await fetch(`${portalOrigin()}/ar/angebote/${oldSlug}`, {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/ar/angebote/${SAMPLE_OFFER_SLUG}`);
    const { page } = await openRoute(context, 'ar', `/angebote/${oldSlug}`);
    expect(new URL(page.url()).pathname).toBe(`/ar/angebote/${SAMPLE_OFFER_SLUG}`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await page.close();
  });

  test.each(['de', 'ar'])(
    '/%s: an ended offer still answers, says it has ended and is kept out of search engines',
    async (locale) => {
      const cms = await offerFromCms(locale, ENDED_OFFER_SLUG);
      expect(cms.validUntil && cms.validUntil < new Date().toISOString().slice(0, 10)).toBe(true);
      const listed = await fetchAllOffersFromCms(locale);
      expect(listed.map((offer) => offer.slug)).not.toContain(ENDED_OFFER_SLUG);
      const { page, response } = await openRoute(context, locale, `/angebote/${ENDED_OFFER_SLUG}`);
      expect(response.status()).toBe(200);
      const notice = page.getByTestId('offer-ended-notice');
      await expect(notice.isVisible()).resolves.toBe(true);
      const text = await notice.textContent();
      const template = uiString(locale, 'offer.ended');
      expect(text?.trim().startsWith(template.slice(0, template.indexOf('{date}')).trim())).toBe(
        true
      );
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
        'noindex'
      );
      await page.close();
    }
  );

  test.each(['de', 'ar'])(
    '/%s: a childcare offer links to the online registration in the page’s language',
    async (locale) => {
      const slug = CHILDCARE_OFFER_SLUG;
      const cms = await offerFromCms(locale, slug);
      expect(cms.registrationFormSlug).toBe('kita-anmeldung');
      const { page, response } = await openRoute(context, locale, `/angebote/${slug}`);
      expect(response.status()).toBe(200);
      const heading = page.getByRole('heading', {
        level: 2,
        name: uiString(locale, 'offer.sections.registration'),
      });
      await expect(heading.isVisible()).resolves.toBe(true);
      const link = page.getByTestId('offer-registration').getByRole('link');
      await expect(link.getAttribute('href')).resolves.toBe(`/${locale}/formulare/kita-anmeldung`);
      await link.click();
      await page.waitForURL(`**/${locale}/formulare/kita-anmeldung`);
      const forms = (await queryCmsDirectly(FormsDocument, { locale })).teilhabeForms;
      const form = forms.find((candidate) => candidate?.slug === 'kita-anmeldung');
      expect(form?.available).toBe(true);
      // The link navigates in the app: the form page replaces the offer's.
      await page.locator('#form-heading').waitFor();
      await expect(page.title()).resolves.toContain(form?.title.text);
      await page.close();
    }
  );

  test('an offer without a registration form has no registration section', async () => {
    const cms = await offerFromCms('de', SAMPLE_OFFER_SLUG);
    expect(cms.registrationFormSlug ?? null).toBeNull();
    const { page } = await openRoute(context, 'de', `/angebote/${SAMPLE_OFFER_SLUG}`);
    await expect(page.getByTestId('offer-registration').count()).resolves.toBe(0);
    await page.close();
  });

  test('hreflang names only the locales the offer is translated into', async () => {
    const cms = await offerFromCms('de', SAMPLE_OFFER_SLUG);
    const { page } = await openRoute(context, 'de', `/angebote/${SAMPLE_OFFER_SLUG}`);
    const expected = LOCALE_CODES.filter((code) => cms.availableLocales.includes(code)).map(
      (code) => portalLocale(code).language
    );
    expect(expected.length).toBeLessThan(LOCALE_CODES.length);
    await expect(hreflangs(page)).resolves.toEqual(
      expect.arrayContaining([...expected, 'x-default'])
    );
    expect((await hreflangs(page)).sort()).toEqual([...expected, 'x-default'].sort());
    await page.close();
  });
});

describe('untranslated texts', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the Persian directory lists an untranslated offer in German, marked and explained', async () => {
    const offer = await untranslatedInPersian();
    const { page } = await openRoute(context, 'fa', `/angebote?page=${offer.listPage}`);
    const card = page.getByTestId('offer-card').filter({ hasText: offer.title.text }).first();
    const title = card.locator('[data-fallback]', { hasText: offer.title.text }).first();
    await expect(title.getAttribute('lang')).resolves.toBe('de');
    await expect(title.getAttribute('dir')).resolves.toBe('ltr');
    await expect(card.getByTestId('fallback-notice').textContent()).resolves.toContain(
      uiString('fa', 'directory.card.fallbackNotice')
    );
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await page.close();
  });

  test('the Persian offer page shows the German texts with lang/dir and a notice', async () => {
    const offer = await untranslatedInPersian();
    const { page, response } = await openRoute(context, 'fa', `/angebote/${offer.slug}`);
    expect(response.status()).toBe(200);
    await expect(page.getByTestId('offer-fallback-notice').textContent()).resolves.toContain(
      uiString('fa', 'offer.fallback.pageNotice')
    );
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toBe(offer.title.text);
    await expect(heading.getAttribute('lang')).resolves.toBe('de');
    await expect(heading.getAttribute('dir')).resolves.toBe('ltr');
    const blocks = page.locator('article [data-fallback]');
    expect(await blocks.count()).toBeGreaterThan(1);
    const marks = await blocks.evaluateAll((elements) =>
      elements.map((element) => `${element.getAttribute('lang')}/${element.getAttribute('dir')}`)
    );
    expect(new Set(marks)).toEqual(new Set(['de/ltr']));
    // The UI around the texts stays Persian.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fa');
    // hreflang does not claim a Persian version.
    const languages = await hreflangs(page);
    expect(languages).not.toContain('fa');
    expect(languages).toContain('de');
    await page.close();
  });
});

describe('sitemaps', () => {
  test('the index lists one sitemap per locale', async () => {
    const response = await fetch(`${portalOrigin()}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/xml');
    const xml = await response.text();
    for (const code of LOCALE_CODES) {
      expect(xml).toContain(`<loc>${portalOrigin()}/sitemap-${code}.xml</loc>`);
    }
    // The demo's offers fit one file per locale.
    expect(xml.match(/<sitemap>/g)).toHaveLength(LOCALE_CODES.length);
  });

  test('a locale sitemap answers for the files the index lists, and no others', async () => {
    const first = await (await fetch(`${portalOrigin()}/sitemap-de.xml`)).text();
    const numbered = await fetch(`${portalOrigin()}/sitemap-de.xml?part=1`);
    expect(numbered.status).toBe(200);
    await expect(numbered.text()).resolves.toBe(first);
    for (const part of ['2', '0', 'x']) {
      expect((await fetch(`${portalOrigin()}/sitemap-de.xml?part=${part}`)).status).toBe(404);
    }
  });

  test('a locale sitemap lists real translations only, with their alternates', async () => {
    const offers = await fetchAllOffersFromCms('de');
    const translated = offers.find((offer) => offer.availableLocales.includes('fa'));
    const untranslated = offers.find((offer) => !offer.availableLocales.includes('fa'));
    const xml = await (await fetch(`${portalOrigin()}/sitemap-fa.xml`)).text();
    expect(xml).toContain(`<loc>${portalOrigin()}/fa</loc>`);
    expect(xml).toContain(`<loc>${portalOrigin()}/fa/angebote</loc>`);
    expect(xml).toContain(`<loc>${portalOrigin()}/fa/angebote/${translated?.slug}</loc>`);
    expect(xml).not.toContain(`/fa/angebote/${untranslated?.slug}<`);
    const entry = xml
      .split('<url>')
      .find((part) => part.includes(`<loc>${portalOrigin()}/fa/angebote/${translated?.slug}<`));
    const hreflangsInEntry = [...(entry ?? '').matchAll(/hreflang="([^"]+)"/g)].map(
      (match) => match[1]
    );
    expect(hreflangsInEntry.sort()).toEqual(
      [
        ...LOCALE_CODES.filter((code) => translated?.availableLocales.includes(code)),
        'x-default',
      ].sort()
    );

    const german = await (await fetch(`${portalOrigin()}/sitemap-de.xml`)).text();
    for (const offer of offers) {
      expect(german).toContain(`<loc>${portalOrigin()}/de/angebote/${offer.slug}</loc>`);
    }
  });
});

describe('print layout', () => {
  test('navigation and filters are hidden, link targets are written out', async () => {
    const browser = await launchBrowser();
    const context = await browser.newContext();
    const { page } = await openRoute(context, 'de', `/angebote/${SAMPLE_OFFER_SLUG}`);
    await page.emulateMedia({ media: 'print' });
    await expect(
      page.locator('.language-switcher').evaluate((element) => getComputedStyle(element).display)
    ).resolves.toBe('none');
    const after = await page
      .locator('.site-main a[href^="http"]')
      .first()
      .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('http');
    const directory = await openRoute(context, 'de', '/angebote');
    await directory.page.emulateMedia({ media: 'print' });
    await expect(
      directory.page
        .locator('.directory__filters')
        .evaluate((element) => getComputedStyle(element).display)
    ).resolves.toBe('none');
    await browser.close();
  });
});
