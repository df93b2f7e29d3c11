import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { ConfigValidationError, EnvBoolean, EnvList, loadConfig } from './load-config';

class TestConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @IsNotEmpty()
  DATABASE_URL!: string;

  @IsIn(['debug', 'info', 'warn'])
  LOG_LEVEL = 'info';

  @EnvBoolean()
  @IsBoolean()
  FEATURE_ON = false;

  @EnvList()
  @IsString({ each: true })
  ORIGINS: string[] = [];

  @IsOptional()
  @MinLength(8)
  API_TOKEN?: string;
}

function failure(env: Record<string, string | undefined>): ConfigValidationError {
  try {
    loadConfig(TestConfig, env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('applies defaults and converts numbers, booleans and lists', () => {
    const config = loadConfig(TestConfig, {
      DATABASE_URL: 'postgres://localhost/orbita',
      PORT: '8080',
      FEATURE_ON: 'yes',
      ORIGINS: 'http://a.test, http://b.test,,',
      PATH: '/usr/bin',
    });
    expect(config).toBeInstanceOf(TestConfig);
    expect(config.PORT).toBe(8080);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.FEATURE_ON).toBe(true);
    expect(config.ORIGINS).toEqual(['http://a.test', 'http://b.test']);
    expect(config).not.toHaveProperty('PATH');
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig(TestConfig, { DATABASE_URL: 'x', PORT: '', FEATURE_ON: 'off' });
    expect(config.PORT).toBe(3000);
    expect(config.FEATURE_ON).toBe(false);
  });

  it('lists every missing and invalid variable in one error', () => {
    const error = failure({ PORT: 'abc', LOG_LEVEL: 'loud', FEATURE_ON: 'maybe' });
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual([
      'DATABASE_URL',
      'FEATURE_ON',
      'LOG_LEVEL',
      'PORT',
    ]);
    expect(error.message).toContain('Invalid configuration (TestConfig): 4 environment variable(s)');
    expect(error.message).toContain('DATABASE_URL is missing: ');
    expect(error.message).toMatch(/PORT = "abc": .*must be an integer number/);
    expect(error.message).toMatch(
      /LOG_LEVEL = "loud": must be one of the following values: debug, info, warn/,
    );
    expect(error.message).toMatch(/FEATURE_ON = "maybe": must be a boolean value/);
  });

  it('reports range violations', () => {
    const error = failure({ DATABASE_URL: 'x', PORT: '70000' });
    expect(error.issues).toEqual([
      { variable: 'PORT', value: '70000', problems: ['must not be greater than 65535'] },
    ]);
  });

  it('never prints the value of a secret', () => {
    const error = failure({ DATABASE_URL: 'x', API_TOKEN: 'hunter2' });
    expect(error.message).toContain('API_TOKEN = (hidden): must be longer than or equal to 8 characters');
    expect(error.message).not.toContain('hunter2');
  });
});
