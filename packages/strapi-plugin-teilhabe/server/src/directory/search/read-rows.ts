import type { OfferRow } from '../rows';

/**
 * Keys the read model never shows: audit data, editors' internal names.
 * Leaving them out keeps the index small and holds no more personal data
 * than the public page shows.
 */
const UNSHOWN_KEYS = new Set([
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'internalName',
  // The plain-text copy of the description exists for search only.
  'descriptionText',
]);

const withoutUnshown = (key: string, value: unknown): unknown => {
  if (UNSHOWN_KEYS.has(key)) {
    return undefined;
  }
  // A person's name is shown only with recorded consent; without it, it is not stored here either.
  if (value && typeof value === 'object' && 'personName' in value) {
    const contact = value as { personName?: unknown; personConsentRecordedAt?: unknown };
    if (!contact.personConsentRecordedAt) {
      return { ...contact, personName: null };
    }
  }
  return value;
};

/**
 * A published locale row of an offer (the German one with the relations the
 * read model shows) as the index stores it, so that a directory page is
 * built from one indexed read instead of the relations of every offer.
 * @param row a row as {@link loadPublishedOffers} returns it
 */
export const serializeReadRow = (row: OfferRow): string => JSON.stringify(row, withoutUnshown);

/**
 * A row stored by {@link serializeReadRow}.
 * @param stored the stored JSON text
 */
export const parseReadRow = (stored: string): OfferRow => JSON.parse(stored) as OfferRow;
