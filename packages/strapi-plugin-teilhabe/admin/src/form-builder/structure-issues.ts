import { conditionSources, needsValue } from './conditions';
import type { DraftCondition, DraftDefinition, DraftField } from './draft';
import type { BuilderIssue } from './issues';

/** The pairs of limits where the second must not be smaller than the first. */
const RANGES = [
  ['minLength', 'maxLength'],
  ['min', 'max'],
  ['minSelected', 'maxSelected'],
  ['minItems', 'maxItems'],
] as const;

/** Issues at every later occurrence of a value that is already used. */
const duplicates = (
  entries: ReadonlyArray<{ value: string; path: string }>,
  message: BuilderIssue['message']
): BuilderIssue[] => {
  const seen = new Set<string>();
  return entries.flatMap(({ value, path }) => {
    if (value === '' || !seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [{ path, message }];
  });
};

const conditionIssues = (
  condition: DraftCondition | undefined,
  path: string,
  allowed: ReadonlySet<string>
): BuilderIssue[] => {
  if (!condition || condition.field === '') {
    return [];
  }
  if (!allowed.has(condition.field)) {
    return [{ path: `${path}.condition.field`, message: 'error.condition-unknown' }];
  }
  return needsValue(condition)
    ? [{ path: `${path}.condition.value`, message: 'error.condition-value' }]
    : [];
};

const rangeIssues = (field: DraftField, path: string): BuilderIssue[] => {
  const values: Partial<Record<string, unknown>> = field;
  return RANGES.flatMap(([low, high]) => {
    const min = values[low];
    const max = values[high];
    return typeof min === 'number' && typeof max === 'number' && max < min
      ? [{ path: `${path}.${high}`, message: 'error.range' as const }]
      : [];
  });
};

const fieldIssues = (
  field: DraftField,
  path: string,
  allowed: ReadonlySet<string>
): BuilderIssue[] => {
  const own = [...conditionIssues(field.condition, path, allowed), ...rangeIssues(field, path)];
  if (field.type === 'singleChoice' || field.type === 'multipleChoice') {
    const options = field.options ?? [];
    own.push(
      ...duplicates(
        options.map((option, index) => ({
          value: option.value,
          path: `${path}.options.${index}.value`,
        })),
        'error.value-duplicate'
      )
    );
    if (options.length === 0 && !field.optionsFromDirectory) {
      own.push({ path: `${path}.options`, message: 'error.options-missing' });
    }
  }
  if (field.type === 'group') {
    own.push(
      ...duplicates(
        field.fields.map((item, index) => ({
          value: item.key,
          path: `${path}.fields.${index}.key`,
        })),
        'error.key-duplicate'
      ),
      ...field.fields.flatMap((item, index) =>
        fieldIssues(item, `${path}.fields.${index}`, allowed)
      )
    );
  }
  return own;
};

/**
 * What the schema cannot see about a definition and the server refuses:
 * keys, values and codes used twice, conditions on a field that does not
 * come earlier or without a value to compare with, a largest value below
 * the smallest, a choice without options.
 * @param draft the definition being built
 * @returns the issues at their places
 */
export const structureIssues = (draft: DraftDefinition): BuilderIssue[] => {
  const fieldKeys = draft.steps.flatMap((step, stepIndex) =>
    step.fields.map((field, index) => ({
      value: field.key,
      path: `steps.${stepIndex}.fields.${index}.key`,
    }))
  );
  const keysBefore = (stepIndex: number, fieldIndex?: number) =>
    new Set(conditionSources(draft, stepIndex, fieldIndex).map((source) => source.key));
  return [
    ...duplicates(fieldKeys, 'error.key-duplicate'),
    ...duplicates(
      draft.steps.map((step, index) => ({ value: step.key, path: `steps.${index}.key` })),
      'error.key-duplicate'
    ),
    ...duplicates(
      draft.statuses.map((status, index) => ({
        value: status.code,
        path: `statuses.${index}.code`,
      })),
      'error.code-duplicate'
    ),
    ...draft.steps.flatMap((step, stepIndex) => [
      ...conditionIssues(step.condition, `steps.${stepIndex}`, keysBefore(stepIndex)),
      ...step.fields.flatMap((field, index) =>
        fieldIssues(field, `steps.${stepIndex}.fields.${index}`, keysBefore(stepIndex, index))
      ),
    ]),
  ];
};
