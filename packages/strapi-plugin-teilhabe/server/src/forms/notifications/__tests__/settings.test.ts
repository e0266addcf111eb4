import { describeMailSettings, portalUrlFrom, readMailSettings } from '../settings';

const SMTP = {
  provider: 'nodemailer',
  providerOptions: { host: 'smtp.example.org', port: 587 },
  settings: { defaultFrom: 'Stadt <teilhabe@example.org>' },
};
const ADMIN = 'https://cms.example.org/admin';

describe('mail settings', () => {
  test('off without an SMTP host: the JSON transport of an unconfigured CMS sends nothing', () => {
    const settings = readMailSettings(
      { provider: 'nodemailer', providerOptions: {}, settings: { defaultFrom: '' } },
      ADMIN,
      {}
    );
    expect(settings).toEqual({ enabled: false, reason: 'SMTP_HOST is not set' });
    expect(describeMailSettings(settings)).toBe(
      '[teilhabe] Forms e-mail notifications are off: SMTP_HOST is not set.'
    );
  });

  test("off with Strapi's default sendmail provider and without the email plugin", () => {
    expect(readMailSettings({ provider: 'sendmail' }, ADMIN, {}).enabled).toBe(false);
    expect(readMailSettings(undefined, ADMIN, {}).enabled).toBe(false);
  });

  test('off without a sender', () => {
    expect(readMailSettings({ ...SMTP, settings: { defaultFrom: ' ' } }, ADMIN, {})).toEqual({
      enabled: false,
      reason: 'SMTP_FROM is not set',
    });
  });

  test('on for residents too with the portal address; the start-up line names no host', () => {
    const settings = readMailSettings(SMTP, ADMIN, {
      TEILHABE_PORTAL_URL: 'https://teilhabe.example.org/',
    });
    expect(settings).toEqual({
      enabled: true,
      adminUrl: ADMIN,
      portalUrl: 'https://teilhabe.example.org',
    });
    expect(describeMailSettings(settings)).not.toContain('smtp.example.org');
  });

  test('caseworkers only without any portal address', () => {
    const settings = readMailSettings(SMTP, ADMIN, {});
    expect(settings).toMatchObject({ enabled: true, portalUrl: null });
    expect(describeMailSettings(settings)).toMatch(
      /to caseworkers only: neither TEILHABE_PORTAL_URL/
    );
  });
});

describe('the portal address', () => {
  test('TEILHABE_PORTAL_URL keeps a base path and loses trailing slashes', () => {
    expect(portalUrlFrom({ TEILHABE_PORTAL_URL: 'https://stadt.example/teilhabe//' })).toEqual({
      url: 'https://stadt.example/teilhabe',
    });
  });

  test('otherwise the origin of the first change endpoint', () => {
    expect(
      portalUrlFrom({
        TEILHABE_PORTAL_CHANGE_URLS: 'http://127.0.0.1:3000/api/cms/changes,https://b.example/x',
      })
    ).toEqual({ url: 'http://127.0.0.1:3000' });
  });

  test('an address that is not http(s) is none', () => {
    expect(portalUrlFrom({ TEILHABE_PORTAL_URL: 'javascript:alert(1)' })).toEqual({
      reason: 'TEILHABE_PORTAL_URL is not an http(s) URL',
    });
    expect(portalUrlFrom({ TEILHABE_PORTAL_CHANGE_URLS: 'portal' })).toHaveProperty('reason');
  });
});
