import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import type { FormSnapshot } from '@teilhabe/forms';
import { FORM_UIDS, isFormSlug } from './constants';
import { assertPublishable, type FormRow } from './form-writes';
import { signToken, verifyToken } from './keys';
import { resolveDirectoryOptions, type RenderedForm } from './read-service';
import { snapshotHash } from './snapshot-hash';
import { latestVersion } from './versions';

/** How long a preview link opens the draft. */
export const PREVIEW_MAX_AGE_MS = 30 * 60 * 1000;

/** The payload of a preview token: purpose, form, issued at (ms). */
interface PreviewTokenPayload {
  p: 'form-preview';
  f: string;
  t: number;
}

/**
 * A signed token that opens a form's draft in the portal for 30 minutes.
 * Only the admin's preview handler issues it, for signed-in editors.
 * @param formId the form's document id
 */
export const issuePreviewToken = (formId: string, now: Date = new Date()): string =>
  signToken({ p: 'form-preview', f: formId, t: now.getTime() } satisfies PreviewTokenPayload);

/**
 * The draft of a form as the portal renders it, when the token is a valid
 * preview token for that form and slug. The draft is frozen as the version
 * it would become; its render token names version 0, which no submission is
 * accepted for, so a preview never sends anything.
 * @returns the rendered draft, or null (bad or expired token, other form, incomplete draft)
 */
export const renderPreview = async (
  strapi: Core.Strapi,
  slug: string,
  token: string,
  locale: string,
  now: Date = new Date()
): Promise<RenderedForm | null> => {
  const payload = verifyToken<PreviewTokenPayload>(token.slice(0, 2000));
  if (
    !payload ||
    payload.p !== 'form-preview' ||
    typeof payload.f !== 'string' ||
    now.getTime() - payload.t > PREVIEW_MAX_AGE_MS ||
    !isFormSlug(slug)
  ) {
    return null;
  }
  const draft = (await strapi.db.query(FORM_UIDS.form).findOne({
    where: { documentId: payload.f, publishedAt: null },
  })) as FormRow | null;
  if (!draft || draft.slug !== slug) {
    return null;
  }
  let form;
  try {
    form = assertPublishable(draft);
  } catch {
    return null;
  }
  const last = await latestVersion(strapi, form.formId);
  const frozen = { ...form, version: (last?.version ?? 0) + 1 };
  const snapshot: FormSnapshot = {
    ...frozen,
    hash: snapshotHash(frozen),
    publishedAt: now.toISOString(),
  };
  return {
    snapshot,
    state: 'open',
    renderToken: signToken({ f: form.formId, v: 0, t: now.getTime() }),
    idempotencyKey: randomBytes(18).toString('base64url'),
    directoryOptions: await resolveDirectoryOptions(strapi, snapshot, locale),
  };
};

/**
 * The portal address of a form's draft preview, for the admin's preview
 * button (`config/admin.ts`): `<portal>/de/formulare/<slug>?vorschau=<token>`.
 * @param portalUrl the portal's public origin
 * @returns the address, or null for a form without a slug
 */
export const previewUrl = async (
  strapi: Core.Strapi,
  portalUrl: string,
  formId: string,
  now: Date = new Date()
): Promise<string | null> => {
  const draft = (await strapi.db.query(FORM_UIDS.form).findOne({
    where: { documentId: formId, publishedAt: null },
    select: ['slug'],
  })) as { slug: string | null } | null;
  if (!draft?.slug || !isFormSlug(draft.slug)) {
    return null;
  }
  const url = new URL(`/de/formulare/${draft.slug}`, portalUrl);
  url.searchParams.set('vorschau', issuePreviewToken(formId, now));
  return url.toString();
};
