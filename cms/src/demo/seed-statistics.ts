import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { DataReader } from './data-files';

export const STATISTICS_SEEDED_KEY = 'demo-statistics-seeded';

/** The file of the sample counts, relative to the demo data folder. */
export const REPORT_COUNTS_FILE = 'statistics/report-counts.yaml';

const reportCountsSchema = z
  .object({
    form: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    field: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
    quarters: z.record(
      z.string().regex(/^\d{4}-Q[1-4]$/, 'use a quarter such as "2026-Q3"'),
      z.record(z.string(), z.number().int().min(0).max(100_000))
    ),
  })
  .strict();

/** The sample counts of the demo (`data/statistics/report-counts.yaml`). */
export type DemoReportCounts = z.infer<typeof reportCountsSchema>;

/**
 * Reads and checks the sample counts of the demo's discrimination report.
 * @param dataDir the demo data folder
 * @throws DemoDataError naming the file and the place of each problem
 */
export const loadReportCounts = (dataDir: string): DemoReportCounts => {
  const reader = new DataReader(dataDir);
  const data = reader.read(REPORT_COUNTS_FILE, reportCountsSchema);
  reader.throwIfInvalid();
  return data!;
};

interface StatisticsService {
  writeSampleCounts(
    slug: string,
    fieldKey: string,
    counts: Record<string, Record<string, number>>
  ): Promise<void>;
}

/**
 * Writes the sample counts once, after the demo forms (the plugin checks
 * that the form, field and options exist). They are marked as sample data,
 * so the portal says that they are.
 * @param strapi the bootstrapped Strapi instance
 * @param counts the checked sample counts
 */
export const seedStatistics = async (
  strapi: Core.Strapi,
  counts: DemoReportCounts
): Promise<void> => {
  try {
    await (
      strapi.plugin('teilhabe').service('forms-statistics') as StatisticsService
    ).writeSampleCounts(counts.form, counts.field, counts.quarters);
  } catch (error) {
    // A demo database whose report form predates the statistical field, or
    // whose form an editor removed: no sample counts, and the start goes on.
    strapi.log.warn(`Demo sample counts not seeded: ${(error as Error).message}`);
    return;
  }
  await strapi
    .store({ type: 'plugin', name: 'teilhabe' })
    .set({ key: STATISTICS_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info('Demo sample counts seeded.');
};
