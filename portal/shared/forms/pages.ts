import type { FormDefinition, FormField, FormStep } from '@teilhabe/forms';
import { conditionHolds, type Answers } from './conditions';

/** One page of a form as the resident sees it: a whole step, or one question of it. */
export interface FormPage {
  /** `<step>` or, one question per page, `<step>.<field>`. */
  key: string;
  step: FormStep;
  fields: FormField[];
}

const ANSWERLESS = new Set<FormField['type']>(['heading', 'info']);

/**
 * The pages a resident goes through, given the answers so far: hidden steps
 * and fields (condition false) are left out.
 * @param definition the form's definition
 * @param answers the answers so far
 * @returns the pages in order
 */
export function formPages(definition: FormDefinition, answers: Answers): FormPage[] {
  const pages: FormPage[] = [];
  for (const step of definition.steps) {
    if (!conditionHolds(step.condition, answers)) {
      continue;
    }
    const fields = step.fields.filter((field) => conditionHolds(field.condition, answers));
    if (!definition.onePerPage) {
      pages.push({ key: step.key, step, fields });
      continue;
    }
    // Headings and info texts stay with the question that follows them.
    let leading: FormField[] = [];
    for (const field of fields) {
      if (ANSWERLESS.has(field.type)) {
        leading.push(field);
        continue;
      }
      pages.push({ key: `${step.key}.${field.key}`, step, fields: [...leading, field] });
      leading = [];
    }
    if (leading.length > 0) {
      pages.push({ key: `${step.key}.${leading[0]!.key}`, step, fields: leading });
    }
  }
  return pages;
}

/**
 * Drops the answers of fields that are not shown (their condition is false):
 * they are neither validated nor sent.
 * @param definition the form's definition
 * @param answers all parsed answers
 * @returns the answers of visible fields only
 */
export function pruneHiddenAnswers(definition: FormDefinition, answers: Answers): Answers {
  // A condition refers to an earlier field, so one pass in order suffices.
  const kept: Answers = {};
  for (const step of definition.steps) {
    if (!conditionHolds(step.condition, kept)) {
      continue;
    }
    for (const field of step.fields) {
      if (field.key in answers && conditionHolds(field.condition, kept)) {
        kept[field.key] = answers[field.key];
      }
    }
  }
  return kept;
}
