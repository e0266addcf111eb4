import { randomBytes } from 'node:crypto';
import { readChangeNotificationConfig } from '../config';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

describe('change notification config', () => {
  test('off without portal URLs, which is no error', () => {
    expect(readChangeNotificationConfig({})).toMatchObject({
      enabled: false,
      misconfigured: false,
    });
    expect(
      readChangeNotificationConfig({
        TEILHABE_PORTAL_CHANGE_URLS: ' , ',
        TEILHABE_CHANGE_SECRET: SECRET,
      })
    ).toMatchObject({ enabled: false, misconfigured: false });
  });

  test('reads a comma-separated list of portals', () => {
    const config = readChangeNotificationConfig({
      TEILHABE_PORTAL_CHANGE_URLS:
        'http://127.0.0.1:3000/api/cms/changes, https://portal.example/api/cms/changes',
      TEILHABE_CHANGE_SECRET: SECRET,
    });
    expect(config.enabled && config.urls.map(String)).toEqual([
      'http://127.0.0.1:3000/api/cms/changes',
      'https://portal.example/api/cms/changes',
    ]);
  });

  test.each([
    ['no secret', { TEILHABE_PORTAL_CHANGE_URLS: 'http://127.0.0.1:3000/x' }],
    [
      'an empty secret',
      { TEILHABE_PORTAL_CHANGE_URLS: 'http://127.0.0.1:3000/x', TEILHABE_CHANGE_SECRET: 'whsec_' },
    ],
    [
      'a secret that is not base64',
      {
        TEILHABE_PORTAL_CHANGE_URLS: 'http://127.0.0.1:3000/x',
        TEILHABE_CHANGE_SECRET: 'whsec_not base64!',
      },
    ],
    [
      'a URL that is not http(s)',
      { TEILHABE_PORTAL_CHANGE_URLS: 'file:///etc/passwd', TEILHABE_CHANGE_SECRET: SECRET },
    ],
    [
      'a malformed URL',
      {
        TEILHABE_PORTAL_CHANGE_URLS: 'http://127.0.0.1:3000/x,portal',
        TEILHABE_CHANGE_SECRET: SECRET,
      },
    ],
  ])('off and reported as misconfigured with %s', (_name, env) => {
    expect(readChangeNotificationConfig(env)).toMatchObject({
      enabled: false,
      misconfigured: true,
    });
  });
});
