import { pinArgsToPublished, publishedOnlyApolloPlugin } from '../published-only-plugin';

describe('pinArgsToPublished', () => {
  test('turns a draft request into a published one and drops draft filters', () => {
    const args = {
      status: 'draft',
      publicationFilter: 'modified',
      hasPublishedVersion: false,
      locale: 'ar',
    };
    pinArgsToPublished(args);
    expect(args).toEqual({ status: 'published', locale: 'ar' });
  });

  test('adds no status to fields that take none', () => {
    const args: Record<string, unknown> = { filters: { slug: { eq: 'x' } } };
    pinArgsToPublished(args);
    expect(args).toEqual({ filters: { slug: { eq: 'x' } } });
  });
});

describe('publishedOnlyApolloPlugin', () => {
  test('also rewrites the root arguments Strapi keeps for relation resolvers', async () => {
    const stored = { status: 'draft', _originField: 'teilhabePages' };
    const contextValue = { rootQueryArgsByPath: new Map([['teilhabePages', stored]]) };
    const request = await publishedOnlyApolloPlugin.requestDidStart();
    const execution = await request.executionDidStart();
    const args = { status: 'draft' };
    execution.willResolveField({
      source: undefined,
      args,
      contextValue,
      info: { path: { key: 'teilhabePages' } },
    });
    expect(args.status).toBe('published');
    expect(stored.status).toBe('published');
  });
});
