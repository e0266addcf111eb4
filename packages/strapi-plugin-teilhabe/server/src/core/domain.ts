import type { Core } from '@strapi/types';
import type { AdminLabels, OptionLabels } from './admin-labels';
import type { JsonCustomField } from './custom-fields/register';

// Spelled out so that the emitted declarations do not point into pnpm's store.
export type ControllerFactory = (params: { strapi: Core.Strapi }) => Core.Controller;
export type ServiceFactory = (params: { strapi: Core.Strapi }) => object;

/**
 * A public REST route under `/api/teilhabe`: a read guarded by its
 * permission, or a POST without authentication (`auth: false`) whose
 * action guards itself (the forms' submissions and status lookups).
 */
export interface ContentApiRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: string;
  config: { policies: unknown[]; auth?: false };
}

/**
 * A public `GET` route under `/api/teilhabe`, guarded by the permission of
 * its handler (`plugin::teilhabe.<controller>.<action>`).
 * @param path the route's path, e.g. `/pages/:id`
 * @param handler `<controller>.<action>`
 */
export const readRoute = (path: string, handler: string): ContentApiRoute => ({
  method: 'GET',
  path,
  handler,
  config: { policies: [] },
});

/**
 * A route of the admin API under `/teilhabe`, for signed-in admin users;
 * its policies check the admin permission it needs.
 */
export interface AdminRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: string;
  config: { policies: unknown[] };
}

/** What a domain adds to Strapi's GraphQL extension service. */
export interface GraphqlExtension {
  typeDefs: string;
  resolvers: Record<string, unknown>;
  resolversConfig?: Record<string, unknown>;
}

/**
 * One domain of the plugin (the directory, editorial pages, later forms and
 * the concept): its content types and the server code that belongs to them.
 * `server/src/index.ts` puts the domains together; the shared core
 * (published-only reads, the public API's bounds, locales, permissions)
 * applies to all of them.
 */
export interface Domain {
  /** Content types keyed by singular name (UID `plugin::teilhabe.<key>`). */
  contentTypes: Record<string, { schema: object }>;
  controllers?: Record<string, ControllerFactory>;
  services?: Record<string, ServiceFactory>;
  /** Public, read-only REST routes. */
  routes?: ContentApiRoute[];
  /** Routes of the admin panel's own API. */
  adminRoutes?: AdminRoute[];
  /** UIDs without Strapi's generated GraphQL queries: read through the domain's own only. */
  withoutShadowCrud?: readonly string[];
  /** The domain's own GraphQL queries and types. */
  graphql?: (strapi: Core.Strapi) => GraphqlExtension;
  /**
   * SDL of object types whose fields resolve from plain objects (no Strapi
   * resolver): they skip Strapi's per-field wrapper.
   */
  plainTypeDefs?: string;
  /** Custom fields its content types use (registered before the types are loaded). */
  customFields?: readonly JsonCustomField[];
  /** German and English labels, help texts and list columns for the admin panel. */
  adminLabels?: AdminLabels;
  /** The admin's names for the values of its enumeration fields. */
  adminOptions?: OptionLabels;
  /** Runs in the plugin's `register()`, e.g. to add Document Service middlewares. */
  register?: (strapi: Core.Strapi) => void;
  /** Runs in the plugin's `bootstrap()`. */
  bootstrap?: (strapi: Core.Strapi) => Promise<void>;
  /** Runs in the plugin's `destroy()`: closes what the domain opened. */
  destroy?: (strapi: Core.Strapi) => void;
}
