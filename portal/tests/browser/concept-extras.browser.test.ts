import { randomBytes } from 'node:crypto';
import type { FormSnapshot } from '@teilhabe/forms';
import { ConceptDocument, ConceptMeasuresDocument } from '@teilhabe/graphql';
import type { Browser, Page } from 'playwright-core';
import { adminUrl, loginToAdmin } from './support/admin-panel';
import { launchBrowser, portalOrigin, portalUrl } from './support/browser';
import { queryCmsDirectly } from './support/cms';
import { expectNoSeriousAxeViolations, PHONE_VIEWPORT } from './support/form-pages';
import { fetchSnapshot, fillCurrentPage, pressFormButton, sendForm } from './support/forms';
import { uiString } from './support/ui-strings';
import { eventually } from './support/wait';

/** The demo moderator of the concept feedback (`cms/src/demo/caseworkers.ts`). */
const MODERATOR = 'integration@teilhabe.example';
const FEEDBACK_FORM = 'rueckmeldung-integrationskonzept';
/** A chapter of the demo edition; the feedback form's subject options are the chapters' slugs. */
const CHAPTER = 'workshop-kinderbetreuung';
/** The field of action that shows the counts of reports, and its workshop's chapter. */
const REPORTED_FIELD = 'rassismus-und-diskriminierung';
const REPORTED_CHAPTER = 'workshop-rassismus-und-diskriminierung';

/**
 * (#10) The concept's extras on the demo content: the counts of reports of
 * discrimination with "fewer than 5", the glossary, and a resident's
 * feedback that a moderator publishes as a comment after redaction, in the
 * admin's inbox, shown on the comments page and on its chapter; each chapter
 * links to the feedback form with itself chosen; axe on each page in German
 * and Arabic.
 */
