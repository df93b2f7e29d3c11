import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { freePort } from './free-port';

/** A mail as the server received it. */
export interface CaughtMail {
  from: string;
  to: string[];
  /** The `Message-ID` header, angle brackets included. */
  messageId: string | undefined;
  /** The whole message source (headers MIME-encoded). */
  raw: string;
}

/**
 * An SMTP server in the test's own process, on a free port, that keeps every mail it accepts. It can
 * be stopped and started again on the same port (an SMTP outage), and told to refuse recipients.
 */
export class TestSmtpServer {
  readonly mails: CaughtMail[] = [];
  private server: SMTPServer | undefined;
  private refuse: (address: string) => boolean = () => false;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtpServer> {
    const server = new TestSmtpServer(await freePort());
    await server.restart();
    return server;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Recipients for which `predicate` holds are refused with 550 (a permanent rejection). */
  refuseRecipients(predicate: (address: string) => boolean): void {
    this.refuse = predicate;
  }

  /** Mails received for `address`. */
  mailsTo(address: string): CaughtMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  /** Stops listening and cuts open connections at once. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async restart(): Promise<void> {
    await this.stop();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      closeTimeout: 50,
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        if (!this.refuse(address.address)) return callback();
        const error = Object.assign(new Error(`Mailbox ${address.address} unavailable`), {
          responseCode: 550,
        });
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim(),
            raw,
          });
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }
}
