import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, withOverrides } from './assumptions.js';
import { demoInput, syntheticInput } from './fixtures.js';
import type { Lever, Scenario } from './levers.js';
import { ScenarioValidationError, evaluate, explain, prepareBase, validate, withAssumptions } from './scenario.engine.js';
import type { ScenarioEvaluation } from './scenario.engine.js';
import { BUDGET_CATEGORIES, RISK_AREAS, SERVICE_AREAS } from './types.js';
import { toScenarioResultView } from './contract.view.js';

const demo = prepareBase(demoInput(), DEFAULT_ASSUMPTIONS);
const run = (levers: Lever[], horizonYears = 3) => evaluate(demo, { baseYear: 2026, horizonYears, levers });
const CUT: Lever = { kind: 'changePostFte', postId: 'p-support', deltaFte: -1, fromYear: 2027 };

describe('worked example: cut 1.0 FTE of daily pedagogical IT support from 2027 (demo municipality)', () => {
  const r = run([CUT]);
  const base = r.base[0]!;
  const scen = r.scenario[0]!;

  it('people per FTE: 9 100 / 4.2 ≈ 2 167 → 9 100 / 3.2 ≈ 2 844', () => {
    // 8 280 pupils + 786 teachers + 34 school leaders = 9 100 people
    expect(r.summary).toMatchObject({ year: 2027, peopleServed: 9100, supportFteBase: 4.2, supportFteScenario: 3.2 });
    expect(r.summary.peoplePerFteBase).toBeCloseTo(2166.67, 2);
    expect(r.summary.peoplePerFteScenario).toBeCloseTo(2843.75, 2);
  });

  it('gross saving is the post’s annual cost', () => {
    // 747 278 kr × (1.0 / 1.0 FTE)
    expect(r.summary.grossSavingSek).toBe(747_278);
    expect(r.comparison[0]!.savingByCategory.PERSONNEL).toBe(747_278);
  });

  it('support: demand 1 470,24 h against 1 760 h → 480 h; the scenario is saturated', () => {
    // People at units with a local IT coordinator: 125 + 594 + 325 + 876 + 820 + 1 476 + 156 = 4 372; without: 4 728.
    // Requests = 200/1 000 × (4 728 + (1 − 0.4) × 4 372) = 0.2 × 7 351.2 = 1 470.24; × 1 h each.
    expect(base.support.demandHours).toBeCloseTo(1470.24, 9);
    // Support FTE = 0.8 (support post) + 0.2 (training post) + 0.1 (platform post) = 1.1 → × 1 600 h = 1 760 h
    expect(base.support.capacityHours).toBeCloseTo(1760, 9);
    expect(r.summary.supportUtilisationBase).toBeCloseTo(1470.24 / 1760, 12); // 0.8354
    // Erlang C, c = ⌈1.1⌉ = 2, λ = 1 470.24 / 1 600 = 0.918 9 /h, μ = 0.55 /h, a = 1.670 7:
    // B(1) = a/(1+a) = 0.625 6, B(2) = a·B1/(2 + a·B1) = 0.343 2, C = B2 / (1 − ρ(1 − B2)) = 0.760 4,
    // Wq = C / (cμ − λ) = 0.760 4 / 0.181 1 = 4.199 working hours
    expect(r.summary.expectedWaitHoursBase).toBeCloseTo(4.199, 3);
    // 0.3 FTE × 1 600 = 480 h; ρ = 1 470.24 / 480 = 3.063 ≥ 1 → saturated, no waiting time
    expect(scen.support.capacityHours).toBeCloseTo(480, 9);
    expect(r.summary.supportUtilisation).toBeCloseTo(3.063, 9);
    expect(r.summary.supportSaturated).toBe(true);
    expect(r.summary.expectedWaitHours).toBeNull();
  });

  it('shifted cost > 0 and net saving = gross − shifted', () => {
    // Unmet 1 470.24 − 480 = 990.24 h; × 0.7 moved × 1.5 h per h = 1 039.752 h; school leaders 15 % = 155.962 8 h,
    // teachers 883.789 2 h. Teacher hour 42 000 × 12 × 1.415 3 / 1 767 = 403.685 kr → 356 772 kr;
    // school leader hour 58 000 × 12 × 1.415 3 / 1 744 = 564.821 kr → 88 091 kr. Shifted = 444 863 kr.
    expect(scen.workload.teacherCostSek).toBe(356_772);
    expect(scen.workload.schoolLeaderCostSek).toBe(88_091);
    expect(r.summary.shiftedCostSek).toBe(444_863);
    expect(r.summary.netSavingSek).toBe(747_278 - 444_863); // 302 415 kr
    // 883.789 2 h / 786 teachers = 1.124 h per teacher and year
    expect(r.summary.shiftedHoursPerTeacher).toBeCloseTo(883.7892 / 786, 9);
  });

  it('schools without a local IT coordinator lose more support access, and the model names who falls below the threshold', () => {
    // Fill rate 480 / 1 470.24 = 0.326 5. Without coordinator: access 1 → 0.326 5 (index −0.25 × 0.673 5 = −0.168 4);
    // with: 0.4 + 0.6 × 0.326 5 (index −0.25 × 0.6 × 0.673 5 = −0.101 0).
    const without = r.schools.filter((s) => !s.hasLocalItCoordinator);
    const withC = r.schools.filter((s) => s.hasLocalItCoordinator);
    for (const s of without) expect(s.change).toBeCloseTo(-0.25 * (1 - 480 / 1470.24), 9);
    for (const s of withC) expect(s.change).toBeCloseTo(-0.25 * 0.6 * (1 - 480 / 1470.24), 9);
    // Solrosens förskola: coverage 41 devices / (124 / 3) = 0.991 9, access 1, trained 0.5, maturity 0.5 →
    // (0.991 9 + 1 + 0.5 + 0.5) / 4 = 0.748 0 → 0.748 0 − 0.168 4 = 0.579 6 < 0.6
    const solros = r.schools.find((s) => s.code === '61845213')!;
    expect(solros.equityIndexBase).toBeCloseTo((41 / (124 / 3) + 2) / 4, 9);
    expect(solros.belowThresholdScenario).toBe(true);
    expect(r.schoolsMovedBelowThreshold).toContain('su-61845213');
    expect(r.schoolsMovedBelowThreshold.every((id) => without.some((s) => s.schoolUnitId === id))).toBe(true);
    expect(r.equityScenario.meanIndex).toBeLessThan(r.equityBase.meanIndex);
    // 13 units lack a coordinator; all but two move under 0.6. Norrbyskolan (coverage 1, 0.6, 0.6 → 0.8 − 0.168 4 =
    // 0.631 6) and Lindskolan (1, 0.55, 0.55 → 0.775 − 0.168 4 = 0.606 6) stay above; no unit with a coordinator moves.
    expect(r.schoolsMovedBelowThreshold).toHaveLength(11);
    const stay = r.schools.filter((x) => !x.hasLocalItCoordinator && !r.schoolsMovedBelowThreshold.includes(x.schoolUnitId)).map((x) => x.name);
    expect(stay.sort()).toEqual(['Lindskolan F–3', 'Norrbyskolan F–6']);
    expect(r.risks.find((x) => x.area === 'EQUITY')).toMatchObject({ likelihood: 5, consequence: 4 });
    expect(r.risks.find((x) => x.area === 'EQUITY')!.explanation).toContain('11 skolor hamnar under tröskeln genom förändringen, varav 11 utan lokal IT-samordnare');
  });

  it('goals at risk: lost work in training (1.1–1.3), assistive tools (2.1) and support (2.2)', () => {
    // TRAINING 0.85 → 0.75 FTE (−11.8 %); ASSISTIVE + PROCUREMENT 0.85 → 0.75 (−11.8 %); SUPPORT 1.1 → 0.3 (−72.7 %)
    expect(r.summary.goalsAtRisk).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2']);
    expect(r.goalsAtRisk.find((g) => g.goal === '2.2')!.capacityLossShare).toBeCloseTo(0.8 / 1.1, 9);
  });

  it('risks: one per area; support response and competence loss rise, each citing figures', () => {
    expect(r.risks).toHaveLength(8);
    const support = r.risks.find((x) => x.area === 'SUPPORT_RESPONSE')!;
    expect(support).toMatchObject({ likelihood: 5, consequence: 4, score: 20 });
    expect(support.explanation).toContain('1\u00a0470 h/år');
    expect(r.baseRisks.find((x) => x.area === 'SUPPORT_RESPONSE')!.likelihood).toBe(3); // ρ = 0.84
    // 1.0 of 4.2 FTE = 23.8 % → band [0.2, 0.35) = 4
    expect(r.risks.find((x) => x.area === 'COMPETENCE_LOSS')!.likelihood).toBe(4);
    expect(r.risks.find((x) => x.area === 'WORKLOAD')!.explanation).toContain('445\u00a0tkr');
  });

  it('training and rollout', () => {
    // Training FTE 0.1 + 0.7 + 0.05 = 0.85 → 0.85 × 120 = 102 teachers a year; after the cut 0.75 × 120 = 90
    expect(base.training.trainedPerYear).toBeCloseTo(102, 9);
    expect(scen.training.trainedPerYear).toBeCloseTo(90, 9);
    // Platform 0.8 FTE × 1 600 h × 0.3 = 384 h a year; 11 units × 60 h = 660 h → 12 + 12 × 276 / 384 = 20.625 months
    expect(r.rollout.base.monthsToFinish).toBeCloseTo(20.625, 9);
    expect(r.rollout.base.delayMonths).toBeCloseTo(-3.375, 9);
  });

  it('every summary figure can say where it came from', () => {
    for (const f of Object.keys(r.summary)) {
      const e = explain(r, `summary.${f}`);
      expect(e, f).toBeDefined();
      expect(e!.formula.length).toBeGreaterThan(0);
    }
    expect(explain(r, 'summary.shiftedCostSek')!.assumptionIds).toContain('employerFeeRate');
    expect(explain(r, 'years.2027.scenario.staffing.capacityHoursByArea')!.assumptionIds).toEqual(['productiveHoursPerFte']);
    expect(r.assumptionsUsed.productiveHoursPerFte).toBe(1600);
  });
});

