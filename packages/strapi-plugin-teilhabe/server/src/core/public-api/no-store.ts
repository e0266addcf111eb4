import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

interface ResponseContext {
  response: { http: { headers: Map<string, string> } };
}

/**
 * An Apollo Server plugin that answers every operation with
 * `Cache-Control: no-store`, as Apollo's cache-control plugin did.
 *
 * That plugin (on by default) computes a cache policy from `@cacheControl`
 * hints with a hook on every field. The public schema declares no hints, so
 * its answer was always `no-store`, while its per-field hook was a
 * noticeable share of a directory page's time. This plugin replaces it with
 * one header per response; {@link publicCachePlugins} turns the other off.
 */
export const noStorePlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }: ResponseContext) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * Apollo's cache-control plugin switched off and {@link noStorePlugin} in
 * its place: the same header, without a hook on every field.
 */
export const publicCachePlugins = (): unknown[] => [
  ApolloServerPluginCacheControlDisabled(),
  noStorePlugin,
];
