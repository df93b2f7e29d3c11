import { loadConfig } from '@orbita/observability';
import { SyncConfig } from './sync-config';
import { sourceConnectorFor } from './sync.module';

const base = { ACTOR_VERIFY_KEY: 'key', DATABASE_URL: 'postgres://integration@127.0.0.1:5432/orbita' };

describe('SyncConfig', () => {
  it('takes a platform on a local address, and none at all (runs are then refused)', () => {
    const config = loadConfig(SyncConfig, {
      ...base,
      SIRIUS_URL: 'http://127.0.0.1:3090',
      SIRIUS_CLIENT_ID: 'orbita',
      SIRIUS_CLIENT_SECRET: 'secret',
    });
    expect(sourceConnectorFor(config)).not.toBeNull();
    expect(sourceConnectorFor(loadConfig(SyncConfig, base))).toBeNull();
  });

  it('refuses a platform URL without its client credentials: they have no default', () => {
    const config = loadConfig(SyncConfig, { ...base, SIRIUS_URL: 'https://sirius.example' });
    expect(() => sourceConnectorFor(config)).toThrow('SIRIUS_CLIENT_ID and SIRIUS_CLIENT_SECRET');
    expect(() => loadConfig(SyncConfig, { ...base, SIRIUS_URL: 'not a url' })).toThrow(/SIRIUS_URL/);
  });
});