describe('other levers, worked', () => {
  it('budget: −10 % of central licences is exactly −185 000 kr; an amount is spread exactly', () => {
    const r = run([
      { kind: 'changeBudget', category: 'LICENCES_SYSTEMS', scope: { kind: 'central' }, percent: -10 },
      { kind: 'changeBudget', category: 'COMPETENCE_DEVELOPMENT', scope: { kind: 'group', group: 'Centrum' }, amountSek: -100_000 },
    ]);
    expect(r.comparison[0]!.savingByCategory.LICENCES_SYSTEMS).toBe(185_000);
    expect(r.comparison[0]!.savingByCategory.COMPETENCE_DEVELOPMENT).toBe(100_000);
    expect(r.summary.grossSavingSek).toBe(285_000);
    expect(r.summary.shiftedCostSek).toBe(0);
  });

  it('devices: Hagaskolan’s 754 Chromebooks at 85 instead of 95 kr a month save 90 480 kr; a 4-year cycle instead of 3 saves 214 890 kr', () => {
    // 754 × (95 − 85) × 36 months / 3 years = 90 480
    const price = run([{ kind: 'changeDevices', schoolUnitId: 'su-83356115', leaseCostPerMonthSek: 85 }]);
    expect(price.comparison[0]!.savingByCategory.DEVICES).toBe(90_480);
    // 754 × 95 × 36 / 3 − 754 × 95 × 36 / 4 = 859 560 − 644 670 = 214 890
    const cycle = run([{ kind: 'changeDevices', schoolUnitId: 'su-83356115', replacementCycleYears: 4 }]);
    expect(cycle.comparison[0]!.savingByCategory.DEVICES).toBe(214_890);
  });

  it('devices: withdrawing 1:1 from year 7 needs per-grade pupils and lowers coverage needs', () => {
    const synth = prepareBase(syntheticInput(30, 7), DEFAULT_ASSUMPTIONS);
    const r = evaluate(synth, { baseYear: 2026, horizonYears: 2, levers: [{ kind: 'changeDevices', oneToOneGrades: [8, 9, 10, 11, 12] }] });
    expect(r.scenario[0]!.oneToOne.pupils).toBeLessThan(r.base[0]!.oneToOne.pupils);
    expect(r.summary.grossSavingSek).toBeGreaterThan(0);
    expect(validate(demo, { baseYear: 2026, horizonYears: 2, levers: [{ kind: 'changeDevices', oneToOneGrades: [8, 9] }] })[0]!.field).toBe('levers.0.changeDevices.oneToOneGrades');
  });

  it('moving support time to training speeds training and slows support', () => {
    const r = run([{ kind: 'movePostTime', postId: 'p-support', fromArea: 'PEDAGOGICAL_SUPPORT', toArea: 'TRAINING', share: 0.3 }]);
    expect(r.scenario[0]!.training.trainedPerYear).toBeCloseTo(102 + 0.3 * 120, 9);
    expect(r.summary.supportUtilisation!).toBeGreaterThan(r.summary.supportUtilisationBase!);
    expect(r.summary.grossSavingSek).toBe(0);
  });

  it('a lever from a later year leaves the earlier years as the base; the summary year is the first full year', () => {
    const r = run([{ ...CUT, fromYear: 2028 }]);
    expect(r.summaryYear).toBe(2028);
    expect(r.comparison[0]!.grossSavingSek).toBe(0);
    expect(r.comparison[1]!.grossSavingSek).toBe(747_278);
    // The risk register per year: 2027 is the base, from 2028 daily support is saturated.
    expect(r.comparison[0]!.risks).toEqual(r.comparison[0]!.baseRisks);
    expect(r.comparison[1]!.risks.find((x) => x.area === 'SUPPORT_RESPONSE')!.likelihood).toBe(5);
    expect(r.risks).toEqual(r.comparison[1]!.risks);
  });

  it('an invalid scenario throws the validation errors', () => {
    expect(() => run([{ kind: 'changePostFte', postId: 'p-gdpr', deltaFte: -0.3 }])).toThrow(ScenarioValidationError);
  });

  it('sensitivity: one prepared base re-used under an assumption’s low and high value', () => {
    // Net saving falls as staff need longer per unmet support hour (1 → 3 h/h): shifted cost scales linearly.
    const net = (v: number) => evaluate(withAssumptions(demo, withOverrides(DEFAULT_ASSUMPTIONS, { staffHoursPerUnmetSupportHour: v })), { baseYear: 2026, horizonYears: 1, levers: [CUT] }).summary;
    const low = net(DEFAULT_ASSUMPTIONS.staffHoursPerUnmetSupportHour.low);
    const high = net(DEFAULT_ASSUMPTIONS.staffHoursPerUnmetSupportHour.high);
    // 1 h/h: 990.24 × 0.7 = 693.168 h; teachers 589.192 8 h × 403.685 = 237 848 kr, leaders 103.975 2 h × 564.821 = 58 727 kr
    expect(low.shiftedCostSek).toBe(237_848 + 58_727); // 296 575 kr
    // 3 h/h: teachers 1 767.578 4 h → 713 545 kr, leaders 311.925 6 h → 176 182 kr; 889 727 kr > the 747 278 kr saved
    expect(high.shiftedCostSek).toBe(713_545 + 176_182);
    expect(high.netSavingSek).toBe(747_278 - 889_727);
  });

  it('assumptions are overridable and the result records the values used', () => {
    const p = prepareBase(demoInput(), withOverrides(DEFAULT_ASSUMPTIONS, { productiveHoursPerFte: 1500 }));
    const r = evaluate(p, { baseYear: 2026, horizonYears: 1, levers: [CUT] });
    expect(r.assumptionsUsed.productiveHoursPerFte).toBe(1500);
    expect(r.base[0]!.support.capacityHours).toBeCloseTo(1.1 * 1500, 9);
  });
});

