import { GraphQLError } from 'graphql';

/**
 * An Apollo Server plugin that stops an operation once it has run for
 * `timeLimitMs`: every field that would start resolving after the deadline
 * fails at once with `TIME_LIMIT_EXCEEDED`, so no further database reads are
 * started and the event loop is free for other requests. graphql-js cannot
 * abort a resolver already running; the cost limit keeps those short.
 * @param timeLimitMs how long one operation may take
 */
export const timeLimitPlugin = (timeLimitMs: number) => ({
  async requestDidStart() {
    const deadline = Date.now() + timeLimitMs;
    return {
      async executionDidStart() {
        return {
          willResolveField() {
            if (Date.now() > deadline) {
              throw new GraphQLError(
                `The query took longer than the limit of ${timeLimitMs / 1000} s and was stopped.`,
                { extensions: { code: 'TIME_LIMIT_EXCEEDED' } }
              );
            }
          },
        };
      },
    };
  },
});
