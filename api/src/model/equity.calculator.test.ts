import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceCoverage, equityIndex, equityStats, gini, pearson, percentile, supportAccess } from './equity.calculator.js';

describe('equity measures', () => {
  it.each([
    { xs: [1, 1, 1, 1], g: 0 },
    // Σ(2i − n − 1)xᵢ / (n Σx) = (−2·0 + 0·0 + 2·1) / (3 · 1) = 2/3
    { xs: [0, 0, 1], g: 2 / 3 },
    // (−1·1 + 1·3) / (2 · 4) = 0.25
    { xs: [1, 3], g: 0.25 },
    { xs: [0, 0], g: 0 },
  ])('Gini of $xs is $g', ({ xs, g }) => {
    expect(gini(xs)).toBeCloseTo(g, 12);
  });

  it('percentiles interpolate between ranks; P90/P10 is null when P10 is 0', () => {
    const sorted = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
    // P10: h = 5 · 0.1 = 0.5 → 0 + 0.5 · 0.5 = 0.25; P90: h = 4.5 → 0.8 + 0.5 · 0.1 = 0.85
    expect(percentile(sorted, 0.1)).toBeCloseTo(0.25, 12);
    expect(percentile(sorted, 0.9)).toBeCloseTo(0.85, 12);
    expect(equityStats([0, 0, 0.5], [1, 1, 1], 0.6).p90p10).toBeNull();
  });

  it('summary of a small worked example', () => {
    // mean 0.6; deviations −0.2, 0, 0.2 → sd = √(0.08/3) = 0.163 299…; CV = 0.272 165…
    const s = equityStats([0.4, 0.6, 0.8], [0.8, 1, 1.2], 0.6);
    expect(s.meanIndex).toBeCloseTo(0.6, 12);
    expect(s.coefficientOfVariation).toBeCloseTo(Math.sqrt(0.08 / 3) / 0.6, 12);
    // Gini = (−2·0.4 + 0 + 2·0.8) / (3 · 1.8) = 0.8 / 5.4
    expect(s.gini).toBeCloseTo(0.8 / 5.4, 12);
    expect(s.schoolsBelowThreshold).toBe(1);
    expect(s.correlationWithSocioeconomicIndex).toBeCloseTo(1, 12);
  });

  it('correlation is null when undefined (fewer than two, or no variation)', () => {
    expect(pearson([0.5], [1])).toBeNull();
    expect(pearson([0.5, 0.5, 0.5], [1, 2, 3])).toBeNull();
    expect(equityStats([0.5, 0.7], [null, 1], 0.6).correlationWithSocioeconomicIndex).toBeNull();
  });

  it('components: coverage, support access shared by need, weighted index', () => {
    // 10 1:1 pupils + 30 others / 3 per shared device = 20 devices needed; 15 devices → 0.75
    expect(deviceCoverage(15, 10, 40, 3)).toBe(0.75);
    expect(deviceCoverage(0, 0, 0, 3)).toBe(1);
    // With a coordinator (local 0.4) and half the central demand met: 0.4 + 0.6 · 0.5 = 0.7; without: 0.5
    expect(supportAccess(0.4, 0.5)).toBeCloseTo(0.7, 12);
    expect(supportAccess(0, 0.5)).toBe(0.5);
    expect(equityIndex({ deviceCoverage: 1, supportAccess: 0.5, staffCompetence: 0.5, maturity: 0 }, { devices: 1, support: 1, competence: 1, maturity: 1 })).toBeCloseTo(0.5, 12);
  });

  const indices = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('property: CV, Gini and P90/P10 do not change when every index is scaled by k > 0', () => {
    fc.assert(
      fc.property(indices, fc.double({ min: 0.01, max: 100, noNaN: true }), (xs, k) => {
        const a = equityStats(xs, xs, 0.5);
        const b = equityStats(
          xs.map((x) => x * k),
          xs,
          0.5,
        );
        expect(b.coefficientOfVariation).toBeCloseTo(a.coefficientOfVariation, 9);
        expect(b.gini).toBeCloseTo(a.gini, 9);
        expect(b.p90p10 === null).toBe(a.p90p10 === null);
        expect(b.p90p10 ?? 0).toBeCloseTo(a.p90p10 ?? 0, 6);
      }),
    );
  });

  it('property: Gini is in [0, 1) and nothing is NaN', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (xs) => {
        const s = equityStats(xs, xs, 0.6);
        expect(s.gini).toBeGreaterThanOrEqual(0);
        expect(s.gini).toBeLessThan(1);
        expect(Object.values(s).every((v) => v === null || Number.isFinite(v))).toBe(true);
      }),
    );
  });
});
