import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createCounter } from '@orbita/observability';
import { DataSource, type QueryRunner } from 'typeorm';
import { MailSettings } from './mail-settings';
import { MailTransport, type SendFailure } from './mail-transport';

export interface MailRound {
  sent: number;
  /** Mails that failed this round and will be tried again. */
  deferred: number;
  /** Mails given up after MAIL_MAX_REJECTIONS rejections. */
  failed: number;
  /** The SMTP server could not be reached: the round stopped at the first such mail. */
  outage: boolean;
}

const mailAttempts = createCounter({
  name: 'mail_attempts_total',
  help: 'SMTP attempts of queued mails, by result (sent, rejected, outage); given_up counts mails failed for good',
  labelNames: ['result'],
});

interface DueMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  rejections: number;
}

/**
 * Sends the queued mails (`outgoing_mails`), each once:
 *
 * - a round takes the due pending rows with `FOR UPDATE SKIP LOCKED` and keeps them locked while it sends,
 *   so replicas running side by side share the work and never send the same row;
 * - a sent mail gets `sent_at`; a failed attempt `attempts`, `last_error` and a later `next_attempt_at`
 *   (exponential back-off, MAIL_RETRY_BASE_MS … MAIL_RETRY_MAX_MS);
 * - an SMTP outage ends the round and backs the loop off; mails keep waiting however long it lasts. Only
 *   rejections by the server count towards giving a mail up (`failed`, after MAIL_MAX_REJECTIONS).
 *
 * A crash between the server's acceptance and the commit sends that mail again on the next round: SMTP
 * offers no way to make that exactly once, so each mail carries a stable Message-ID for receivers to dedupe.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MailSettings) private readonly settings: MailSettings,
    @Inject(MailTransport) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.pollIntervalMs <= 0) return;
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One round: sends the mails due now (at most MAIL_BATCH_SIZE). The loop calls it; so can tests. */
  async sendDue(): Promise<MailRound> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const due: DueMail[] = await runner.query(
        `SELECT id, to_address, subject, text_body, html_body, attempts, rejections
           FROM outgoing_mails
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, created_at
          LIMIT $1
            FOR UPDATE SKIP LOCKED`,
        [this.settings.batchSize],
      );
      const round: MailRound = { sent: 0, deferred: 0, failed: 0, outage: false };
      for (const mail of due) {
        const failure = await this.transport.send({
          messageId: `<${mail.id}@orbita.local>`,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
        });
        await this.record(runner, mail, failure, round);
        if (failure?.kind === 'outage') break;
      }
      await runner.commitTransaction();
      return round;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async record(
    runner: QueryRunner,
    mail: DueMail,
    failure: SendFailure | undefined,
    round: MailRound,
  ): Promise<void> {
    mailAttempts.inc({ result: failure?.kind ?? 'sent' });
    if (!failure) {
      round.sent++;
      await runner.query(
        `UPDATE outgoing_mails SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [mail.id],
      );
      return;
    }
    const rejections = mail.rejections + (failure.kind === 'rejected' ? 1 : 0);
    const givenUp = rejections >= this.settings.maxRejections;
    if (failure.kind === 'outage') round.outage = true;
    if (givenUp) {
      round.failed++;
      mailAttempts.inc({ result: 'given_up' });
    } else {
      round.deferred++;
    }
    await runner.query(
      `UPDATE outgoing_mails
          SET attempts = attempts + 1, rejections = $2, last_error = $3, status = $4,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1`,
      [
        mail.id,
        rejections,
        failure.message,
        givenUp ? 'failed' : 'pending',
        this.settings.retryDelayMs(mail.attempts + 1),
      ],
    );
    if (givenUp)
      this.logger.warn(`Mail ${mail.id} given up after ${rejections} rejections: ${failure.message}`);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delay = this.settings.pollIntervalMs;
      try {
        const round = await this.sendDue();
        if (round.outage) {
          this.failures++;
          // Once per outage stretch, then now and then, rather than at every retry.
          if (this.failures === 1 || this.failures % 20 === 0) {
            this.logger.warn(
              `SMTP server unreachable (${this.settings.smtpUrl.replace(/\/\/[^@/]*@/, '//***@')}); mails wait`,
            );
          }
          delay = this.settings.retryDelayMs(this.failures);
        } else {
          if (this.failures > 0)
            this.logger.log('SMTP server reachable again; sending the mails that waited');
          this.failures = 0;
          // A full batch means more may be due: go on at once.
          if (round.sent + round.deferred + round.failed === this.settings.batchSize) delay = 0;
        }
      } catch (error) {
        this.failures++;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(
            `Mail round failed (${error instanceof Error ? error.message : String(error)}); retrying`,
          );
        }
        delay = this.settings.retryDelayMs(this.failures);
      }
      await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      this.wake = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.wake = undefined;
    });
  }
}
