import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Where configuration is read from: `process.env` or a stand-in for it in tests. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** One environment variable that is missing or has a value the config class rejects. */
export interface ConfigIssue {
  readonly variable: string;
  /** The raw value, `undefined` when the variable is missing; hidden for secrets. */
  readonly value: string | undefined;
  readonly problems: readonly string[];
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;

/** Thrown by {@link loadConfig} with every bad or missing variable at once. */
export class ConfigValidationError extends Error {
  constructor(
    readonly configName: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(
      `Invalid configuration (${configName}): ${issues.length} environment variable(s) missing or invalid:\n` +
        issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

function describeIssue({ variable, value, problems }: ConfigIssue): string {
  const shown =
    value === undefined
      ? 'is missing'
      : SECRET_NAME.test(variable)
        ? '= (hidden)'
        : `= ${JSON.stringify(value)}`;
  return `${variable} ${shown}: ${problems.join('; ')}`;
}

/**
 * Reads a config class from environment variables and validates it. The class declares one
 * property per variable (named as the variable), with class-validator decorators and a default
 * as its initializer where one makes sense. Mark numbers `@Type(() => Number)` (class-transformer),
 * booleans {@link EnvBoolean} and comma lists {@link EnvList}; a property whose declared type is
 * `number` is converted too. An empty variable counts as unset. Throws one
 * {@link ConfigValidationError} listing every problem.
 */
export function loadConfig<T extends object>(ConfigClass: new () => T, env: EnvSource = process.env): T {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') present[name] = value;
  }
  const config = plainToInstance(ConfigClass, present, { enableImplicitConversion: true });
  // `whitelist` drops every variable the class does not declare (PATH, HOME, …).
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      ConfigClass.name,
      errors.flatMap((error) => toIssues(error, present)),
    );
  }
  return config;
}

function toIssues(error: ValidationError, env: Record<string, string>, parent = ''): ConfigIssue[] {
  const variable = parent ? `${parent}.${error.property}` : error.property;
  const own: ConfigIssue[] = error.constraints
    ? [
        {
          variable,
          value: env[variable],
          problems: Object.values(error.constraints).map((message) =>
            message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
          ),
        },
      ]
    : [];
  return [...own, ...(error.children ?? []).flatMap((child) => toIssues(child, env, variable))];
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** `true/false`, `1/0`, `yes/no`, `on/off`; anything else stays a string so `@IsBoolean()` names it. */
export function EnvBoolean(): PropertyDecorator {
  return Transform(
    ({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
      const raw = obj[key];
      if (typeof raw !== 'string') return value;
      const normalized = raw.trim().toLowerCase();
      if (TRUE.has(normalized)) return true;
      if (FALSE.has(normalized)) return false;
      return raw;
    },
    { toClassOnly: true },
  );
}

/** A comma-separated list: `a, b,c` → `['a', 'b', 'c']` (blank items dropped). */
export function EnvList(): PropertyDecorator {
  return Transform(
    ({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
      const raw = obj[key];
      if (typeof raw !== 'string') return value;
      return raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    },
    { toClassOnly: true },
  );
}
