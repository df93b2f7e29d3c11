// The bus secrets of `npm start` (ADR 0007), made once into .data/secrets/ and reused: a NATS password per
// user (the gateway and each service) and the Ed25519 key pair of signed actors (the private half goes to
// the gateway and the seeds only, the public half to every service).
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { ensureSecret } from './secrets.mjs';

/** `{ signingKey, verifyKey }` as PEM: ACTOR_SIGNING_KEY and ACTOR_VERIFY_KEY. */
export function actorKeys(dataDir) {
  const generate = () =>
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
  const signingKey = ensureSecret(dataDir, 'actor-signing-key.pem', generate).value;
  return {
    signingKey,
    verifyKey: createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** `{ <user>: password }` for the NATS users named: the apps that reach NATS (gateway and services). */
export function natsPasswords(dataDir, users) {
  return Object.fromEntries(users.map((user) => [user, ensureSecret(dataDir, `nats-${user}`).value]));
}
