import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { PORTAL_DIR, ROOT } from './paths.mjs';

const PAGES = path.join(ROOT, 'scripts', 'demo-host');

/**
 * The `integrity` value of the host script the portal serves.
 * @returns `sha384-…`
 */
export const hostScriptIntegrity = () =>
  `sha384-${createHash('sha384')
    .update(readFileSync(path.join(PORTAL_DIR, 'public', 'embed', 'v1', 'teilhabe.js')))
    .digest('base64')}`;

/**
 * Serves a page in the style of the city's website that embeds the portal,
 * on another site than the portal (`localhost` beside `127.0.0.1`), with the
 * CSP lines docs/embedding.md gives the city.
 * @param {{ port: number, hostOrigin: string, portalOrigin: string }} options
 * @returns {Promise<import('node:http').Server>} the listening server
 */
export const startDemoHost = ({ port, hostOrigin, portalOrigin }) => {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', hostOrigin).pathname;
    if (pathname === '/city.css') {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
      response.end(readFileSync(path.join(PAGES, 'city.css')));
      return;
    }
    if (pathname !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Nicht gefunden');
      return;
    }
    const html = readFileSync(path.join(PAGES, 'index.html'), 'utf8')
      .replaceAll('%PORTAL%', portalOrigin)
      .replaceAll('%HOST%', hostOrigin)
      .replaceAll('%INTEGRITY%', hostScriptIntegrity());
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; frame-src ${portalOrigin}; script-src 'self' ${portalOrigin}`,
    });
    response.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
};
