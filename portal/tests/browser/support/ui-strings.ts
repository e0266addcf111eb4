import { readFileSync } from 'node:fs';
import path from 'node:path';

type Messages = { [key: string]: string | Messages };

const cache = new Map<string, Messages>();

/**
 * Reads a UI string as the portal shows it, so tests do not repeat translations.
 * @param locale a locale code
 * @param key a dotted key, e.g. `error.notFound.title`
 * @returns the message text (placeholders not filled in)
 */
export function uiString(locale: string, key: string): string {
  let messages = cache.get(locale);
  if (!messages) {
    const file = path.join(__dirname, '../../../i18n/locales', `${locale}.json`);
    messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
    cache.set(locale, messages);
  }
  const value = key
    .split('.')
    .reduce<string | Messages | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      messages
    );
  if (typeof value !== 'string') {
    throw new Error(`no UI string ${key} in ${locale}`);
  }
  return value;
}
