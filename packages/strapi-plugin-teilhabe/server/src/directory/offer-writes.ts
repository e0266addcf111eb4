import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { toPlainText } from '@teilhabe/markdown';
import { CANONICAL_LOCALE, DIRECTORY_UIDS } from './constants';
import { parseStored, previousSlugsSchema } from './schemas';
import { slugify } from './text';

const { ValidationError } = errors;

type Data = Record<string, unknown>;

const fieldError = (field: string, message: string) =>
  new ValidationError(`${field}: ${message}`, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });

const offers = (strapi: Core.Strapi) => strapi.db.query(DIRECTORY_UIDS.offer);

const slugTaken = async (strapi: Core.Strapi, slug: string, documentId?: string) =>
  Boolean(
    await offers(strapi).findOne({
      where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    })
  );

/** A free slug derived from the title: `title`, `title-2`, … */
const deriveSlug = async (strapi: Core.Strapi, title: unknown): Promise<string> => {
  const base =
    slugify(typeof title === 'string' ? title : '') || `offer-${randomBytes(3).toString('hex')}`;
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await slugTaken(strapi, candidate))) {
      return candidate;
    }
  }
};

/** Non-localized attributes that i18n copies between locales (relations are per locale). */
const sharedScalarAttributes = (strapi: Core.Strapi): string[] =>
  Object.entries(strapi.contentType(DIRECTORY_UIDS.offer).attributes)
    .filter(
      ([, attribute]) =>
        attribute.type !== 'relation' &&
        (attribute as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
          ?.localized === false
    )
    .map(([name]) => name);

/**
 * Fills the shared fields a translation write leaves out from the German
 * draft. Strapi fills a new locale from the *published* version and then
 * copies its shared fields to every draft, which would undo unpublished
 * structure edits of the German draft; taking them from the German draft
 * keeps German the source of structure.
 */
const fillSharedFromGermanDraft = (strapi: Core.Strapi, german: Data, data: Data): void => {
  for (const attribute of sharedScalarAttributes(strapi)) {
    if (!(attribute in data) && attribute in german) {
      data[attribute] = german[attribute];
    }
  }
};

/** The draft whose shared fields a write starts from: German for translations. */
const storedDraft = async (
  strapi: Core.Strapi,
  documentId: string,
  locale: string | undefined
): Promise<Data | null> =>
  (await offers(strapi).findOne({
    where: {
      documentId,
      publishedAt: null,
      ...(locale === CANONICAL_LOCALE ? {} : { locale: CANONICAL_LOCALE }),
    },
  })) as Data | null;

/**
 * Prepares the data of an offer write: the plain-text copy of the
 * description, a slug derived from the title when none is given, and, when
 * the slug changes, the old one kept in `previousSlugs` so that its URL
 * redirects. The slug is shared by all locales (not localized). A
 * translation's write takes the shared fields it leaves out from the German
 * draft.
 * @param strapi the running Strapi instance
 * @param action `create` or `update`
 * @param params the Document Service parameters (changed in place)
 * @throws ValidationError when the slug belongs to another offer
 */
export const prepareOfferWrite = async (
  strapi: Core.Strapi,
  action: 'create' | 'update',
  params: { documentId?: string; locale?: string | string[]; data?: Data }
): Promise<void> => {
  const data = params.data;
  if (!data) {
    return;
  }
  const locale = typeof params.locale === 'string' ? params.locale : undefined;
  const stored =
    action === 'update' && params.documentId
      ? await storedDraft(strapi, params.documentId, locale)
      : null;
  if (stored && locale !== CANONICAL_LOCALE) {
    fillSharedFromGermanDraft(strapi, stored, data);
  }
  if ('description' in data) {
    const description = typeof data.description === 'string' ? data.description : '';
    data.descriptionText = toPlainText(description) || null;
  }
  if (action === 'update' && !('slug' in data)) {
    return;
  }
  if (!data.slug) {
    data.slug = (stored?.slug as string | undefined) || (await deriveSlug(strapi, data.title));
    return;
  }
  if (data.slug === stored?.slug) {
    return;
  }
  const slug = String(data.slug);
  if (await slugTaken(strapi, slug, params.documentId)) {
    throw fieldError('slug', `"${slug}" is already the slug of another offer`);
  }
  if (typeof stored?.slug === 'string' && stored.slug) {
    const previous = parseStored(
      previousSlugsSchema,
      data.previousSlugs ?? stored.previousSlugs,
      []
    );
    data.previousSlugs = [...new Set([...previous, stored.slug])].filter((old) => old !== slug);
  }
};

/**
 * Publishing needs the German version, which holds the structure every
 * locale shares: a translation is published only with or after it, and the
 * German version needs a category.
 * @throws ValidationError when the rule is not met
 */
export const assertPublishable = async (
  strapi: Core.Strapi,
  params: { documentId?: string; locale?: string | string[] }
): Promise<void> => {
  const locales = Array.isArray(params.locale)
    ? params.locale
    : [params.locale ?? CANONICAL_LOCALE];
  const withGerman = locales.includes('*') || locales.includes(CANONICAL_LOCALE);
  const german = (await offers(strapi).findOne({
    where: {
      documentId: params.documentId,
      locale: CANONICAL_LOCALE,
      publishedAt: withGerman ? null : { $notNull: true },
    },
    populate: { category: true },
  })) as { category?: unknown } | null;
  if (!german) {
    throw new ValidationError(
      withGerman
        ? 'An offer needs a German version: it holds the structure all translations share.'
        : 'Publish the German version first: it holds the structure all translations share.'
    );
  }
  if (withGerman && !german.category) {
    throw fieldError('category', 'choose a category before publishing');
  }
};
