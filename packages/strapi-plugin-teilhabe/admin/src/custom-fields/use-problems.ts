import type { z } from 'zod';
import { useFieldText } from './use-field-text';
import { findProblems, problemsAt, type Problem } from './values/problems';

type Path = readonly (string | number)[];

/**
 * What is wrong with the value an input holds, in the admin's language, by
 * the field's own zod schema (the server checks every write with it), said
 * while the editor types: the content manager resets the form when the
 * server refuses a save, so an entry is right before "Speichern" or lost.
 * The server's own message for the field is never shown: it is English and
 * names API fields.
 * @param schema the field's schema
 * @param value the value the input stores (`null` when empty: nothing to check)
 * @returns `at(...paths)`: the message for places of the value, if any;
 *   `summary(withWhole)`: the message under the field when anything is wrong,
 *   with the problems of the value as a whole unless an input shows them
 */
export const useProblems = (schema: z.ZodType, value: unknown) => {
  const { text } = useFieldText();
  const problems = value === null || value === undefined ? [] : findProblems(schema, value);
  const say = (found: Problem[]) =>
    found.length > 0
      ? found.map((problem) => text(`problem.${problem.key}`, problem.values)).join(' ')
      : undefined;
  return {
    at: (...paths: Path[]) => say(paths.flatMap((path) => problemsAt(problems, path))),
    summary: (withWhole = true) =>
      problems.length > 0
        ? [text('problem.summary'), withWhole ? say(problemsAt(problems, [])) : undefined]
            .filter(Boolean)
            .join(' ')
        : undefined,
  };
};
