import type { H3Event } from 'h3';
import {
  ConceptChangesDocument,
  ConceptChapterDocument,
  ConceptDocument,
  ConceptMeasureDocument,
  ConceptMeasuresDocument,
  ConceptRevisionDocument,
  ParticipationEventsDocument,
  type ConceptRevisionQuery,
} from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import { withFallbacks } from '#shared/concept/localized';
import type { MeasureFilters } from '#shared/concept/query';
import type { Found } from './content-cache';

/** Measures per page of the list. */
export const MEASURES_PAGE_SIZE = 50;

/**
 * The edition's table of contents, or with `withBodies` the whole edition (print).
 * @param event the portal request
 * @param locale the page's locale
 * @param withBodies whether chapter bodies are wanted
 */
export const loadConcept = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, withBodies: boolean) =>
    withFallbacks(
      (await queryCms(event, ConceptDocument, { locale, withBodies })).teilhabeConcept,
      locale
    ),
  {
    name: 'view-concept',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, withBodies: boolean) =>
      `${locale}:${withBodies ? 'all' : 'toc'}`,
  }
);

/** A published chapter; "not found" is cached as a value (see `Found`). */
export const findConceptChapter = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, slug: string) => {
    const { teilhabeConceptChapter } = await queryCms(event, ConceptChapterDocument, {
      locale,
      slug,
    });
    return found(teilhabeConceptChapter ? withFallbacks(teilhabeConceptChapter, locale) : null);
  },
  {
    name: 'view-concept-chapter',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, slug: string) => `${locale}:${slug}`,
  }
);

/** Published measures by field of action and status. */
export const loadConceptMeasures = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, filters: MeasureFilters) =>
    withFallbacks(
      (
        await queryCms(event, ConceptMeasuresDocument, {
          locale,
          fieldOfAction: filters.fieldOfAction,
          statuses: filters.statuses.length > 0 ? filters.statuses : null,
          pageSize: MEASURES_PAGE_SIZE,
        })
      ).teilhabeConceptMeasures,
      locale
    ),
  {
    name: 'view-concept-measures',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, filters: MeasureFilters) =>
      `${locale}:${filters.fieldOfAction ?? ''}:${[...filters.statuses].sort().join(',')}`,
  }
);

/** A published measure; "not found" is cached as a value. */
export const findConceptMeasure = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, slug: string) => {
    const { teilhabeConceptMeasure } = await queryCms(event, ConceptMeasureDocument, {
      locale,
      slug,
    });
    return found(teilhabeConceptMeasure ? withFallbacks(teilhabeConceptMeasure, locale) : null);
  },
  {
    name: 'view-concept-measure',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, slug: string) => `${locale}:${slug}`,
  }
);

/** Every published participation event with the measures from it. */
export const loadParticipation = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode) =>
    withFallbacks(
      (await queryCms(event, ParticipationEventsDocument, { locale })).teilhabeParticipationEvents,
      locale
    ),
  { name: 'view-concept-participation', ...CMS_CACHE, getKey: (_e: H3Event, l: LocaleCode) => l }
);

/** What a history or "changed since" list is of. */
export interface ChangesScope {
  document: string | null;
  edition: string | null;
  since: string | null;
}

/** Published revisions in a locale, newest first. */
export const loadConceptChanges = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, scope: ChangesScope) =>
    (
      await queryCms(event, ConceptChangesDocument, {
        locale,
        document: scope.document,
        edition: scope.edition,
        since: scope.since,
        pageSize: 50,
      })
    ).teilhabeConceptChanges,
  {
    name: 'view-concept-changes',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, scope: ChangesScope) =>
      `${locale}:${scope.document ?? ''}:${scope.edition ?? ''}:${scope.since ?? ''}`,
  }
);

/** A revision with its texts and the one before it. */
export type RevisionWithTexts = NonNullable<ConceptRevisionQuery['teilhabeConceptRevision']>;

/** One published revision with its texts; "not found" is cached as a value. */
export const findConceptRevision = defineCachedFunction(
  async (event: H3Event, id: string): Promise<Found<RevisionWithTexts>> =>
    found((await queryCms(event, ConceptRevisionDocument, { id })).teilhabeConceptRevision),
  { name: 'view-concept-revision', ...CMS_CACHE, getKey: (_event: H3Event, id: string) => id }
);
