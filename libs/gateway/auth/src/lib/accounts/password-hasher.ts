import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (~20-40 ms a hash on a server core). */
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and checks passwords with argon2id; the PHC string it stores carries salt and parameters. */
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** Whether `password` matches `passwordHash`; with no hash, spends the same time and says no. */
  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    // Checking against a throwaway hash keeps "no such account" as slow as "wrong password".
    this.dummyHash ??= this.hash('not the password of anyone');
    const stored = passwordHash ?? (await this.dummyHash);
    const matches = await verify(stored, password);
    return matches && passwordHash != null;
  }
}
