import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS, DEFAULT_ASSUMPTIONS, validateAssumptionOverrides } from './assumptions.js';
import { wholeHoursOfFte } from './capacity.calculator.js';
import { demoInput } from './fixtures.js';
import { formatNumber, formatTkr } from './format.js';
import { validateInput } from './input.validation.js';
import { allocateSek, roundSek } from './money.js';
import { rollout } from './rollout.calculator.js';
import { trainingYear, yearsToTarget } from './training.calculator.js';
import { hourlyCost, workload } from './workload.calculator.js';

describe('money', () => {
  it.each([
    [0.5, 1],
    [1.5, 2],
    [2.5, 3],
    [-0.5, -1],
    [-2.5, -3],
    [-0.4, 0],
    [1234.49, 1234],
  ])('roundSek(%f) = %i (half away from zero)', (x, y) => {
    expect(Object.is(roundSek(x), y)).toBe(true);
  });

  it('refuses what is not money', () => {
    expect(() => roundSek(Number.NaN)).toThrow(RangeError);
    expect(() => roundSek(2 ** 60)).toThrow(RangeError);
  });

  it('property: an allocation sums exactly to the amount and never moves more than one krona from the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (amount, weights) => {
        const parts = allocateSek(amount, weights);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
        const sum = weights.reduce((s, w) => s + w, 0);
        parts.forEach((p, i) => expect(Math.abs(p - (sum > 0 ? (amount * weights[i]!) / sum : amount / weights.length))).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});

describe('Swedish formatting', () => {
  it('uses a decimal comma, no-break spaces and tkr', () => {
    expect(formatNumber(1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatTkr(1_234_499)).toBe('1\u00a0234\u00a0tkr');
    expect(formatTkr(-747_278)).toBe('\u2212747\u00a0tkr');
  });
});

describe('training', () => {
  it('worked: 786 teachers, 400 trained, 102 trained a year, 8 % turnover, target all', () => {
    // Fixed point 102 / 0.08 = 1 275 > 786, so the target is reachable:
    // n = ln((786 − 1 275) / (400 − 1 275)) / ln(0.92) = ln(0.558 857) / ln(0.92) = 6.98 years
    const t = trainingYear({ teachers: 786, trainedAtStart: 400, trainingFte: 0.85, teachersPerTrainerFtePerYear: 120, turnoverShare: 0.08, targetShare: 1 });
    expect(t.trainedPerYear).toBeCloseTo(102, 12);
    expect(t.trainedAtEnd).toBeCloseTo(400 * 0.92 + 102, 12);
    expect(t.yearsToTarget).toBeCloseTo(Math.log(489 / 875) / Math.log(0.92), 12);
  });

  it('never when throughput cannot outrun turnover; 0 when already there', () => {
    // 40 / 0.08 = 500 < 786
    expect(yearsToTarget(400, 786, 40, 0.08)).toBeNull();
    expect(yearsToTarget(400, 786, 0, 0)).toBeNull();
    expect(yearsToTarget(800, 786, 0, 0.08)).toBe(0);
    expect(yearsToTarget(400, 786, 100, 0)).toBeCloseTo(3.86, 12);
  });

  it('property: the closed form agrees with iterating the recurrence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 20 }), (x0, p, dPct) => {
        const d = dPct / 100;
        const target = 600;
        // A fixed point on the target is approached forever and reached only in floating-point noise.
        fc.pre(d === 0 || Math.abs(p / d - target) > 1e-3);
        const n = yearsToTarget(x0, target, p, d);
        let x = x0;
        let years = 0;
        while (x < target - 1e-9 && years < 100_000) {
          x = x * (1 - d) + p;
          years++;
        }
        expect(n === null ? null : Math.ceil(n - 1e-9)).toBe(years >= 100_000 ? null : years);
      }),
    );
  });
});

