import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS, DEFAULT_ASSUMPTIONS, withOverrides } from './assumptions.js';
import type { AssumptionId } from './assumptions.js';
import { demoInput } from './fixtures.js';
import type { Lever, Scenario } from './levers.js';
import { evaluate, prepareBase, validate, withAssumptions } from './scenario.engine.js';
import { BREAK_EVEN_TOLERANCE_SEK, RESULT_DEFINITIONS, SENSITIVITY_RESULTS, resultDependencies, sensitivity } from './sensitivity.calculator.js';
import type { SensitivityAnalysis, SensitivityRange, SensitivityResultId } from './sensitivity.calculator.js';
import { BUDGET_CATEGORIES } from './types.js';

const demo = prepareBase(demoInput(), DEFAULT_ASSUMPTIONS);
const CUT: Scenario = { baseYear: 2026, horizonYears: 3, levers: [{ kind: 'changePostFte', postId: 'p-support', deltaFte: -1, fromYear: 2027 }] };
const at = (scenario: Scenario, overrides: Partial<Record<AssumptionId, number>>) => evaluate(withAssumptions(demo, withOverrides(DEFAULT_ASSUMPTIONS, overrides)), scenario);
const tornado = (a: SensitivityAnalysis, r: SensitivityResultId) => a.tornadoes.find((t) => t.result === r)!;
const range = (a: SensitivityAnalysis, r: SensitivityResultId) => a.ranges.find((t) => t.result === r)!;

