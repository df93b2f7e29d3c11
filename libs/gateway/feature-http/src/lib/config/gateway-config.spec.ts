import { ConfigValidationError, loadConfig } from '@orbita/observability';
import { DEV_JWT_SECRET, GatewayConfig } from './gateway-config';

describe('GatewayConfig', () => {
  it('has defaults that work on a developer machine', () => {
    expect({ ...loadConfig(GatewayConfig, {}) }).toEqual({
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
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/orbita',
      DATABASE_POOL_SIZE: 10,
      JWT_SECRET: DEV_JWT_SECRET,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_SECONDS: 1209600,
      ORBITA_ADMIN_EMAIL: 'admin@orbita.local',
      LOGIN_RATE_LIMIT: 5,
      LOGIN_RATE_TTL_SECONDS: 60,
      EXPENSIVE_RATE_LIMIT: 10,
      EXPENSIVE_RATE_TTL_SECONDS: 60,
    });
  });

  it('refuses to start in production with the development JWT secret, without showing it', () => {
    expect(() => loadConfig(GatewayConfig, { NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET is missing: must be set to a secret of your own when NODE_ENV=production/,
    );
    expect(() => loadConfig(GatewayConfig, { NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(
      /JWT_SECRET = \(hidden\): must be set to a secret of your own/,
    );
    expect(() => loadConfig(GatewayConfig, { NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET = \(hidden\): must be longer than or equal to 32 characters/,
    );
    const production = loadConfig(GatewayConfig, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(production.JWT_SECRET).toHaveLength(40);
  });

  it('reads lists and numbers', () => {
    const config = loadConfig(GatewayConfig, {
      CORS_ORIGINS: 'https://orbita.example.org, http://localhost:5173',
      NATS_URL: 'nats://nats-1:4222,nats://nats-2:4222',
      BODY_LIMIT_BYTES: '5242880',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://orbita.example.org', 'http://localhost:5173']);
    expect(config.BODY_LIMIT_BYTES).toBe(5242880);
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
