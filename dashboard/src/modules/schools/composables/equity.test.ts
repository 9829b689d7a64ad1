import { describe, expect, it } from 'vitest';
import { equityComponents, rankSchools, schoolEquityIndex, spreadByYear, type ComparisonRow } from './equity';

const row = (name: string, year: number, parts: Partial<ComparisonRow>): ComparisonRow => ({
  year,
  schoolUnit: { id: name, code: name, name },
  pupils: 100,
  hasLocalItCoordinator: false,
  socioeconomicIndex: 1,
  ...parts,
});

describe('the equity index from the measured components', () => {
  it('normalises each part to 0–1 and caps coverage at full', () => {
    expect(equityComponents(row('A', 2026, { oneToOneCoverage: 1.04, staffTrainedShare: 0.8, likaMean: 2.5 }))).toEqual({ devices: 1, competence: 0.8, maturity: 0.5 });
  });

  it('is the mean of the parts a school has (a preschool has no 1:1 years)', () => {
    expect(schoolEquityIndex(row('A', 2026, { oneToOneCoverage: 1, staffTrainedShare: 0.8, likaMean: 2.5 }))).toBeCloseTo((1 + 0.8 + 0.5) / 3);
    expect(schoolEquityIndex(row('B', 2026, { oneToOneCoverage: null, staffTrainedShare: 0.6, likaMean: 1.6 }))).toBeCloseTo((0.6 + 0.2) / 2);
    expect(schoolEquityIndex(row('C', 2026, {}))).toBeNull();
  });

  it('ranks best first and flags the schools under the threshold', () => {
    const ranked = rankSchools([row('Låg', 2026, { staffTrainedShare: 0.5, likaMean: 2 }), row('Hög', 2026, { staffTrainedShare: 0.9, likaMean: 3.4 })]);
    expect(ranked.map((s) => [s.rank, s.row.schoolUnit.name, s.below])).toEqual([
      [1, 'Hög', false],
      [2, 'Låg', true],
    ]);
  });
});

describe('spreadByYear', () => {
  it('is 0 for schools that are all alike and grows with the gap between them', () => {
    const alike = [row('A', 2025, { staffTrainedShare: 0.7, likaMean: 3 }), row('B', 2025, { staffTrainedShare: 0.7, likaMean: 3 })];
    const apart = [row('A', 2026, { staffTrainedShare: 0.9, likaMean: 3.5 }), row('B', 2026, { staffTrainedShare: 0.3, likaMean: 1.5 })];
    const spread = spreadByYear(new Map([[2026, apart], [2025, alike]]));
    expect(spread.map((s) => s.year)).toEqual([2025, 2026]);
    expect(spread[0]?.coefficientOfVariation).toBe(0);
    expect(spread[0]?.gini).toBe(0);
    expect(spread[1]?.coefficientOfVariation).toBeGreaterThan(0.3);
    expect(spread[1]?.schoolsBelowThreshold).toBe(1);
  });
});