describe('worked example: the demo cut of 1.0 FTE pedagogical support from 2027, by hand', () => {
  const a = sensitivity(demo, CUT);
  // From the engine's worked example: gross saving 747 278 kr; unmet support 1 470,24 − 480 = 990,24 h costs
  // 444 863 kr when moved to staff; net 302 415 kr. Shifted cost is proportional to the unmet hours and to each of
  // the workload assumptions; demand = 0,2 × (9 100 − s × 4 372) h (s = local coordinators' share, 4 372 people at
  // units with one) × hours per request × requests / 200.
  const SHIFTED = 444_863;
  const UNMET = 990.24;
  const costOfUnmet = (hours: number) => (SHIFTED * hours) / UNMET;

  it('net saving: hand-computed effects, and the tornado in their order', () => {
    const t = tornado(a, 'netSavingSek');
    expect(t.value).toBe(302_415);
    const effect = (id: AssumptionId) => t.rows.find((r) => r.assumptionId === id)!.effect;
    const hand: [AssumptionId, number][] = [
      // 1–3 h per unmet hour, 1,5 assumed: the shifted cost × (3 − 1) / 1,5
      ['staffHoursPerUnmetSupportHour', (SHIFTED * 2) / 1.5], // 593 151
      // Half the demand (100 requests, or 0,5 h each): 735,12 h, unmet 255,12 h. At the high end the base is
      // saturated too (demand 2 940,48 or 2 205,36 h > 1 760 h), so the unmet difference is the cut's 1 280 h.
      ['hoursPerSupportRequest', costOfUnmet(1280 - 255.12)], // 460 425
      ['supportRequestsPer1000People', costOfUnmet(1280 - 255.12)],
      // share 0,4–1 of 0,7 assumed
      ['shareOfUnmetDemandShiftedToStaff', (SHIFTED * 0.6) / 0.7], // 381 311
      // s = 0,2: demand 1 645,12 h, unmet 1 165,12 h; s = 0,6: 1 295,36 h, unmet 815,36 h
      ['localCoordinatorShareOfDemand', costOfUnmet(1165.12 - 815.36)], // 157 130
      // teachers' part 356 772 kr × 8 000 / 42 000
      ['teacherMonthlySalarySek', (356_772 * 8000) / 42_000], // 67 957
    ];
    // Four amounts are rounded to whole kronor per evaluation.
    for (const [id, value] of hand) expect(Math.abs(effect(id) - value), id).toBeLessThanOrEqual(4);
    expect(t.rows[0]!.assumptionId).toBe('staffHoursPerUnmetSupportHour');
    // The two demand assumptions are equal by hand; rounding orders them.
    expect(new Set(t.rows.slice(1, 3).map((r) => r.assumptionId))).toEqual(new Set(['hoursPerSupportRequest', 'supportRequestsPer1000People']));
    expect(t.rows.slice(3, 6).map((r) => r.assumptionId)).toEqual(['shareOfUnmetDemandShiftedToStaff', 'localCoordinatorShareOfDemand', 'teacherMonthlySalarySek']);
    // 3 h per unmet hour: 747 278 − 444 863 × 2 = −142 448 (rounding: −142 449): the net saving flips.
    expect(t.rows[0]).toMatchObject({ resultAtLow: 450_703, flips: true });
    expect(Math.abs(t.rows[0]!.resultAtHigh! - (747_278 - 2 * SHIFTED))).toBeLessThanOrEqual(2);
  });

  it('utilisation: ρ = demand / 480 h; the tornado in the hand-computed order, then the assumptions it does not read', () => {
    const t = tornado(a, 'supportUtilisation');
    const rho = (requests: number, hours: number, s: number, productive: number) => ((0.2 * (9100 - s * 4372) * hours * requests) / 200) / (0.3 * productive);
    expect(t.value).toBeCloseTo(rho(200, 1, 0.4, 1600), 9); // 3,063
    const expected: [AssumptionId, number, number][] = [
      ['supportRequestsPer1000People', rho(100, 1, 0.4, 1600), rho(400, 1, 0.4, 1600)], // 1,53–6,13
      ['hoursPerSupportRequest', rho(200, 0.5, 0.4, 1600), rho(200, 1.5, 0.4, 1600)], // 1,53–4,59
      ['localCoordinatorShareOfDemand', rho(200, 1, 0.2, 1600), rho(200, 1, 0.6, 1600)], // 3,43–2,70
      ['productiveHoursPerFte', rho(200, 1, 0.4, 1500), rho(200, 1, 0.4, 1700)], // 3,27–2,88
    ];
    expected.forEach(([id, low, high], k) => {
      expect(t.rows[k]!.assumptionId).toBe(id);
      expect(t.rows[k]!.resultAtLow).toBeCloseTo(low, 9);
      expect(t.rows[k]!.resultAtHigh).toBeCloseTo(high, 9);
    });
    expect(t.rows.slice(4).every((r) => r.effect === 0)).toBe(true);
  });

  it('ranges: the net saving can turn negative and the queue can become stable; said in Swedish', () => {
    const net = range(a, 'netSavingSek');
    expect(net).toMatchObject({ value: 302_415, flips: true, assumptionIds: ['staffHoursPerUnmetSupportHour', 'hoursPerSupportRequest', 'supportRequestsPer1000People', 'shareOfUnmetDemandShiftedToStaff'] });
    // Best corner: 100 requests of 0,5 h = 367,56 h < 480 h, nothing shifts: the net saving is the gross saving.
    expect(net.high).toBe(747_278);
    // Worst corner: 400 requests of 1,5 h: the base is saturated too, the cut's 1 280 h are unmet in full, all of
    // them move (share 1) at 3 h per hour: 747 278 − 444 863 × (1 280 / 990,24) × (1 / 0,7) × (3 / 1,5) = −895 686.
    expect(Math.abs(net.low! - (747_278 - ((SHIFTED * (1280 / UNMET)) / 0.7) * 2))).toBeLessThanOrEqual(4);
    expect(net.explanation).toMatch(/^Nettobesparing är 302\u00a0tkr, men ligger mellan −896\u00a0tkr och 747\u00a0tkr när de 4 viktigaste antagandena/);
    expect(net.explanation).toContain('kan alltså bli negativ');
    const rho = range(a, 'supportUtilisation');
    // Lowest corner: 100 requests, 0,5 h, s = 0,6, 1 700 h: 0,2 × 6 476,8 × 0,5 × 0,5 / 510 = 0,635
    expect(rho.low).toBeCloseTo((0.2 * (9100 - 0.6 * 4372) * 0.5 * 0.5) / 510, 9);
    expect(rho.flips).toBe(true);
    expect(rho.explanation).toContain('passerar beläggningen 100\u00a0%');
    const wait = range(a, 'expectedWaitHours');
    expect(wait).toMatchObject({ value: null, unbounded: true, high: null, flips: true });
    expect(wait.explanation).toMatch(/^Ingen väntetid kan anges: kön till stödet växer utan gräns\./);
  });

  it('break-even: teacher hours per unmet support hour 1,5 × 747 278 / 444 863 = 2,52, inside 1–3; the share never', () => {
    const [hours, share] = a.breakEven;
    expect(hours).toMatchObject({ assumptionId: 'staffHoursPerUnmetSupportHour', state: 'BREAK_EVEN', insideRange: true });
    expect(hours!.breakEvenValue).toBeCloseTo((1.5 * 747_278) / SHIFTED, 9);
    expect(Math.abs(at(CUT, { staffHoursPerUnmetSupportHour: hours!.breakEvenValue! }).summary.netSavingSek)).toBeLessThanOrEqual(BREAK_EVEN_TOLERANCE_SEK);
    expect(hours!.explanation).toBe(
      'Nettobesparingen blir negativ om lärartimmar per ej mött stödtimme överstiger 2,52\u00a0h/h (antaget 1,5\u00a0h/h, rimligt intervall 1–3\u00a0h/h). Brytpunkten ligger inom det rimliga intervallet: besparingen är osäker.',
    );
    // 0,7 × 747 278 / 444 863 = 1,18 > 100 %
    expect(share).toMatchObject({ assumptionId: 'shareOfUnmetDemandShiftedToStaff', state: 'NEVER', breakEvenValue: null, insideRange: false });
    expect(share!.explanation).toContain('118\u00a0%');
  });

  it('break-even states without a shift or without a saving', () => {
    // 0,1 FTE of the platform post takes 0,01 FTE of support: 1 744 h still meet 1 470,24 h.
    const small = sensitivity(demo, { ...CUT, levers: [{ kind: 'changePostFte', postId: 'p-platform', deltaFte: -0.1 }] });
    expect(small.breakEven.map((b) => b.state)).toEqual(['NO_SHIFT', 'NO_SHIFT']);
    const add = sensitivity(demo, { ...CUT, levers: [{ kind: 'changePostFte', postId: 'p-support', deltaFte: 1 }] });
    expect(add.breakEven.map((b) => b.state)).toEqual(['NOT_A_CUT', 'NOT_A_CUT']);
  });

  it('every tornado row is an evaluation at the assumption’s range end, with the assumption’s source', () => {
    for (const t of a.tornadoes) {
      const read = RESULT_DEFINITIONS[t.result].read;
      for (const row of t.rows.slice(0, 3)) {
        expect(row.resultAtLow).toEqual(read(at(CUT, { [row.assumptionId]: row.low })));
        expect(row.resultAtHigh).toEqual(read(at(CUT, { [row.assumptionId]: row.high })));
        expect(row.source).toBe(DEFAULT_ASSUMPTIONS[row.assumptionId].source);
      }
    }
  });
});

