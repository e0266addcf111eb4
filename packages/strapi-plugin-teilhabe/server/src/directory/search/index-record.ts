import { labelOf } from '../localized-text';
import type { OfferRow, TaxonomyRow } from '../rows';
import { isLanguageCourse } from '../rows';
import { languageCodesSchema, parseStored, previousSlugsSchema } from '../schemas';
import { normalizeText } from './normalize';

/** Structural filter values of one published offer, from its German version. */
export interface FacetRow {
  document_id: string;
  slug: string;
  category: string | null;
  cost_type: string;
  step_free_access: boolean;
  accessible_toilet: boolean;
  hearing_loop: boolean;
  is_course: boolean;
  course_level: string | null;
  course_type: string | null;
  course_childcare: boolean | null;
  course_women_only: boolean | null;
  course_start_date: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

/** Names of the multi-valued facets. */
export type FacetName = 'district' | 'language' | 'target_group' | 'previous_slug';

/** The searchable, normalized text of one locale of an offer. */
export interface EntryRow {
  locale: string;
  sortTitle: string;
  title: string;
  summary: string;
  body: string;
  extra: string;
}

/** Everything the index holds for one published offer. */
export interface IndexRecord {
  facets: FacetRow;
  values: Array<{ facet: FacetName; value: string }>;
  entries: EntryRow[];
}

const dateOnly = (value: string | null | undefined): string | null =>
  value ? String(value).slice(0, 10) : null;

const unique = (values: string[]): string[] => [...new Set(values.filter(Boolean))];

const districtCodes = (offer: OfferRow): string[] =>
  unique((offer.locations ?? []).map((location) => location.district?.code ?? ''));

const taxonomyText = (terms: Array<TaxonomyRow | null | undefined>, locale: string): string[] =>
  terms.flatMap((term) => (term ? [labelOf(term.label, locale, term.code).text] : []));

const join = (...parts: Array<string | null | undefined>): string =>
  normalizeText(parts.filter(Boolean).join('\n'));

/**
 * The text of one locale row: its own texts, plus names and labels shared
 * from the German version (provider, category, target groups, places) in
 * that locale.
 */
const entryFor = (row: OfferRow, canonical: OfferRow): EntryRow => {
  const shared = [
    canonical.provider?.name,
    ...taxonomyText(
      [canonical.category, canonical.courseType, ...(canonical.targetGroups ?? [])],
      row.locale
    ),
    ...(canonical.locations ?? []).flatMap((location) => [
      location.name,
      location.street,
      ...taxonomyText([location.district], row.locale),
    ]),
  ];
  const title = normalizeText(row.title ?? '');
  return {
    locale: row.locale,
    sortTitle: title.slice(0, 300),
    title,
    summary: join(row.summary),
    body: join(row.descriptionText, row.costNote, row.accessibilityNote, row.courseFundingNote),
    extra: join(...shared),
  };
};

/**
 * What the index holds for a published offer: facets from its German
 * version, one text entry per published locale.
 * @param canonical the published German row, relations populated
 * @param rows every published locale row of the offer (German included)
 */
export const buildIndexRecord = (canonical: OfferRow, rows: OfferRow[]): IndexRecord => {
  const course = isLanguageCourse(canonical);
  const facets: FacetRow = {
    document_id: canonical.documentId,
    slug: canonical.slug ?? canonical.documentId,
    category: canonical.category?.code ?? null,
    cost_type: canonical.costType === 'amount' ? 'amount' : 'free',
    step_free_access: Boolean(canonical.stepFreeAccess),
    accessible_toilet: Boolean(canonical.accessibleToilet),
    hearing_loop: Boolean(canonical.hearingLoop),
    is_course: course,
    course_level: course ? (canonical.courseLevel ?? null) : null,
    course_type: course ? (canonical.courseType?.code ?? null) : null,
    course_childcare: course ? Boolean(canonical.courseChildcare) : null,
    course_women_only: course ? Boolean(canonical.courseWomenOnly) : null,
    course_start_date: course ? dateOnly(canonical.courseStartDate) : null,
    valid_from: dateOnly(canonical.validFrom),
    valid_until: dateOnly(canonical.validUntil),
  };
  const values: IndexRecord['values'] = [
    ...districtCodes(canonical).map((value) => ({ facet: 'district' as const, value })),
    ...unique(parseStored(languageCodesSchema, canonical.staffLanguages, [])).map((value) => ({
      facet: 'language' as const,
      value,
    })),
    ...unique((canonical.targetGroups ?? []).map((group) => group.code)).map((value) => ({
      facet: 'target_group' as const,
      value,
    })),
    ...unique(parseStored(previousSlugsSchema, canonical.previousSlugs, []))
      .filter((value) => value !== facets.slug)
      .map((value) => ({ facet: 'previous_slug' as const, value })),
  ];
  const entries = rows
    .filter((row) => row.documentId === canonical.documentId && (row.title ?? '').trim() !== '')
    .map((row) => entryFor(row, canonical));
  return { facets, values, entries };
};
