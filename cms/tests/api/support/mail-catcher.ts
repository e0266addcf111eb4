import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the catcher accepted: the envelope's recipients, the raw message and its parsed parts. */
export interface CaughtMail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
  html: string;
  from: string;
  replyTo: string;
  headers: ParsedMail['headers'];
}

/** A local SMTP server that keeps every message it is sent. */
export interface MailCatcher {
  port: number;
  /** Everything received so far, parsed. */
  messages(): Promise<CaughtMail[]>;
  /** The messages whose envelope names this recipient. */
  to(address: string): Promise<CaughtMail[]>;
  /** Stops listening: later sends find no server. */
  close(): Promise<void>;
}

const parse = async (recipients: string[], raw: Buffer): Promise<CaughtMail> => {
  const parsed = await simpleParser(raw);
  return {
    to: recipients,
    raw: raw.toString('utf8'),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    from: parsed.from?.text ?? '',
    replyTo: parsed.replyTo?.text ?? '',
    headers: parsed.headers,
  };
};

/**
 * Starts an SMTP server on 127.0.0.1 on a free port, without TLS or
 * authentication, for the CMS under test to send to.
 * @returns the running catcher; `close()` it in `afterAll`
 */
export const startMailCatcher = async (): Promise<MailCatcher> => {
  const received: Array<Promise<CaughtMail>> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        received.push(parse(recipients, Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const messages = () => Promise.all(received);
  let closed: Promise<void> | null = null;
  return {
    port,
    messages,
    to: async (address) => (await messages()).filter((mail) => mail.to.includes(address)),
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
};
