import type { DraftDefinition } from './draft';

/** One part of a place in the builder as the error summary names it. */
export type LocationPart =
  | { kind: 'step' | 'field' | 'option' | 'status'; number: number; name: string }
  | { kind: 'property'; property: string }
  | { kind: 'locale'; code: string };

const LOCALES = new Set(['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru']);

/** The kind of item a list of the definition holds. */
const ITEM_KIND: Record<string, 'step' | 'field' | 'option' | 'status'> = {
  steps: 'step',
  fields: 'field',
  options: 'option',
  statuses: 'status',
};

const germanOf = (value: unknown, property: 'title' | 'label'): string => {
  if (typeof value !== 'object' || value === null || !(property in value)) {
    return '';
  }
  const text: unknown = (value as Record<string, unknown>)[property];
  return typeof text === 'object' && text !== null && 'de' in text && typeof text.de === 'string'
    ? text.de
    : '';
};

/**
 * Names a place of the definition the way the editor sees it: step, field,
 * option or status by number and German title, then the setting and the
 * language, e.g. Schritt 2 „Kind“ › Feld 1 „Vorname“ › Bezeichnung › العربية.
 * @param draft the definition being built
 * @param path a dotted path, e.g. `steps.1.fields.0.label.ar`
 * @returns the parts, outermost first; the caller puts them into words
 */
export const describePath = (draft: DraftDefinition, path: string): LocationPart[] => {
  const parts: LocationPart[] = [];
  let current: unknown = draft;
  const segments = path.split('.');
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    const kind = ITEM_KIND[segment];
    const next = segments[index + 1];
    const holder: unknown = current;
    const list: unknown =
      typeof holder === 'object' && holder !== null
        ? (holder as Record<string, unknown>)[segment]
        : undefined;
    if (kind && next !== undefined && /^\d+$/.test(next) && Array.isArray(list)) {
      const item: unknown = list[Number(next)];
      const name = germanOf(item, kind === 'step' ? 'title' : 'label');
      parts.push({ kind, number: Number(next) + 1, name });
      current = item;
      index += 1;
    } else if (LOCALES.has(segment) && parts.at(-1)?.kind === 'property') {
      parts.push({ kind: 'locale', code: segment });
    } else {
      parts.push({ kind: 'property', property: segment });
      current = list;
    }
  }
  return parts;
};
