import { LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import type { LanguageCourseDemo, OfferDemo, OfferTexts } from '../../cms/src/demo/directory/types';

/** The seven portal locales; every synthetic offer is translated into all of them. */
export const BENCH_LOCALES = LOCALE_CODES;

/** The reference data the offers may point to (keys of the demo content). */
export interface ReferenceKeys {
  providers: string[];
  locations: string[];
  contacts: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

const shiftDate = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** For each locale, the demo offers that have a text in it (fa, tr and ru are partial). */
const textsByLocale = (demo: OfferDemo[]): Map<LocaleCode, OfferTexts[]> =>
  new Map(
    BENCH_LOCALES.map((locale) => [
      locale,
      demo.flatMap((offer) => (offer.texts[locale] ? [offer.texts[locale]] : [])),
    ])
  );

/** A text of the template in the locale, else another demo offer's text in that locale. */
const textFor = (
  template: OfferDemo,
  locale: LocaleCode,
  pool: Map<LocaleCode, OfferTexts[]>,
  index: number
): OfferTexts => {
  const own = template.texts[locale];
  if (own) {
    return own;
  }
  const candidates = pool.get(locale) ?? [];
  const borrowed = candidates[index % candidates.length];
  if (!borrowed) {
    throw new Error(`No demo offer has a text in "${locale}".`);
  }
  return borrowed;
};

const numbered = (texts: OfferTexts, serial: number): OfferTexts => ({
  ...texts,
  title: `${texts.title} (${serial})`,
});

const shiftedCourse = (course: LanguageCourseDemo, weeks: number): LanguageCourseDemo => ({
  ...course,
  startDate: shiftDate(course.startDate, weeks * 7),
  endDate: shiftDate(course.endDate, weeks * 7),
});

/**
 * Makes `count` offers for the benchmark from the demo offers: each one a
 * copy of a demo offer with its own slug and numbered titles, texts in all
 * seven locales (borrowed from another demo offer where the template has
 * none), locations, contacts and providers spread over the reference data,
 * and course dates spread over a year, so that filters select realistic
 * shares of the data. Deterministic: the same count gives the same offers.
 * @param demo the demo offers used as templates
 * @param refs the keys the offers may point to
 * @param count how many offers to make
 */
export const syntheticOffers = (
  demo: OfferDemo[],
  refs: ReferenceKeys,
  count: number
): OfferDemo[] => {
  const pool = textsByLocale(demo);
  const pick = (keys: string[], index: number): string => keys[index % keys.length]!;
  return Array.from({ length: count }, (_, index) => {
    const template = demo[index % demo.length]!;
    const serial = index + 1;
    const texts = Object.fromEntries(
      BENCH_LOCALES.map((locale) => [
        locale,
        numbered(textFor(template, locale, pool, index), serial),
      ])
    ) as OfferDemo['texts'];
    return {
      ...template,
      slug: `bench-${serial}-${template.slug}`.slice(0, 110),
      // Renames belong to the demo's one sample; copies are created under their own slug.
      renamedFrom: undefined,
      provider: pick(refs.providers, index * 7),
      locations: [pick(refs.locations, index * 5)],
      contacts: [pick(refs.contacts, index * 3)],
      languageCourse: template.languageCourse
        ? shiftedCourse(template.languageCourse, index % 52)
        : undefined,
      texts,
    };
  });
};
