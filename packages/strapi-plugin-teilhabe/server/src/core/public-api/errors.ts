import { unwrapResolverError } from '@apollo/server/errors';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const { ApplicationError, ForbiddenError, UnauthorizedError, ValidationError } = errors;

/** Codes of errors about the request itself, whose message helps the caller. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COSTLY',
  'TIME_LIMIT_EXCEEDED',
]);

/** Extension keys that may reach the public; everything else is dropped. */
const PUBLIC_EXTENSIONS = new Set(['code', 'cost', 'maxCost', 'error']);

const strapiCode = (name: string): string =>
  `STRAPI_${name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/\W+/g, '_')
    .toUpperCase()}`;

const publicExtensions = (
  extensions: Record<string, unknown> | undefined
): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.has(key))
  );

/**
 * graphql-js's hints at names in the schema ("Did you mean the enum value
 * \"A1\"…?"). Apollo's `hideSchemaDetailsFromClientErrors` removes them from
 * validation errors only, not from the coercion of variables.
 */
const SCHEMA_HINT = /\s*Did you mean [^?]*\?/g;

/** Only what a Strapi error says about the input: its name, message and field details. */
const publicStrapiError = (error: InstanceType<typeof ApplicationError>) => ({
  name: error.name,
  message: error.message,
  details: error.details,
});

/**
 * Apollo Server's `formatError` for the public API: replaces Strapi's, which
 * copies the name and message of any unexpected error (a SQL message, a
 * library's internals) into `extensions.error`. Errors about the request
 * (validation, permissions, refused limits, GraphQL syntax and validation)
 * keep their message and code; everything else becomes a bare
 * `INTERNAL_SERVER_ERROR` and is logged on the server only. Never carries a
 * stack trace, whatever `includeStacktraceInErrorResponses` says.
 * @param log where unexpected errors are written (the server log)
 */
export const formatPublicError =
  (log: (error: unknown) => void) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };
    if (original instanceof ForbiddenError || original instanceof UnauthorizedError) {
      return { ...base, message: original.message, extensions: { code: 'FORBIDDEN' } };
    }
    if (original instanceof ValidationError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', error: publicStrapiError(original) },
      };
    }
    if (original instanceof ApplicationError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: strapiCode(original.name), error: publicStrapiError(original) },
      };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError &&
      (!original.originalError || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)))
    ) {
      // A GraphQL error about the request itself: syntax, validation, refused limits.
      return {
        ...base,
        message: base.message.replace(SCHEMA_HINT, ''),
        extensions: publicExtensions(formatted.extensions),
      };
    }
    log(original);
    return {
      message: 'Internal Server Error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
