import type { Core } from '@strapi/strapi';
import { buildSchema, NoFragmentCyclesRule, parse, validate, type DocumentNode } from 'graphql';
import bodyParser from 'koa-bodyparser';
import { LRUCache } from 'lru-cache';

/** The schema does not matter to the rule; graphql-js wants one. */
const ANY_SCHEMA = buildSchema('type Query { _: Boolean }');

/**
 * As many tokens as Apollo Server parses at most: the public API's limit,
 * which the plugin puts into the GraphQL plugin's configuration in its
 * `register()`, before the app's middlewares are made.
 */
const maxTokensOf = (strapi: Core.Strapi): number => {
  const maxTokens = strapi.config.get<number | undefined>(
    'plugin::graphql.apolloServer.parseOptions.maxTokens'
  );
  if (!Number.isInteger(maxTokens)) {
    throw new Error('The teilhabe plugin has not set the GraphQL token limit (parseOptions).');
  }
  return maxTokens as number;
};

/**
 * Verdicts of recent documents by their text: clients send the same few
 * documents over and over (the portal's operations), and parsing one again
 * on every request was a noticeable share of a directory request's time.
 * Bounded in entries and in characters, so that many distinct documents
 * only evict each other.
 */
const VERDICT_CACHE = { max: 500, maxSize: 4 * 1024 * 1024 } as const;

const parsed = (query: string, maxTokens: number): DocumentNode | null => {
  try {
    return parse(query, { maxTokens });
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
  // `strapi::body` leaves the GraphQL endpoint to the GraphQL plugin's own parser,
  // which skips a body that is already parsed: the same parser, once, here.
  const parseBody = bodyParser();
  const maxTokens = maxTokensOf(strapi);
  const verdicts = new LRUCache<string, string[]>({
    ...VERDICT_CACHE,
    sizeCalculation: (_messages, query) => Math.max(1, query.length),
  });
  const cycleMessages = (query: string): string[] => {
    let messages = verdicts.get(query);
    if (!messages) {
      const document = parsed(query, maxTokens);
      const cycles = document ? validate(ANY_SCHEMA, document, [NoFragmentCyclesRule]) : [];
      messages = cycles.map((error) => error.message);
      verdicts.set(query, messages);
    }
    return messages;
  };
  return async (ctx, next) => {
    if (ctx.path === endpoint) {
      await parseBody(ctx, async () => undefined);
      const body = ctx.request.body as { query?: unknown } | undefined;
      const query = body?.query ?? ctx.query.query;
      const messages = typeof query === 'string' ? cycleMessages(query) : [];
      if (messages.length > 0) {
        ctx.status = 400;
        ctx.body = {
          errors: messages.map((message) => ({
            message,
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