/* ------------------------------------------------------------------ properties */

const input = demoInput();
const postIds = input.supportUnit.posts.map((p) => p.id);
const schoolIds = input.schoolUnits.map((s) => s.id);
const year = fc.constantFrom(undefined, 2027, 2028, 2029);

const leverArb: fc.Arbitrary<Lever> = fc.oneof(
  fc.record({ kind: fc.constant('changePostFte' as const), postId: fc.constantFrom(...postIds), deltaFte: fc.integer({ min: -100, max: 150 }).filter((x) => x !== 0).map((x) => x / 100), fromYear: year }),
  fc.record({
    kind: fc.constant('movePostTime' as const),
    postId: fc.constantFrom(...postIds),
    fromArea: fc.constantFrom(...SERVICE_AREAS),
    toArea: fc.constantFrom(...SERVICE_AREAS),
    share: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
    fromYear: year,
  }),
  fc.record({
    kind: fc.constant('changeBudget' as const),
    category: fc.constantFrom(...BUDGET_CATEGORIES),
    scope: fc.oneof(fc.constant({ kind: 'all' as const }), fc.constant({ kind: 'central' as const }), fc.constantFrom(...schoolIds).map((id) => ({ kind: 'school' as const, schoolUnitId: id })), fc.constantFrom('Norr', 'GY', 'F6').map((g) => ({ kind: 'group' as const, group: g }))),
    percent: fc.integer({ min: -10000, max: 10000 }).map((x) => x / 100),
    fromYear: year,
  }),
  fc.record({ kind: fc.constant('changeBudget' as const), category: fc.constantFrom(...BUDGET_CATEGORIES), scope: fc.constant({ kind: 'all' as const }), amountSek: fc.integer({ min: -5_000_000, max: 5_000_000 }), fromYear: year }),
  fc.record(
    { kind: fc.constant('changeDevices' as const), schoolUnitId: fc.option(fc.constantFrom(...schoolIds), { nil: undefined }), leaseCostPerMonthSek: fc.integer({ min: 0, max: 400 }), replacementCycleYears: fc.integer({ min: 1, max: 6 }), fromYear: year },
    { requiredKeys: ['kind', 'leaseCostPerMonthSek'] },
  ),
  fc.record({ kind: fc.constant('changeTrainingTarget' as const), targetShare: fc.integer({ min: 0, max: 100 }).map((x) => x / 100), fromYear: year }),
);
const scenarioArb: fc.Arbitrary<Scenario> = fc.record({ baseYear: fc.constant(2026), horizonYears: fc.integer({ min: 1, max: 4 }), levers: fc.array(leverArb, { maxLength: 5 }) }).map((s) => ({
  ...s,
  levers: s.levers.map((l) => (l.fromYear !== undefined && l.fromYear > 2026 + s.horizonYears ? { ...l, fromYear: undefined } : l)),
}));
const validScenario = scenarioArb.filter((s) => validate(demo, s).length === 0);

