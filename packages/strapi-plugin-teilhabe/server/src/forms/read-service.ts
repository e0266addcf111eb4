import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import {
  FORM_LOCALES,
  isAvailableIn,
  localized,
  type FormField,
  type FormLocale,
  type FormSnapshot,
  type GroupItemField,
  type LocalizedText,
} from '@teilhabe/forms';
import { toPlainText } from '@teilhabe/markdown';
import { DIRECTORY_UIDS } from '../directory/constants';
import { FORM_TABLES, FORM_UIDS, isFormSlug } from './constants';
import { formState, type FormState } from './form-state';
import { portalUrlFrom } from './notifications/settings';
import { previewUrl, renderPreview } from './preview';
import { signToken } from './keys';
import { currentVersion } from './versions';

/** A text in the requested locale, or German where it is missing. */
export interface TextInLocale {
  text: string;
  locale: string;
}

export interface FormListEntry {
  slug: string;
  title: TextInLocale;
  summary: TextInLocale;
  available: boolean;
  anonymous: boolean;
  state: FormState;
}

export interface DirectoryOptions {
  field: string;
  options: Array<{ value: string; label: TextInLocale }>;
}

export interface RenderedForm {
  snapshot: FormSnapshot;
  state: FormState;
  renderToken: string;
  idempotencyKey: string;
  directoryOptions: DirectoryOptions[];
}

/** The payload of a render token: form, version, issued at (ms). */
export interface RenderTokenPayload {
  f: string;
  v: number;
  t: number;
}

const SUMMARY_LENGTH = 240;

const inLocale = (text: LocalizedText, locale: string): TextInLocale => localized(text, locale);