/* ------------------------------------------------------------------ properties */

const input = demoInput();
const postIds = input.supportUnit.posts.map((p) => p.id);
const year = fc.constantFrom(undefined, 2027, 2028);
const leverArb: fc.Arbitrary<Lever> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('changePostFte' as const), postId: fc.constantFrom(...postIds), deltaFte: fc.integer({ min: -100, max: 100 }).filter((x) => x !== 0).map((x) => x / 100), fromYear: year }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('changeBudget' as const), category: fc.constantFrom(...BUDGET_CATEGORIES), scope: fc.constant({ kind: 'all' as const }), percent: fc.integer({ min: -2000, max: 2000 }).map((x) => x / 100), fromYear: year }) },
);
const scenarioArb = fc
  .record({ baseYear: fc.constant(2026), horizonYears: fc.integer({ min: 2, max: 4 }), levers: fc.array(leverArb, { minLength: 1, maxLength: 3 }) })
  .filter((s) => validate(demo, s).length === 0);
const assumptionArb = fc.constantFrom(...ASSUMPTION_IDS);
const within = (id: AssumptionId) => fc.double({ min: DEFAULT_ASSUMPTIONS[id].low, max: DEFAULT_ASSUMPTIONS[id].high, noNaN: true });

describe('sensitivity properties', () => {
  it('varying an assumption a result does not depend on (by the trace) moves nothing', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...SENSITIVITY_RESULTS),
        assumptionArb.chain((id) => fc.tuple(fc.constant(id), within(id))),
        (scenario, result, [id, value]) => {
          const point = evaluate(demo, scenario);
          fc.pre(!resultDependencies(point, result).has(id));
          const varied = at(scenario, { [id]: value });
          const read = RESULT_DEFINITIONS[result].read;
          expect(read(varied)).toBe(read(point));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('such pairs exist, and the dependencies are real: the demo’s net saving reads no training or equity assumption', () => {
    const point = evaluate(demo, CUT);
    const deps = resultDependencies(point, 'netSavingSek');
    for (const id of ['trainingHoursPerTeacher', 'teachersPerTrainerFtePerYear', 'equityWeightDevices', 'equityThreshold', 'rolloutHoursPerUnit'] as const) expect(deps.has(id)).toBe(false);
    for (const id of ['staffHoursPerUnmetSupportHour', 'supportRequestsPer1000People', 'productiveHoursPerFte', 'teacherMonthlySalarySek'] as const) expect(deps.has(id)).toBe(true);
    const t = tornado(sensitivity(demo, CUT), 'netSavingSek');
    const unread = t.rows.filter((row) => !deps.has(row.assumptionId));
    expect(unread.length).toBeGreaterThan(5);
    expect(unread.map((row) => row.effect)).toEqual(unread.map(() => 0));
  });

  it('intervals contain the point value; the tornado is sorted by effect; break-even nets 0 up to rounding', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = sensitivity(demo, scenario);
        // A null point (no waiting time: the queue is unbounded) lies in an interval that is unbounded too.
        const contains = (r: SensitivityRange) =>
          r.value === null ? r.unbounded || r.low === null : r.low !== null && r.low <= r.value && (r.high === null ? r.unbounded : r.high >= r.value);
        expect(a.ranges.filter((r) => !contains(r)).map((r) => r.result)).toEqual([]);
        expect(a.ranges.every((r) => r.explanation.length > 0)).toBe(true);
        for (const t of a.tornadoes) {
          expect(t.rows.map((r) => r.assumptionId).sort()).toEqual([...ASSUMPTION_IDS].sort());
          for (let k = 1; k < t.rows.length; k++) expect(t.rows[k - 1]!.effect).toBeGreaterThanOrEqual(t.rows[k]!.effect);
          for (const r of t.rows) expect(r.effect).toBeGreaterThanOrEqual(0);
        }
        for (const b of a.breakEven.filter((x) => x.breakEvenValue !== null)) {
          const net = at(scenario, { [b.assumptionId]: b.breakEvenValue! }).summary.netSavingSek;
          expect(Math.abs(net)).toBeLessThanOrEqual(BREAK_EVEN_TOLERANCE_SEK);
          expect(b.netSavingAtBreakEvenSek).toBe(net);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('deterministic: the same analysis twice, and on a freshly prepared base', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const first = sensitivity(demo, scenario);
        expect(sensitivity(demo, scenario)).toEqual(first);
        expect(sensitivity(prepareBase(demoInput(), DEFAULT_ASSUMPTIONS), scenario)).toEqual(first);
      }),
      { numRuns: 2 },
    );
  });
});
