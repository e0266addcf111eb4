import { randomBytes } from 'node:crypto';
import { adminUrl, loginToAdmin } from './support/admin-panel';
import { cmsOrigin, launchBrowser, portalOrigin } from './support/browser';
import { CHILDCARE_CASEWORKER } from './support/caseworker';
import { CmsAdmin } from './support/cms-admin';
import { startPortalInstance, type PortalInstance } from './support/portal-instance';

/**
 * (#11) The full-page cache with several portal instances on one Redis, as
 * production runs them: the global setup's portal (the one the CMS notifies)
 * and a second instance started here, both keeping pages for an hour. So
 * nothing here is fresh by expiry: every change must reach every instance
 * through the purge, within the editors' five seconds.
 */

/** The promise to editors. */
const DEADLINE_MS = 5_000;
/** Publish, unpublish, delete: this many rounds in a row, 3 changes each. */
const ROUNDS = 7;
const OFFER_UID = 'plugin::teilhabe.offer';
const CACHE = 'x-teilhabe-cache';

interface Seen {
  status: number;
  cache: string | null;
  setCookie: string | null;
  cacheControl: string | null;
  body: string;
}

/** Every response that came from the page cache (HIT or MISS), to check its headers at the end. */
const cachedResponses: Array<{ url: string } & Seen> = [];

async function get(origin: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
  const seen: Seen = {
    status: response.status,
    cache: response.headers.get(CACHE),
    setCookie: response.headers.get('set-cookie'),
    cacheControl: response.headers.get('cache-control'),
    body: await response.text(),
  };
  if (seen.cache === 'HIT' || seen.cache === 'MISS') {
    cachedResponses.push({ url: `${origin}${path}`, ...seen });
  }
  return seen;
}

