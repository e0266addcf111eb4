import type { H3Event } from 'h3';
import { GlossaryDocument } from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import { toGlossaryView, type GlossaryView } from '#shared/view-models/concept/glossary';

/**
 * The glossary of one locale, untranslated terms in German.
 * @param event the portal request
 * @param locale a validated locale
 */
export const loadGlossary = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode): Promise<GlossaryView> =>
    toGlossaryView(await queryCms(event, GlossaryDocument, { locale }), locale),
  { name: 'view-glossary', ...CMS_CACHE, getKey: (_event: H3Event, locale: LocaleCode) => locale }
);
