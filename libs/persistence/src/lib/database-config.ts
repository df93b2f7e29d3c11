import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

/**
 * An app's database, validated at start by `loadConfig`: all that a `migrate` target reads (no key, no
 * bus), and the base of every app's configuration.
 */
export class DatabaseConfig {
  /**
   * The app's own role (never the superuser: docs/security.md, Database roles). No default, so an app
   * started by hand cannot fall back to one; npm start and compose give each app its own URL.
   */
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;
}
