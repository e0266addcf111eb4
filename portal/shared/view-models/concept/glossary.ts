import type { GlossaryQuery } from '@teilhabe/graphql';
import { isLocaleCode, portalLocale, type LocaleCode } from '@teilhabe/locales';
import type { TranslationStatus } from '../../types/view-models';
import { toTranslationStatus } from '../cms-enums';
import { presentItems } from '../text';

/** One glossary term with its anchor. */
export interface GlossaryTermView {
  slug: string;
  /** `begriff-<slug>`: the term's id on the page. */
  anchor: string;
  term: string;
  definition: string;
  /** The locale its text is in: German where it is not translated. */
  locale: LocaleCode;
  fallback: boolean;
  translationStatus: TranslationStatus;
}

/** The glossary of a locale, alphabetical, with the letters it has. */
export interface GlossaryView {
  terms: GlossaryTermView[];
  /** Some terms are demo translations. */
  demoTranslation: boolean;
}

/**
 * Maps the `Glossary` query result to its view: each term in the locale or
 * in German, sorted alphabetically in the page's language (the term's text
 * as read, so that an untranslated German term sorts among the others).
 * @param data the query result
 * @param locale the page's locale
 */
export function toGlossaryView(data: GlossaryQuery, locale: LocaleCode): GlossaryView {
  const translated = new Map(
    presentItems(data.terms).map((term) => [term.documentId, term] as const)
  );
  const collator = new Intl.Collator(portalLocale(locale).language, { sensitivity: 'base' });
  const terms = presentItems(data.german)
    .map((german): GlossaryTermView => {
      const entry = translated.get(german.documentId) ?? german;
      const entryLocale = isLocaleCode(entry.locale) ? entry.locale : 'de';
      return {
        slug: german.slug,
        anchor: `begriff-${german.slug}`,
        term: entry.term,
        definition: entry.definition,
        locale: entryLocale,
        fallback: entryLocale !== locale,
        translationStatus: toTranslationStatus(entry.translationStatus),
      };
    })
    .sort((a, b) => collator.compare(a.term, b.term));
  return {
    terms,
    demoTranslation: terms.some((term) => term.translationStatus === 'demo-translation'),
  };
}
