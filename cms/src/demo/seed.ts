import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import { ensureDemoAdmin } from './admin-user';
import { loadDemoConcept } from './concept-data';
import { demoFormsDir, loadDemoForms } from './forms-data';
import { demoDataDir, loadDemoContent } from './load';
import { CONCEPT_SEEDED_KEY, seedConcept } from './seed-concept';
import { DIRECTORY_SEEDED_KEY, seedDirectory } from './seed-directory';
import { FORMS_SEEDED_KEY, missingLaterForms, seedForms } from './seed-forms';
import { GLOSSARY_SEEDED_KEY, loadGlossary, seedGlossary } from './seed-glossary';
import { loadReportCounts, seedStatistics, STATISTICS_SEEDED_KEY } from './seed-statistics';
import type { TranslationStatuses } from './types';

/** The plugin's localized content types with draft and publish. */
type DemoContentType =
  'plugin::teilhabe.site-setting' | 'plugin::teilhabe.life-situation' | 'plugin::teilhabe.page';

const SOURCE_LOCALE = DEFAULT_LOCALE;
const SEEDED_KEY = 'demo-content-seeded';

/** Texts per locale plus the fields shared by all locales of one document. */
interface LocalizedDocument {
  shared: object;
  texts: Record<LocaleCode, object>;
  translationStatus: TranslationStatuses;
}

/**
 * Creates one document in German, adds every other locale, then publishes all
 * of them. Each locale carries the translation status its text file gives
 * (German `source`, translations `demo_translation` until reviewed).
 */
const createLocalized = async (
  strapi: Core.Strapi,
  uid: DemoContentType,
  { shared, texts, translationStatus }: LocalizedDocument
): Promise<string> => {
  const documents = strapi.documents(uid);
  const base = { ...shared, isSampleContent: true };
  const dataOf = (locale: LocaleCode) =>
    ({ ...base, ...texts[locale], translationStatus: translationStatus[locale] }) as never;
  const created = await documents.create({ locale: SOURCE_LOCALE, data: dataOf(SOURCE_LOCALE) });
  for (const locale of LOCALE_CODES) {
    if (locale !== SOURCE_LOCALE) {
      await documents.update({ documentId: created.documentId, locale, data: dataOf(locale) });
    }
  }
  await documents.publish({ documentId: created.documentId, locale: '*' });
  return created.documentId;
};

/**
 * Seeds the demo content once from the data files (`data/`): site settings,
 * the six life situations and the legal and help pages, each in all seven
 * locales, the service directory, the demo forms with their caseworkers and
 * the integration concept's status report
 * (each its own marker, so that older demo databases get them on their next
 * start). The files are read and checked
 * before anything is written; a broken file stops the seed with a message
 * naming the file and the place in it. A second start finds the markers in
 * the core store and changes nothing, so edits made in the admin panel
 * survive restarts.
 * @param strapi the bootstrapped Strapi instance
 * @param dataDir the data folder (the app's own by default)
 */
export const seedDemo = async (
  strapi: Core.Strapi,
  dataDir: string = demoDataDir(strapi.dirs.app.root)
): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
  const seeded = async (key: string) => Boolean(await store.get({ key }));
  const editorialSeeded = await seeded(SEEDED_KEY);
  const content =
    editorialSeeded && (await seeded(DIRECTORY_SEEDED_KEY)) ? null : loadDemoContent(dataDir);
  await ensureDemoAdmin(strapi);
  if (!(await seeded(FORMS_SEEDED_KEY))) {
    await seedForms(strapi, loadDemoForms(demoFormsDir(dataDir)));
  } else {
    const later = await missingLaterForms(strapi, loadDemoForms(demoFormsDir(dataDir)));
    if (later.length > 0) {
      await seedForms(strapi, later);
    }
  }
  if (!(await seeded(STATISTICS_SEEDED_KEY))) {
    await seedStatistics(strapi, loadReportCounts(dataDir));
  }
  if (!(await seeded(GLOSSARY_SEEDED_KEY))) {
    await seedGlossary(strapi, loadGlossary(dataDir));
  }
  if (content) {
    await seedDirectory(strapi, content.directory);
  }
  // After the directory: measures link its offers.
  if (!(await seeded(CONCEPT_SEEDED_KEY))) {
    await seedConcept(strapi, loadDemoConcept(dataDir));
  }
  if (!content || editorialSeeded) {
    return;
  }
  const { siteSetting, lifeSituations, pages } = content;
  await createLocalized(strapi, 'plugin::teilhabe.site-setting', {
    shared: { accessibilityFeedbackEmail: siteSetting.accessibilityFeedbackEmail },
    texts: siteSetting.texts,
    translationStatus: siteSetting.translationStatus,
  });
  for (const { texts, translationStatus, ...shared } of lifeSituations) {
    await createLocalized(strapi, 'plugin::teilhabe.life-situation', {
      shared,
      texts,
      translationStatus,
    });
  }
  for (const { texts, translationStatus, ...shared } of pages) {
    await createLocalized(strapi, 'plugin::teilhabe.page', { shared, texts, translationStatus });
  }
  await store.set({ key: SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info('Demo content seeded.');
};
