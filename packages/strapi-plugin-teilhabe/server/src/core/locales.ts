import type { Core } from '@strapi/types';
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '@teilhabe/locales';

interface LocalesService {
  find(params?: object): Promise<Array<{ id: number; code: string }>>;
  create(data: { code: string; name: string; isDefault?: boolean }): Promise<unknown>;
  setDefaultLocale(data: { code: string }): Promise<void>;
}

/**
 * Creates the portal's locales (`@teilhabe/locales`) that are missing, each
 * named in its own language, and makes German the default.
 * Idempotent: runs on every start.
 * @param strapi the running Strapi instance
 * @returns the codes that were created
 */
export const ensureLocales = async (strapi: Core.Strapi): Promise<string[]> => {
  const locales = strapi.plugin('i18n').service('locales') as unknown as LocalesService;
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  const created: string[] = [];
  for (const { code, name } of PORTAL_LOCALES) {
    if (!existing.has(code)) {
      await locales.create({ code, name, isDefault: code === DEFAULT_LOCALE });
      created.push(code);
    }
  }
  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  return created;
};
