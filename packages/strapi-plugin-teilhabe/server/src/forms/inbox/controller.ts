import type { Core } from '@strapi/types';
import { caseworkerCandidates } from './caseworker-candidates';
import type { InboxService } from './service';

/** A file name in printable ASCII: accents dropped, other characters replaced. */
const asciiFileName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');

interface AdminContext {
  state: { user: { id: number } };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  set(header: string, value: string): void;
  attachment(fileName: string, options?: { fallback?: string | boolean }): void;
  type: string;
  body: unknown;
}

/**
 * The inbox's admin actions: every answer is `no-store`, every action is
 * the signed-in admin user's own (the service checks the assignment).
 */
const inboxController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('teilhabe').service('forms-inbox') as InboxService;
  const userOf = (ctx: AdminContext) => ctx.state.user.id;
  const answer = async (ctx: AdminContext, work: () => Promise<unknown>) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await work() };
  };
  return {
    forms: (ctx: AdminContext) => answer(ctx, () => service().forms(userOf(ctx))),
    list: (ctx: AdminContext) =>
      answer(ctx, () => service().list(userOf(ctx), ctx.params.formId ?? '', ctx.query)),
    read: (ctx: AdminContext) =>
      answer(ctx, () => service().read(userOf(ctx), ctx.params.id ?? '')),
    changeStatus: (ctx: AdminContext) =>
      answer(ctx, () => service().changeStatus(userOf(ctx), ctx.params.id ?? '', ctx.request.body)),
    publishComment: (ctx: AdminContext) =>
      answer(ctx, () =>
        service().publishComment(userOf(ctx), ctx.params.id ?? '', ctx.request.body)
      ),
    addNote: (ctx: AdminContext) =>
      answer(ctx, () => service().addNote(userOf(ctx), ctx.params.id ?? '', ctx.request.body)),
    async exportCsv(ctx: AdminContext) {
      const { fileName, csv } = await service().exportCsv(
        userOf(ctx),
        ctx.params.formId ?? '',
        ctx.query
      );
      ctx.set('Cache-Control', 'no-store');
      ctx.attachment(fileName);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = csv;
    },
    async downloadFile(ctx: AdminContext) {
      const file = await service().downloadFile(userOf(ctx), ctx.params.id ?? '');
      ctx.set('Cache-Control', 'no-store');
      // The type is the one the content check found; the browser must not guess another.
      ctx.set('X-Content-Type-Options', 'nosniff');
      // `filename*` carries the name in UTF-8; `filename` an ASCII form for old clients.
      ctx.attachment(file.fileName, { fallback: asciiFileName(file.fileName) });
      ctx.type = file.type;
      ctx.body = file.data;
    },
    accessLog: (ctx: AdminContext) => answer(ctx, () => service().accessLog(ctx.query)),
    caseworkers: (ctx: AdminContext) => answer(ctx, () => caseworkerCandidates(strapi)),
  };
};

export default inboxController;