describe('the integration concept’s extras', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (locale: string, path: string, javaScript = true) => {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: PHONE_VIEWPORT,
    });
    const page = await context.newPage();
    const response = await page.goto(portalUrl(locale, path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, close: () => context.close() };
  };

  test.each(['de', 'ar'])(
    'report counts in %s: a table with a caption and headers, "fewer than 5", sample data marked',
    async (locale) => {
      const { page, close } = await open(locale, '/konzept/meldungen', false);
      try {
        expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        const table = page.locator('[data-testid="report-counts"] table').first();
        await expect(table.locator('caption').count()).resolves.toBe(1);
        expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
        // The demo's sample quarters: four rows, one per ended quarter.
        expect(await table.locator('tbody th[scope="row"]').count()).toBe(4);
        const fewer = uiString(locale, 'concept.reportCounts.fewer').replace('{threshold}', '');
        const cells = table.locator('td[data-fewer]');
        expect(await cells.count()).toBeGreaterThan(0);
        for (const text of await cells.allTextContents()) {
          expect(text).toContain(fewer.trim());
          expect(text).not.toMatch(/[0-4٠-٤](?![0-9])/);
        }
        // 2026-Q2 has a count below 5: its total is withheld; 2026-Q3 has none: its total shows.
        await expect(
          page.locator('tr[data-quarter="2026-Q2"] td[data-withheld]').count()
        ).resolves.toBe(1);
        await expect(
          page.locator('tr[data-quarter="2026-Q3"] td[data-withheld]').count()
        ).resolves.toBe(0);
        await expect(page.getByTestId('report-counts-sample').textContent()).resolves.toContain(
          uiString(locale, 'concept.reportCounts.sampleData')
        );
      } finally {
        await close();
      }
    }
  );

  test.each(['de', 'ar'])('glossary in %s: alphabetical terms with anchors', async (locale) => {
    const { page, close } = await open(locale, '/konzept/glossar', false);
    try {
      const entries = page.locator('[data-testid="glossary"] .glossary__entry');
      expect(await entries.count()).toBe(9);
      const terms = await page.locator('.glossary__term').allTextContents();
      const collator = new Intl.Collator(locale === 'ar' ? 'ar' : 'de', { sensitivity: 'base' });
      expect(terms).toEqual([...terms].sort((a, b) => collator.compare(a, b)));
      const anchor = page.locator('#begriff-handlungsfeld');
      await expect(anchor.locator('dt').textContent()).resolves.toBe(
        locale === 'ar' ? 'مجال العمل' : 'Handlungsfeld'
      );
      await expect(anchor.locator('a').getAttribute('href')).resolves.toBe(
        '#begriff-handlungsfeld'
      );
      expect(await page.getByTestId('glossary-demo-translation').count()).toBe(
        locale === 'ar' ? 1 : 0
      );
    } finally {
      await close();
    }
  });

  test('glossary in Persian: untranslated terms in German, marked with their language', async () => {
    const { page, close } = await open('fa', '/konzept/glossar', false);
    try {
      const entry = page.locator('#begriff-kita');
      await expect(entry.getAttribute('lang')).resolves.toBe('de');
      await expect(entry.getAttribute('dir')).resolves.toBe('ltr');
    } finally {
      await close();
    }
  });

  test.each(['de', 'ar'])(
    'a chapter in %s shows its comments and leads to the feedback form with itself chosen, without JavaScript',
    async (locale) => {
      const { page, close } = await open(locale, `/konzept/kapitel/${CHAPTER}`, false);
      try {
        const comments = page.getByTestId('chapter-comments');
        await expect(comments.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
          uiString(locale, 'concept.comments.title')
        );
        await expect(comments.textContent()).resolves.toContain(
          uiString(locale, 'concept.comments.moderated')
        );
        const link = comments.getByRole('link', {
          name: uiString(locale, 'concept.comments.chapterFormLink'),
        });
        await expect(link.getAttribute('href')).resolves.toBe(
          `/${locale}/formulare/${FEEDBACK_FORM}?thema=${CHAPTER}`
        );
        await Promise.all([page.waitForURL(/\/formulare\//), link.click()]);
        await expect(page.locator(`#field-thema-${CHAPTER}`).isChecked()).resolves.toBe(true);
      } finally {
        await close();
      }
    }
  );

  test.each(['de', 'ar'])(
    'the field of action "Rassismus und Diskriminierung" in %s shows the counts on its chapter and leads to them elsewhere',
    async (locale) => {
      const meldungen = `/${locale}/konzept/meldungen`;
      const chapter = await open(locale, `/konzept/kapitel/${REPORTED_CHAPTER}`, false);
      try {
        const section = chapter.page.locator(`section[aria-labelledby="field-${REPORTED_FIELD}"]`);
        const reports = section.getByTestId('field-report-counts');
        await expect(reports.getByRole('heading', { level: 3 }).textContent()).resolves.toContain(
          uiString(locale, 'concept.reportCounts.title')
        );
        expect(await reports.locator('table caption').count()).toBeGreaterThan(0);
        expect(await reports.locator('td[data-fewer]').count()).toBeGreaterThan(0);
        await expect(
          reports.getByTestId('field-report-counts-link').getAttribute('href')
        ).resolves.toBe(meldungen);
      } finally {
        await chapter.close();
      }
      // Another workshop's field of action has no counts.
      const other = await open(locale, `/konzept/kapitel/${CHAPTER}`, false);
      try {
        expect(await other.page.getByTestId('field-report-counts').count()).toBe(0);
        expect(await other.page.getByTestId('field-report-counts-link').count()).toBe(0);
      } finally {
        await other.close();
      }
      for (const [path, links] of [
        [`/konzept/massnahmen?handlungsfeld=${REPORTED_FIELD}`, 1],
        ['/konzept/massnahmen?handlungsfeld=kinderbetreuung', 0],
        ['/konzept', 1],
      ] as const) {
        const { page, close } = await open(locale, path, false);
        try {
          const link = page.getByTestId('field-report-counts-link');
          expect(await link.count()).toBe(links);
          if (links > 0) {
            await expect(link.getAttribute('href')).resolves.toBe(meldungen);
            await expect(link.textContent()).resolves.toContain(
              uiString(locale, 'concept.reportCounts.pageLink')
            );
          }
        } finally {
          await close();
        }
      }
    }
  );

  test.each(['de', 'ar'])(
    'the concept’s start page in %s links to every page of the concept',
    async (locale) => {
      const { page, close } = await open(locale, '/konzept', false);
      try {
        const hrefs = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const paths = new Set(hrefs.map((href) => href.split(/[?#]/)[0]));
        for (const path of [
          'massnahmen',
          'beteiligung',
          'rueckmeldungen',
          'meldungen',
          'glossar',
          'versionen',
          'druck',
          'aenderungen.xml',
        ]) {
          expect([path, paths.has(`/${locale}/konzept/${path}`)]).toEqual([path, true]);
        }
        await expect(
          page
            .getByRole('link', { name: uiString(locale, 'concept.glossary.title'), exact: true })
            .count()
        ).resolves.toBe(1);
      } finally {
        await close();
      }
    }
  );

  test.each(['de', 'ar'])(
    'the %s sitemap lists every page of the concept, each chapter and every published measure',
    async (locale) => {
      const { teilhabeConcept } = await queryCmsDirectly(ConceptDocument, { locale: 'de' });
      const measures: string[] = [];
      for (let page = 1; ; page++) {
        const { teilhabeConceptMeasures: list } = await queryCmsDirectly(ConceptMeasuresDocument, {
          locale: 'de',
          page,
          pageSize: 50,
        });
        measures.push(...list.measures.map((measure) => measure.slug));
        if (page >= list.pageCount) {
          break;
        }
      }
      expect(measures.length).toBeGreaterThan(0);
      const response = await fetch(`${portalOrigin()}/sitemap-${locale}.xml`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
      const expected = [
        '/konzept',
        '/konzept/massnahmen',
        '/konzept/beteiligung',
        '/konzept/versionen',
        '/konzept/rueckmeldungen',
        '/konzept/meldungen',
        '/konzept/glossar',
        ...teilhabeConcept.chapters.map((chapter) => `/konzept/kapitel/${chapter.slug}`),
        ...measures.map((slug) => `/konzept/massnahmen/${slug}`),
      ];
      expect(expected.filter((path) => !listed.has(`${portalOrigin()}/${locale}${path}`))).toEqual(
        []
      );
    }
  );

  test.each(['de', 'ar'])('axe finds nothing serious on the new pages in %s', async (locale) => {
    for (const path of [
      '/konzept/meldungen',
      '/konzept/glossar',
      '/konzept/rueckmeldungen',
      '/konzept',
      `/konzept/kapitel/${CHAPTER}`,
      `/konzept/kapitel/${REPORTED_CHAPTER}`,
      `/konzept/massnahmen?handlungsfeld=${REPORTED_FIELD}`,
    ]) {
      const { page, close } = await open(locale, path);
      try {
        await expectNoSeriousAxeViolations(page, `${locale} ${path}`);
      } finally {
        await close();
      }
    }
  });

  test('feedback sent on the portal appears as a comment only once a moderator published its redacted text', async () => {
    const marker = randomBytes(4).toString('hex');
    const name = `Erika Muster-${marker}`;
    const redacted = `Die Anmeldung für die Kita sollte auch online gehen (${marker}).`;
    const snapshot: FormSnapshot = await fetchSnapshot(FEEDBACK_FORM);
    // 1. A resident sends feedback on the chapter "Workshop: Kinderbetreuung", with their name in it.
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const form = await resident.newPage();
    try {
      // A chapter's link chooses the chapter in advance.
      await form.goto(portalUrl('de', `/formulare/${FEEDBACK_FORM}?thema=${CHAPTER}`));
      await expect(form.locator(`#field-thema-${CHAPTER}`).isChecked()).resolves.toBe(true);
      await fillCurrentPage(form, snapshot);
      await form.locator(`#field-thema-${CHAPTER}`).check();
      await form.locator('#field-feedback').fill(`${redacted} Ich bin ${name}.`);
      await pressFormButton(form, uiString('de', 'forms.continue'), false);
      await sendForm(form, uiString('de', 'forms.send'), false);
      await form.getByTestId('form-sent').waitFor();
    } finally {
      await resident.close();
    }
    const comments = async (page: Page) =>
      (await page.locator('[data-testid="chapter-comments"] blockquote').allTextContents()).join(
        '\n'
      );
    const { page: portal, close } = await open(
      'de',
      `/konzept/rueckmeldungen?thema=${CHAPTER}`,
      false
    );
    try {
      expect(await comments(portal)).not.toContain(marker);
      // 2. The moderator opens it in the inbox, removes the name and publishes.
      const admin = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const inbox = await admin.newPage();
      try {
        await loginToAdmin(inbox, MODERATOR);
        await inbox.goto(adminUrl('/plugins/teilhabe'));
        await inbox
          .getByRole('link', { name: 'Rückmeldung zum Integrationskonzept', exact: true })
          .click();
        await inbox.locator('tbody tr').first().getByRole('link').first().click();
        await inbox.getByRole('heading', { name: 'Antworten' }).waitFor();
        await inbox.getByRole('button', { name: 'Als Kommentar veröffentlichen' }).click();
        const text = inbox.getByLabel('Text des Kommentars');
        await expect(text.inputValue()).resolves.toContain(name);
        await text.fill(redacted);
        await inbox
          .getByRole('checkbox', { name: 'Ich habe persönliche Angaben entfernt.' })
          .check();
        await inbox.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
        await inbox.getByText('Gespeichert.').first().waitFor();
      } finally {
        await admin.close();
      }
      // 3. The portal shows the redacted text, never the name.
      const shown = await eventually(
        async () => {
          await portal.reload();
          return (await comments(portal)).includes(redacted);
        },
        true,
        20_000
      );
      expect(shown).toBe(true);
      expect(await comments(portal)).not.toContain(name);
      const comment = portal.locator('[data-testid="chapter-comments"] blockquote').first();
      await expect(comment.getAttribute('lang')).resolves.toBe('de');
      // 4. The chapter itself shows it too, below its text.
      const onChapter = await eventually(
        async () => {
          await portal.goto(portalUrl('de', `/konzept/kapitel/${CHAPTER}`), { waitUntil: 'load' });
          return (await comments(portal)).includes(redacted);
        },
        true,
        20_000
      );
      expect(onChapter).toBe(true);
      expect(await comments(portal)).not.toContain(name);
    } finally {
      await close();
    }
  });
});
