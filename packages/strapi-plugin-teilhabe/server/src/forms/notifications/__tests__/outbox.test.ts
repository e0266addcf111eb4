import type { Mail } from '../mail';
import { createOutbox } from '../outbox';

const mail = (to: string): Mail => ({
  to,
  subject: 'Betreff',
  text: 'Inhalt',
  html: '<p>Inhalt</p>',
});

const recorder = () => {
  const warnings: string[] = [];
  return { warnings, log: { warn: (message: string) => warnings.push(message) } };
};

describe('the forms outbox', () => {
  test('prepares and sends after the caller has returned, and flush waits for it', async () => {
    const sent: string[] = [];
    const { log } = recorder();
    const outbox = createOutbox(async (message) => {
      sent.push(message.to);
    }, log);
    let prepared = false;
    outbox.post(async () => {
      prepared = true;
      return [{ kind: 'caseworker', mail: mail('kita@example.org') }];
    });
    expect(prepared).toBe(false);
    await outbox.flush();
    expect(sent).toEqual(['kita@example.org']);
  });

  test('a refused message is logged by kind and code, without address or content, and the next one still goes', async () => {
    const sent: string[] = [];
    const { warnings, log } = recorder();
    const outbox = createOutbox(async (message) => {
      if (message.to === 'refused@example.org') {
        throw Object.assign(new Error(`Recipient refused: <${message.to}> ${message.text}`), {
          code: 'EENVELOPE',
          responseCode: 550,
        });
      }
      sent.push(message.to);
    }, log);
    outbox.post(async () => [
      { kind: 'caseworker', mail: mail('refused@example.org') },
      { kind: 'confirmation', mail: mail('amina@example.org') },
    ]);
    await outbox.flush();
    expect(sent).toEqual(['amina@example.org']);
    expect(warnings).toEqual([
      '[teilhabe] Forms e-mail (caseworker) not sent: EENVELOPE 550 Error.',
    ]);
    expect(warnings.join()).not.toMatch(/refused@|Inhalt/);
  });

  test('a failure while preparing is logged by its name only', async () => {
    const { warnings, log } = recorder();
    const outbox = createOutbox(async () => undefined, log);
    outbox.post(async () => {
      throw new TypeError('amina@example.org could not be read');
    });
    await outbox.flush();
    expect(warnings).toEqual(['[teilhabe] Forms e-mail could not be prepared: TypeError.']);
  });
});
