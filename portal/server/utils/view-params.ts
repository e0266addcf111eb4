import type { H3Event } from 'h3';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import { isValidSlug } from '#shared/slug';

/**
 * Reads the `locale` query parameter of a view route.
 * @param event the request
 * @returns one of the seven locale codes; anything else is a 400
 */
export function requireLocale(event: H3Event): LocaleCode {
  const { locale } = getQuery(event);
  if (!isLocaleCode(locale)) {
    throw createError({ statusCode: 400, statusMessage: 'Unknown locale' });
  }
  return locale;
}

/**
 * Reads the `slug` query parameter of a view route.
 * @param event the request
 * @returns a slug of lowercase letters, digits and hyphens; anything else is a 400
 */
export function requireSlug(event: H3Event): string {
  const { slug } = getQuery(event);
  if (!isValidSlug(slug)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid slug' });
  }
  return slug;
}
