import type { Core } from '@strapi/types';
import { canonicalSnapshot, type FormSnapshot, type HashedSnapshot } from '@teilhabe/forms';
import { FORM_UIDS, SUPERSEDED_GRACE_MS } from './constants';
import type { PublishableForm } from './form-writes';
import { snapshotHash } from './snapshot-hash';

/** A stored version row. */
export interface VersionRow {
  id: number;
  form: string;
  version: number;
  hash: string;
  snapshot: FormSnapshot;
  supersededAt: string | null;
}

const versions = (strapi: Core.Strapi) => strapi.db.query(FORM_UIDS.version);

/**
 * The version of a form that is current (not superseded), or null.
 * @param strapi the Strapi instance
 * @param formId the form's document id
 */
export const currentVersion = async (
  strapi: Core.Strapi,
  formId: string
): Promise<VersionRow | null> =>
  ((await versions(strapi).findOne({
    where: { form: formId, supersededAt: { $null: true } },
    orderBy: { version: 'desc' },
  })) as VersionRow | null) ?? null;

/**
 * The newest stored version of a form, superseded or not: what the inbox
 * shows a form's statuses and anonymity from, and what a preview counts on.
 * @param strapi the Strapi instance
 * @param formId the form's document id
 * @returns the version row, or null before the first publish
 */
export const latestVersion = async (
  strapi: Core.Strapi,
  formId: string
): Promise<VersionRow | null> =>
  ((await versions(strapi).findOne({
    where: { form: formId },
    orderBy: { version: 'desc' },
  })) as VersionRow | null) ?? null;

/**
 * The version a submission names, when it still accepts submissions: the
 * current one, or one superseded less than 24 hours ago.
 * @param now the time of the request
 * @returns the version, or null when unknown or retired
 */
export const acceptingVersion = async (
  strapi: Core.Strapi,
  formId: string,
  version: number,
  now: Date
): Promise<VersionRow | null> => {
  const row = (await versions(strapi).findOne({
    where: { form: formId, version },
  })) as VersionRow | null;
  if (!row) {
    return null;
  }
  if (
    row.supersededAt &&
    now.getTime() - new Date(row.supersededAt).getTime() >= SUPERSEDED_GRACE_MS
  ) {
    return null;
  }
  return row;
};

/** Whether a form would freeze into the same snapshot as a stored one (version aside). */
const sameContent = (snapshot: FormSnapshot, form: PublishableForm) => {
  const frozen: HashedSnapshot = { ...form, version: snapshot.version };
  return canonicalSnapshot(snapshot) === canonicalSnapshot(frozen);
};

/**
 * Freezes a published form into a new immutable version and marks the
 * previous one superseded, in one transaction. Publishing again without a
 * change keeps the current version (nothing residents fill in changes).
 * @param strapi the Strapi instance
 * @param form the checked form that was just published
 * @param now the time of publishing
 * @returns the current version after the publish
 */
export const recordVersion = async (
  strapi: Core.Strapi,
  form: PublishableForm,
  now: Date = new Date()
): Promise<VersionRow> =>
  strapi.db.transaction(async () => {
    const current = await currentVersion(strapi, form.formId);
    if (current && sameContent(current.snapshot, form)) {
      return current;
    }
    const last = (await versions(strapi).findOne({
      where: { form: form.formId },
      orderBy: { version: 'desc' },
      select: ['version'],
    })) as { version: number } | null;
    const version = (last?.version ?? 0) + 1;
    const frozen = {
      formId: form.formId,
      slug: form.slug,
      version,
      settings: form.settings,
      texts: form.texts,
      definition: form.definition,
    };
    const hash = snapshotHash(frozen);
    const snapshot: FormSnapshot = { ...frozen, hash, publishedAt: now.toISOString() };
    if (current) {
      await versions(strapi).update({ where: { id: current.id }, data: { supersededAt: now } });
    }
    return (await versions(strapi).create({
      data: { form: form.formId, version, hash, snapshot, supersededAt: null },
    })) as VersionRow;
  });
