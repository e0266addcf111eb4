import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, portalOrigin, portalUrl } from './support/browser';
import { CmsAdmin } from './support/cms-admin';

/** The promise to editors: a change shows on the portal within five seconds. */
const DEADLINE_MS = 5_000;
/** Getting into the starting state (caches filled) is not what is measured. */
const SETUP_DEADLINE_MS = 15_000;

const PAGE_UID = 'plugin::teilhabe.page';
const OFFER_UID = 'plugin::teilhabe.offer';

/** What one portal response shows right now. */
interface Observation {
  /** Whether it shows the content in question. */
  shows: boolean;
  /** What was seen, for the failure report. */
  seen: string;
}

/** One portal response that may or may not show a page or offer. */
interface Probe {
  name: string;
  read: () => Promise<Observation>;
}

/**
 * Reads every probe, round after round, until all of them agree with
 * `shows` in one round or the deadline passes. Each read goes through the
 * portal's caches, so the first round also fills them.
 * @returns the probes that still disagreed at the deadline, with what they showed
 */
async function disagreeing(probes: Probe[], shows: boolean, deadlineMs: number) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const wrong: string[] = [];
    for (const probe of probes) {
      const observation = await probe.read();
      if (observation.shows !== shows) {
        wrong.push(`${probe.name}: ${observation.seen}`);
      }
    }
    if (wrong.length === 0 || Date.now() > deadline) {
      return wrong;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A lower-case word no demo content contains, for a search that finds one offer. */
const uniqueWord = () =>
  `frische${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;

const isoDay = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

async function fetchText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${portalOrigin()}${path}`);
  return { status: response.status, text: await response.text() };
}

function viewProbe(name: string, path: string, title: string): Probe {
  return {
    name,
    read: async () => {
      const { status, text } = await fetchText(path);
      return { shows: status === 200 && text.includes(title), seen: `HTTP ${status}` };
    },
  };
}

function sitemapProbe(path: string): Probe {
  return {
    name: `sitemap-de.xml lists ${path}`,
    read: async () => {
      const { status, text } = await fetchText('/sitemap-de.xml');
      const shows = text.includes(`<loc>${portalOrigin()}${path}</loc>`);
      return { shows, seen: `HTTP ${status}, ${shows ? 'listed' : 'not listed'}` };
    },
  };
}

/** The page as a visitor's browser loads it: status and main heading. */
function htmlProbe(tab: Page, path: string, title: string): Probe {
  return {
    name: `HTML ${path}`,
    read: async () => {
      const response = await tab.goto(portalUrl('de', path), { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      const heading = (await tab.locator('h1').first().textContent())?.trim() ?? '';
      return {
        shows: status === 200 && heading === title,
        seen: `HTTP ${status}, h1 "${heading}"`,
      };
    },
  };
}

describe('freshness: editors’ changes reach every portal response within 5 s', () => {
  let browser: Browser;
  let tab: Page;
  let admin: CmsAdmin;
  const word = uniqueWord();
  const page = { slug: `frische-seite-${word}`, title: `Frische Seite ${word}`, id: '' };
  const offer = { slug: `frisches-angebot-${word}`, title: `Frischer Kurs ${word}`, id: '' };

  const pageProbes = (): Probe[] => [
    htmlProbe(tab, `/seiten/${page.slug}`, page.title),
    viewProbe('view page (de)', `/api/view/page?locale=de&slug=${page.slug}`, page.title),
    // Not translated: Arabic visitors get the German page, cached under its own key.
    viewProbe('view page (ar, German)', `/api/view/page?locale=ar&slug=${page.slug}`, page.title),
    sitemapProbe(`/de/seiten/${page.slug}`),
  ];

  const offerProbes = (): Probe[] => [
    htmlProbe(tab, `/angebote/${offer.slug}`, offer.title),
    {
      name: 'JSON-LD of the offer page',
      read: async () => {
        const blocks = await tab.locator('script[type="application/ld+json"]').allTextContents();
        const shows = blocks.some((block) => block.includes(offer.title));
        return { shows, seen: `${blocks.length} JSON-LD block(s)${shows ? ' naming it' : ''}` };
      },
    },
    viewProbe('view offer', `/api/view/offer?locale=de&slug=${offer.slug}`, offer.title),
    viewProbe('course dates (.ics)', `/de/angebote/${offer.slug}/termine.ics`, offer.title),
    sitemapProbe(`/de/angebote/${offer.slug}`),
    viewProbe('view directory search', `/api/view/directory?locale=de&q=${word}`, offer.slug),
    {
      name: `HTML /angebote?q=${word}`,
      read: async () => {
        const response = await tab.goto(portalUrl('de', `/angebote?q=${word}`));
        const titles = await tab.getByTestId('offer-card').getByRole('heading').allTextContents();
        const shows = titles.some((title) => title.trim() === offer.title);
        return { shows, seen: `HTTP ${response?.status()}, ${titles.length} result(s)` };
      },
    },
  ];

  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await (await browser.newContext()).newPage();
    admin = await CmsAdmin.login();
  });

  afterAll(async () => {
    // Leave the demo content as the other tests expect it.
    for (const [uid, documentId] of [
      [PAGE_UID, page.id],
      [OFFER_UID, offer.id],
    ] as const) {
      if (documentId) {
        await admin.delete(uid, documentId).catch(() => undefined);
      }
    }
    await browser?.close();
  });

  test('a new page and offer appear where the portal had cached their absence', async () => {
    page.id = await admin.createDraft(PAGE_UID, 'de', {
      slug: page.slug,
      role: 'other',
      title: page.title,
      body: `Nur für den Test der Aktualität (${word}).`,
      translationStatus: 'source',
    });
    offer.id = await admin.createDraft(OFFER_UID, 'de', {
      slug: offer.slug,
      title: offer.title,
      summary: `Ein Kurs nur für den Test der Aktualität (${word}).`,
      description: 'Beispielangebot für den Test.',
      category: {
        connect: [
          {
            documentId: await admin.findDocumentId(
              'plugin::teilhabe.category',
              'code',
              'language-course'
            ),
          },
        ],
      },
      costType: 'free',
      courseLevel: 'A1',
      courseStartDate: isoDay(30),
      courseEndDate: isoDay(200),
      courseSchedule: { days: ['mon', 'wed'], start: '09:00', end: '12:00' },
      translationStatus: 'source',
    });
    // Drafts are not public: every response says "not there", and the caches keep that.
    const probes = [...pageProbes(), ...offerProbes()];
    expect(await disagreeing(probes, false, SETUP_DEADLINE_MS)).toEqual([]);

    await admin.publish(PAGE_UID, page.id, 'de');
    await admin.publish(OFFER_UID, offer.id, 'de');
    expect(await disagreeing(probes, true, DEADLINE_MS)).toEqual([]);
  });

  test('an unpublished page is gone from every response', async () => {
    const probes = pageProbes();
    expect(await disagreeing(probes, true, SETUP_DEADLINE_MS)).toEqual([]);

    await admin.unpublish(PAGE_UID, page.id, 'de');
    expect(await disagreeing(probes, false, DEADLINE_MS)).toEqual([]);
  });

  test('a deleted offer is gone from every response', async () => {
    const probes = offerProbes();
    expect(await disagreeing(probes, true, SETUP_DEADLINE_MS)).toEqual([]);

    await admin.delete(OFFER_UID, offer.id);
    offer.id = '';
    expect(await disagreeing(probes, false, DEADLINE_MS)).toEqual([]);
  });
});
