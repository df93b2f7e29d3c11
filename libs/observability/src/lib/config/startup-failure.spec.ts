import { ConfigValidationError } from './load-config';
import { exitWithStartupFailure } from './startup-failure';

describe('exitWithStartupFailure', () => {
  const lines: string[] = [];

  beforeEach(() => {
    lines.length = 0;
    jest.spyOn(process.stderr, 'write').mockImplementation((line) => lines.push(String(line)) > 0);
    jest.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('writes a fatal JSON line naming the service, then exits 1', () => {
    expect(() => exitWithStartupFailure('registry', new Error('database exploded'))).toThrow('exit 1');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 'fatal', service: 'registry' });
    expect(line.msg).toMatch(/^Error: database exploded\n\s+at /);
  });

  it('lists the variables of a config error without a stack', () => {
    const error = new ConfigValidationError('RegistryConfig', [
      { variable: 'PORT', value: 'x', problems: ['PORT must be an integer number'] },
    ]);
    expect(() => exitWithStartupFailure('registry', error)).toThrow('exit 1');
    expect(JSON.parse(lines[0]).msg).toBe(error.message);
  });
});
