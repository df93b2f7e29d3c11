import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox: what is to be sent, what was, and why an attempt failed. */
export class OutgoingMails1766100000000 implements MigrationInterface {
  name = 'OutgoingMails1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outgoing_mails (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id        uuid NOT NULL,
        recipient_id    uuid NOT NULL,
        to_address      text NOT NULL,
        subject         text NOT NULL,
        text_body       text NOT NULL,
        html_body       text NOT NULL,
        status          text NOT NULL DEFAULT 'pending' CONSTRAINT outgoing_mails_status_check CHECK (status IN ('pending', 'sent', 'failed')),
        attempts        integer NOT NULL DEFAULT 0,
        rejections      integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz,
        CONSTRAINT outgoing_mails_event_recipient_key UNIQUE (event_id, recipient_id)
      )`);
    // The sender's question, "what is due", reads only pending rows.
    await queryRunner.query(
      `CREATE INDEX outgoing_mails_due_idx ON outgoing_mails (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE outgoing_mails');
  }
}
