import type { Condition, FormDefinition, FormField, FormSnapshot, FormStep } from './definition.ts';

/** Answers as they come in: not yet checked, keyed by field key. */
export type AnswersInput = Readonly<Record<string, unknown>>;

/** A snapshot or a bare definition: everything here needs the definition only. */
export type DefinitionSource = Pick<FormSnapshot, 'definition'> | FormDefinition;

/** The definition of a snapshot, or the definition itself. */
export const definitionOf = (source: DefinitionSource): FormDefinition =>
  'definition' in source ? source.definition : source;

/**
 * Whether a value counts as an answer: not missing, not an empty or blank
 * string, not an empty list, not an object whose parts are all empty.
 */
export const isAnswered = (value: unknown): boolean => {
  if (value === undefined || value === null) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.values(value).some(isAnswered);
  }
  return true;
};

/**
 * Whether a condition holds for the answers; no condition always holds.
 * `notEquals` holds for a field not answered, `includes` only for a multiple
 * choice (an array) that contains the value.
 */
export const conditionHolds = (
  condition: Condition | undefined,
  answers: AnswersInput
): boolean => {
  if (condition === undefined) {
    return true;
  }
  const answer = Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  switch (condition.operator) {
    case 'answered':
      return isAnswered(answer);
    case 'equals':
      return answer === condition.value;
    case 'notEquals':
      return answer !== condition.value;
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value);
  }
};

/**
 * Drops every answer the resident cannot see: answers of fields whose
 * condition (or whose step's condition) does not hold, and of fields inside a
 * group item whose condition does not hold. Conditions refer to earlier
 * top-level fields (`lint.ts` enforces it), so one pass in form order decides
 * each field on answers that are pruned already: a field hidden by a hidden
 * field is hidden too. Keys that are no field are left as they are, for the
 * validation to refuse (or, for `_interpreter`, to check).
 */
export const pruneHidden = (
  source: DefinitionSource,
  answers: AnswersInput
): Record<string, unknown> => {
  const definition = definitionOf(source);
  const kept: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const step of definition.steps) {
    const stepShown = conditionHolds(step.condition, kept);
    for (const field of step.fields) {
      known.add(field.key);
      if (
        !stepShown ||
        !conditionHolds(field.condition, kept) ||
        !Object.hasOwn(answers, field.key)
      ) {
        continue;
      }
      const answer = answers[field.key];
      kept[field.key] =
        field.type === 'group' ? pruneGroupItems(field.fields, answer, kept) : answer;
    }
  }
  // The interpreter answer and keys that are no field stay, for the validation to judge.
  for (const [key, value] of Object.entries(answers)) {
    if (!known.has(key)) {
      kept[key] = value;
    }
  }
  return kept;
};

/** Drops, in each item of a group, the answers of fields whose condition does not hold. */
const pruneGroupItems = (
  fields: readonly { key: string; condition?: Condition | undefined }[],
  items: unknown,
  topLevel: AnswersInput
): unknown => {
  if (!Array.isArray(items)) {
    return items;
  }
  const hidden = fields
    .filter((field) => !conditionHolds(field.condition, topLevel))
    .map((field) => field.key);
  if (hidden.length === 0) {
    return items;
  }
  return items.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return item;
    }
    return Object.fromEntries(Object.entries(item).filter(([key]) => !hidden.includes(key)));
  });
};

/**
 * The steps a resident goes through for these answers, in order: the steps
 * whose condition holds on the answers with hidden ones pruned.
 */
export const visibleSteps = (source: DefinitionSource, answers: AnswersInput): FormStep[] => {
  const pruned = pruneHidden(source, answers);
  return definitionOf(source).steps.filter((step) => conditionHolds(step.condition, pruned));
};

/**
 * The fields of a step a resident sees for these answers. Pass answers
 * pruned by {@link pruneHidden} (or use {@link visibleSteps} first) so that a
 * field shown by a hidden field's stale answer stays hidden.
 */
export const visibleFields = (step: FormStep, answers: AnswersInput): FormField[] =>
  step.fields.filter((field) => conditionHolds(field.condition, answers));
