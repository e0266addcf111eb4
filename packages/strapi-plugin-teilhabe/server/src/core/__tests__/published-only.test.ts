import type { Core } from '@strapi/types';
import { publishedOnlyMiddleware } from '../published-only';

type Context = Parameters<ReturnType<typeof publishedOnlyMiddleware>>[0];

const strapiWithRoute = (type: string | undefined): Core.Strapi =>
  ({
    requestContext: { get: () => (type ? { state: { route: { info: { type } } } } : undefined) },
  }) as unknown as Core.Strapi;

const call = async (routeType: string | undefined, action: string, params: object) => {
  const context = {
    uid: 'plugin::teilhabe.page',
    action,
    params: { ...params },
  } as unknown as Context;
  const sentinel: never[] = [];
  const next = jest.fn(async () => sentinel as never);
  const result = await publishedOnlyMiddleware(strapiWithRoute(routeType))(context, next);
  return { params: context.params as Record<string, unknown>, next, result, sentinel };
};

describe('publishedOnlyMiddleware', () => {
  test.each(['findMany', 'findFirst', 'findOne', 'count'])(
    'pins %s of a content-API request to published documents',
    async (action) => {
      const { params, next, result, sentinel } = await call('content-api', action, {
        status: 'draft',
        hasPublishedVersion: false,
        publicationFilter: 'modified',
      });
      expect(params.status).toBe('published');
      expect(params).not.toHaveProperty('hasPublishedVersion');
      expect(params).not.toHaveProperty('publicationFilter');
      expect(next).toHaveBeenCalledTimes(1);
      expect(result).toBe(sentinel);
    }
  );

  test('sets published when the request asked for no status', async () => {
    const { params } = await call('content-api', 'findMany', {});
    expect(params.status).toBe('published');
  });

  test('leaves admin requests (editors preview drafts) untouched', async () => {
    const { params } = await call('admin', 'findMany', { status: 'draft' });
    expect(params.status).toBe('draft');
  });

  test('leaves server-side work outside requests untouched', async () => {
    const { params } = await call(undefined, 'findOne', { status: 'draft' });
    expect(params.status).toBe('draft');
  });

  test('does not touch writes', async () => {
    const { params } = await call('content-api', 'update', { status: 'draft' });
    expect(params.status).toBe('draft');
  });
});
