import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import type { ControllerFactory } from '../domain';

type Action = (ctx: unknown, next: unknown) => unknown;

/** The actions public routes call; helpers such as `sanitizeQuery` stay as they are. */
const ROUTE_ACTIONS = new Set(['find', 'findOne', 'taxonomies']);

/**
 * Wraps a REST controller so that a public request Strapi cannot parse
 * (`filters[0]=x`, an operator without a value) is answered with a 400 that
 * says so, not with a 500: Strapi's query conversion throws plain errors for
 * some malformed query strings before any validation names them.
 * @param factory the controller factory, e.g. from `factories.createCoreController`
 */
export const guardedController =
  (factory: ControllerFactory): ControllerFactory =>
  (params) => {
    const controller = factory(params) as unknown as Record<string, unknown>;
    const guarded: Record<string, unknown> = { ...controller };
    for (const [name, action] of Object.entries(controller)) {
      if (!ROUTE_ACTIONS.has(name) || typeof action !== 'function') {
        continue;
      }
      guarded[name] = async (ctx: unknown, next: unknown) => {
        try {
          return await (action as Action).call(controller, ctx, next);
        } catch (error) {
          if (error instanceof errors.ApplicationError || (error as { status?: number }).status) {
            throw error;
          }
          const { name: errorName } = (error ?? {}) as { name?: string };
          params.strapi.log.warn(`[teilhabe] public request refused: ${errorName}`);
          throw new errors.ValidationError(
            'The request could not be answered: check its filters, sorting and paging.'
          );
        }
      };
    }
    return guarded as unknown as Core.Controller;
  };
