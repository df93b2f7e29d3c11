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

  it('guards deletions at 10 % of a school by default, and runs on a schedule only when told', () => {
    const defaults = loadConfig(SyncConfig, base);
    expect(defaults.INTEGRATION_DELETION_GUARD_SHARE).toBe(0.1);
    expect(defaults.INTEGRATION_SCHEDULE_MINUTES).toBeUndefined();
    const set = loadConfig(SyncConfig, {
      ...base,
      INTEGRATION_DELETION_GUARD_SHARE: '0.25',
      INTEGRATION_SCHEDULE_MINUTES: '30',
    });
    expect(set).toMatchObject({ INTEGRATION_DELETION_GUARD_SHARE: 0.25, INTEGRATION_SCHEDULE_MINUTES: 30 });
    expect(() => loadConfig(SyncConfig, { ...base, INTEGRATION_DELETION_GUARD_SHARE: '1.5' })).toThrow(
      /INTEGRATION_DELETION_GUARD_SHARE/,
    );
    expect(() => loadConfig(SyncConfig, { ...base, INTEGRATION_SCHEDULE_MINUTES: '0' })).toThrow(
      /INTEGRATION_SCHEDULE_MINUTES/,
    );
  });
});
