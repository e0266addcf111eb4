import type { FormField, FormSnapshot, GroupItemField, LocalizedText } from '@teilhabe/forms';
import { formatCalendarDate, formatNumber } from '#shared/format';
import { pickText } from '#shared/forms/translation';
import type { FieldError } from '#shared/forms/validate';
import type { LocaleCode } from '#shared/locales';

/**
 * Texts of a form in the page's language: labels, error messages with the
 * field's label, and answers formatted for the review and the receipt
 * (numbers and dates written the resident's way).
 * @param snapshot the form's published version
 * @param locale the page's locale
 */
export function useFormLabels(
  snapshot: MaybeRefOrGetter<FormSnapshot>,
  locale: MaybeRefOrGetter<LocaleCode>
) {
  const { t, localeProperties } = useI18n();
  const language = computed(() => localeProperties.value.language ?? toValue(locale));
  const text = (value: LocalizedText) => pickText(value, toValue(locale));

  /** Every field by its key path (`children.birthDate`), to name it in errors. */
  const fieldsByPath = computed(() => {
    const map = new Map<string, FormField | GroupItemField>();
    for (const field of toValue(snapshot).definition.steps.flatMap((step) => step.fields)) {
      map.set(field.key, field);
      if (field.type === 'group') {
        for (const item of field.fields) {
          map.set(`${field.key}.${item.key}`, item);
        }
      }
    }
    return map;
  });

  const formatParam = (value: string | number) =>
    typeof value === 'number'
      ? formatNumber(value, language.value)
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? (formatCalendarDate(value, language.value) ?? value)
        : value;

  /**
   * @param error a field error of the flow
   * @returns the message as the error summary and the field show it
   */
  function errorMessage(error: FieldError): string {
    if (error.code === 'cms') {
      return String(error.params?.message ?? '');
    }
    const field = fieldsByPath.value.get(error.field);
    const label = field ? text(field.label).text : '';
    if (error.code === 'pattern' && field?.type === 'shortText' && field.patternMessage) {
      return text(field.patternMessage).text;
    }
    const params = Object.fromEntries(
      Object.entries(error.params ?? {}).map(([key, value]) => [key, formatParam(value)])
    );
    const message = t(`forms.errors.${error.code}`, { label, ...params });
    return error.item ? `${message} (${formatNumber(error.item, language.value)})` : message;
  }

  return { text, errorMessage, language, formatParam };
}
