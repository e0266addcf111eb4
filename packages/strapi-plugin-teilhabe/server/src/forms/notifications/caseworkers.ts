import type { Core } from '@strapi/types';
import { FORM_UIDS } from '../constants';

interface FormRow {
  caseworkers: unknown;
  publishedAt: string | null;
}

interface AdminUserRow {
  email: string | null;
  isActive: boolean | null;
  blocked: boolean | null;
}

const ids = (value: unknown): number[] =>
  Array.isArray(value)
    ? value.filter((id): id is number => typeof id === 'number' && Number.isInteger(id) && id > 0)
    : [];

/**
 * The addresses of the caseworkers assigned to a form (its `caseworkers`
 * field, admin user ids; the published version's, else the draft's), of
 * active, unblocked users only.
 * @param strapi the Strapi instance
 * @param formId the form's document id
 */
export const caseworkerAddresses = async (
  strapi: Core.Strapi,
  formId: string
): Promise<string[]> => {
  const rows = (await strapi.db.query(FORM_UIDS.form).findMany({
    where: { documentId: formId },
    select: ['caseworkers', 'publishedAt'],
  })) as FormRow[];
  const row = rows.find((candidate) => candidate.publishedAt) ?? rows[0];
  const assigned = ids(row?.caseworkers);
  if (assigned.length === 0) {
    return [];
  }
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: assigned } },
    select: ['email', 'isActive', 'blocked'],
  })) as AdminUserRow[];
  return users
    .filter((user) => user.isActive && !user.blocked && user.email)
    .map((user) => user.email as string);
};
