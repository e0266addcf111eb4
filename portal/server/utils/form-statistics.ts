import type { H3Event } from 'h3';
import { FormStatisticsDocument } from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import {
  toReportCountsView,
  type ReportCountsView,
} from '#shared/view-models/concept/report-counts';
import type { Found } from './content-cache';

/**
 * The published counts of a form's statistical fields, in one locale. The
 * CMS publishes ended quarters only, so a cached answer stays right until
 * the next quarter; "no counts" is cached as a value, see {@link Found}.
 * @param event the portal request
 * @param locale a validated locale
 * @param form a validated form slug
 */
export const loadReportCounts = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, form: string): Promise<Found<ReportCountsView>> =>
    found(
      toReportCountsView(await queryCms(event, FormStatisticsDocument, { form, locale }), locale)
    ),
  {
    name: 'view-report-counts',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, form: string) => `${locale}:${form}`,
  }
);
