import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type NodemailerError, type Transporter } from 'nodemailer';
import { MailSettings } from './mail-settings';

export interface MailMessage {
  /** Stable per outgoing mail, so that a receiving system can tell a resend from a new mail. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Why a send failed: the server refused this mail, or there was no usable server at all. */
export type SendFailure = { kind: 'rejected' | 'outage'; message: string };

/** The server answered and refused the envelope or the message: trying this mail again may not help. */
function isRejection(error: NodemailerError): boolean {
  const rejectedPart = error.code === 'EENVELOPE' || error.code === 'EMESSAGE';
  // 421: the server is closing the connection (shutting down, overloaded): an outage, not a verdict.
  return rejectedPart && typeof error.responseCode === 'number' && error.responseCode !== 421;
}

/**
 * SMTP through nodemailer, one pooled connection reused across sends. Failures are sorted into
 * rejections (counted against the mail) and outages (server down, timeouts, TLS or login trouble:
 * counted against nobody, the mail waits).
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@Inject(MailSettings) private readonly settings: MailSettings) {
    this.transporter = createTransport({
      url: settings.smtpUrl,
      pool: true,
      maxConnections: 1,
      connectionTimeout: settings.smtpTimeoutMs,
      greetingTimeout: settings.smtpTimeoutMs,
      socketTimeout: settings.smtpTimeoutMs,
    });
  }

  /** Resolves once the server accepted the mail; otherwise resolves with why not (never throws). */
  async send(message: MailMessage): Promise<SendFailure | undefined> {
    try {
      await this.transporter.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
      });
      return undefined;
    } catch (error) {
      const failure = error as NodemailerError;
      const detail = [failure.code, failure.responseCode, failure.message].filter(Boolean).join(' ');
      return { kind: isRejection(failure) ? 'rejected' : 'outage', message: detail.slice(0, 2_000) };
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
