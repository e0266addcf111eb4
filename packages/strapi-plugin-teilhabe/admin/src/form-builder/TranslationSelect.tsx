import { FORM_LOCALES, type FormLocale } from '@teilhabe/forms';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { DraftDefinition } from './draft';
import { portalLocale } from './locales';
import { missingTranslations } from './translation-status';
import { useText } from './use-text';

const GERMAN_ONLY = 'de';

export interface TranslationSelectProps {
  draft: DraftDefinition;
  target: FormLocale | null;
  onChange(next: FormLocale | null): void;
}

/**
 * "Übersetzen in": German only (the default), or one locale named in its
 * own language with the number of texts still missing in it.
 */
export const TranslationSelect = ({ draft, target, onChange }: TranslationSelectProps) => {
  const t = useText();
  const id = 'form-builder-translate';
  return (
    <Field.Root name={id} id={id}>
      <Field.Label>{t('translate.label')}</Field.Label>
      <SingleSelect
        value={target ?? GERMAN_ONLY}
        onChange={(next: string | number) =>
          onChange(FORM_LOCALES.find((code) => code === next && code !== GERMAN_ONLY) ?? null)
        }
      >
        <SingleSelectOption value={GERMAN_ONLY}>{t('translate.german-only')}</SingleSelectOption>
        {FORM_LOCALES.filter((code) => code !== GERMAN_ONLY).map((code) => (
          <SingleSelectOption key={code} value={code}>
            <span lang={code} dir={portalLocale(code).dir}>
              {portalLocale(code).name}
            </span>{' '}
            ({t('translate.missing', { count: missingTranslations(draft, code) })})
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
