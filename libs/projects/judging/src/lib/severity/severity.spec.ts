import { expertSeverities, panelSpread } from './severity';

describe('expertSeverities', () => {
  it('is the mean z-score of an expert within the panels they share', () => {
    // w1: A 80, B 60          mean 70, σ = √((10² + 10²) / 2) = 10     → z A = +1, B = −1
    // w2: A 90, B 80, C 70    mean 80, σ = √((10² + 0 + 10²) / 3) = √(200/3) ≈ 8.165
    //                          → z A = 10 / 8.165 = √1.5 ≈ +1.2247, B = 0, C ≈ −1.2247
    // w3: D 50 alone          skipped: nobody to compare with
    // w4: B 75, C 75          σ = 0: they agree → z = 0 for both
    // A = (1 + 1.2247) / 2 ≈ 1.1124; B = (−1 + 0 + 0) / 3 ≈ −0.3333; C = (−1.2247 + 0) / 2 ≈ −0.6124
    const severities = expertSeverities([
      {
        workId: 'w1',
        sheets: [
          { expertId: 'A', total: 80 },
          { expertId: 'B', total: 60 },
        ],
      },
      {
        workId: 'w2',
        sheets: [
          { expertId: 'A', total: 90 },
          { expertId: 'B', total: 80 },
          { expertId: 'C', total: 70 },
        ],
      },
      { workId: 'w3', sheets: [{ expertId: 'D', total: 50 }] },
      {
        workId: 'w4',
        sheets: [
          { expertId: 'B', total: 75 },
          { expertId: 'C', total: 75 },
        ],
      },
    ]);
    expect(severities.map((s) => s.expertId)).toEqual(['A', 'B', 'C', 'D']);
    expect(severities[0].severity).toBeCloseTo((1 + Math.sqrt(1.5)) / 2, 10);
    expect(severities[0].panels).toBe(2);
    expect(severities[1].severity).toBeCloseTo(-1 / 3, 10);
    expect(severities[1].panels).toBe(3);
    expect(severities[2].severity).toBeCloseTo(-Math.sqrt(1.5) / 2, 10);
    expect(severities[3]).toEqual({ expertId: 'D', severity: null, panels: 0 });
  });
});

describe('panelSpread', () => {
  it('is the mean and the population standard deviation', () => {
    // mean 5; squared deviations 9, 1, 1, 9 → σ = √(20 / 4) = √5
    const { mean, sd } = panelSpread([2, 4, 6, 8]);
    expect(mean).toBe(5);
    expect(sd).toBeCloseTo(Math.sqrt(5), 12);
  });
});
