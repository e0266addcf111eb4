import type { Core } from '@strapi/types';
import { localized, type FormSnapshot } from '@teilhabe/forms';
import { FORM_TABLES, FORM_UIDS, isFormSlug } from '../constants';
import type { TextInLocale } from '../read-service';
import { currentVersion } from '../versions';
import { endedQuarters } from './quarter';
import { STATISTICS_THRESHOLD, suppressSmallCounts, type PublishedQuarter } from './suppress';

/** How many ended quarters the public statistics reach back: two years. */
export const STATISTICS_QUARTERS = 8;

/** One statistical field of a form as published. */
export interface StatisticsField {
  key: string;
  label: TextInLocale;
  options: Array<{ value: string; label: TextInLocale }>;
  quarters: PublishedQuarter[];
}

/** The published statistics of one form. */
export interface FormStatistics {
  form: string;
  title: TextInLocale;
  threshold: number;
  /** Some of the counts are sample data of the demo. */
  sampleData: boolean;
  fields: StatisticsField[];
}

type StatisticalField = Extract<
  FormSnapshot['definition']['steps'][number]['fields'][number],
  { type: 'singleChoice' }
>;

/** The top-level single choices with fixed options the version marks statistical. */
const statisticalFields = (snapshot: FormSnapshot): StatisticalField[] =>
  snapshot.definition.steps.flatMap((step) =>
    step.fields.filter(
      (field): field is StatisticalField =>
        field.type === 'singleChoice' && field.statistical === true && field.options.length > 0
    )
  );

/**
 * The public counts of a published form's statistical fields, per ended
 * quarter and option, with small counts suppressed (`suppress.ts`).
 *
 * Only quarters that have ended are published: a count of the running
 * quarter would grow with each report, and watching it grow right after a
 * person said they had reported would tell their option. Ended quarters
 * never change (counters are not lowered, see `count.ts`). The fields,
 * options and labels are those of the current version; counts of options
 * it no longer has are not shown. The quarters start with the first one
 * that counted anything, at most {@link STATISTICS_QUARTERS} back.
 * @param strapi the Strapi instance
 * @param slug the form's slug
 * @param locale the locale of the labels (German where untranslated)
 * @param now the time of the request
 * @returns null when no published form has the slug or it has no statistical field
 */
export const formStatistics = async (
  strapi: Core.Strapi,
  slug: string,
  locale: string,
  now: Date = new Date()
): Promise<FormStatistics | null> => {
  if (!isFormSlug(slug)) {
    return null;
  }
  const form = (await strapi.db.query(FORM_UIDS.form).findOne({
    where: { slug, publishedAt: { $notNull: true } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  const version = form ? await currentVersion(strapi, form.documentId) : null;
  const fields = version ? statisticalFields(version.snapshot) : [];
  if (!form || !version || fields.length === 0) {
    return null;
  }
  const window = endedQuarters(now, STATISTICS_QUARTERS);
  const rows = (await strapi.db
    .connection(FORM_TABLES.statistic)
    .select('field_key', 'option_value', 'quarter', 'count', 'is_sample_data')
    .where('form_id', form.documentId)
    .whereIn(
      'field_key',
      fields.map((field) => field.key)
    )
    .whereIn('quarter', window)) as Array<{
    field_key: string;
    option_value: string;
    quarter: string;
    count: number | string;
    is_sample_data: boolean | number | null;
  }>;
  const counts = new Map(
    rows.map((row) => [`${row.field_key}\0${row.option_value}\0${row.quarter}`, Number(row.count)])
  );
  const first = window.findIndex((quarter) => rows.some((row) => row.quarter === quarter));
  const quarters = first === -1 ? [] : window.slice(first);
  const published = suppressSmallCounts(
    quarters,
    new Map(fields.map((field) => [field.key, field.options.map((option) => option.value)])),
    counts
  );
  return {
    form: version.snapshot.slug,
    title: localized(version.snapshot.texts.title, locale),
    threshold: STATISTICS_THRESHOLD,
    sampleData: rows.some((row) => Boolean(row.is_sample_data)),
    fields: fields.map((field) => ({
      key: field.key,
      label: localized(field.label, locale),
      options: field.options.map((option) => ({
        value: option.value,
        label: localized(option.label, locale),
      })),
      quarters: published.get(field.key) ?? [],
    })),
  };
};
