import { MessagingTables1763800000000 } from '@orbita/messaging';
import { createServiceDataSource, runMigrations } from '@orbita/persistence';
import { createTestDatabase, TestSmtpServer, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { queueMails, type QueuedMail } from './mail-outbox';
import { MailSender } from './mail-sender.service';
import { MailSettings, type MailEnvironment } from './mail-settings';
import { MailTransport } from './mail-transport';
import { OutgoingMails1766100000000 } from './migrations/1766100000000-outgoing-mails';
import { OutgoingMail } from './outgoing-mail.entity';

describe('mail outbox and sender (real PostgreSQL, in-process SMTP)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let smtp: TestSmtpServer;
  const transports: MailTransport[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createServiceDataSource({
      service: 'notifications',
      url: database.url,
      entities: [OutgoingMail],
      migrations: [MessagingTables1763800000000, OutgoingMails1766100000000],
    });
    await runMigrations(dataSource);
    await dataSource.initialize();
    smtp = await TestSmtpServer.start();
  });

  afterEach(async () => {
    await dataSource.query('TRUNCATE outgoing_mails');
    smtp.mails.length = 0;
    smtp.refuseRecipients(() => false);
  });

  afterAll(async () => {
    transports.forEach((transport) => transport.onApplicationShutdown());
    await smtp?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  /** A sender as the service builds it, driven by hand (no loop). */
  function sender(overrides: Partial<MailEnvironment> = {}): MailSender {
    const settings = new MailSettings({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Орбита <noreply@orbita.local>',
      MAIL_POLL_INTERVAL_MS: 0,
      MAIL_BATCH_SIZE: 20,
      MAIL_RETRY_BASE_MS: 1,
      MAIL_RETRY_MAX_MS: 1,
      MAIL_MAX_REJECTIONS: 2,
      MAIL_SMTP_TIMEOUT_MS: 2_000,
      ...overrides,
    });
    const transport = new MailTransport(settings);
    transports.push(transport);
    return new MailSender(dataSource, settings, transport);
  }

  const mail = (to: string, eventId: string = randomUUID()): QueuedMail => ({
    eventId,
    recipientId: randomUUID(),
    toAddress: to,
    subject: 'Протокол принят',
    textBody: 'Региональный центр принял протокол.',
    htmlBody: '<p>Региональный центр принял протокол.</p>',
  });

  const queue = (mails: QueuedMail[]) => dataSource.transaction((manager) => queueMails(manager, mails));
  const rows = () => dataSource.getRepository(OutgoingMail).find({ order: { toAddress: 'ASC' } });

  it('queues a mail once per (event, recipient) and sends it once', async () => {
    const first = mail('a@school.test');
    expect(await queue([first, mail('b@school.test', first.eventId)])).toBe(2);
    expect(await queue([first])).toBe(0);

    const mailer = sender();
    expect(await mailer.sendDue()).toEqual({ sent: 2, deferred: 0, failed: 0, outage: false });
    expect(await mailer.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 0, outage: false });
    expect(smtp.mails.map((caught) => caught.to)).toEqual([['a@school.test'], ['b@school.test']]);
    const sent = await rows();
    expect(sent.map((row) => [row.status, row.attempts, row.sentAt instanceof Date])).toEqual([
      ['sent', 1, true],
      ['sent', 1, true],
    ]);
    expect(smtp.mails[0].messageId).toBe(`<${sent[0].id}@orbita.local>`);
  });

  it('keeps mails while the SMTP server is down and sends each once when it is back', async () => {
    await queue([mail('a@school.test'), mail('b@school.test')]);
    const mailer = sender();
    await smtp.stop();
    try {
      const round = await mailer.sendDue();
      expect(round).toMatchObject({ sent: 0, outage: true });
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await mailer.sendDue()).toMatchObject({ sent: 0, outage: true });
      const waiting = await rows();
      expect(waiting.every((row) => row.status === 'pending')).toBe(true);
      expect(waiting.some((row) => row.attempts > 0 && row.lastError !== null)).toBe(true);
      // An outage never counts towards giving a mail up.
      expect(waiting.every((row) => row.rejections === 0)).toBe(true);
    } finally {
      await smtp.restart();
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    await mailer.sendDue();
    await mailer.sendDue();
    expect(smtp.mails.map((caught) => caught.to[0]).sort()).toEqual(['a@school.test', 'b@school.test']);
    expect((await rows()).map((row) => [row.status, row.lastError])).toEqual([
      ['sent', null],
      ['sent', null],
    ]);
  });

  it('gives a mail up after MAIL_MAX_REJECTIONS refusals, and sends the others', async () => {
    await queue([mail('gone@school.test'), mail('here@school.test')]);
    smtp.refuseRecipients((address) => address === 'gone@school.test');
    const mailer = sender();
    expect(await mailer.sendDue()).toEqual({ sent: 1, deferred: 1, failed: 0, outage: false });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await mailer.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 1, outage: false });
    const [gone, here] = await rows();
    expect([gone.status, gone.rejections, gone.lastError]).toEqual([
      'failed',
      2,
      expect.stringContaining('550'),
    ]);
    expect(here.status).toBe('sent');
    expect(await mailer.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 0, outage: false });
  });

  it('lets senders running side by side share the mails without sending any twice', async () => {
    await queue(Array.from({ length: 60 }, (_, index) => mail(`person${index}@school.test`)));
    const replicas = [
      sender({ MAIL_BATCH_SIZE: 7 }),
      sender({ MAIL_BATCH_SIZE: 7 }),
      sender({ MAIL_BATCH_SIZE: 7 }),
    ];
    const sentBy = await Promise.all(
      replicas.map(async (replica) => {
        let sent = 0;
        for (let round = 0; round < 20; round++) sent += (await replica.sendDue()).sent;
        return sent;
      }),
    );
    expect(sentBy.reduce((sum, count) => sum + count, 0)).toBe(60);
    expect(sentBy.filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(new Set(smtp.mails.map((caught) => caught.to[0])).size).toBe(60);
    expect(smtp.mails).toHaveLength(60);
  });
});
