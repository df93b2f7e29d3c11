import { Inject, Injectable } from '@nestjs/common';
import { isSchoolScopedRole, ROLES, type Actor, type Role } from '@orbita/auth';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Unauthenticated } from '../errors';

const ISSUER = 'orbita-gateway';
const AUDIENCE = 'orbita-api';

/** Who an access token speaks for: the actor (without the request's ip) and the session it belongs to. */
export interface AccessClaims extends Omit<Actor, 'ip'> {
  /** The refresh-token family (login session) the token was issued in. */
  sessionId: string;
}

export interface IssuedAccessToken {
  accessToken: string;
  /** Seconds until it expires. */
  expiresIn: number;
}

/**
 * Short-lived HS256 JWTs (`sub`, `role`, `school`, `person`, `sid`). A valid signature is not enough: the
 * access guard also asks `LiveSessions` whether the session is live and the account active.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(@Inject(GatewayConfig) private readonly config: GatewayConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  async issue(claims: AccessClaims): Promise<IssuedAccessToken> {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await new SignJWT({
      role: claims.role,
      ...(claims.schoolId ? { school: claims.schoolId } : {}),
      ...(claims.personId ? { person: claims.personId } : {}),
      sid: claims.sessionId,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.key);
    return { accessToken, expiresIn };
  }

  /** The claims of a valid token; 401 for an expired, tampered or malformed one. */
  async verify(token: string): Promise<AccessClaims> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTolerance: 5,
        requiredClaims: ['sub', 'exp', 'sid'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new Unauthenticated('The access token has expired');
      throw new Unauthenticated('The access token is invalid');
    }
    const { sub, role, school, person, sid } = payload;
    const known = typeof role === 'string' && (ROLES as readonly string[]).includes(role);
    if (typeof sub !== 'string' || typeof sid !== 'string' || !known) {
      throw new Unauthenticated('The access token is invalid');
    }
    const schoolId = typeof school === 'string' ? school : null;
    if (isSchoolScopedRole(role as Role) && !schoolId)
      throw new Unauthenticated('The access token is invalid');
    const personId = typeof person === 'string' ? person : null;
    return { userId: sub, role: role as Role, schoolId, personId, sessionId: sid };
  }
}
