import type {
  conditionSchema,
  choiceOptionSchema,
  fieldSchema,
  formDefinitionSchema,
  groupItemFieldSchema,
  localizedTextSchema,
  statusSchema,
  stepSchema,
} from '@teilhabe/forms';
import type { input } from 'zod';

/**
 * What the builder edits: the form definition as an editor may have it
 * half-done (defaults not yet applied, texts still empty). The shapes are the
 * contract's own, so a finished draft is a valid definition without any
 * conversion; `formDefinitionSchema` decides when it is finished.
 */
export type DraftDefinition = input<typeof formDefinitionSchema>;
export type DraftStep = input<typeof stepSchema>;
export type DraftField = input<typeof fieldSchema>;
export type DraftGroupItem = input<typeof groupItemFieldSchema>;
export type DraftOption = input<typeof choiceOptionSchema>;
export type DraftStatus = input<typeof statusSchema>;
export type DraftCondition = input<typeof conditionSchema>;
export type DraftText = input<typeof localizedTextSchema>;
export type FieldTypeName = DraftField['type'];

/** A definition with nothing in it yet: where a new form starts. */
export const emptyDefinition = (): DraftDefinition => ({
  steps: [],
  statuses: [],
  onePerPage: false,
  askForInterpreter: false,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the stored value of the custom field as a draft. The server checks
 * every stored definition against the schema; here only the outer shape is
 * trusted, so an empty or foreign value opens an empty builder instead of
 * breaking the edit view.
 * @param value the field's value as the content manager holds it
 * @returns the draft to edit
 */
export const readDraft = (value: unknown): DraftDefinition => {
  if (!isRecord(value) || !Array.isArray(value.steps) || !Array.isArray(value.statuses)) {
    return emptyDefinition();
  }
  return value as DraftDefinition;
};

/** An empty text: German still to be written. */
export const emptyText = (): DraftText => ({ de: '' });
