import type { FormLocale } from '@teilhabe/forms';
import { PORTAL_LOCALES, type PortalLocale } from '../../../server/src/core/locales';

/**
 * The portal locale of a form locale (name in its own language, direction).
 * @param code one of `FORM_LOCALES`
 */
export const portalLocale = (code: FormLocale): PortalLocale =>
  PORTAL_LOCALES.find((locale) => locale.code === code) ?? { code, name: code, dir: 'ltr' };
