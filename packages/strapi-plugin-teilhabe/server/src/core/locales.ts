import type { Core } from '@strapi/types';

/** A locale the portal serves, with its name in the locale itself and its writing direction. */
export interface PortalLocale {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The portal's locales. German is the source language and the default; Arabic
 * and Farsi are written right to left.
 */
export const PORTAL_LOCALES: readonly PortalLocale[] = [
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
];

export const DEFAULT_LOCALE = 'de';

interface LocalesService {
  find(params?: object): Promise<Array<{ id: number; code: string }>>;
  create(data: { code: string; name: string; isDefault?: boolean }): Promise<unknown>;
  setDefaultLocale(data: { code: string }): Promise<void>;
}

/**
 * Creates the portal's locales that are missing and makes German the default.
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
