import { Module } from '@nestjs/common';
import { ServiceConfig } from '@orbita/service-host';
import { MailSender } from './mail-sender.service';
import { MailSettings } from './mail-settings';
import { MailTransport } from './mail-transport';
import { OutgoingMails1766100000000 } from './migrations/1766100000000-outgoing-mails';
import { OutgoingMail } from './outgoing-mail.entity';

/** The mail outbox's table, for the service definition. */
export const MAIL_ENTITIES = [OutgoingMail];
export const MAIL_MIGRATIONS = [OutgoingMails1766100000000];

/**
 * E-mail through a transactional outbox: `queueMails` writes in the caller's transaction, the MailSender
 * sends over SMTP. Its service's config must declare the MailEnvironment settings.
 */
@Module({
  providers: [
    {
      provide: MailSettings,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => MailSettings.from(config),
    },
    MailTransport,
    MailSender,
  ],
  exports: [MailSettings, MailSender],
})
export class MailModule {}
