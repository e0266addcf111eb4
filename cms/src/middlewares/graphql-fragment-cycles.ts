import type { Core } from '@strapi/strapi';
import { buildSchema, NoFragmentCyclesRule, parse, validate, type DocumentNode } from 'graphql';

/** The schema does not matter to the rule; graphql-js wants one. */
const ANY_SCHEMA = buildSchema('type Query { _: Boolean }');
/** As many tokens as the public API parses at most (`core/public-api/limits.ts`). */
const MAX_TOKENS = 3_000;

const parsed = (query: unknown): DocumentNode | null => {
  if (typeof query !== 'string') {
    return null;
  }
  try {
    return parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    // Apollo Server answers syntax errors itself.
    return null;
  }
};

/**
 * Answers 400 to a GraphQL document whose fragments spread each other in a
 * cycle (`fragment F on Query { ...F }`), before Apollo Server sees it.
 * graphql-js would refuse it too, but Strapi's depth-limit rule runs first
 * and follows the cycle until the stack overflows (a 500).
 */
const graphqlFragmentCycles: Core.MiddlewareFactory = (_config, { strapi }) => {
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');
  return async (ctx, next) => {
    if (ctx.path === endpoint) {
      const body = ctx.request.body as { query?: unknown } | undefined;
      const document = parsed(body?.query ?? ctx.query.query);
      const cycles = document ? validate(ANY_SCHEMA, document, [NoFragmentCyclesRule]) : [];
      if (cycles.length > 0) {
        ctx.status = 400;
        ctx.body = {
          errors: cycles.map((error) => ({
            message: error.message,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          })),
        };
        return;
      }
    }
    await next();
  };
};

export default graphqlFragmentCycles;