/** A lower-case word no demo content contains, for a search that finds one offer. */
const uniqueWord = () =>
  `cache${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;

const isoDay = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

describe('page cache: two portal instances on Redis', () => {
  let admin: CmsAdmin;
  let second: PortalInstance | undefined;
  let late: PortalInstance | undefined;
  let category = '';
  const word = uniqueWord();
  const offer = { slug: `cache-angebot-${word}`, title: `Zwischengespeicherter Kurs ${word}` };
  let documentId = '';

  const instances = () => [portalOrigin(), second!.origin];
  const searchPath = `/de/angebote?q=${word}`;
  const offerPath = `/de/angebote/${offer.slug}`;

  /** Whether an instance shows the offer on its own page and in the search. */
  async function shows(origin: string): Promise<{ search: boolean; page: boolean }> {
    const search = await get(origin, searchPath);
    const page = await get(origin, offerPath);
    return {
      search: search.status === 200 && search.body.includes(offer.title),
      page: page.status === 200 && page.body.includes(offer.title),
    };
  }

  /** Polls every instance until all agree with `expected` or the deadline passes. */
  async function disagreeing(origins: string[], expected: boolean): Promise<string[]> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const wrong: string[] = [];
      for (const origin of origins) {
        const seen = await shows(origin);
        if (seen.search !== expected || seen.page !== expected) {
          wrong.push(`${origin}: search ${seen.search}, page ${seen.page}`);
        }
      }
      if (wrong.length === 0 || Date.now() > deadline) {
        return wrong;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Polls until every instance answers the search page from the cache: the
   * state before a change is cached everywhere (a write's purge, and the
   * second purge 1.5 s later, may come first).
   */
  async function cachedEverywhere(): Promise<string[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const seen = await Promise.all(
        instances().map(async (origin) => `${origin}: ${(await get(origin, searchPath)).cache}`)
      );
      const missing = seen.filter((entry) => !entry.endsWith(': HIT'));
      if (missing.length === 0 || Date.now() > deadline) {
        return missing;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const createDraft = async () => {
    if (documentId) {
      // Left by a failed step: start again from nothing.
      await admin.delete(OFFER_UID, documentId);
    }
    documentId = await admin.createDraft(OFFER_UID, 'de', {
      slug: offer.slug,
      title: offer.title,
      summary: `Ein Kurs nur für den Test des Seiten-Caches (${word}).`,
      description: 'Beispielangebot für den Test.',
      category: { connect: [{ documentId: category }] },
      costType: 'free',
      courseLevel: 'A1',
      courseStartDate: isoDay(30),
      courseEndDate: isoDay(200),
      courseSchedule: { days: ['tue'], start: '18:00', end: '20:00' },
      translationStatus: 'source',
    });
  };

  beforeAll(async () => {
    admin = await CmsAdmin.login();
    category = await admin.findDocumentId('plugin::teilhabe.category', 'code', 'language-course');
    second = await startPortalInstance('portal-b');
  });

  afterAll(async () => {
    if (documentId) {
      await admin.delete(OFFER_UID, documentId).catch(() => undefined);
    }
    await Promise.all([second?.stop(), late?.stop()]);
  });

  test('a page one instance rendered is a hit on the other', async () => {
    const first = await get(portalOrigin(), '/de/seiten/impressum');
    const again = await get(portalOrigin(), '/de/seiten/impressum');
    const other = await get(second!.origin, '/de/seiten/impressum');
    expect([first.status, again.status, other.status]).toEqual([200, 200, 200]);
    expect(again.cache).toBe('HIT');
    // Never rendered by the second instance: it comes from the shared store.
    expect(other.cache).toBe('HIT');
    expect(other.body).toBe(again.body);
    expect(again.cacheControl).toMatch(/stale-while-revalidate=\d+/);
  });

  test(`publish, unpublish and delete reach every instance within 5 s, ${ROUNDS * 3} times in a row`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      await createDraft();
      // The draft is not public; the search page is cached without it on both instances.
      expect(await disagreeing(instances(), false)).toEqual([]);
      expect(await cachedEverywhere()).toEqual([]);

      await admin.publish(OFFER_UID, documentId, 'de');
      expect({ round, action: 'publish', wrong: await disagreeing(instances(), true) }).toEqual({
        round,
        action: 'publish',
        wrong: [],
      });
      await admin.unpublish(OFFER_UID, documentId, 'de');
      expect({ round, action: 'unpublish', wrong: await disagreeing(instances(), false) }).toEqual({
        round,
        action: 'unpublish',
        wrong: [],
      });
      await admin.publish(OFFER_UID, documentId, 'de');
      expect(await disagreeing(instances(), true)).toEqual([]);
      // Cached again with the offer before it goes.
      expect(await cachedEverywhere()).toEqual([]);
      await admin.delete(OFFER_UID, documentId);
      documentId = '';
      expect({ round, action: 'delete', wrong: await disagreeing(instances(), false) }).toEqual({
        round,
        action: 'delete',
        wrong: [],
      });
    }
    // 21 changes with their checks; each change's own 5 s deadline is what is tested.
  }, 300_000);

  test('an instance started after a change serves the fresh page', async () => {
    await createDraft();
    await admin.publish(OFFER_UID, documentId, 'de');
    expect(await disagreeing(instances(), true)).toEqual([]);
    await admin.unpublish(OFFER_UID, documentId, 'de');
    expect(await disagreeing(instances(), false)).toEqual([]);
    late = await startPortalInstance('portal-c');
    expect(await disagreeing([late.origin], false)).toEqual([]);
    await admin.publish(OFFER_UID, documentId, 'de');
    expect(await disagreeing([...instances(), late.origin], true)).toEqual([]);
  }, 120_000);

  test('a form page is never served from the cache', async () => {
    for (const origin of instances()) {
      for (let visit = 0; visit < 3; visit++) {
        const form = await get(origin, '/de/formulare/kita-anmeldung');
        expect(form.status).toBe(200);
        expect(form.cache).toBeNull();
        expect(form.cacheControl).toBe('no-store');
      }
    }
  });

  test('"Portal-Cache leeren" in the admin empties the cache of every instance', async () => {
    const path = '/de/seiten/datenschutz';
    for (const origin of instances()) {
      await get(origin, path);
      expect((await get(origin, path)).cache).toBe('HIT');
    }
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await loginToAdmin(page);
      await page.goto(adminUrl('/settings/teilhabe-portal-cache'));
      await page.getByRole('heading', { name: 'Portal-Cache leeren' }).waitFor();
      await page.getByRole('button', { name: 'Portal-Cache leeren' }).click();
      await page.getByText('Das Portal leert den Cache in wenigen Sekunden.').waitFor();
    } finally {
      await browser.close();
    }
    // The next visit on each instance renders the page again: a miss, on one of them at least.
    const deadline = Date.now() + DEADLINE_MS;
    let seen: Array<string | null> = [];
    while (Date.now() < deadline) {
      seen = [await get(portalOrigin(), path), await get(second!.origin, path)].map((r) => r.cache);
      if (seen.includes('MISS')) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toContain('MISS');
  }, 120_000);

  test('only holders of the permission may clear the portal cache', async () => {
    const login = await fetch(`${cmsOrigin()}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: CHILDCARE_CASEWORKER,
        password: process.env.TEILHABE_DEMO_ADMIN_PASSWORD,
      }),
    });
    const token = ((await login.json()) as { data?: { token?: string } }).data?.token;
    expect(token).toBeTruthy();
    const clear = (authorization?: string) =>
      fetch(`${cmsOrigin()}/teilhabe/portal-cache/clear`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: '{}',
      });
    expect((await clear(`Bearer ${token}`)).status).toBe(403);
    expect((await clear()).status).toBe(401);
  });

  test('a request with cookies is rendered for itself, and nothing cached sets a cookie', async () => {
    const withCookie = await get(portalOrigin(), '/de', { cookie: 'sitzung=1' });
    expect(withCookie.cache).toBe('BYPASS');
    expect(cachedResponses.length).toBeGreaterThan(ROUNDS * 10);
    expect(cachedResponses.filter((response) => response.setCookie !== null)).toEqual([]);
  });
});
