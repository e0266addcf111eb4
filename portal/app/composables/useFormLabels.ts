import type { LocalizedText } from '@teilhabe/forms';
import { pickText } from '#shared/forms/translation';
import type { LocaleCode } from '@teilhabe/locales';

/**
 * Texts of a form in the page's language, German where a text is not
 * translated (marked so that it gets `lang="de"`).
 * @param locale the page's locale
 */
export function useFormLabels(locale: MaybeRefOrGetter<LocaleCode>) {
  const { localeProperties } = useI18n();
  const language = computed(() => localeProperties.value.language ?? toValue(locale));
  const text = (value: LocalizedText) => pickText(value, toValue(locale));
  return { text, language };
}
