import { ConfigValidationError, loadConfig } from '@orbita/observability';
import { GatewayConfig } from './gateway-config';

describe('GatewayConfig', () => {
  it('has defaults that work on a developer machine', () => {
    expect({ ...loadConfig(GatewayConfig, {}) }).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      NATS_URL: 'nats://127.0.0.1:4222',
      CORS_ORIGINS: [],
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1048576,
    });
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
