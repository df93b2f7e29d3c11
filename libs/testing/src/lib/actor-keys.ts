import { generateKeyPairSync } from 'node:crypto';

export interface ActorKeys {
  /** `ACTOR_SIGNING_KEY`: Ed25519 private key, PKCS#8 PEM (the gateway's and the seeds'). */
  signingKey: string;
  /** `ACTOR_VERIFY_KEY`: its public key, SPKI PEM (the services'). */
  verifyKey: string;
}

let keys: ActorKeys | undefined;

/**
 * The actor key pair of this test file: made on first use, then the same for every gateway, service and
 * client the file starts, so that what one signs the others accept, and no key lives in the source.
 */
export function testActorKeys(): ActorKeys {
  if (!keys) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    keys = {
      signingKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      verifyKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  }
  return keys;
}
