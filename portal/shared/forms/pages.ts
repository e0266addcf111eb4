import {
  pruneHidden,
  visibleFields,
  visibleSteps,
  type FormDefinition,
  type FormField,
  type FormStep,
} from '@teilhabe/forms';

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
 * and fields (condition false) are left out, by the same rules the CMS checks.
 * @param definition the form's definition
 * @param answers the posted answers so far
 * @returns the pages in order
 */
export function formPages(
  definition: FormDefinition,
  answers: Readonly<Record<string, unknown>>
): FormPage[] {
  const shown = pruneHidden(definition, answers);
  return visibleSteps(definition, answers).flatMap((step): FormPage[] => {
    const fields = visibleFields(step, shown);
    if (!definition.onePerPage) {
      return [{ key: step.key, step, fields }];
    }
    // Headings and info texts stay with the question that follows them.
    const pages: FormPage[] = [];
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
    return pages;
  });
}
