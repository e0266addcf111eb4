import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { createChangeReceiver, type ChangeReceiver } from '../../server/utils/change-receiver';

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const SECRET = newSecret();
const BODY = JSON.stringify({
  type: 'content.changed',
  changes: [{ uid: 'plugin::teilhabe.page', action: 'unpublish', documentId: 'abc', locale: 'de' }],
});

let sequence = 0;

/** Headers as the CMS sends them (its notifier signs with the same library). */
function signed(body = BODY, { secret = SECRET, at = new Date(), id = `msg_${++sequence}` } = {}) {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

describe('change receiver', () => {
  let purges: number;
  let receiver: ChangeReceiver;

  beforeEach(() => {
    purges = 0;
    receiver = createChangeReceiver({
      secret: SECRET,
      purge: async () => {
        purges += 1;
      },
      purgeAgainAfterMs: 30,
    });
  });

  afterEach(() => receiver.stop());

  test('a genuine notification purges at once and once more a little later', async () => {
    await expect(receiver.receive(BODY, signed())).resolves.toBe('purged');
    expect(purges).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(purges).toBe(2);
  });

  test('several notifications in a row share one second purge', async () => {
    await receiver.receive(BODY, signed());
    await receiver.receive(BODY, signed());
    await receiver.receive(BODY, signed());
    expect(purges).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(purges).toBe(4);
  });

  const refusals: Array<[string, () => [string, Record<string, string>]]> = [
    ['no signature headers', () => [BODY, { 'content-type': 'application/json' }]],
    [
      'a forged signature',
      () => [
        BODY,
        { ...signed(), 'webhook-signature': `v1,${randomBytes(32).toString('base64')}` },
      ],
    ],
    ['another secret', () => [BODY, signed(BODY, { secret: newSecret() })]],
    ['a body changed after signing', () => [BODY.replace('unpublish', 'publish'), signed()]],
    ['an id changed after signing', () => [BODY, { ...signed(), 'webhook-id': 'msg_other' }]],
    [
      'a timestamp six minutes old',
      () => [BODY, signed(BODY, { at: new Date(Date.now() - 6 * 60_000) })],
    ],
    [
      'a timestamp six minutes ahead',
      () => [BODY, signed(BODY, { at: new Date(Date.now() + 6 * 60_000) })],
    ],
    [
      'a timestamp changed after signing',
      () => [BODY, { ...signed(), 'webhook-timestamp': String(Math.floor(Date.now() / 1000) - 1) }],
    ],
  ];

  test.each(refusals)('refuses %s and purges nothing', async (_name, request) => {
    const [body, headers] = request();
    await expect(receiver.receive(body, headers)).resolves.toBe('refused');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(purges).toBe(0);
  });

  test('a replayed message id is acknowledged but purges nothing', async () => {
    const headers = signed();
    await expect(receiver.receive(BODY, headers)).resolves.toBe('purged');
    receiver.stop();
    const before = purges;
    await expect(receiver.receive(BODY, headers)).resolves.toBe('replayed');
    // A fresh signature does not make an old message new: the id decides.
    const resigned = signed(BODY, { id: headers['webhook-id'] });
    await expect(receiver.receive(BODY, resigned)).resolves.toBe('replayed');
    receiver.stop();
    expect(purges).toBe(before);
  });

  test('a forged message cannot burn the id of a genuine one', async () => {
    const genuine = signed();
    const forged = { ...genuine, 'webhook-signature': `v1,${randomBytes(32).toString('base64')}` };
    await expect(receiver.receive(BODY, forged)).resolves.toBe('refused');
    await expect(receiver.receive(BODY, genuine)).resolves.toBe('purged');
  });

  test('a failed purge lets the retry of the same message in', async () => {
    let fail = true;
    const flaky = createChangeReceiver({
      secret: SECRET,
      purge: async () => {
        if (fail) {
          throw new Error('storage down');
        }
        purges += 1;
      },
      purgeAgainAfterMs: 10_000,
    });
    const headers = signed();
    await expect(flaky.receive(BODY, headers)).rejects.toThrow('storage down');
    fail = false;
    await expect(flaky.receive(BODY, headers)).resolves.toBe('purged');
    flaky.stop();
    expect(purges).toBe(1);
  });

  test('refuses to start with a secret that is not whsec_<base64>', () => {
    expect(() =>
      createChangeReceiver({ secret: 'whsec_', purge: async () => undefined })
    ).toThrow();
  });
});
