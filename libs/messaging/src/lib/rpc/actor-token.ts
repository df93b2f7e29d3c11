import { createPrivateKey, createPublicKey, type JsonWebKeyInput, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { Actor } from '@orbita/auth';
import { describeProblems, parsePayload } from '../validation';

/**
 * How long a signed actor is valid: one request's round trip with room for clock skew, so a token seen on
 * the wire is useless soon after.
 */
export const ACTOR_TOKEN_TTL_SECONDS = 60;

const CLOCK_TOLERANCE_SECONDS = 5;
const ISSUER = 'orbita';
const ALGORITHM = 'EdDSA';

/**
 * The platform acting for itself (seeds, demo accounts): an admin with a fixed, well-known id, so the
 * audit trail and logs show "system" wherever it acted. Only holders of the signing key can send it.
 */
export const SYSTEM_ACTOR: Readonly<Actor> = Object.freeze({
  userId: '00000000-0000-4000-8000-000000000001',
  role: 'admin',
  schoolId: null,
});

/**
 * A service calling another as itself (an operation whose contract lists it in `callers`), with no user
 * behind the request: region-wide, with a fixed, well-known id of its own, so logs and audit trails tell it
 * from {@link SYSTEM_ACTOR}. No token: the bus is the authentication (only the listed services' users may
 * publish on such a subject), and the contract's list is the authorization.
 */
export const SERVICE_CALLER_ACTOR: Readonly<Actor> = Object.freeze({
  userId: '00000000-0000-4000-8000-000000000002',
  role: 'admin',
  schoolId: null,
});

/** A request's actor token that is missing, forged, expired or meant for another subject. */
export class InvalidActorTokenError extends Error {}

/**
 * Signs actors (the gateway, and seeds acting as {@link SYSTEM_ACTOR}) as short-lived Ed25519 JWTs whose
 * audience is the wire subject of the one request they travel with, so a token cannot be replayed on
 * another subject. Only the gateway holds the private key: a compromised service cannot mint actors.
 */
export class ActorSigner {
  private constructor(private readonly key: KeyObject) {}

  /** `key`: an Ed25519 private key as PKCS#8 PEM or as a JWK (JSON text). */
  static fromKey(key: string): ActorSigner {
    const parsed = parseKey(key, createPrivateKey);
    if (parsed.asymmetricKeyType !== 'ed25519')
      throw new Error('The actor signing key must be an Ed25519 private key');
    return new ActorSigner(parsed);
  }

  sign(actor: Actor, wireSubject: string): Promise<string> {
    return new SignJWT({ act: actor })
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setSubject(actor.userId)
      .setAudience(wireSubject)
      .setIssuedAt()
      .setExpirationTime(`${ACTOR_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }
}

/** Checks actor tokens with the gateway's public key (services). */
export class ActorVerifier {
  private constructor(private readonly key: KeyObject) {}

  /** `key`: an Ed25519 public key as SPKI PEM or as a JWK (JSON text). */
  static fromKey(key: string): ActorVerifier {
    const parsed = parseKey(key, createPublicKey);
    if (parsed.asymmetricKeyType !== 'ed25519')
      throw new Error('The actor verify key must be an Ed25519 public key');
    return new ActorVerifier(parsed);
  }

  /** The actor of a token signed for `wireSubject`; throws {@link InvalidActorTokenError} otherwise. */
  async verify(token: string | undefined, wireSubject: string): Promise<Actor> {
    if (!token) throw new InvalidActorTokenError('the request carries no actor');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: wireSubject,
        // Gateway and service hosts' clocks may differ by a few seconds.
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      const reason = error instanceof joseErrors.JOSEError ? error.code : 'malformed';
      throw new InvalidActorTokenError(`the actor token is not valid (${reason})`);
    }
    const actor = parsePayload(Actor, Buffer.from(JSON.stringify(payload['act'] ?? null)));
    if (!actor.ok)
      throw new InvalidActorTokenError(`the signed actor is invalid: ${describeProblems(actor.problems)}`);
    return actor.value;
  }
}

function parseKey(text: string, create: (key: string | JsonWebKeyInput) => KeyObject): KeyObject {
  const trimmed = text.trim();
  try {
    return trimmed.startsWith('{') ? create({ key: JSON.parse(trimmed), format: 'jwk' }) : create(trimmed);
  } catch (error) {
    throw new Error(`The actor key is neither PEM nor a JWK: ${(error as Error).message}`);
  }
}
