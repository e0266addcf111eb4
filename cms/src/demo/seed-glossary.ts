import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import { z } from 'zod';
import { DataReader } from './data-files';
import type { TranslationStatus } from './types';

export const GLOSSARY_SEEDED_KEY = 'demo-glossary-seeded';

const UID = 'plugin::teilhabe.glossary-term' as const;
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a slug such as "kita"');

const structureSchema = z.object({ terms: z.array(z.object({ slug }).strict()).min(1) }).strict();

const textsSchema = z
  .object({
    translationStatus: z.enum(['source', 'demo_translation', 'reviewed_translation']),
    terms: z.record(
      slug,
      z
        .object({
          term: z.string().trim().min(1).max(120),
          definition: z.string().trim().min(1).max(2000),
        })
        .strict()
    ),
  })
  .strict();

/** One glossary term: its slug and its texts in the locales that have them. */
export interface DemoGlossaryTerm {
  slug: string;
  texts: Partial<Record<LocaleCode, { term: string; definition: string }>>;
}

/** The demo glossary and whose text each translated locale holds. */
export interface DemoGlossary {
  terms: DemoGlossaryTerm[];
  translationStatus: Partial<Record<LocaleCode, TranslationStatus>>;
}

/**
 * Reads and checks the demo glossary (`editorial/glossary.yaml` and its text
 * files per locale, the layout of the other editorial content): German is
 * required for every term; a locale without a file is not translated; a
 * text file may only name terms the structure file has.
 * @param dataDir the demo data folder
 * @throws DemoDataError naming the file and the place of each problem
 */
export const loadGlossary = (dataDir: string): DemoGlossary => {
  const reader = new DataReader(dataDir);
  const structure = reader.read('editorial/glossary.yaml', structureSchema);
  const slugs = new Set(structure?.terms.map((term) => term.slug) ?? []);
  const glossary: DemoGlossary = { terms: [], translationStatus: {} };
  const texts = new Map<LocaleCode, z.infer<typeof textsSchema>>();
  for (const locale of LOCALE_CODES) {
    const file = `editorial/glossary.${locale}.yaml`;
    if (locale !== DEFAULT_LOCALE && !existsSync(path.join(dataDir, file))) {
      continue;
    }
    const data = reader.read(file, textsSchema);
    if (!data) {
      continue;
    }
    texts.set(locale, data);
    glossary.translationStatus[locale] = data.translationStatus;
    for (const key of Object.keys(data.terms)) {
      if (!slugs.has(key)) {
        reader.report(file, ['terms', key], 'no term of glossary.yaml has this slug');
      }
    }
  }
  for (const key of slugs) {
    if (!texts.get(DEFAULT_LOCALE)?.terms[key]) {
      reader.report(
        `editorial/glossary.${DEFAULT_LOCALE}.yaml`,
        ['terms', key],
        'German text missing'
      );
    }
    glossary.terms.push({
      slug: key,
      texts: Object.fromEntries(
        [...texts].flatMap(([locale, data]) => (data.terms[key] ? [[locale, data.terms[key]]] : []))
      ),
    });
  }
  reader.throwIfInvalid();
  return glossary;
};

/**
 * Seeds the glossary once: each term in German, then in every locale that
 * translates it (marked with its translation status), all published.
 * @param strapi the bootstrapped Strapi instance
 * @param glossary the checked glossary
 */
export const seedGlossary = async (strapi: Core.Strapi, glossary: DemoGlossary): Promise<void> => {
  const documents = strapi.documents(UID);
  for (const { slug: key, texts } of glossary.terms) {
    const dataOf = (locale: LocaleCode) =>
      ({
        slug: key,
        ...texts[locale],
        isSampleContent: true,
        translationStatus: glossary.translationStatus[locale],
      }) as never;
    const created = await documents.create({
      locale: DEFAULT_LOCALE,
      data: dataOf(DEFAULT_LOCALE),
    });
    for (const locale of LOCALE_CODES) {
      if (locale !== DEFAULT_LOCALE && texts[locale]) {
        await documents.update({ documentId: created.documentId, locale, data: dataOf(locale) });
      }
    }
    await documents.publish({ documentId: created.documentId, locale: '*' });
  }
  await strapi
    .store({ type: 'plugin', name: 'teilhabe' })
    .set({ key: GLOSSARY_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info(`Demo glossary seeded: ${glossary.terms.length} terms.`);
};
