import type { FormDefinition } from '@teilhabe/forms';

/**
 * Answers a link may choose in advance: `?thema=kinderbetreuung` on the
 * concept feedback form selects the chapter a reader came from. Only
 * top-level single choices with their own options qualify, and only with a
 * value that is one of those options, so a link cannot put anything else
 * into a form. The resident sees the choice and can change it.
 * @param definition the form's definition
 * @param query the page's query parameters
 * @returns entries as a plain post would carry them
 */
export function prefillEntries(
  definition: FormDefinition,
  query: Readonly<Record<string, unknown>>
): Array<[string, string]> {
  return definition.steps.flatMap((step) =>
    step.fields.flatMap((field): Array<[string, string]> => {
      const value = query[field.key];
      return field.type === 'singleChoice' &&
        field.optionsFromDirectory === undefined &&
        typeof value === 'string' &&
        field.options.some((option) => option.value === value)
        ? [[field.key, value]]
        : [];
    })
  );
}
