// Passwords of a developer's platform (`npm start`): the first admin's, made only while the gateway has no
// admin (shown once, never stored: the gateway keeps its hash), and the demo people's (one per installation).
import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: read off a terminal and typed into a form.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 random characters in groups of four (about 79 bits), e.g. `k7tq-m2xa-9hwe-r4nc`. */
export function readablePassword() {
  const characters = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return characters.join('').match(/.{4}/g).join('-');
}

/**
 * A new password for the first admin when the gateway's database has no admin account yet (after its
 * migrations, before it starts), else undefined. `pg` is imported here: it is installed by then.
 */
export async function firstAdminPassword(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT EXISTS (SELECT 1 FROM gateway.accounts WHERE role = 'admin') AS found",
    );
    return rows[0].found ? undefined : readablePassword();
  } catch (error) {
    if (error.code === '42P01') return undefined; // no gateway schema: no gateway in this workspace
    throw error;
  } finally {
    await client.end();
  }
}
