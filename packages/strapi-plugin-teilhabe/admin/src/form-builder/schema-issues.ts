import type { BuilderMessageKey } from '../translations/form-builder';
import { pathOf, type BuilderIssue } from './issues';

/**
 * The parts of a zod issue the builder reads. Declared here rather than
 * imported so the builder depends on the schema's behaviour, not on one
 * zod release's type names.
 */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  format?: string;
}

/** What a list's own minimum means, by the name of the list. */
const LIST_MINIMUM: Record<string, BuilderMessageKey> = {
  steps: 'error.steps-min',
  statuses: 'error.statuses-min',
  accept: 'error.accept-min',
};

/** What a pattern means, by the name of the value that must match it. */
const FORMAT: Record<string, BuilderMessageKey> = {
  key: 'error.key-format',
  code: 'error.code-format',
  value: 'error.value-format',
  category: 'error.value-format',
  field: 'error.condition-field',
  min: 'error.date-format',
  max: 'error.date-format',
};

const bound = (value: number | bigint | undefined): number => Number(value ?? 0);

const listMinimum = (segments: readonly PropertyKey[], name: string): BuilderMessageKey => {
  if (name === 'fields') {
    // A group's fields sit below a field; a step's below a step.
    return segments.at(-3) === 'fields' ? 'error.group-fields-min' : 'error.fields-min';
  }
  return LIST_MINIMUM[name] ?? 'error.items-min';
};

/**
 * Turns one issue of `formDefinitionSchema` into a message at its place in
 * the builder, in the editor's words rather than the schema's.
 * @param issue an issue of `formDefinitionSchema.safeParse`
 * @returns the builder issue
 */
export const fromSchemaIssue = (issue: SchemaIssue): BuilderIssue => {
  const path = pathOf(issue.path);
  const name = String(
    [...issue.path].reverse().find((segment) => typeof segment === 'string') ?? ''
  );
  const at = (message: BuilderMessageKey, values?: Record<string, number>): BuilderIssue =>
    values ? { path, message, values } : { path, message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return at('error.required');
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return at(listMinimum(issue.path, name), { min: bound(issue.minimum) });
      }
      return at('error.number-min', { min: bound(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') {
        return at('error.text-max', { max: bound(issue.maximum) });
      }
      if (issue.origin === 'array') {
        return at('error.items-max', { max: bound(issue.maximum) });
      }
      return at('error.number-max', { max: bound(issue.maximum) });
    case 'invalid_format':
      return at(FORMAT[name] ?? 'error.invalid');
    case 'invalid_type':
      if (issue.expected === 'int') {
        return at('error.integer');
      }
      return at(issue.expected === 'string' ? 'error.required' : 'error.invalid');
    case 'invalid_union':
      // The only unions of the definition are date bounds and condition values.
      return at(name === 'value' ? 'error.condition-value' : 'error.date-format');
    default:
      return at('error.invalid');
  }
};
