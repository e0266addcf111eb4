/**
 * Names of the object types declared in GraphQL type definitions.
 * @param typeDefs SDL text
 */
export const declaredObjectTypes = (typeDefs: string): string[] =>
  [...typeDefs.matchAll(/^\s*type\s+(\w+)\s*\{/gm)].map((match) => match[1]!);

interface FieldMap {
  [name: string]: { resolve?: unknown };
}

interface SchemaLike {
  getType(name: string): { getFields?: () => FieldMap } | null | undefined;
}

/**
 * An Apollo Server plugin that gives the fields of the directory's read-model
 * types back graphql-js's default resolver.
 *
 * Strapi wraps every field of every object type in an async resolver that runs
 * auth, middlewares and policies, and Apollo wraps them again for plugins with
 * field hooks. For these types, which are plain objects the directory's root
 * queries build from the published index, neither has anything to check:
 * their fields take no arguments and have no config. Unwrapped, a page of 20
 * offers no longer resolves about two thousand promises. The root queries keep
 * their wrappers, so permissions are checked as before.
 * @param typeNames the plain read-model types (never a content type)
 */
export const plainFieldsApolloPlugin = (typeNames: string[]) => ({
  async serverWillStart({ schema }: { schema: SchemaLike }) {
    for (const name of typeNames) {
      const fields = schema.getType(name)?.getFields?.();
      if (!fields) {
        throw new Error(`GraphQL type ${name} is missing; its fields cannot be unwrapped.`);
      }
      for (const field of Object.values(fields)) {
        field.resolve = undefined;
      }
    }
  },
});
