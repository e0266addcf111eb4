import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { retryDelayMs } from '../backoff';
import type { ContentChange } from '../changes';
import { createChangeNotifier, type ChangeNotifier } from '../notifier';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real portal stand-in: records each request and answers with the next status. */
class FakePortal {
  readonly received: Received[] = [];
  private server: Server | undefined;

  constructor(private statuses: number[] = []) {}

  async listen(port = 0): Promise<number> {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        this.received.push({ headers: request.headers, body });
        response.statusCode = this.statuses.shift() ?? 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const silentLog = { info: () => undefined, warn: () => undefined };

const waitFor = async (condition: () => boolean, timeoutMs = 3_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on (yet). */
const freePort = async (): Promise<number> => {
  const probe = new FakePortal();
  const port = await probe.listen();
  await probe.close();
  return port;
};

const change = (documentId: string): ContentChange => ({
  uid: 'plugin::teilhabe.offer',
  action: 'publish',
  documentId,
  locale: 'de',
});

const verify = (request: Received) =>
  new Webhook(SECRET).verify(request.body, request.headers as Record<string, string>);

describe('change notifier', () => {
  const notifiers: ChangeNotifier[] = [];
  const portals: FakePortal[] = [];

  const notifierFor = (port: number, retry = { firstDelayMs: 20, maxDelayMs: 80 }) => {
    const notifier = createChangeNotifier({
      urls: [new URL(`http://127.0.0.1:${port}/api/cms/changes`)],
      secret: SECRET,
      log: silentLog,
      debounceMs: 40,
      maxWaitMs: 400,
      retry,
      timeoutMs: 1_000,
    });
    notifiers.push(notifier);
    return notifier;
  };

  const portal = (statuses?: number[]) => {
    const created = new FakePortal(statuses);
    portals.push(created);
    return created;
  };

  afterEach(async () => {
    notifiers.splice(0).forEach((notifier) => notifier.stop());
    await Promise.all(portals.splice(0).map((item) => item.close()));
  });

  test('a burst of 48 writes becomes one signed notification', async () => {
    const target = portal();
    const notifier = notifierFor(await target.listen());
    for (let index = 0; index < 48; index++) {
      notifier.note([change(`offer-${index}`), change(`offer-${index}`)]);
    }
    await waitFor(() => target.received.length === 1 && notifier.isIdle());
    await pause(150);
    expect(target.received).toHaveLength(1);
    const [request] = target.received;
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['webhook-id']).toMatch(/^msg_/);
    expect(verify(request!)).toEqual({
      type: 'content.changed',
      changes: Array.from({ length: 48 }, (_, index) => change(`offer-${index}`)),
    });
  });

  test('a portal that is down at first gets the notification once it is up', async () => {
    const port = await freePort();
    const notifier = notifierFor(port);
    notifier.noteStarted();
    // Several attempts fail with ECONNREFUSED meanwhile.
    await pause(200);
    expect(notifier.isIdle()).toBe(false);
    const target = portal();
    await target.listen(port);
    await waitFor(() => target.received.length === 1 && notifier.isIdle());
    expect(verify(target.received[0]!)).toEqual({ type: 'cms.started' });
  });

  test('retries until 2xx under the same id, with a fresh signature each time', async () => {
    const target = portal([500, 503, 202]);
    const notifier = notifierFor(await target.listen());
    notifier.note([change('a')]);
    await waitFor(() => target.received.length === 3 && notifier.isIdle());
    await pause(150);
    expect(target.received).toHaveLength(3);
    const ids = new Set(target.received.map((request) => request.headers['webhook-id']));
    expect(ids.size).toBe(1);
    for (const request of target.received) {
      expect(verify(request)).toEqual({ type: 'content.changed', changes: [change('a')] });
    }
  });

  test('writes during an outage join the retried message as a new one', async () => {
    const target = portal([503]);
    // The retry waits long enough for the second write to arrive first.
    const notifier = notifierFor(await target.listen(), { firstDelayMs: 400, maxDelayMs: 400 });
    notifier.note([change('a')]);
    await waitFor(() => target.received.length === 1);
    notifier.note([change('b')]);
    await waitFor(() => target.received.length === 2 && notifier.isIdle());
    await pause(150);
    expect(target.received).toHaveLength(2);
    const [failed, delivered] = target.received;
    expect(delivered?.headers['webhook-id']).not.toBe(failed?.headers['webhook-id']);
    expect(verify(delivered!)).toEqual({
      type: 'content.changed',
      changes: [change('a'), change('b')],
    });
  });

  test('"cms started" stands for the changes it is merged with', async () => {
    const target = portal();
    const notifier = notifierFor(await target.listen());
    notifier.note([change('a')]);
    notifier.noteStarted();
    await waitFor(() => target.received.length === 1 && notifier.isIdle());
    expect(verify(target.received[0]!)).toEqual({ type: 'cms.started' });
  });

  test('"cache cleared" (the admin action) reaches the portal and stands for merged changes', async () => {
    const target = portal();
    const notifier = notifierFor(await target.listen());
    notifier.note([change('a')]);
    notifier.noteCacheCleared();
    await waitFor(() => target.received.length === 1 && notifier.isIdle());
    expect(verify(target.received[0]!)).toEqual({ type: 'cache.cleared' });
  });

  test('long lists are cut and marked as cut', async () => {
    const target = portal();
    const notifier = notifierFor(await target.listen());
    notifier.note(Array.from({ length: 150 }, (_, index) => change(`offer-${index}`)));
    await waitFor(() => target.received.length === 1);
    const body = verify(target.received[0]!) as { changes: unknown[]; truncated?: boolean };
    expect(body.changes).toHaveLength(100);
    expect(body.truncated).toBe(true);
  });

  test('every portal gets its own delivery', async () => {
    const up = portal();
    const flaky = portal([500]);
    const notifier = createChangeNotifier({
      urls: [
        new URL(`http://127.0.0.1:${await up.listen()}/a`),
        new URL(`http://127.0.0.1:${await flaky.listen()}/b`),
      ],
      secret: SECRET,
      log: silentLog,
      debounceMs: 10,
      retry: { firstDelayMs: 20, maxDelayMs: 20 },
    });
    notifiers.push(notifier);
    notifier.note([change('a')]);
    await waitFor(() => notifier.isIdle() && flaky.received.length === 2);
    expect(up.received).toHaveLength(1);
  });

  test('stop() ends retries and leaves no timer behind', async () => {
    const target = portal(Array.from({ length: 100 }, () => 500));
    const notifier = notifierFor(await target.listen());
    notifier.note([change('a')]);
    await waitFor(() => target.received.length >= 2);
    notifier.stop();
    const count = target.received.length;
    await pause(250);
    expect(target.received.length).toBeLessThanOrEqual(count + 1);
    notifier.note([change('b')]);
    notifier.noteStarted();
    await pause(150);
    expect(target.received.length).toBeLessThanOrEqual(count + 1);
  });

  test('waits double after each failure, up to the cap', () => {
    const policy = { firstDelayMs: 500, maxDelayMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((failures) => retryDelayMs(failures, policy))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  test('refuses a secret that is not whsec_<base64>', () => {
    expect(() => createChangeNotifier({ urls: [], secret: 'whsec_', log: silentLog })).toThrow();
  });
});
