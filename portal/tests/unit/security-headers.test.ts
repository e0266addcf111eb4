import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  frameAncestorSources,
  inlineScriptHashes,
  securityHeaders,
  withFrameAncestors,
} from '../../server/utils/security-headers';

const directive = (policy: string, name: string): string | undefined =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('security headers', () => {
  test('send CSP, referrer, sniffing and permissions policies but no X-Frame-Options', () => {
    const headers = securityHeaders("'self'");
    expect(Object.keys(headers).map((name) => name.toLowerCase())).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'referrer-policy',
        'x-content-type-options',
        'permissions-policy',
      ])
    );
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  test('the CSP allows only the portal itself and never inline code by default', () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'self'" });
    expect(directive(policy, 'default-src')).toBe("'self'");
    expect(directive(policy, 'script-src')).toBe("'self'");
    expect(directive(policy, 'style-src')).toBe("'self'");
    expect(directive(policy, 'connect-src')).toBe("'self'");
    expect(directive(policy, 'object-src')).toBe("'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  test('frame-ancestors comes from configuration', () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'self' https://www.lehrte.de" });
    expect(directive(policy, 'frame-ancestors')).toBe("'self' https://www.lehrte.de");
  });

  test('a malformed frame-ancestors value cannot add directives', () => {
    expect(frameAncestorSources("'self'; script-src *")).toBe("'self'");
    expect(frameAncestorSources('https://a.example\r\nSet-Cookie: x=1')).toBe('https://a.example');
    expect(frameAncestorSources('')).toBe("'self'");
  });

  test('inline scripts are allowed by their hashes only', () => {
    const code = 'window.__NUXT__={};window.__NUXT__.config={}';
    const html =
      `<script type="importmap">{"imports":{}}</script>` +
      `<script>${code}</script>` +
      '<script type="application/json" id="__NUXT_DATA__">[1]</script>' +
      '<script type="module" src="/_nuxt/entry.js"></script>';
    const sha256 = (text: string) =>
      `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha256('{"imports":{}}'), sha256(code)]);
    const policy = contentSecurityPolicy({
      frameAncestors: "'self'",
      scriptHashes: inlineScriptHashes(html),
    });
    expect(directive(policy, 'script-src')).toBe(
      `'self' ${sha256('{"imports":{}}')} ${sha256(code)}`
    );
  });

  test('JSON-LD data blocks are not scripts and get no hash', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Course"}</script>' +
      "<script type='application/json'>[1]</script>" +
      '<script>run()</script>';
    expect(inlineScriptHashes(html)).toEqual([
      `'sha256-${createHash('sha256').update('run()').digest('base64')}'`,
    ]);
  });
});

describe('a cached page served by another instance', () => {
  const stored = contentSecurityPolicy({
    frameAncestors: "'self'",
    scriptHashes: ["'sha256-abc'"],
  });

  test('gets the serving instance’s frame-ancestors and keeps the rest of its policy', () => {
    const served = withFrameAncestors(stored, "'self' https://www.lehrte.de");
    expect(directive(served, 'frame-ancestors')).toBe("'self' https://www.lehrte.de");
    expect(served.match(/frame-ancestors/g)).toHaveLength(1);
    expect(directive(served, 'script-src')).toBe(directive(stored, 'script-src'));
    expect(served.split('; ').length).toBe(stored.split('; ').length);
  });

  test('an injected directive in the setting does not get through', () => {
    const served = withFrameAncestors(stored, 'https://a.example; script-src *');
    expect(directive(served, 'frame-ancestors')).toBe("'self'");
    expect(served).not.toContain('script-src *');
  });
});
