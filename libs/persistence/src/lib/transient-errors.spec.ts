import { isTransientDatabaseError } from './transient-errors';

describe('isTransientDatabaseError', () => {
  it('recognises an outage by socket code, SQLSTATE class or driver message', () => {
    expect(isTransientDatabaseError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error('admin'), { code: '57P01' }))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError({ driverError: { code: '08006' } })).toBe(true);
  });

  it('does not treat a bad statement or a constraint violation as an outage', () => {
    expect(isTransientDatabaseError(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isTransientDatabaseError(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
    expect(isTransientDatabaseError(new Error('handler refused the event'))).toBe(false);
    expect(isTransientDatabaseError(undefined)).toBe(false);
  });
});
