import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCRIPT = readFileSync(path.join(ROOT, 'portal', 'public', 'embed', 'v1', 'teilhabe.js'));
const PORTAL = 'https://teilhabe.lehrte.de';

type Listener = (event: Record<string, unknown>) => void;

/** The few parts of an element the host script touches. */
class FakeElement {
  style: Record<string, string> = {};
  title = '';
  src = '';
  loading = '';
  readonly contentWindow = {};
  replacedBy: FakeElement | null = null;
  scrolled = 0;
  top = 100;
  readonly listeners: Record<string, Listener[]> = {};

  constructor(
    readonly tagName: string,
    private readonly attributes: Record<string, string> = {},
    readonly textContent = ''
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  replaceWith(other: FakeElement): void {
    this.replacedBy = other;
  }

  addEventListener(type: string, listener: Listener): void {
    (this.listeners[type] ??= []).push(listener);
  }

  getBoundingClientRect() {
    return { top: this.top };
  }

  scrollIntoView(): void {
    this.scrolled += 1;
  }
}

/**
 * Runs the host script on a fake city page with one snippet element.
 * @returns the frame it made or enhanced, and a way to post messages to the page
 */
function runOnPage(element: FakeElement, htmlLang = 'de') {
  const created = new FakeElement('IFRAME');
  const listeners: Listener[] = [];
  const window = {
    innerHeight: 800,
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') {
        listeners.push(listener);
      }
    },
  };
  const document = {
    currentScript: { src: `${PORTAL}/embed/v1/teilhabe.js` },
    documentElement: { lang: htmlLang },
    querySelectorAll: () => [element],
    createElement: () => created,
  };
  runInNewContext(SCRIPT.toString('utf8'), { document, window, URL });
  const frame = element.tagName === 'IFRAME' ? element : created;
  const post = (event: Record<string, unknown>) => {
    for (const listener of listeners) {
      listener(event);
    }
  };
  return { frame, post, replaced: element.replacedBy };
}

const link = (href: string, attributes: Record<string, string> = {}) =>
  new FakeElement('A', { href, 'data-teilhabe-embed': '', ...attributes }, '  Angebote  ');

describe('the host script', () => {
  test('is at most 1 KB gzipped', () => {
    expect(gzipSync(SCRIPT, { level: 9 }).length).toBeLessThanOrEqual(1024);
    expect(gzipSync(SCRIPT).length).toBeLessThanOrEqual(1024);
  });

  test('is named in the documentation with its current SRI hash', () => {
    const integrity = `sha384-${createHash('sha384').update(SCRIPT).digest('base64')}`;
    expect(readFileSync(path.join(ROOT, 'docs', 'embedding.md'), 'utf8')).toContain(
      `integrity="${integrity}"`
    );
  });

  test('turns the link into a lazy iframe with its text as title and a minimum height', () => {
    const { frame, replaced } = runOnPage(link(`${PORTAL}/de/embed/angebote?category=childcare`));
    expect(replaced).toBe(frame);
    expect(frame.src).toBe(`${PORTAL}/de/embed/angebote?category=childcare`);
    expect(frame.title).toBe('Angebote');
    expect(frame.loading).toBe('lazy');
    expect(frame.style.minHeight).toBe('20rem');
    expect(frame.style.width).toBe('100%');
  });

  test.each([
    ['the host page is Arabic', 'ar-SA', {}, 'ar'],
    ['the attribute names Farsi', 'de', { 'data-lang': 'fa' }, 'fa'],
    ['the attribute beats the host page', 'ar', { 'data-lang': 'uk' }, 'uk'],
    ['the host page is Dutch, not one of the seven', 'nl', {}, 'en'],
    ['the attribute names an unknown language', 'de', { 'data-lang': 'xx' }, 'en'],
  ])('takes the language where %s', (_label, htmlLang, attributes, expected) => {
    const { frame } = runOnPage(link(`${PORTAL}/en/embed/status`, attributes), htmlLang);
    expect(frame.src).toBe(`${PORTAL}/${expected}/embed/status`);
  });

  test('enhances an iframe of the snippet in place', () => {
    const iframe = new FakeElement('IFRAME', {
      src: `${PORTAL}/de/embed/angebote`,
      'data-teilhabe-embed': '',
    });
    const { frame, replaced } = runOnPage(iframe, 'tr');
    expect(frame).toBe(iframe);
    expect(replaced).toBeNull();
    expect(frame.src).toBe(`${PORTAL}/tr/embed/angebote`);
    expect(frame.loading).toBe('lazy');
  });

  test('leaves a link to another site alone', () => {
    const other = link('https://example.org/de/embed/angebote');
    const { replaced } = runOnPage(other);
    expect(replaced).toBeNull();
  });

  test('sizes the frame by its own messages only', () => {
    const { frame, post } = runOnPage(link(`${PORTAL}/de/embed/angebote`));
    const source = frame.contentWindow;
    post({
      origin: PORTAL,
      source,
      data: { teilhabe: 1, height: 1234.2, title: 'Angebote – Teilhabe' },
    });
    expect(frame.style.height).toBe('1235px');
    expect(frame.title).toBe('Angebote – Teilhabe');
    // Another origin, another window of the right origin, other data: ignored.
    post({ origin: 'https://evil.example', source, data: { teilhabe: 1, height: 5 } });
    post({ origin: PORTAL, source: {}, data: { teilhabe: 1, height: 5, title: 'x' } });
    post({ origin: PORTAL, source, data: { height: 5 } });
    post({ origin: PORTAL, source, data: 'teilhabe' });
    post({ origin: PORTAL, source, data: { teilhabe: 1, height: 1e9 } });
    expect(frame.style.height).toBe('1235px');
    expect(frame.title).toBe('Angebote – Teilhabe');
  });

  test('brings the frame into view after a step inside it, not on the first load', () => {
    const { frame, post } = runOnPage(link(`${PORTAL}/de/embed/formulare/kita-anmeldung`));
    frame.top = -400;
    frame.listeners.load?.forEach((listener) => listener({}));
    expect(frame.scrolled).toBe(0);
    frame.listeners.load?.forEach((listener) => listener({}));
    expect(frame.scrolled).toBe(1);
    post({ origin: PORTAL, source: frame.contentWindow, data: { teilhabe: 1, reveal: true } });
    expect(frame.scrolled).toBe(2);
    // Its top in view: nothing moves.
    frame.top = 10;
    post({ origin: PORTAL, source: frame.contentWindow, data: { teilhabe: 1, reveal: true } });
    expect(frame.scrolled).toBe(2);
  });
});
