import type { FormLocale } from '@teilhabe/forms';
import { FORM_BUILDER_MESSAGES, type BuilderMessageKey } from '../translations/form-builder';
import type { LocationPart } from './location';
import { portalLocale } from './locales';
import type { Translate } from './use-text';

const ITEM_NAME: Record<'step' | 'field' | 'option' | 'status', BuilderMessageKey> = {
  step: 'step.name',
  field: 'field.name',
  option: 'option.name',
  status: 'status.name',
};

const isMessageKey = (key: string): key is BuilderMessageKey => key in FORM_BUILDER_MESSAGES.de;

/**
 * A place of the builder in words, e.g. Schritt 2 „Kind“ › Feld 1 „Vorname“ › Bezeichnung.
 * Settings without a name of their own (the parts of a date bound) are left out.
 * @param parts from `describePath`
 * @param t the builder's texts
 */
export const locationText = (parts: readonly LocationPart[], t: Translate): string =>
  parts
    .flatMap((part) => {
      switch (part.kind) {
        case 'locale':
          return [portalLocale(part.code as FormLocale).name];
        case 'property': {
          const key = `prop.${part.property}`;
          return isMessageKey(key) ? [t(key)] : [];
        }
        default: {
          const item = t(ITEM_NAME[part.kind], { number: part.number });
          return [part.name ? `${item} „${part.name}“` : item];
        }
      }
    })
    .join(' › ');