function everyNumberFinite(value: unknown, path = 'result'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = everyNumberFinite(value[i], `${path}.${i}`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const bad = everyNumberFinite(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

describe('engine properties', () => {
  it('an empty lever list gives zero savings, scenario == base, and the same risks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (h) => {
        const r = run([], h);
        expect(r.scenario).toEqual(r.base);
        expect(r.risks).toEqual(r.baseRisks);
        for (const c of r.comparison) expect([c.grossSavingSek, c.shiftedCostSek, c.netSavingSek]).toEqual([0, 0, 0]);
        expect(r.schoolsMovedBelowThreshold).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('totals equal the sum of their parts, money is whole SEK, net = gross − shifted exactly, nothing is NaN or Infinity', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const r = evaluate(demo, s);
        expect(everyNumberFinite(r)).toBeNull();
        for (const side of [...r.base, ...r.scenario]) {
          const c = side.costs;
          expect(Number.isSafeInteger(c.totalSek)).toBe(true);
          expect(BUDGET_CATEGORIES.reduce((t, k) => t + c.byCategory[k], 0)).toBe(c.totalSek);
          expect(c.byOwner.reduce((t, o) => t + o.totalSek, 0)).toBe(c.totalSek);
          for (const o of c.byOwner) {
            expect(BUDGET_CATEGORIES.reduce((t, k) => t + o.byCategory[k], 0)).toBe(o.totalSek);
            for (const k of BUDGET_CATEGORIES) expect(Number.isSafeInteger(o.byCategory[k])).toBe(true);
          }
          expect(side.workload.teacherCostSek + side.workload.schoolLeaderCostSek).toBe(side.workload.costSek);
        }
        for (const c of r.comparison) {
          expect(c.netSavingSek).toBe(c.grossSavingSek - c.shiftedCostSek);
          expect(BUDGET_CATEGORIES.reduce((t, k) => t + c.savingByCategory[k], 0)).toBe(c.grossSavingSek);
        }
        expect(r.summary.netSavingSek).toBe(r.summary.grossSavingSek - r.summary.shiftedCostSek);
        for (const risk of r.risks) expect(risk.score).toBe(risk.likelihood * risk.consequence);
      }),
      { numRuns: 150 },
    );
  });

  it('evaluate is deterministic', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(evaluate(prepareBase(demoInput(), DEFAULT_ASSUMPTIONS), s)).toEqual(evaluate(demo, s));
      }),
      { numRuns: 30 },
    );
  });

  it('a cut never raises capacity in any area, and cutting more never lowers any risk’s likelihood', () => {
    const posts = input.supportUnit.posts;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: posts.length - 1 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (pi, a, b) => {
        const post = posts[pi]!;
        const maxH = Math.round(post.fte * 100);
        const [small, large] = [Math.round((Math.min(a, b) * maxH) / 100), Math.round((Math.max(a, b) * maxH) / 100)];
        const cut = (h: number): Lever[] => (h === 0 ? [] : [{ kind: 'changePostFte', postId: post.id, deltaFte: -h / 100 }]);
        const r1 = run(cut(small), 2);
        const r2 = run(cut(large), 2);
        for (const [k, side] of r2.scenario.entries()) {
          for (const area of SERVICE_AREAS) {
            expect(side.staffing.capacityHoursByArea[area]).toBeLessThanOrEqual(r1.scenario[k]!.staffing.capacityHoursByArea[area] + 1e-9);
            expect(side.staffing.capacityHoursByArea[area]).toBeLessThanOrEqual(r2.base[k]!.staffing.capacityHoursByArea[area] + 1e-9);
          }
        }
        r2.risks.forEach((risk, i) => expect(risk.likelihood, risk.area).toBeGreaterThanOrEqual(r1.risks[i]!.likelihood));
        r2.risks.forEach((risk, i) => expect(risk.likelihood, risk.area).toBeGreaterThanOrEqual(r2.baseRisks[i]!.likelihood));
        expect(r2.summary.grossSavingSek).toBeGreaterThanOrEqual(r1.summary.grossSavingSek);
      }),
      { numRuns: 150 },
    );
  });

  it('adding FTE to any post never raises the expected waiting time, nor any risk’s likelihood', () => {
    fc.assert(
      fc.property(fc.constantFrom(...postIds), fc.integer({ min: 1, max: 300 }), (postId, addH) => {
        const r = run([{ kind: 'changePostFte', postId, deltaFte: addH / 100 }], 1);
        const wait = (w: number | null) => w ?? Number.POSITIVE_INFINITY;
        expect(wait(r.summary.expectedWaitHours)).toBeLessThanOrEqual(wait(r.summary.expectedWaitHoursBase) + 1e-9);
        r.risks.forEach((risk, i) => expect(risk.likelihood, risk.area).toBeLessThanOrEqual(r.baseRisks[i]!.likelihood));
        expect(r.summary.grossSavingSek).toBeLessThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('synthetic inputs of any size evaluate without NaN and with one equity entry per school', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 1000 }), (n, seed) => {
        const p = prepareBase(syntheticInput(n, seed), DEFAULT_ASSUMPTIONS);
        const r: ScenarioEvaluation = evaluate(p, { baseYear: 2026, horizonYears: 2, levers: [{ kind: 'changePostFte', postId: 'p-support-1', deltaFte: -1 }] });
        expect(everyNumberFinite(r)).toBeNull();
        expect(r.schools).toHaveLength(n);
        expect(r.summary.grossSavingSek).toBe(747_278);
      }),
      { numRuns: 30 },
    );
  });
});

describe('contract view', () => {
  it('fills the contract’s ScenarioResult from the demo cut', () => {
    const v = toScenarioResultView(run([CUT]));
    expect(v.summary).toEqual({
      grossSavingSek: 747_278,
      shiftedCostSek: 444_863,
      netSavingSek: 302_415,
      supportFteBase: 4.2,
      supportFteScenario: 3.2,
      peoplePerFteBase: expect.closeTo(2166.67, 2),
      peoplePerFteScenario: 2843.75,
      supportUtilisation: expect.closeTo(3.063, 9),
      expectedWaitHours: null,
    });
    expect(v.risks.map((x) => x.area)).toEqual([...RISK_AREAS]);
    expect(v.schools).toHaveLength(20);
    expect(Object.keys(v.equityBase).sort()).toEqual(['coefficientOfVariation', 'correlationWithSocioeconomicIndex', 'gini', 'meanIndex', 'p90p10', 'schoolsBelowThreshold']);
  });
});
