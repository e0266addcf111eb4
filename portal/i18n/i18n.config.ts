// Aliases, not relative paths: @nuxtjs/i18n re-resolves relative imports from its build
// folder, whose depth differs between local builds (.nuxt) and CI (node_modules/.cache).
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '@teilhabe/locales';
import { buildPluralRules } from '~/utils/plural';

export default defineI18nConfig(() => ({
  fallbackLocale: DEFAULT_LOCALE,
  pluralRules: buildPluralRules(PORTAL_LOCALES),
}));
