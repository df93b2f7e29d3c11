import { ConfigValidationError } from './load-config';

/**
 * For entry points (`main.ts`, `migrate.ts`…): reports a failure to start as one JSON log line (a
 * config error as its list of variables, anything else with its stack) and exits 1.
 */
export function exitWithStartupFailure(service: string, error: unknown): never {
  const message =
    error instanceof ConfigValidationError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), service, msg: message })}\n`,
  );
  process.exit(1);
}
