import type { Core } from '@strapi/types';
import { FORM_UIDS } from '../constants';

/** A form as editors choose it for an offer. */
export interface FormChoice {
  slug: string;
  /** The German title. */
  title: string;
  /** Whether a version is published: only then does the portal show the link. */
  published: boolean;
}

interface FormRow {
  documentId: string;
  slug: string;
  title?: Record<string, string> | string | null;
}

const germanTitle = (title: FormRow['title'], slug: string): string =>
  (typeof title === 'object' && title?.de) || (typeof title === 'string' && title) || slug;

/**
 * Every form, drafts included (an editor may link an offer to a form that is
 * about to be published), with its German title, sorted by it.
 * @param strapi the Strapi instance
 * @returns the forms editors can choose from
 */
export const formChoices = async (strapi: Core.Strapi): Promise<FormChoice[]> => {
  const documents = strapi.documents(FORM_UIDS.form);
  const [drafts, published] = (await Promise.all([
    documents.findMany({ status: 'draft', fields: ['slug', 'title'] }),
    documents.findMany({ status: 'published', fields: ['slug'] }),
  ])) as unknown as [FormRow[], FormRow[]];
  const publishedIds = new Set(published.map((row) => row.documentId));
  return drafts
    .map((row) => ({
      slug: row.slug,
      title: germanTitle(row.title, row.slug),
      published: publishedIds.has(row.documentId),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
};
