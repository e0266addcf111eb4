import type { Core } from '@strapi/types';
import type { ContentChange } from '../changes';
import { changeNotificationMiddleware } from '../middleware';

type Context = Parameters<ReturnType<typeof changeNotificationMiddleware>>[0];

/**
 * Strapi as far as the middleware sees it: the plugin's notification service
 * and the database's transaction state (with commit callbacks, as
 * `@strapi/database` runs them).
 */
const fakeStrapi = (inTransaction = false) => {
  const noted: ContentChange[][] = [];
  const commitCallbacks: Array<() => void> = [];
  const strapi = {
    plugin: () => ({
      service: () => ({ note: (changes: ContentChange[]) => noted.push(changes) }),
    }),
    db: {
      inTransaction: () => inTransaction,
      transaction: async (work: (params: { onCommit: (cb: () => void) => void }) => unknown) =>
        work({ onCommit: (callback) => commitCallbacks.push(callback) }),
    },
    log: { warn: () => undefined },
  } as unknown as Core.Strapi;
  return { strapi, noted, commit: () => commitCallbacks.splice(0).forEach((cb) => cb()) };
};

const run = (
  strapi: Core.Strapi,
  uid: string,
  action: string,
  params: object,
  next: () => Promise<unknown>
) =>
  changeNotificationMiddleware(strapi)(
    { uid, action, params } as unknown as Context,
    next as never
  );

describe('change notification middleware', () => {
  test.each(['update', 'delete', 'publish', 'unpublish', 'discardDraft'])(
    'notes %s on a plugin type after the write',
    async (action) => {
      const { strapi, noted } = fakeStrapi();
      let writtenBeforeNote = false;
      const result = await run(
        strapi,
        'plugin::teilhabe.page',
        action,
        { documentId: 'abc', locale: 'de' },
        async () => {
          writtenBeforeNote = noted.length === 0;
          return { documentId: 'abc' };
        }
      );
      expect(result).toEqual({ documentId: 'abc' });
      expect(writtenBeforeNote).toBe(true);
      expect(noted).toEqual([
        [{ uid: 'plugin::teilhabe.page', action, documentId: 'abc', locale: 'de' }],
      ]);
    }
  );

  test('create takes the document id from the result; locale lists give one change each', async () => {
    const { strapi, noted } = fakeStrapi();
    await run(strapi, 'plugin::teilhabe.offer', 'create', { locale: 'de', data: {} }, async () => ({
      documentId: 'new1',
    }));
    await run(
      strapi,
      'plugin::teilhabe.offer',
      'delete',
      { documentId: 'x', locale: ['de', 'ar'] },
      async () => ({ documentId: 'x' })
    );
    await run(strapi, 'plugin::teilhabe.provider', 'update', { documentId: 'p' }, async () => ({}));
    expect(noted).toEqual([
      [{ uid: 'plugin::teilhabe.offer', action: 'create', documentId: 'new1', locale: 'de' }],
      [
        { uid: 'plugin::teilhabe.offer', action: 'delete', documentId: 'x', locale: 'de' },
        { uid: 'plugin::teilhabe.offer', action: 'delete', documentId: 'x', locale: 'ar' },
      ],
      [{ uid: 'plugin::teilhabe.provider', action: 'update', documentId: 'p' }],
    ]);
  });

  test('a failed write notes nothing and fails as before', async () => {
    const { strapi, noted } = fakeStrapi();
    await expect(
      run(strapi, 'plugin::teilhabe.page', 'publish', { documentId: 'abc' }, async () => {
        throw new Error('refused');
      })
    ).rejects.toThrow('refused');
    expect(noted).toEqual([]);
  });

  test('reads and other content types are not noted', async () => {
    const { strapi, noted } = fakeStrapi();
    await run(strapi, 'plugin::teilhabe.page', 'findMany', {}, async () => []);
    await run(strapi, 'plugin::teilhabe.offer', 'count', {}, async () => 3);
    await run(strapi, 'api::article.article', 'update', { documentId: 'a' }, async () => ({}));
    await run(strapi, 'plugin::users-permissions.user', 'create', {}, async () => ({}));
    expect(noted).toEqual([]);
  });

  test('inside an open transaction the note waits for the commit', async () => {
    const { strapi, noted, commit } = fakeStrapi(true);
    await run(
      strapi,
      'plugin::teilhabe.page',
      'publish',
      { documentId: 'abc', locale: '*' },
      async () => ({})
    );
    expect(noted).toEqual([]);
    commit();
    expect(noted).toEqual([
      [{ uid: 'plugin::teilhabe.page', action: 'publish', documentId: 'abc', locale: '*' }],
    ]);
  });
});
