import { regionalToday } from './regional-today';

describe('regionalToday', () => {
  it('is Tomsk’s date (UTC+7): the evening of 24 August in UTC is already the 25th', () => {
    expect(regionalToday(new Date('2023-08-24T16:59:59Z'))).toBe('2023-08-24');
    expect(regionalToday(new Date('2023-08-24T17:00:00Z'))).toBe('2023-08-25');
  });
});
