import type { DateBound, FormField, GroupItemField } from '@teilhabe/forms';
import type { Answers } from './conditions';
import { FIELD_PARTS, postName } from './post-entries';

/**
 * Instant feedback on one page of a form. The CMS checks every answer again
 * when the form is sent; this check only spares the resident a round trip
 * with a wrong page. Messages are UI strings (`forms.errors.<code>`).
 */
export interface FieldError {
  /** The input to link to and focus: a name from `postName`. */
  name: string;
  /** The key below `forms.errors.`. */
  code: string;
  /** Values for the message's placeholders (besides the field's label). */
  params?: Record<string, string | number>;
  /** The field key path, e.g. `children.0.birthDate`, for the label. */
  field: string;
  /** The item's number (from 1) inside a repeated group. */
  item?: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()/-]{5,30}$/;
const POSTAL_CODE = /^\d{5}$/;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * @param bound a date bound of the definition
 * @param today the city's calendar date, `YYYY-MM-DD`
 * @returns the bound as an ISO date
 */
export function resolveDateBound(bound: DateBound, today: string): string {
  if (typeof bound === 'string') {
    return bound;
  }
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + bound.todayPlusDays);
  return isoDay(date);
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDay(date) === value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function checkField(
  field: FormField | GroupItemField,
  value: unknown,
  path: Array<string | number>,
  today: string,
  item?: number
): FieldError[] {
  const base = { field: path.filter((part) => typeof part === 'string').join('.'), item };
  const error = (code: string, part?: string, params?: FieldError['params']): FieldError[] => [
    { ...base, name: postName(...path, ...(part ? [part] : [])), code, params },
  ];
  if (field.type === 'heading' || field.type === 'info' || field.type === 'file') {
    return [];
  }
  if (isEmpty(value)) {
    const firstPart = field.type in FIELD_PARTS ? FIELD_PARTS[field.type as 'name'][0] : undefined;
    if (!field.required) {
      return [];
    }
    return error(
      field.type === 'consent'
        ? 'consent'
        : field.type === 'yesNo' || field.type.endsWith('Choice')
          ? 'choose'
          : 'required',
      firstPart
    );
  }
  switch (field.type) {
    case 'shortText':
    case 'longText': {
      const text = String(value);
      if (field.minLength !== undefined && text.length < field.minLength) {
        return error('tooShort', undefined, { min: field.minLength });
      }
      if (text.length > field.maxLength) {
        return error('tooLong', undefined, { max: field.maxLength });
      }
      if (
        field.type === 'shortText' &&
        field.pattern &&
        !new RegExp(`^(?:${field.pattern})$`, 'u').test(text)
      ) {
        return error('pattern');
      }
      return [];
    }
    case 'email':
      return EMAIL.test(String(value)) && String(value).length <= 254 ? [] : error('email');
    case 'phone':
      return PHONE.test(String(value)) ? [] : error('phone');
    case 'number': {
      if (typeof value !== 'number') {
        return error('number');
      }
      if (field.integer && !Number.isInteger(value)) {
        return error('integer');
      }
      if (field.min !== undefined && value < field.min) {
        return error('min', undefined, { min: field.min });
      }
      return field.max !== undefined && value > field.max
        ? error('max', undefined, { max: field.max })
        : [];
    }
    case 'date': {
      const date = String(value);
      if (!isRealDate(date)) {
        return error('date', 'day');
      }
      const min = field.min ? resolveDateBound(field.min, today) : null;
      const max = field.max ? resolveDateBound(field.max, today) : null;
      if (min && date < min) {
        return error('dateMin', 'day', { date: min });
      }
      return max && date > max ? error('dateMax', 'day', { date: max }) : [];
    }
    case 'name': {
      const name = value as Record<string, string>;
      return FIELD_PARTS.name.flatMap((part) =>
        name[part]
          ? name[part].length > 100
            ? error('tooLong', part, { max: 100 })
            : []
          : error(`name.${part}`, part)
      );
    }
    case 'address': {
      const address = value as Record<string, string>;
      return FIELD_PARTS.address.flatMap((part) => {
        if (!address[part]) {
          return error(`address.${part}`, part);
        }
        return part === 'postalCode' && !POSTAL_CODE.test(address[part])
          ? error('postalCode', part)
          : [];
      });
    }
    case 'multipleChoice': {
      const chosen = value as string[];
      if (field.minSelected !== undefined && chosen.length < field.minSelected) {
        return error('minSelected', undefined, { min: field.minSelected });
      }
      return field.maxSelected !== undefined && chosen.length > field.maxSelected
        ? error('maxSelected', undefined, { max: field.maxSelected })
        : [];
    }
    default:
      return [];
  }
}

/**
 * Checks the answers of the fields of one page.
 * @param fields the page's visible fields
 * @param answers all answers so far
 * @param today the city's calendar date, for date bounds relative to today
 * @returns the errors in the order of the fields; empty when the page is complete
 */
export function validatePageFields(
  fields: readonly FormField[],
  answers: Answers,
  today: string
): FieldError[] {
  return fields.flatMap((field) => {
    if (field.type !== 'group') {
      return checkField(field, answers[field.key], [field.key], today);
    }
    const items = (answers[field.key] as Answers[] | undefined) ?? [];
    const filled = items.filter((item) => Object.keys(item).length > 0).length;
    if (field.required && filled < Math.max(field.minItems, 1)) {
      const firstItem = field.fields[0]!;
      const part =
        firstItem.type in FIELD_PARTS ? FIELD_PARTS[firstItem.type as 'name'][0] : undefined;
      return [
        {
          field: field.key,
          name: postName(field.key, 0, firstItem.key, ...(part ? [part] : [])),
          code: 'minItems',
          params: { min: Math.max(field.minItems, 1) },
        },
      ];
    }
    return items.flatMap((item, index) =>
      Object.keys(item).length === 0
        ? []
        : field.fields.flatMap((sub) =>
            checkField(sub, item[sub.key], [field.key, index, sub.key], today, index + 1)
          )
    );
  });
}
