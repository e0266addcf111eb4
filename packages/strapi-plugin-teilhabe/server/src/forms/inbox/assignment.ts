import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { FORM_UIDS } from '../constants';
import type { AssignedForm } from './types';

interface FormRow {
  documentId: string;
  slug: string;
  title: { de?: string } | null;
  caseworkers: unknown;
  publishedAt: string | null;
}

const isAssigned = (row: FormRow, userId: number): boolean =>
  Array.isArray(row.caseworkers) && row.caseworkers.includes(userId);

/**
 * The forms whose submissions an admin user may read: those that list the
 * user among their caseworkers. The published row counts where there is
 * one: an assignment takes effect when the form is published.
 * @param strapi the Strapi instance
 * @param userId the admin user's id
 */
export const assignedForms = async (
  strapi: Core.Strapi,
  userId: number
): Promise<AssignedForm[]> => {
  const rows = (await strapi.db.query(FORM_UIDS.form).findMany({
    select: ['documentId', 'slug', 'title', 'caseworkers', 'publishedAt'],
  })) as FormRow[];
  const byDocument = new Map<string, FormRow>();
  for (const row of rows) {
    const known = byDocument.get(row.documentId);
    if (!known || (row.publishedAt && !known.publishedAt)) {
      byDocument.set(row.documentId, row);
    }
  }
  return [...byDocument.values()]
    .filter((row) => isAssigned(row, userId))
    .map((row) => ({
      documentId: row.documentId,
      slug: row.slug,
      title: row.title?.de ?? row.slug,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
};

/**
 * The assigned form of that id, or a "not found" that does not tell whether
 * the form exists: a caseworker learns nothing about other forms.
 * @throws NotFoundError when the user is not assigned to the form
 */
export const requireAssignedForm = async (
  strapi: Core.Strapi,
  userId: number,
  formId: string
): Promise<AssignedForm> => {
  const form = (await assignedForms(strapi, userId)).find((entry) => entry.documentId === formId);
  if (!form) {
    throw new errors.NotFoundError(
      'Dieses Formular gibt es nicht oder es ist Ihnen nicht zugeordnet.'
    );
  }
  return form;
};