/** The first paragraph of the intro as plain text, cut at a word. */
const summaryOf = (intro: LocalizedText, locale: string): TextInLocale => {
  const { text, locale: used } = inLocale(intro, locale);
  const first =
    toPlainText(text)
      .split(/\n\s*\n/)[0]
      ?.trim() ?? '';
  if (first.length <= SUMMARY_LENGTH) {
    return { text: first, locale: used };
  }
  const cut = first.slice(0, SUMMARY_LENGTH);
  return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))} …`, locale: used };
};

const assertLocale = (locale: string) => {
  if (!(FORM_LOCALES as readonly string[]).includes(locale)) {
    throw new errors.ValidationError(
      `Unknown locale "${locale}". Known locales: ${FORM_LOCALES.join(', ')}.`
    );
  }
};

/**
 * How many submissions each form holds.
 * @param knex the connection, or a transaction
 */
export const countSubmissions = async (
  knex: Core.Strapi['db']['connection'],
  formIds: string[]
): Promise<Map<string, number>> => {
  if (formIds.length === 0) {
    return new Map();
  }
  const rows = (await knex(FORM_TABLES.submission)
    .select('form_id')
    .count({ n: '*' })
    .whereIn('form_id', formIds)
    .groupBy('form_id')) as Array<{ form_id: string; n: number | string }>;
  return new Map(rows.map((row) => [row.form_id, Number(row.n)]));
};

/**
 * The options of every choice field whose options come from the directory.
 * @param snapshot the version
 * @param locale the locale of the labels
 */
export const resolveDirectoryOptions = async (
  strapi: Core.Strapi,
  snapshot: FormSnapshot,
  locale: string
): Promise<DirectoryOptions[]> => {
  const fields = snapshot.definition.steps
    .flatMap((step): FormField[] => step.fields)
    .flatMap((field): Array<FormField | GroupItemField> =>
      field.type === 'group' ? [field, ...field.fields] : [field]
    )
    .flatMap((field) =>
      (field.type === 'singleChoice' || field.type === 'multipleChoice') &&
      field.optionsFromDirectory
        ? [{ key: field.key, category: field.optionsFromDirectory.category }]
        : []
    );
  const result: DirectoryOptions[] = [];
  for (const { key, category } of fields) {
    result.push({ field: key, options: await offerOptions(strapi, category, locale) });
  }
  return result;
};

/**
 * The public reads of forms: published forms only, each as its current
 * version (the snapshot), never a draft. Reachable as
 * `strapi.plugin('teilhabe').service('forms')`.
 */
const formsRead = ({ strapi }: { strapi: Core.Strapi }) => {
  const publishedForm = async (where: object) =>
    (await strapi.db.query(FORM_UIDS.form).findOne({
      where: { ...where, publishedAt: { $notNull: true } },
      select: ['documentId', 'slug'],
    })) as { documentId: string; slug: string } | null;

  return {
    /**
     * The published forms with their title and summary in a locale (German
     * where untranslated) and whether they take submissions now.
     * @throws ValidationError for an unknown locale
     */
    async list(locale: string, now: Date = new Date()): Promise<FormListEntry[]> {
      assertLocale(locale);
      const forms = (await strapi.db.query(FORM_UIDS.form).findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId', 'slug'],
        orderBy: { slug: 'asc' },
      })) as Array<{ documentId: string; slug: string }>;
      const counts = await countSubmissions(
        strapi.db.connection,
        forms.map((form) => form.documentId)
      );
      const entries: FormListEntry[] = [];
      for (const form of forms) {
        const version = await currentVersion(strapi, form.documentId);
        if (!version) {
          continue;
        }
        const { snapshot } = version;
        entries.push({
          slug: snapshot.slug,
          title: inLocale(snapshot.texts.title, locale),
          summary: summaryOf(snapshot.texts.intro, locale),
          available: isAvailableIn(snapshot, locale as FormLocale),
          anonymous: snapshot.settings.anonymous,
          state: formState(snapshot.settings, counts.get(form.documentId) ?? 0, now),
        });
      }
      return entries;
    },

    /**
     * One published form by slug, ready to render: its current snapshot,
     * state, a signed render token, a fresh idempotency key, and the
     * options of choice fields that come from the directory.
     * @returns null when no published form has the slug
     */
    async render(
      slug: string,
      locale = 'de',
      now: Date = new Date()
    ): Promise<RenderedForm | null> {
      assertLocale(locale);
      if (!isFormSlug(slug)) {
        return null;
      }
      const form = await publishedForm({ slug });
      const version = form ? await currentVersion(strapi, form.documentId) : null;
      if (!form || !version) {
        return null;
      }
      const counts = await countSubmissions(strapi.db.connection, [form.documentId]);
      const payload: RenderTokenPayload = {
        f: form.documentId,
        v: version.version,
        t: now.getTime(),
      };
      return {
        snapshot: version.snapshot,
        state: formState(version.snapshot.settings, counts.get(form.documentId) ?? 0, now),
        renderToken: signToken(payload),
        idempotencyKey: randomBytes(18).toString('base64url'),
        directoryOptions: await resolveDirectoryOptions(strapi, version.snapshot, locale),
      };
    },

    /**
     * A form's draft for its preview link (`preview.ts`).
     * @throws ValidationError for an unknown locale
     */
    async preview(
      slug: string,
      token: string,
      locale = 'de',
      now: Date = new Date()
    ): Promise<RenderedForm | null> {
      assertLocale(locale);
      return renderPreview(strapi, slug, token, locale, now);
    },

    /**
     * The portal address of a form's draft preview (`preview.ts`), or null
     * where the CMS does not know the portal's address.
     */
    previewUrl: (formId: string) => {
      const portal = portalUrlFrom(process.env);
      return 'url' in portal ? previewUrl(strapi, portal.url, formId) : Promise.resolve(null);
    },

    publishedForm,
  };
};

/**
 * The published offers of a directory category as choices: the value is the
 * offer's document id, the label its title in the locale (German where
 * untranslated).
 */
export const offerOptions = async (
  strapi: Core.Strapi,
  category: string,
  locale: string
): Promise<Array<{ value: string; label: TextInLocale }>> => {
  const rows = (await strapi.db.query(DIRECTORY_UIDS.offer).findMany({
    where: {
      category: { code: category },
      publishedAt: { $notNull: true },
      locale: { $in: ['de', locale] },
    },
    select: ['documentId', 'title', 'locale'],
  })) as Array<{ documentId: string; title: string; locale: string }>;
  const byId = new Map<string, LocalizedText>();
  for (const row of rows) {
    byId.set(row.documentId, {
      ...(byId.get(row.documentId) ?? { de: '' }),
      [row.locale]: row.title,
    });
  }
  return [...byId.entries()]
    .filter(([, title]) => title.de)
    .map(([value, title]) => ({ value, label: inLocale(title, locale) }))
    .sort((a, b) => a.label.text.localeCompare(b.label.text, locale));
};

export type FormsReadService = ReturnType<typeof formsRead>;

export default formsRead;
