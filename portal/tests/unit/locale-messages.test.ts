import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_CODES, portalLocale } from '@teilhabe/locales';
import { pluralForms } from '../../app/utils/plural';
import { ACCESSIBILITY_FEATURES, COURSE_LEVELS } from '../../shared/directory-query';
import { FOOTER_PAGES } from '../../shared/routes';

type Messages = { [key: string]: string | Messages };

const LOCALES_DIR = path.join(__dirname, '../../i18n/locales');

function readMessages(code: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, `${code}.json`), 'utf8')) as Messages;
}

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      flat.set(name, value);
    } else {
      for (const entry of flatten(value, name)) {
        flat.set(...entry);
      }
    }
  }
  return flat;
}

function unsortedObjects(messages: Messages, prefix = ''): string[] {
  const keys = Object.keys(messages);
  const sorted = [...keys].sort();
  const here = keys.join() === sorted.join() ? [] : [prefix || '(root)'];
  return here.concat(
    ...keys.map((key) => {
      const value = messages[key];
      return typeof value === 'string'
        ? []
        : unsortedObjects(value ?? {}, prefix ? `${prefix}.${key}` : key);
    })
  );
}

function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([\w.]+)\s*\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

const reference = flatten(readMessages('de'));

describe('UI strings', () => {
  test('there is one file per portal locale and no other', () => {
    const files = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(
      [...LOCALE_CODES].sort()
    );
  });

  test('de.json has the keys that code builds at run time', () => {
    const built = [
      ...COURSE_LEVELS.map((level) => `directory.levels.${level}`),
      ...ACCESSIBILITY_FEATURES.map((feature) => `directory.accessibility.${feature}`),
      ...FOOTER_PAGES.map((page) => `footer.${page.label}`),
    ];
    expect(built.filter((key) => !reference.has(key))).toEqual([]);
  });

  test.each(LOCALE_CODES)('%s has exactly the keys of de.json', (code) => {
    expect([...flatten(readMessages(code)).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  test.each(LOCALE_CODES)('%s keeps the placeholders of de.json in every message', (code) => {
    const messages = flatten(readMessages(code));
    const mismatches = [...reference].filter(
      ([key, german]) =>
        placeholders(messages.get(key) ?? '').join() !== placeholders(german).join()
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALE_CODES)('%s has no empty message', (code) => {
    const empty = [...flatten(readMessages(code))].filter(([, message]) => message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALE_CODES)('%s sorts keys alphabetically at every level', (code) => {
    expect(unsortedObjects(readMessages(code))).toEqual([]);
  });

  test.each(LOCALE_CODES)('%s gives plural messages one form per CLDR category', (code) => {
    const expected = pluralForms(portalLocale(code).language).length;
    const pluralKeys = [...reference]
      .filter(([, german]) => german.includes('|'))
      .map(([key]) => key);
    expect(pluralKeys.length).toBeGreaterThan(0);
    const messages = flatten(readMessages(code));
    for (const key of pluralKeys) {
      expect({ key, forms: (messages.get(key) ?? '').split('|').length }).toEqual({
        key,
        forms: expected,
      });
    }
  });

  test.each(LOCALE_CODES)('%s uses no "@", which vue-i18n reads as a linked message', (code) => {
    const linked = [...flatten(readMessages(code))].filter(([, message]) => message.includes('@'));
    expect(linked.map(([key]) => key)).toEqual([]);
  });
});
