import type { Core } from '@strapi/types';
import { FORM_UIDS, isFormSlug, RENDER_TOKEN_MAX_AGE_MS } from './constants';
import { formState } from './form-state';
import { verifyToken } from './keys';
import type { RenderTokenPayload } from './read-service';
import { Refusal } from './refusal';
import { acceptingVersion, currentVersion, type VersionRow } from './versions';

/** A published form that takes a resident's request now, and the version it was rendered in. */
export interface AcceptingForm {
  formId: string;
  version: VersionRow;
}

export interface AcceptingFormRequest {
  slug: string;
  renderToken: string;
  locale: unknown;
  /** The version the request names; the render token must name the same. */
  version?: number;
  /**
   * The least time since rendering (the minimum fill time of a submission);
   * checked before the version, as a bot sends at once.
   */
  minimumAgeMs?: number;
}

/**
 * The form a submission or an upload is sent to: published, rendered with a
 * valid render token of this form, in a version that still accepts
 * submissions, and open now.
 * @param strapi the Strapi instance
 * @param request the slug, the render token and what else the request names
 * @param now the time of the request
 * @throws Refusal FORM_NOT_FOUND, VALIDATION (render token), TOO_FAST, VERSION_RETIRED, FORM_CLOSED
 */
export const acceptingForm = async (
  strapi: Core.Strapi,
  request: AcceptingFormRequest,
  now: Date
): Promise<AcceptingForm> => {
  const { locale } = request;
  if (!isFormSlug(request.slug)) {
    throw new Refusal('FORM_NOT_FOUND', locale);
  }
  const form = (await strapi.db.query(FORM_UIDS.form).findOne({
    where: { slug: request.slug, publishedAt: { $notNull: true } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  const current = form ? await currentVersion(strapi, form.documentId) : null;
  if (!form || !current) {
    throw new Refusal('FORM_NOT_FOUND', locale);
  }
  const token = verifyToken<RenderTokenPayload>(request.renderToken);
  if (
    !token ||
    token.f !== form.documentId ||
    (request.version !== undefined && token.v !== request.version)
  ) {
    throw new Refusal('VALIDATION', locale, {
      errors: [{ path: ['renderToken'], code: 'token', message: 'invalid render token' }],
    });
  }
  const age = now.getTime() - token.t;
  if (request.minimumAgeMs !== undefined && age < request.minimumAgeMs) {
    throw new Refusal('TOO_FAST', locale);
  }
  if (age > RENDER_TOKEN_MAX_AGE_MS) {
    throw new Refusal('VERSION_RETIRED', locale);
  }
  const version = await acceptingVersion(strapi, form.documentId, token.v, now);
  if (!version) {
    throw new Refusal('VERSION_RETIRED', locale);
  }
  const stateNow = formState(current.snapshot.settings, 0, now);
  if (stateNow === 'closed' || stateNow === 'notYetOpen') {
    throw new Refusal('FORM_CLOSED', locale);
  }
  return { formId: form.documentId, version };
};
