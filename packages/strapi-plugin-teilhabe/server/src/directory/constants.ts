import { DEFAULT_LOCALE } from '@teilhabe/locales';

/** UIDs of the integration service directory's content types. */
export const DIRECTORY_UIDS = {
  offer: 'plugin::teilhabe.offer',
  provider: 'plugin::teilhabe.provider',
  location: 'plugin::teilhabe.location',
  contact: 'plugin::teilhabe.contact',
  category: 'plugin::teilhabe.category',
  targetGroup: 'plugin::teilhabe.target-group',
  district: 'plugin::teilhabe.district',
  courseType: 'plugin::teilhabe.course-type',
} as const;

export type DirectoryUid = (typeof DIRECTORY_UIDS)[keyof typeof DIRECTORY_UIDS];

/** The four taxonomies: a stable `code` used in URLs and a label per locale. */
export const TAXONOMY_UIDS = [
  DIRECTORY_UIDS.category,
  DIRECTORY_UIDS.targetGroup,
  DIRECTORY_UIDS.district,
  DIRECTORY_UIDS.courseType,
] as const;

export type TaxonomyUid = (typeof TAXONOMY_UIDS)[number];

export const isDirectoryUid = (uid: string): uid is DirectoryUid =>
  Object.values(DIRECTORY_UIDS).includes(uid as DirectoryUid);

/**
 * The canonical locale of an offer: the source language, German. Its German
 * version holds the structure that every locale shares (relations, codes,
 * dates, flags); other locales only add texts. Strapi 5 keeps relations per
 * locale, so they are always read from this version.
 */
export const CANONICAL_LOCALE = DEFAULT_LOCALE;

/** Largest page of the public directory. */
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
