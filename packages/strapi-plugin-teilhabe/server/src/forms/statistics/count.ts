import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import type { Answers, FormSnapshot } from '@teilhabe/forms';
import { FORM_TABLES } from '../constants';
import { startOfQuarter, type Quarter } from './quarter';

/** One counted answer: a statistical field and the option chosen in it. */
export interface CountedAnswer {
  fieldKey: string;
  optionValue: string;
}

/**
 * The answers of a submission that are counted: for each top-level single
 * choice marked statistical, the option chosen (fields left unanswered or
 * hidden by a condition count nothing; only options of the form's own list
 * are counted, never free text).
 * @param snapshot the version the submission was checked against
 * @param answers the checked answers
 */
export const countedAnswers = (snapshot: FormSnapshot, answers: Answers): CountedAnswer[] =>
  snapshot.definition.steps.flatMap((step) =>
    step.fields.flatMap((field): CountedAnswer[] => {
      if (field.type !== 'singleChoice' || field.statistical !== true) {
        return [];
      }
      const value = answers[field.key];
      return typeof value === 'string' && field.options.some((option) => option.value === value)
        ? [{ fieldKey: field.key, optionValue: value }]
        : [];
    })
  );

/**
 * Adds one to the counter of each counted answer, in the submission's own
 * transaction: a submission refused or rolled back counts nothing, and the
 * same request sent twice counts once.
 *
 * Why counters and not rows: a row per answer, however bare, would keep the
 * order in which reports arrived (its id), and an order lines up with the
 * encrypted submissions' order. A counter per form, field, option and
 * quarter keeps nothing but the total; its timestamps are the quarter's
 * first day. Counters are never lowered, neither when a resident withdraws
 * a report nor when retention deletes it: lowering one would need the
 * submission's answer (a link from the report to its count), and a count
 * that drops at a known moment tells whoever knows of the withdrawal which
 * option it had. The published figures are anonymous aggregates of closed
 * quarters, so they stay as they were published (see `report.ts`); the
 * form's privacy notice says so.
 * @param knex the submission's transaction
 * @param formId the form's document id
 * @param quarter the quarter of the submission
 * @param counted what to count
 */
export const countAnswers = async (
  knex: Core.Strapi['db']['connection'],
  formId: string,
  quarter: Quarter,
  counted: readonly CountedAnswer[]
): Promise<void> => {
  const stamp = startOfQuarter(quarter);
  for (const { fieldKey, optionValue } of counted) {
    await knex(FORM_TABLES.statistic)
      .insert({
        document_id: randomBytes(12).toString('base64url'),
        form_id: formId,
        field_key: fieldKey,
        option_value: optionValue,
        quarter,
        count: 1,
        is_sample_data: false,
        created_at: stamp,
        updated_at: stamp,
        published_at: null,
      })
      .onConflict(['form_id', 'field_key', 'option_value', 'quarter'])
      .merge({ count: knex.raw('??.?? + 1', [FORM_TABLES.statistic, 'count']) });
  }
};
