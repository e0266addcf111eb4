import type {
  DraftCondition,
  DraftDefinition,
  DraftField,
  DraftOption,
  FieldTypeName,
} from './draft';

export type ConditionOperator = DraftCondition['operator'];

/** A field a condition may refer to: its key, its German label, how it is answered. */
export interface ConditionSource {
  key: string;
  label: string;
  type: FieldTypeName;
  options: readonly DraftOption[];
}

/** Which comparisons make sense for an answer of each type. */
const OPERATORS: Record<FieldTypeName, readonly ConditionOperator[]> = {
  shortText: ['equals', 'notEquals', 'answered'],
  longText: ['answered'],
  email: ['answered'],
  phone: ['answered'],
  number: ['equals', 'notEquals', 'answered'],
  date: ['answered'],
  singleChoice: ['equals', 'notEquals', 'answered'],
  multipleChoice: ['includes', 'answered'],
  yesNo: ['equals', 'notEquals'],
  consent: ['equals', 'notEquals'],
  file: ['answered'],
  name: ['answered'],
  address: ['answered'],
  heading: [],
  info: [],
  group: [],
};

/**
 * The comparisons offered for a field's answer.
 * @param type the type of the field the condition refers to
 */
export const operatorsFor = (type: FieldTypeName): readonly ConditionOperator[] => OPERATORS[type];

const asSource = (field: DraftField): ConditionSource[] =>
  OPERATORS[field.type].length === 0
    ? []
    : [
        {
          key: field.key,
          label: field.label.de,
          type: field.type,
          options: 'options' in field ? (field.options ?? []) : [],
        },
      ];

/**
 * The fields a condition at one place may refer to: top-level fields that
 * come before it (fields of earlier steps, and for a field the ones above
 * it in its step), never fields inside a repeated group.
 * @param draft the definition being built
 * @param stepIndex the step the condition belongs to or stands in
 * @param fieldIndex the top-level field it belongs to or stands in; absent for a step's own condition
 */
export const conditionSources = (
  draft: DraftDefinition,
  stepIndex: number,
  fieldIndex?: number
): ConditionSource[] =>
  draft.steps.flatMap((step, index) => {
    if (index < stepIndex) {
      return step.fields.flatMap(asSource);
    }
    if (index === stepIndex && fieldIndex !== undefined) {
      return step.fields.slice(0, fieldIndex).flatMap(asSource);
    }
    return [];
  });

/**
 * A new condition on a field: its first comparison, with a value for a
 * yes/no question so the condition is complete at once.
 * @param source the field chosen
 */
export const newCondition = (source: ConditionSource): DraftCondition => {
  const operator = OPERATORS[source.type][0] ?? 'answered';
  if (source.type === 'yesNo' || source.type === 'consent') {
    return { field: source.key, operator, value: true };
  }
  return { field: source.key, operator };
};

/**
 * Whether a condition still lacks the value it compares with.
 * @param condition the condition
 */
export const needsValue = (condition: DraftCondition): boolean =>
  condition.operator !== 'answered' && condition.value === undefined;

/**
 * The definition with every condition on one field key pointed at its new
 * key: a new field's key follows its label, and conditions on it follow too.
 * @param draft the definition being built
 * @param from the field's former key
 * @param to its new key
 */
export const renameConditionField = (
  draft: DraftDefinition,
  from: string,
  to: string
): DraftDefinition => {
  const follow = <T extends { condition?: DraftCondition }>(item: T): T =>
    item.condition?.field === from
      ? { ...item, condition: { ...item.condition, field: to } }
      : item;
  const followField = (field: DraftField): DraftField =>
    field.type === 'group' ? follow({ ...field, fields: field.fields.map(follow) }) : follow(field);
  return {
    ...draft,
    steps: draft.steps.map((step) => follow({ ...step, fields: step.fields.map(followField) })),
  };
};
