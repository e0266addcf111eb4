import type { FormStatisticsQuery } from '@teilhabe/graphql';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import type { LocalizedTextView } from '../../types/view-models';

/** A published count: the number, or only that it is below the threshold. */
export type CountView = { kind: 'count'; value: number } | { kind: 'fewer' };

/** One row of the table: a quarter with a count per option and its total. */
export interface QuarterRowView {
  /** `2026-Q3`. */
  quarter: string;
  year: number;
  /** 1 to 4. */
  number: number;
  cells: CountView[];
  /** Null when withheld because a count of the quarter is below the threshold. */
  total: number | null;
}

/** A statistical field as a table: options as columns, quarters as rows. */
export interface ReportCountsFieldView {
  key: string;
  label: LocalizedTextView;
  options: Array<{ value: string; label: LocalizedTextView }>;
  rows: QuarterRowView[];
}

/** The published counts of one form. */
export interface ReportCountsView {
  form: string;
  title: LocalizedTextView;
  threshold: number;
  sampleData: boolean;
  fields: ReportCountsFieldView[];
}

const text = (
  value: { text: string; locale: string },
  requested: LocaleCode
): LocalizedTextView => {
  const locale = isLocaleCode(value.locale) ? value.locale : 'de';
  return { text: value.text, locale, fallback: locale !== requested };
};

const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * Maps the `FormStatistics` query result to the view of its tables. A cell
 * below the threshold stays "fewer" whatever the CMS sent as its number.
 * @param data the query result
 * @param locale the locale the query was sent in
 * @returns the view, or null when the form publishes no counts
 */
export function toReportCountsView(
  data: FormStatisticsQuery,
  locale: LocaleCode
): ReportCountsView | null {
  const statistics = data.teilhabeFormStatistics;
  if (!statistics) {
    return null;
  }
  return {
    form: statistics.form,
    title: text(statistics.title, locale),
    threshold: statistics.threshold,
    sampleData: statistics.sampleData,
    fields: statistics.fields.map((field) => ({
      key: field.key,
      label: text(field.label, locale),
      options: field.options.map((option) => ({
        value: option.value,
        label: text(option.label, locale),
      })),
      rows: field.quarters.flatMap((quarter) => {
        const match = QUARTER.exec(quarter.quarter);
        if (!match) {
          return [];
        }
        const byOption = new Map(quarter.cells.map((cell) => [cell.option, cell]));
        return [
          {
            quarter: quarter.quarter,
            year: Number(match[1]),
            number: Number(match[2]),
            cells: field.options.map((option): CountView => {
              const cell = byOption.get(option.value);
              return cell && !cell.fewerThanThreshold && typeof cell.count === 'number'
                ? { kind: 'count', value: cell.count }
                : { kind: 'fewer' };
            }),
            total: typeof quarter.total === 'number' ? quarter.total : null,
          },
        ];
      }),
    })),
  };
}
