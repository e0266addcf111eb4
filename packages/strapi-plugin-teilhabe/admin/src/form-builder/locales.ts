/** The portal locale of a form locale (name in its own language, direction). */
export { portalLocale } from '@teilhabe/locales';
