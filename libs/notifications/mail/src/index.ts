export * from './lib/mail-outbox';
export * from './lib/mail-sender.service';
export * from './lib/mail-settings';
export * from './lib/mail-transport';
export * from './lib/mail.module';
export * from './lib/outgoing-mail.entity';
