import { createServiceDataSource, runMigrations } from '@orbita/persistence';
import type { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { RefreshToken } from '../sessions/refresh-token.entity';
import { AccountsAndSessions1765100000000 } from './migrations/1765100000000-accounts-and-sessions';
import { AuditLog1765100000001 } from './migrations/1765100000001-audit-log';
import { AuditLogRights1765100000008 } from './migrations/1765100000008-audit-log-rights';

export const GATEWAY_ENTITIES = [Account, RefreshToken, AuditEvent];
export const GATEWAY_MIGRATIONS = [
  AccountsAndSessions1765100000000,
  AuditLog1765100000001,
  AuditLogRights1765100000008,
];

/** The gateway's own schema, `gateway`: accounts, refresh tokens and the audit log. */
export function createGatewayDataSource(url: string, poolSize?: number): DataSource {
  return createServiceDataSource({
    service: 'gateway',
    url,
    entities: GATEWAY_ENTITIES,
    migrations: GATEWAY_MIGRATIONS,
    poolSize,
  });
}

/** `nx migrate gateway`: creates the schema and applies pending migrations; returns their names. */
export function migrateGatewayDatabase(url: string): Promise<string[]> {
  return runMigrations(createGatewayDataSource(url, 1));
}
