import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * A validation rule that refuses mutations and subscriptions with a clear
 * 400. The public schema has neither, but graphql-js only notices that while
 * executing and answers with an internal-looking error; two lines here say
 * it plainly before anything runs.
 */
export const onlyQueriesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError(
          `This API offers queries only; "${node.operation}" operations are not available.`,
          { nodes: [node] }
        )
      );
    }
  },
});