describe('rollout', () => {
  it('worked: 11 units × 60 h = 660 h at 384 h a year → 20.625 months, 3.375 months early against 24', () => {
    const r = rollout({ unitsRemaining: 11, hoursPerUnit: 60, monthsPlanned: 24, rolloutHoursPerYear: [384, 384, 384] });
    expect(r.monthsToFinish).toBeCloseTo(20.625, 12);
    expect(r.delayMonths).toBeCloseTo(-3.375, 12);
    // 660 − 384 = 276 h left = ⌈4.6⌉ = 5 units; then done
    expect(r.unitsRemainingAtYearEnd).toEqual([5, 0, 0]);
  });

  it('beyond the horizon at the last year’s pace; stalled without capacity', () => {
    // 660 h at 100 h a year over 2 years: 460 h left at 100 h a year → 24 + 55.2 months
    expect(rollout({ unitsRemaining: 11, hoursPerUnit: 60, monthsPlanned: 24, rolloutHoursPerYear: [100, 100] }).monthsToFinish).toBeCloseTo(79.2, 12);
    expect(rollout({ unitsRemaining: 11, hoursPerUnit: 60, monthsPlanned: 24, rolloutHoursPerYear: [0, 0] })).toMatchObject({ monthsToFinish: null, delayMonths: null });
    expect(rollout({ unitsRemaining: 0, hoursPerUnit: 60, monthsPlanned: 24, rolloutHoursPerYear: [0] }).monthsToFinish).toBe(0);
  });
});

describe('workload', () => {
  it('hourly cost includes PO: 42 000 × 12 × 1.415 3 / 1 767 = 403.68 kr', () => {
    expect(hourlyCost(42_000, 0.4153, 1767)).toBeCloseTo(403.685, 3);
  });

  it('nothing moves while capacity covers demand; cost parts add up exactly', () => {
    const base = { teachers: 786, schoolLeaders: 34, shareShifted: 0.7, staffHoursPerUnmetHour: 1.5, shareToSchoolLeaders: 0.15, teacherHourlyCostSek: 403.685, schoolLeaderHourlyCostSek: 564.821 };
    expect(workload({ ...base, demandHours: 1000, capacityHours: 1760 }).costSek).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (demandHours, capacityHours) => {
        const w = workload({ ...base, demandHours, capacityHours });
        expect(w.costSek).toBe(w.teacherCostSek + w.schoolLeaderCostSek);
        expect(Number.isSafeInteger(w.costSek)).toBe(true);
      }),
    );
  });
});

describe('capacity in whole hours', () => {
  it("is an area's FTE times the productive hours, rounded; one FTE gives the assumption's value", () => {
    expect(wholeHoursOfFte(1.1, 1600)).toBe(1760);
    expect(wholeHoursOfFte(0.37, 1500)).toBe(555);
    expect(wholeHoursOfFte(1, DEFAULT_ASSUMPTIONS.productiveHoursPerFte.value)).toBe(1600);
    expect(wholeHoursOfFte(1, 1550.5)).toBe(1551);
    expect(wholeHoursOfFte(0, 1600)).toBe(0);
  });
});

describe('assumptions', () => {
  it('every assumption has a source, a unit and a range around its default', () => {
    for (const id of ASSUMPTION_IDS) {
      const a = DEFAULT_ASSUMPTIONS[id];
      expect(a.source.length, id).toBeGreaterThan(10);
      expect(a.unit.length, id).toBeGreaterThan(0);
      expect(a.low <= a.value && a.value <= a.high, id).toBe(true);
    }
  });

  it('refuses unknown ids, shares outside [0, 1] and non-positive values', () => {
    expect(validateAssumptionOverrides({ nope: 1, equityThreshold: 1.2, productiveHoursPerFte: 0 }).map((e) => e.field)).toEqual([
      'assumptions.nope',
      'assumptions.equityThreshold',
      'assumptions.productiveHoursPerFte',
    ]);
    expect(validateAssumptionOverrides({ equityWeightDevices: 0, equityWeightSupport: 0, equityWeightCompetence: 0, equityWeightMaturity: 0 })).toHaveLength(1);
    expect(validateAssumptionOverrides({ productiveHoursPerFte: 1500 })).toEqual([]);
  });
});

describe('input validation', () => {
  it('accepts the demo and refuses broken base data, naming the field', () => {
    expect(validateInput(demoInput())).toEqual([]);
    const bad = demoInput();
    bad.supportUnit.posts[0] = { ...bad.supportUnit.posts[0]!, fte: 1.005, timeShares: { PEDAGOGICAL_SUPPORT: 0.8 } };
    bad.schoolUnits[0]!.years[0]!.staffTrainedShare = 1.5;
    bad.budgetLines[0] = { ...bad.budgetLines[0]!, amountSek: 10.5 };
    expect(validateInput(bad).map((e) => e.field)).toEqual([
      'schoolUnits.0.years.0.staffTrainedShare',
      'supportUnit.posts.0.fte',
      'supportUnit.posts.0.timeShares',
      'budgetLines.0.amountSek',
    ]);
  });
});
