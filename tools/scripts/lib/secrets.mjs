// Secrets of a developer's platform (`npm start`): made on first use, kept in .data/secrets/ (mode 0600,
// never committed) and reused on every later start, so tokens and sessions survive a restart. Nothing has a
// built-in default: an operator's deployment brings its own (README, Security).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The secret called `name` (a file name), made by `generate()` on the first call and read back after.
 * Resolves `{ value, created }`: `created` is true only on the start that made it (e.g. to print a password
 * once).
 */
export function ensureSecret(dataDir, name, generate = () => randomBytes(48).toString('base64url')) {
  const dir = path.join(dataDir, 'secrets');
  const file = path.join(dir, name);
  if (fs.existsSync(file)) return { value: fs.readFileSync(file, 'utf8').trim(), created: false };
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const value = generate();
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}
