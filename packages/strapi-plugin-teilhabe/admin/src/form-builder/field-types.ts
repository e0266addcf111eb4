import { emptyText, type DraftField, type DraftGroupItem, type FieldTypeName } from './draft';

/** Every field type in the order of the builder's menu. */
export const FIELD_TYPES: readonly FieldTypeName[] = [
  'shortText',
  'longText',
  'email',
  'phone',
  'number',
  'date',
  'singleChoice',
  'multipleChoice',
  'yesNo',
  'consent',
  'file',
  'name',
  'address',
  'heading',
  'info',
  'group',
];

/** The types a repeated group may contain (`groupItemFieldSchema`). */
export const GROUP_ITEM_TYPES = [
  'shortText',
  'longText',
  'email',
  'phone',
  'number',
  'date',
  'singleChoice',
  'multipleChoice',
  'yesNo',
  'name',
  'address',
] as const satisfies readonly FieldTypeName[];

/**
 * Whether a field may stand inside a repeated group.
 * @param field any field of the builder
 */
export const isGroupItem = (field: DraftField): field is DraftGroupItem =>
  (GROUP_ITEM_TYPES as readonly FieldTypeName[]).includes(field.type);

/**
 * A new field of a type with the contract's defaults written out, so the
 * editor sees every limit that applies. Label and purpose start empty: the
 * editor writes them, and the key follows the German label until it is
 * changed by hand.
 * @param type the type chosen in the menu
 * @param key the field's first key
 */
export const newField = (type: FieldTypeName, key: string): DraftField => {
  const base = { key, label: emptyText() };
  const input = { ...base, required: false, purpose: '' };
  switch (type) {
    case 'shortText':
      return { ...input, type, maxLength: 200 };
    case 'longText':
      return { ...input, type, maxLength: 2000 };
    case 'number':
      return { ...input, type, integer: true };
    case 'singleChoice':
      return { ...input, type, options: [], display: 'radios' };
    case 'multipleChoice':
      return { ...input, type, options: [] };
    case 'file':
      return {
        ...input,
        type,
        accept: ['application/pdf'],
        maxBytes: 5 * 1024 * 1024,
        maxFiles: 1,
      };
    case 'group':
      return { ...input, type, itemLabel: emptyText(), fields: [], minItems: 1, maxItems: 5 };
    case 'heading':
      return { ...base, type };
    case 'info':
      return { ...base, type, body: emptyText() };
    case 'email':
    case 'phone':
    case 'date':
    case 'yesNo':
    case 'consent':
    case 'name':
    case 'address':
      return { ...input, type };
  }
};
