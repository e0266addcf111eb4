import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { costLimitPlugin, type PageSizes } from './cost';
import { formatPublicError } from './errors';
import { PUBLIC_API_LIMITS } from './limits';
import { publicCachePlugins } from './no-store';
import { onlyQueriesRule } from './only-queries-rule';
import { timeLimitPlugin } from './time-limit';

/**
 * GraphQL Armor's rules throw by default, which Apollo Server answers with a
 * 500; reported as validation errors they become a 400 naming the limit.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

/** The parts of Apollo Server's configuration the public API sets. */
export interface PublicApolloConfig {
  plugins: unknown[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  formatError: ReturnType<typeof formatPublicError>;
  includeStacktraceInErrorResponses: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  allowBatchedHttpRequests: false;
  cors: false;
}

/**
 * Apollo Server settings that bound and quiet every public request, merged
 * by Strapi's GraphQL plugin into its own (arrays are appended):
 * - the cost limit and the time limit (plugins), caps on aliases and
 *   directives (GraphQL Armor validation rules), on tokens (graphql-js's own
 *   `maxTokens`); Strapi's `depthLimit` stays in force;
 * - queries only, one operation per request (no batching);
 * - `Cache-Control: no-store` on every answer, without Apollo's per-field
 *   cache-control hooks (`no-store.ts`);
 * - no stack traces and no "did you mean" schema hints in errors, and
 *   unexpected errors reduced to `INTERNAL_SERVER_ERROR`;
 * - no CORS handling of its own: the app's `strapi::cors` with its list of
 *   origins answers for `/graphql` too (Apollo's default would echo any origin).
 * @param pageSizes the GraphQL plugin's `defaultLimit` and `maxLimit`
 * @param development true under `strapi develop`, where stack traces help
 * @param log where unexpected errors are logged
 */
export const publicApolloConfig = (
  pageSizes: PageSizes,
  development: boolean,
  log: (error: unknown) => void
): PublicApolloConfig => ({
  plugins: [
    costLimitPlugin(PUBLIC_API_LIMITS.maxCost, pageSizes),
    timeLimitPlugin(PUBLIC_API_LIMITS.timeLimitMs),
    ...publicCachePlugins(),
  ],
  validationRules: [
    onlyQueriesRule,
    maxAliasesRule({
      n: PUBLIC_API_LIMITS.maxAliases,
      ...reportAsValidationError,
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: PUBLIC_API_LIMITS.maxDirectives,
      ...reportAsValidationError,
    }) as unknown as ValidationRule,
  ],
  parseOptions: { maxTokens: PUBLIC_API_LIMITS.maxTokens },
  formatError: formatPublicError(log),
  includeStacktraceInErrorResponses: development,
  hideSchemaDetailsFromClientErrors: !development,
  allowBatchedHttpRequests: false,
  cors: false,
});
