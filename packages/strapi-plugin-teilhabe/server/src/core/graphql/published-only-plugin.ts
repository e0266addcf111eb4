type Args = Record<string, unknown>;

/**
 * Rewrites a field's arguments to published content in place: `status`
 * becomes `published`, draft-state filters are removed, and a `null`
 * pagination, sort or filter counts as absent.
 * @param args the argument object graphql-js hands to the resolver
 */
export const pinArgsToPublished = (args: Args): void => {
  if ('status' in args) {
    args.status = 'published';
  }
  // Both select by the state of drafts, which the public must not learn.
  delete args.publicationFilter;
  delete args.hasPublishedVersion;
  // An explicit null where GraphQL has a default would reach Strapi as null,
  // which it does not expect: the default it is, as if the argument were absent.
  for (const name of ['pagination', 'sort', 'filters']) {
    if (args[name] === null) {
      delete args[name];
    }
  }
};

interface FieldContext {
  source: unknown;
  args: Args;
  contextValue: { rootQueryArgsByPath?: Map<string | number, Args> };
  info: { path: { key: string | number } };
}

/**
 * An Apollo Server plugin that pins every GraphQL read to published content.
 *
 * The Document Service middleware covers root queries, but Strapi's relation
 * resolvers (`localizations`, `…_connection`) read the database directly and
 * inherit the root query's raw `status` argument, which Strapi keeps in
 * `context.rootQueryArgsByPath`. Rewriting both the arguments and that copy
 * before any resolver runs closes this path, whatever the plugin order.
 */
export const publishedOnlyApolloPlugin = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ source, args, contextValue, info }: FieldContext) {
            pinArgsToPublished(args);
            if (!source) {
              const stored = contextValue.rootQueryArgsByPath?.get(info.path.key);
              if (stored) {
                pinArgsToPublished(stored);
              }
            }
          },
        };
      },
    };
  },
};
