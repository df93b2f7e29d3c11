import { aggregate, divergence } from './aggregate';

describe('aggregate', () => {
  it('takes the mean, the median or the trimmed mean of four totals', () => {
    const totals = [95, 50, 72, 70];
    expect(aggregate(totals, 'mean')).toBe(71.75); // (95 + 50 + 72 + 70) / 4 = 287 / 4
    expect(aggregate(totals, 'median')).toBe(71); // sorted 50, 70, 72, 95 → (70 + 72) / 2
    expect(aggregate(totals, 'trimmedMean')).toBe(71); // without 50 and 95 → (70 + 72) / 2
  });

  it('trims only from four totals on: with three the trimmed mean is the mean', () => {
    const totals = [40, 90, 80];
    expect(aggregate(totals, 'mean')).toBe(70); // 210 / 3
    expect(aggregate(totals, 'median')).toBe(80);
    expect(aggregate(totals, 'trimmedMean')).toBe(70);
  });

  it('trims a single highest and lowest even when they repeat', () => {
    expect(aggregate([60, 60, 80, 100, 100], 'trimmedMean')).toBe(80); // (60 + 80 + 100) / 3
  });

  it('has no score without sheets', () => {
    expect(aggregate([], 'mean')).toBeNull();
    expect(aggregate([], 'median')).toBeNull();
  });
});

describe('divergence', () => {
  it('flags a panel whose max − min exceeds the threshold, strictly', () => {
    expect(divergence([60, 85, 70], 20)).toEqual({ spread: 25, divergent: true });
    expect(divergence([60, 80], 20)).toEqual({ spread: 20, divergent: false });
    expect(divergence([], 20)).toEqual({ spread: 0, divergent: false });
  });
});
