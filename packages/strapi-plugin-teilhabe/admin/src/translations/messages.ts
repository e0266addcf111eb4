import { DIRECTORY_LABELS, DIRECTORY_OPTIONS } from '../../../server/src/directory/admin-labels';
import { EDITORIAL_LABELS, EDITORIAL_OPTIONS } from '../../../server/src/editorial/admin-labels';
import { FORMS_LABELS } from '../../../server/src/forms/admin-labels';
import type { AdminLabels, OptionLabels } from '../../../server/src/core/admin-labels';
import { messageId } from '../plugin-id';
import { FIELD_MESSAGES } from './field-messages';
import { FORM_BUILDER_MESSAGES } from './form-builder';
import { INBOX_MESSAGES } from './inbox';
import { PORTAL_CACHE_MESSAGES } from './portal-cache';

type Language = 'de' | 'en';
type Messages = Record<string, string>;

/** The plugin's own texts in the admin. */
const OWN: Record<Language, Messages> = {
  de: {
    [messageId('plugin.name')]: 'Teilhabe',
    [messageId('structure.edited-in-german')]:
      'Gilt für alle Sprachen und wird in der deutschen Fassung bearbeitet.',
    [messageId('structure.open-german')]: 'Deutsche Fassung öffnen',
  },
  en: {
    [messageId('plugin.name')]: 'Teilhabe',
    [messageId('structure.edited-in-german')]:
      'Shared by all languages; edited in the German version.',
    [messageId('structure.open-german')]: 'Open the German version',
  },
};

/**
 * Content-type names and field labels in one interface language. The
 * content manager looks names up by their `displayName` (German in the
 * schemas) and field labels by `content-manager.content-types.<uid>.<field>`.
 */
const labelMessages = (labels: AdminLabels, language: Language): Messages =>
  Object.fromEntries(
    Object.entries(labels).flatMap(([uid, type]) => [
      [type.name.de, type.name[language]],
      ...Object.entries(type.fields).map(([field, label]) => [
        `content-manager.content-types.${uid}.${field}`,
        label[language],
      ]),
    ])
  );

/**
 * Names of enumeration values in one interface language, keyed by the
 * value: the content manager looks a value up as its own message id.
 */
const optionMessages = (options: OptionLabels, language: Language): Messages =>
  Object.fromEntries(Object.entries(options).map(([value, label]) => [value, label[language]]));

/** Texts keyed without the plugin's prefix, keyed by their message ids. */
const withPluginIds = (texts: Messages, prefix = ''): Messages =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [messageId(prefix + key), text]));

/**
 * Every admin message of the plugin in one interface language; other
 * languages get the English ones.
 * @param locale the admin's interface language
 */
export const adminMessages = (locale: string): Messages => {
  const language: Language = locale === 'de' ? 'de' : 'en';
  return {
    ...labelMessages({ ...EDITORIAL_LABELS, ...DIRECTORY_LABELS, ...FORMS_LABELS }, language),
    ...optionMessages({ ...EDITORIAL_OPTIONS, ...DIRECTORY_OPTIONS }, language),
    ...withPluginIds(FIELD_MESSAGES[language]),
    ...OWN[language],
    ...withPluginIds(FORM_BUILDER_MESSAGES[language], 'form-builder.'),
    ...withPluginIds(INBOX_MESSAGES[language], 'inbox.'),
    ...withPluginIds(PORTAL_CACHE_MESSAGES[language], 'portal-cache.'),
  };
};
