import { LOCALE_CODES } from '@teilhabe/locales';

/**
 * The bounds of one public GraphQL request. Chosen from the portal's own
 * operations (`packages/graphql`): the costliest of them, with the largest
 * page sizes its variables allow, stays below a third of {@link MAX_COST}
 * (a unit test proves it), while `localizations` nested three deep is refused.
 */
export const PUBLIC_API_LIMITS = {
  /** Estimated cost of one operation (see `cost.ts` for the model). */
  maxCost: 30_000,
  /** Aliased fields in one operation: the portal uses none. */
  maxAliases: 15,
  /** Directives (`@include`, `@skip`) in one operation. */
  maxDirectives: 20,
  /** Lexical tokens in one document: the largest portal document has about 400. */
  maxTokens: 3_000,
  /** Wall-clock time an operation may take before its remaining fields fail. */
  timeLimitMs: 10_000,
} as const;

/** How many items a `localizations` list holds at most: one per other locale. */
export const LOCALIZATIONS_LIST_SIZE = LOCALE_CODES.length;
