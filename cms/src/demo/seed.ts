import type { Core } from '@strapi/strapi';
import { lifeSituations } from './content/life-situations';
import { pages } from './content/pages';
import { siteSetting } from './content/site-setting';
import { ensureDemoAdmin } from './admin-user';
import { seedDirectory } from './seed-directory';
import { DEMO_LOCALES, type DemoLocale } from './types';

/** The plugin's localized content types with draft and publish. */
type DemoContentType =
  'plugin::teilhabe.site-setting' | 'plugin::teilhabe.life-situation' | 'plugin::teilhabe.page';

const SOURCE_LOCALE: DemoLocale = 'de';
const SEEDED_KEY = 'demo-content-seeded';

/** Texts per locale plus the fields shared by all locales of one document. */
interface LocalizedDocument {
  shared: object;
  texts: Record<DemoLocale, object>;
}

/**
 * Creates one document in German, adds every other locale, then publishes all
 * of them. Non-German texts are marked as demo translations in the content.
 */
const createLocalized = async (
  strapi: Core.Strapi,
  uid: DemoContentType,
  { shared, texts }: LocalizedDocument
): Promise<string> => {
  const documents = strapi.documents(uid);
  const base = { ...shared, isSampleContent: true };
  const created = await documents.create({
    locale: SOURCE_LOCALE,
    data: { ...base, ...texts[SOURCE_LOCALE], translationStatus: 'source' } as never,
  });
  for (const locale of DEMO_LOCALES) {
    if (locale === SOURCE_LOCALE) {
      continue;
    }
    await documents.update({
      documentId: created.documentId,
      locale,
      data: { ...base, ...texts[locale], translationStatus: 'demo_translation' } as never,
    });
  }
  await documents.publish({ documentId: created.documentId, locale: '*' });
  return created.documentId;
};

/**
 * Seeds the demo content once: site settings, the six life situations and the
 * legal and help pages, each in all seven locales, and the service directory
 * (its own marker, so that older demo databases get it on their next start).
 * A second start finds the markers in the core store and changes nothing, so
 * edits made in the admin panel survive restarts.
 * @param strapi the bootstrapped Strapi instance
 */
export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  await ensureDemoAdmin(strapi);
  await seedDirectory(strapi);
  const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
  if (await store.get({ key: SEEDED_KEY })) {
    return;
  }
  await createLocalized(strapi, 'plugin::teilhabe.site-setting', {
    shared: { accessibilityFeedbackEmail: siteSetting.accessibilityFeedbackEmail },
    texts: siteSetting.texts,
  });
  for (const { texts, ...shared } of lifeSituations) {
    await createLocalized(strapi, 'plugin::teilhabe.life-situation', { shared, texts });
  }
  for (const { texts, ...shared } of pages) {
    await createLocalized(strapi, 'plugin::teilhabe.page', { shared, texts });
  }
  await store.set({ key: SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info('Demo content seeded.');
};
