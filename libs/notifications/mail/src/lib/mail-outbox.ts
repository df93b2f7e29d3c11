import type { EntityManager } from 'typeorm';

/** A mail to queue: the rendered message and whom it is for. */
export interface QueuedMail {
  eventId: string;
  recipientId: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

/**
 * Queues mails in the caller's transaction (the transactional outbox for mail): they are sent only if
 * it commits. A mail for an (event, recipient) already queued is left alone. Returns how many were new.
 */
export async function queueMails(manager: EntityManager, mails: readonly QueuedMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO outgoing_mails (event_id, recipient_id, to_address, subject, text_body, html_body)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT ON CONSTRAINT outgoing_mails_event_recipient_key DO NOTHING
     RETURNING id`,
    [
      mails.map((mail) => mail.eventId),
      mails.map((mail) => mail.recipientId),
      mails.map((mail) => mail.toAddress),
      mails.map((mail) => mail.subject),
      mails.map((mail) => mail.textBody),
      mails.map((mail) => mail.htmlBody),
    ],
  );
  return inserted.length;
}
