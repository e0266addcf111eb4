import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { FORM_TABLES, FORM_UIDS } from '../constants';
import { currentVersion } from '../versions';
import { isQuarter, startOfQuarter } from './quarter';

/** Sample counts of one statistical field: quarter → option → count. */
export type SampleCounts = Record<string, Record<string, number>>;

/**
 * Writes sample counts of the demo for a published form's statistical
 * field, marked as sample data (the public query says so). Counts already
 * there are replaced. For the demo seed only: real counts come from
 * submissions alone.
 * @param strapi the Strapi instance
 * @param slug the published form
 * @param fieldKey a statistical single choice of its current version
 * @param counts quarter (`2026-Q3`) → option value → count
 * @throws Error when the form, field, an option or a quarter is unknown
 */
export const writeSampleCounts = async (
  strapi: Core.Strapi,
  slug: string,
  fieldKey: string,
  counts: SampleCounts
): Promise<void> => {
  const form = (await strapi.db.query(FORM_UIDS.form).findOne({
    where: { slug, publishedAt: { $notNull: true } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  const version = form ? await currentVersion(strapi, form.documentId) : null;
  const field = version?.snapshot.definition.steps
    .flatMap((step) => step.fields)
    .find((candidate) => candidate.key === fieldKey);
  if (!form || !field || field.type !== 'singleChoice' || field.statistical !== true) {
    throw new Error(`No published form "${slug}" with the statistical field "${fieldKey}".`);
  }
  const options = new Set(field.options.map((option) => option.value));
  const rows = Object.entries(counts).flatMap(([quarter, byOption]) => {
    if (!isQuarter(quarter)) {
      throw new Error(`"${quarter}" is no quarter such as 2026-Q3.`);
    }
    return Object.entries(byOption).map(([option, count]) => {
      if (!options.has(option) || !Number.isInteger(count) || count < 0) {
        throw new Error(`"${option}: ${count}" is no count of an option of "${fieldKey}".`);
      }
      const stamp = startOfQuarter(quarter);
      return {
        document_id: randomBytes(12).toString('base64url'),
        form_id: form.documentId,
        field_key: fieldKey,
        option_value: option,
        quarter,
        count,
        is_sample_data: true,
        created_at: stamp,
        updated_at: stamp,
        published_at: null,
      };
    });
  });
  const knex = strapi.db.connection;
  for (const row of rows) {
    await knex(FORM_TABLES.statistic)
      .insert(row)
      .onConflict(['form_id', 'field_key', 'option_value', 'quarter'])
      .merge({ count: row.count, is_sample_data: true });
  }
};
