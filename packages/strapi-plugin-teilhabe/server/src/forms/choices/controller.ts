import type { Core } from '@strapi/types';
import { formChoices } from './service';

interface AdminContext {
  set(header: string, value: string): void;
  body: unknown;
}

/** Answers the admin's form choice. */
const formChoicesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await formChoices(strapi) };
  },
});

export default formChoicesController;
