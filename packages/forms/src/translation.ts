import { FORM_LOCALES } from './form-constants.ts';
import type {
  FormDefinition,
  FormLocale,
  FormSnapshot,
  FormTexts,
  LocalizedText,
} from './definition.ts';

/** What carries a form's texts: a snapshot, or its texts and definition. */
export type TranslatableForm =
  Pick<FormSnapshot, 'texts' | 'definition'> | { texts: FormTexts; definition: FormDefinition };

/** Whether a string names one of the seven form locales. */
export const isFormLocale = (value: unknown): value is FormLocale =>
  typeof value === 'string' && (FORM_LOCALES as readonly string[]).includes(value);

/**
 * Whether a value is a text per locale. Found by shape, so that every text
 * the definition may gain later is covered without a list to keep up.
 */
const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { de?: unknown }).de === 'string' &&
  Object.keys(value).every(isFormLocale);

/** The text in a locale when it has one (an empty or blank string counts as missing). */
const textIn = (text: LocalizedText, locale: FormLocale): string | undefined => {
  const value = text[locale];
  return value !== undefined && value.trim() !== '' ? value : undefined;
};

/** Calls `visit` for every text per locale under `value`, with its path (`definition.steps[0].title`). */
const eachText = (
  value: unknown,
  path: string,
  visit: (text: LocalizedText, path: string) => void
): void => {
  if (isLocalizedText(value)) {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => eachText(item, `${path}[${index}]`, visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      eachText(item, path === '' ? key : `${path}.${key}`, visit);
    }
  }
};

/**
 * The paths of the texts that have no translation in a locale, in form order
 * (`texts.intro`, `definition.steps[1].fields[0].options[2].label`); empty
 * when the form can be offered in it. German is the source: for `de` only
 * blank texts are reported.
 */
export const missingTranslations = (form: TranslatableForm, locale: FormLocale): string[] => {
  const missing: string[] = [];
  const visit = (text: LocalizedText, path: string) => {
    if (textIn(text, locale) === undefined) {
      missing.push(path);
    }
  };
  eachText(form.texts, 'texts', visit);
  eachText(form.definition, 'definition', visit);
  return missing;
};

/** Whether a form is offered in a locale: every text is translated there. */
export const isAvailableIn = (form: TranslatableForm, locale: FormLocale): boolean =>
  missingTranslations(form, locale).length === 0;

/** The locales a form is offered in, German first. */
export const availableLocales = (form: TranslatableForm): FormLocale[] =>
  FORM_LOCALES.filter((locale) => isAvailableIn(form, locale));

/**
 * A text in a locale and the locale it is really in: the translation, or the
 * German source where there is none (the portal marks such a text `lang="de"`).
 */
export const localized = (
  text: LocalizedText,
  locale: string
): { text: string; locale: FormLocale } => {
  const translated = isFormLocale(locale) ? textIn(text, locale) : undefined;
  return translated === undefined
    ? { text: text.de, locale: 'de' }
    : { text: translated, locale: locale as FormLocale };
};

/** A text in a locale, German where it is not translated. */
export const localize = (text: LocalizedText, locale: string): string =>
  localized(text, locale).text;
