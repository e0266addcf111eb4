import type { Mail, OutgoingMail } from './mail';

/** What the outbox logs to: warnings only, never an address or content. */
export interface OutboxLog {
  warn(message: string): void;
}

/** Sends one message; rejects when the server refuses it or cannot be reached. */
export type SendMail = (mail: Mail) => Promise<void>;

/** The forms' mail queue of this process. */
export interface Outbox {
  /**
   * Prepares and sends messages later, outside the caller's request: the
   * caller neither waits for mail nor sees its errors. A failure is logged
   * with the message's kind and the error's code, never with its text, which
   * can name the recipient.
   * @param prepare reads what the messages need and composes them
   */
  post(prepare: () => Promise<readonly OutgoingMail[]>): void;
  /** Resolves when everything posted so far has been sent or has failed. */
  flush(): Promise<void>;
}

/** The error's code (`ECONNREFUSED`, `EAUTH`, an SMTP reply code) or its class's name. */
const describe = (error: unknown): string => {
  const { code, responseCode, name } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    name?: unknown;
  };
  return (
    [code, responseCode, name]
      .filter((part) => typeof part === 'string' || typeof part === 'number')
      .join(' ') || 'unknown error'
  );
};

/**
 * Creates the outbox. Messages are sent one after another per `post`, each
 * on its own: a refused caseworker address does not hold back a resident's
 * confirmation.
 * @param send hands one message to the mail server
 * @param log where failures are reported
 */
export const createOutbox = (send: SendMail, log: OutboxLog): Outbox => {
  const pending = new Set<Promise<void>>();
  const deliver = async (prepare: () => Promise<readonly OutgoingMail[]>) => {
    // Not before the caller's response is on its way.
    await new Promise<void>((resolve) => setImmediate(resolve));
    let outgoing: readonly OutgoingMail[];
    try {
      outgoing = await prepare();
    } catch (error) {
      log.warn(`[teilhabe] Forms e-mail could not be prepared: ${describe(error)}.`);
      return;
    }
    for (const { kind, mail } of outgoing) {
      try {
        await send(mail);
      } catch (error) {
        log.warn(`[teilhabe] Forms e-mail (${kind}) not sent: ${describe(error)}.`);
      }
    }
  };
  return {
    post(prepare) {
      const task = deliver(prepare).finally(() => pending.delete(task));
      pending.add(task);
    },
    async flush() {
      while (pending.size > 0) {
        await Promise.allSettled([...pending]);
      }
    },
  };
};
