import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/types';
import { MAX_FILE_BYTES } from '@teilhabe/forms';
import { clientAddress, compileProxyTrust } from '@teilhabe/forms/node';
import { MAX_SUBMISSION_BYTES, UPLOAD_OVERHEAD_BYTES } from './constants';
import { dailyAddressHash } from './keys';
import type { FormsRateLimiter, RateLimitKind } from './rate-limit';
import type { FormsReadService } from './read-service';
import { Refusal } from './refusal';
import { formStatistics } from './statistics/report';
import type { StatusService } from './status';
import type { SubmissionsService } from './submissions';
import type { UploadsService } from './uploads/service';

interface Context {
  req: IncomingMessage;
  request: { body?: unknown; length?: number };
  params: Record<string, string>;
  query: Record<string, unknown>;
  get(header: string): string;
  set(header: string, value: string): void;
  status: number;
  body: unknown;
}

/**
 * The locale of a refusal: the body's, or for an upload (whose body is not
 * read before it is refused) the first language the portal names.
 */
const localeOf = (ctx: Context): unknown =>
  (ctx.request.body as { locale?: unknown } | undefined)?.locale ??
  ctx.get('accept-language').split(/[,;-]/)[0]?.trim().toLowerCase();

/**
 * The forms' content-API actions. Reads (`list`, `findOne`) are the
 * permissions of the GraphQL queries; `submit`, `upload`, `status` and
 * `withdraw` are POST routes without authentication that answer `no-store`, refuse
 * with a localized message and store nothing then.
 */
const forms = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('teilhabe');
  const limiter = () => plugin().service('forms-rate-limit') as FormsRateLimiter;
  // Who may tell the client's address: by default the portal on the same
  // machine. Compiled once at start: a malformed list stops the CMS here.
  const trust = compileProxyTrust(process.env.TEILHABE_TRUSTED_PROXIES ?? 'loopback');

  const answer = async (
    ctx: Context,
    kind: RateLimitKind,
    work: () => Promise<unknown>,
    created = false,
    maxBytes = MAX_SUBMISSION_BYTES
  ) => {
    ctx.set('Cache-Control', 'no-store');
    try {
      if ((ctx.request.length ?? 0) > maxBytes) {
        throw new Refusal('PAYLOAD_TOO_LARGE', localeOf(ctx));
      }
      // The address is hashed with a daily salt at once, never stored or logged.
      const address = dailyAddressHash(clientAddress(ctx.req, trust));
      if (!(await limiter().consume(kind, address))) {
        throw new Refusal('RATE_LIMITED', localeOf(ctx));
      }
      ctx.body = await work();
      ctx.status = created ? 201 : 200;
    } catch (error) {
      if (!(error instanceof Refusal)) {
        throw error;
      }
      ctx.status = error.status;
      ctx.body = error.body();
    }
  };

  return {
    async list(ctx: Context) {
      ctx.body = await (plugin().service('forms') as FormsReadService).list(
        String(ctx.query.locale ?? 'de')
      );
    },
    async findOne(ctx: Context & { notFound(message?: string): void }) {
      ctx.set('Cache-Control', 'no-store');
      const form = await (plugin().service('forms') as FormsReadService).render(
        ctx.params.slug ?? '',
        String(ctx.query.locale ?? 'de')
      );
      if (!form) {
        return ctx.notFound('No published form has this slug.');
      }
      ctx.body = form;
    },
    /** The published counts of a form's statistical fields (`statistics/report.ts`). */
    async statistics(ctx: Context & { notFound(message?: string): void }) {
      const result = await formStatistics(
        strapi,
        ctx.params.slug ?? '',
        String(ctx.query.locale ?? 'de')
      );
      if (!result) {
        return ctx.notFound('No published form with statistics has this slug.');
      }
      ctx.body = result;
    },
    submit: (ctx: Context) =>
      answer(
        ctx,
        'submit',
        () =>
          (plugin().service('submissions') as SubmissionsService).submit(
            ctx.params.slug ?? '',
            ctx.request.body
          ),
        true
      ),
    // The body is read by the action itself, as a stream (strapi::body leaves this route alone).
    upload: (ctx: Context) =>
      answer(
        ctx,
        'upload',
        () =>
          (plugin().service('forms-uploads') as UploadsService).receive(
            ctx.params.slug ?? '',
            ctx.req,
            localeOf(ctx)
          ),
        true,
        MAX_FILE_BYTES + UPLOAD_OVERHEAD_BYTES
      ),
    status: (ctx: Context) =>
      answer(ctx, 'status', () =>
        (plugin().service('forms-status') as StatusService).lookup(ctx.request.body)
      ),
    withdraw: (ctx: Context) =>
      answer(ctx, 'status', () =>
        (plugin().service('forms-status') as StatusService).withdraw(ctx.request.body)
      ),
  };
};

export default forms;
