import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isSchoolScopedRole, type Role } from '@orbita/auth';
import { GatewayConfig, type GatewayModuleOptions } from '@orbita/gateway/feature-http';
import { loadConfig } from '@orbita/observability';
import { testActorKeys } from '@orbita/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { AccountsService } from '../lib/accounts/accounts.service';
import { migrateGatewayDatabase } from '../lib/database/gateway-data-source';
import type { TokenResponse } from '../lib/login/dto/login.dto';
import { createSecuredGatewayApp } from '../lib/secured-gateway-app';
import { AccessTokens } from '../lib/sessions/access-tokens';
import { SessionsService } from '../lib/sessions/sessions.service';

/** Settings of the gateway under test, as values or as the strings the environment would hold. */
export type GatewayConfigOverrides = { [K in keyof GatewayConfig]?: GatewayConfig[K] | string };

export interface TestGatewayOptions extends GatewayConfigOverrides {
  /** A database of the run's own (`createTestDatabase()`); the gateway's migrations are applied to it. */
  databaseUrl: string;
  /** The run's subject prefix (`uniqueRunId()`), shared with the services the test starts. */
  subjectPrefix: string;
  /** Default nats://127.0.0.1:4222. */
  natsUrl?: string;
  /** More resource modules (probe controllers of a test). */
  resources?: readonly Type<unknown>[];
  logDestination?: DestinationStream;
}

export interface TestAccount {
  id: string;
  email: string;
  /** The plain password, to log in with. */
  password: string;
  role: Role;
  schoolId: string | null;
  /** The registry person the account belongs to (`actor.personId`), if any. */
  personId: string | null;
  displayName: string;
}

export type NewTestAccount = { role: Role } & Partial<Omit<TestAccount, 'id' | 'role'>>;

export interface TestGateway {
  /** Send requests with `app.inject({ method, url, headers: authHeader(token), payload })`. */
  app: NestFastifyApplication;
  config: GatewayConfig;
  /** An active account (default e-mail `<role>.<random>@test.orbita.local`, password `test-password`). */
  createAccount(account: NewTestAccount): Promise<TestAccount>;
  /** POST /api/v1/auth/login (refresh token in the body); throws unless it answers 200. */
  loginAs(email: string, password: string): Promise<TokenResponse & { refreshToken: string }>;
  /**
   * An access token of a new session without a login (no rate limit, no audit entry): for an existing
   * account, or for a new account of the role (school-scoped roles get `schoolId`, or a random one).
   */
  tokenFor(
    who: Role | (Pick<TestAccount, 'id' | 'role' | 'schoolId'> & Partial<Pick<TestAccount, 'personId'>>),
    schoolId?: string,
  ): Promise<string>;
  close(): Promise<void>;
}

export const TEST_ACCOUNT_PASSWORD = 'test-password';

/** `{ authorization: 'Bearer <token>' }`, for `app.inject({ headers })`. */
export const authHeader = (token: string) => ({ authorization: `Bearer ${token}` });

type CreateApp = (config: GatewayConfig, options: GatewayModuleOptions) => Promise<NestFastifyApplication>;

/**
 * A gateway for integration tests, on the real PostgreSQL and NATS, initialised and ready (NATS connected,
 * database migrated). The login and expensive rate limits are raised to 1000 so that tests logging in
 * often are not limited; pass `LOGIN_RATE_LIMIT` etc. to test the limits themselves. `JWT_SECRET` and the
 * first admin's password (`config.ORBITA_ADMIN_PASSWORD`, e-mail admin@orbita.local) are random per run.
 */
export async function startAuthTestGateway(
  { databaseUrl, subjectPrefix, natsUrl, resources, logDestination, ...overrides }: TestGatewayOptions,
  createApp: CreateApp = createSecuredGatewayApp,
): Promise<TestGateway> {
  const config = loadConfig(GatewayConfig, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    LOGIN_RATE_LIMIT: '1000',
    EXPENSIVE_RATE_LIMIT: '1000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ORBITA_ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl ?? 'nats://127.0.0.1:4222',
    NATS_SUBJECT_PREFIX: subjectPrefix,
    // The test file's pair: services and RPC servers the test starts verify with its public half.
    ACTOR_SIGNING_KEY: testActorKeys().signingKey,
    ...Object.fromEntries(
      Object.entries(overrides).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(',') : String(value),
      ]),
    ),
  });
  await migrateGatewayDatabase(databaseUrl);
  const app = await createApp(config, { resources, logDestination });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await waitUntilReady(app);
  } catch (error) {
    await app.close();
    throw error;
  }

  const createAccount = async ({ role, ...given }: NewTestAccount): Promise<TestAccount> => {
    const password = given.password ?? TEST_ACCOUNT_PASSWORD;
    const schoolId = isSchoolScopedRole(role) ? (given.schoolId ?? randomUUID()) : null;
    const account = await app.get(AccountsService).create({
      email: given.email ?? `${role}.${randomBytes(4).toString('hex')}@test.orbita.local`,
      displayName: given.displayName ?? `Test ${role}`,
      role,
      schoolId,
      personId: given.personId,
      password,
    });
    return {
      id: account.id,
      email: account.email,
      password,
      role,
      schoolId,
      personId: account.personId,
      displayName: account.displayName,
    };
  };

  return {
    app,
    config,
    createAccount,
    loginAs: async (email, password) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password, refreshTokenDelivery: 'body' },
      });
      if (response.statusCode !== 200)
        throw new Error(`Login as ${email} answered ${response.statusCode}: ${response.body}`);
      return response.json<TokenResponse & { refreshToken: string }>();
    },
    tokenFor: async (who, schoolId) => {
      const account = typeof who === 'string' ? await createAccount({ role: who, schoolId }) : who;
      const { familyId } = await app.get(SessionsService).start(account.id, undefined);
      const { accessToken } = await app.get(AccessTokens).issue({
        userId: account.id,
        role: account.role,
        schoolId: account.schoolId,
        personId: account.personId,
        sessionId: familyId,
      });
      return accessToken;
    },
    close: () => app.close(),
  };
}

async function waitUntilReady(app: NestFastifyApplication, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    if (response.statusCode === 200) return;
    if (Date.now() > deadline) throw new Error(`The test gateway is not ready: ${response.body}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
