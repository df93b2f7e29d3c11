import { ConfigValidationError, loadConfig } from '@orbita/observability';
import { testActorKeys } from '@orbita/testing';
import { GatewayConfig } from './gateway-config';

const KEY = 'k'.repeat(40);
/** The keys that have no default. */
const REQUIRED = {
  DATABASE_URL: 'postgres://orbita_gateway@127.0.0.1:5432/orbita',
  JWT_SECRET: KEY,
  ACTOR_SIGNING_KEY: testActorKeys().signingKey,
};

describe('GatewayConfig', () => {
  it('has defaults that work on a developer machine', () => {
    expect({ ...loadConfig(GatewayConfig, REQUIRED) }).toEqual({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_SUBJECT_PREFIX: '',
      CORS_ORIGINS: [],
      WEB_ROOT: '',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1048576,
      TRUST_PROXY: false,
      DATABASE_POOL_SIZE: 10,
      ...REQUIRED,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_SECONDS: 1209600,
      SESSION_CACHE_TTL_SECONDS: 5,
      ORBITA_ADMIN_EMAIL: 'admin@orbita.local',
      LOGIN_RATE_LIMIT: 5,
      LOGIN_RATE_TTL_SECONDS: 60,
      EXPENSIVE_RATE_LIMIT: 10,
      EXPENSIVE_RATE_TTL_SECONDS: 60,
      ONEROSTER_EXPORT_ENABLED: false,
    });
  });

  it('has no database URL of its own: never the superuser by default', () => {
    const { DATABASE_URL: _omitted, ...withoutDatabase } = REQUIRED;
    expect(() => loadConfig(GatewayConfig, withoutDatabase)).toThrow(/DATABASE_URL is missing/);
  });

  it('refuses to start without a JWT secret of its own in every environment, without showing it', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(() => loadConfig(GatewayConfig, { NODE_ENV })).toThrow(
        /JWT_SECRET is missing: .*a random key of at least 32 characters/,
      );
    }
    expect(() => loadConfig(GatewayConfig, { JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET = \(hidden\): must be a random key of at least 32 characters/,
    );
    const production = loadConfig(GatewayConfig, {
      ...REQUIRED,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
    });
    expect(production.JWT_SECRET).toHaveLength(40);
  });

  it('reads lists, numbers and switches', () => {
    const config = loadConfig(GatewayConfig, {
      ...REQUIRED,
      CORS_ORIGINS: 'https://orbita.example.org, http://localhost:5173',
      NATS_URL: 'nats://nats-1:4222,nats://nats-2:4222',
      BODY_LIMIT_BYTES: '5242880',
      ONEROSTER_EXPORT_ENABLED: 'true',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://orbita.example.org', 'http://localhost:5173']);
    expect(config.BODY_LIMIT_BYTES).toBe(5242880);
    expect(config.ONEROSTER_EXPORT_ENABLED).toBe(true);
  });

  it('rejects bad values, naming each variable', () => {
    expect(() =>
      loadConfig(GatewayConfig, {
        PORT: 'eighty',
        NATS_URL: 'http://127.0.0.1:4222',
        CORS_ORIGINS: 'orbita.example.org',
        LOG_LEVEL: 'verbose',
        BODY_LIMIT_BYTES: '0',
      }),
    ).toThrow(ConfigValidationError);
    try {
      loadConfig(GatewayConfig, { PORT: 'eighty', NATS_URL: 'http://127.0.0.1:4222', LOG_LEVEL: 'verbose' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT = "eighty": .*must be an integer number/);
      expect(message).toContain('NATS_URL = "http://127.0.0.1:4222": must be a nats:// or tls:// URL');
      expect(message).toMatch(/LOG_LEVEL = "verbose": must be one of the following values/);
    }
    expect.assertions(4);
  });
});
