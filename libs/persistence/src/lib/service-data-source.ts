import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type Constructor = new (...args: never[]) => unknown;

export interface ServiceDataSourceOptions {
  /** The owning service; also the name of its PostgreSQL schema. */
  service: string;
  /** postgres://user@host:port/database */
  url: string;
  entities?: MixedList<Constructor | string | EntitySchema>;
  migrations?: MixedList<Constructor | string>;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
}

/** The schema a service owns: its name with characters PostgreSQL identifiers dislike replaced. */
export function schemaOf(service: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(service)) {
    throw new Error(`Service name "${service}" is not a valid schema name (lowercase letters, digits, _)`);
  }
  return service;
}

/**
 * One DataSource per service: its own schema, its own migrations table inside that schema,
 * `synchronize` off (the schema changes only through migrations).
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  const schema = schemaOf(options.service);
  const config: DataSourceOptions = {
    type: 'postgres',
    url: options.url,
    schema,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // Tables come from migrations only, which need no extension (gen_random_uuid is built in); TypeORM's
    // own CREATE EXTENSION would fail for a role that is not a superuser.
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName ?? `orbita-${options.service}`,
    poolSize: options.poolSize ?? 10,
    // Unqualified names in raw SQL resolve to the service's own schema first.
    extra: { options: `-c search_path=${schema},public` },
  };
  return new DataSource(config);
}

/**
 * Creates the service's schema if missing and applies pending migrations, each in its own transaction.
 * Where roles are provisioned (`provisionDatabaseRoles`) the schema exists already, owned by the migrator,
 * which may not create schemas: so CREATE SCHEMA only runs when there is none.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('The DataSource has no schema: create it with createServiceDataSource');
  const initializedHere = !dataSource.isInitialized;
  if (initializedHere) await dataSource.initialize();
  try {
    const existing = await dataSource.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (existing.length === 0) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    if (initializedHere) await dataSource.destroy();
  }
}
