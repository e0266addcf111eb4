import { buildPluralRules } from '../app/utils/plural';
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '../shared/locales';

export default defineI18nConfig(() => ({
  fallbackLocale: DEFAULT_LOCALE,
  pluralRules: buildPluralRules(PORTAL_LOCALES),
}));
