import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { slugify } from '../directory/text';
import { CANONICAL_LOCALE, CONCEPT_UIDS, type ConceptUid } from './constants';

const { ValidationError } = errors;

type Data = Record<string, unknown>;

/** A validation error on one field, shown by the admin next to that field. */
export const fieldError = (field: string, message: string) =>
  new ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

/** Types with a slug: everything readers reach by address. */
const WITH_SLUG: ReadonlySet<string> = new Set([
  CONCEPT_UIDS.edition,
  CONCEPT_UIDS.chapter,
  CONCEPT_UIDS.fieldOfAction,
  CONCEPT_UIDS.goal,
  CONCEPT_UIDS.measure,
  CONCEPT_UIDS.participationEvent,
]);

const slugTaken = async (strapi: Core.Strapi, uid: ConceptUid, slug: string, documentId?: string) =>
  Boolean(
    await strapi.db.query(uid).findOne({
      where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    })
  );

/** A free slug from the title: `title`, `title-2`, … */
const deriveSlug = async (strapi: Core.Strapi, uid: ConceptUid, title: unknown) => {
  const base =
    slugify(typeof title === 'string' ? title : '') || `eintrag-${randomBytes(3).toString('hex')}`;
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await slugTaken(strapi, uid, candidate))) {
      return candidate;
    }
  }
};

/** Non-localized scalar attributes (relations are per locale in Strapi 5). */
const sharedScalars = (strapi: Core.Strapi, uid: ConceptUid): string[] =>
  Object.entries(strapi.contentType(uid).attributes)
    .filter(
      ([, attribute]) =>
        attribute.type !== 'relation' &&
        (attribute as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
          ?.localized === false
    )
    .map(([name]) => name);

/**
 * Prepares a write of a concept document: a slug from the title where none
 * is given (unique per type), and, for a translation, the shared fields it
 * leaves out taken from the German draft. Strapi fills a new locale from the
 * *published* version and copies its shared fields to every draft, which
 * would undo unpublished structure edits of the German draft (see the
 * directory's offers, which do the same).
 * @throws ValidationError when the slug belongs to another document of the type
 */
export const prepareConceptWrite = async (
  strapi: Core.Strapi,
  uid: ConceptUid,
  action: 'create' | 'update',
  params: { documentId?: string; locale?: string | string[]; data?: Data }
): Promise<void> => {
  const data = params.data;
  if (!data || uid === CONCEPT_UIDS.revision) {
    return;
  }
  const locale = typeof params.locale === 'string' ? params.locale : CANONICAL_LOCALE;
  const german =
    action === 'update' && params.documentId
      ? ((await strapi.db.query(uid).findOne({
          where: { documentId: params.documentId, locale: CANONICAL_LOCALE, publishedAt: null },
        })) as Data | null)
      : null;
  if (german && locale !== CANONICAL_LOCALE) {
    for (const attribute of sharedScalars(strapi, uid)) {
      if (!(attribute in data) && attribute in german) {
        data[attribute] = german[attribute];
      }
    }
  }
  if (!WITH_SLUG.has(uid) || (action === 'update' && !('slug' in data))) {
    return;
  }
  if (!data.slug) {
    data.slug = (german?.slug as string | undefined) || (await deriveSlug(strapi, uid, data.title));
    return;
  }
  const slug = String(data.slug);
  if (await slugTaken(strapi, uid, slug, params.documentId)) {
    throw fieldError('slug', `Die Adresse „${slug}“ hat schon ein anderer Eintrag.`);
  }
};
