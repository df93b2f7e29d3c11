import { windowClosesAt } from './completeness.service';

describe('windowClosesAt', () => {
  it('keeps the last day open until midnight in Tomsk', () => {
    expect(new Date(windowClosesAt('2024-12-05')).toISOString()).toBe('2024-12-05T17:00:00.000Z');
    expect(new Date(windowClosesAt('2024-12-05T00:00:00.000Z')).toISOString()).toBe('2024-12-05T17:00:00.000Z');
  });

  it('follows the given time zone', () => {
    expect(new Date(windowClosesAt('2024-12-05', 'UTC')).toISOString()).toBe('2024-12-06T00:00:00.000Z');
    expect(new Date(windowClosesAt('2025-07-01', 'Europe/Berlin')).toISOString()).toBe('2025-07-01T22:00:00.000Z');
  });
});
