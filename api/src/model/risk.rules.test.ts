import { describe, expect, it } from 'vitest';
import { DEFAULT_GOALS, RISK_AREAS } from './types.js';
import { RISK_BANDS, assessRisks, band, equityRule, rolloutRule, supportRule, trainingRule, workloadRule, competenceRule, oneToOneRule, assistiveRule } from './risk.rules.js';
import type { RiskFigures } from './risk.rules.js';

const calm: RiskFigures = {
  support: { utilisation: 0.5, saturated: false, expectedWaitHours: 0.5, supportFte: 1.1, demandHours: 880, capacityHours: 1760 },
  workload: { hoursPerTeacher: 0, hoursPerSchoolLeader: 0, shiftedCostSek: 0 },
  equity: { schools: 20, belowThreshold: 0, newlyBelow: 0, newlyBelowWithoutCoordinator: 0, threshold: 0.6, meanIndex: 0.8 },
  staffing: { baseFte: 4.2, fte: 4.2, areasEmptied: [] },
  oneToOne: { pupils: 1000, devices: 1000, coverage: 1 },
  assistive: { baseHours: 880, hours: 880 },
  training: { year: 2027, yearsToTarget: 1, targetYear: 2029, targetShare: 1, trainedShare: 0.9 },
  rollout: { unitsRemaining: 11, monthsToFinish: 20, delayMonths: -4, monthsPlanned: 24 },
};
const withF = <K extends keyof RiskFigures>(k: K, v: Partial<RiskFigures[K]>): RiskFigures => ({ ...calm, [k]: { ...calm[k], ...v } });

describe('bands: below the first limit 1, at or above the fourth 5', () => {
  it.each([
    [0, 1],
    [0.69, 1],
    [0.7, 2],
    [0.8, 3],
    [0.9, 4],
    [0.99, 4],
    [1, 5],
  ])('support utilisation %f → %i', (rho, expected) => {
    expect(band(rho, RISK_BANDS.supportUtilisation)).toBe(expected);
    expect(supportRule(withF('support', { utilisation: rho, saturated: rho >= 1 })).likelihood).toBe(expected);
  });

  it.each([
    [0, 1],
    [0.49, 1],
    [0.5, 2],
    [2, 3],
    [5, 4],
    [10, 5],
  ])('hours per teacher %f → %i', (h, expected) => {
    expect(workloadRule(withF('workload', { hoursPerTeacher: h })).likelihood).toBe(expected);
  });

  it.each([
    // below / 20 schools, newly below → likelihood
    [0, 0, 1],
    [1, 0, 2],
    [2, 0, 3],
    [4, 0, 4],
    [7, 0, 5],
    [1, 1, 3],
    [7, 7, 5],
  ])('%i of 20 schools below threshold, %i newly → %i', (below, newly, expected) => {
    expect(equityRule(withF('equity', { belowThreshold: below, newlyBelow: newly })).likelihood).toBe(expected);
  });

  it.each([
    [4.2, 1],
    [4.0, 2],
    [3.2, 4],
    [2.7, 5],
  ])('support unit at %f of 4.2 FTE → competence-loss likelihood %i', (fte, expected) => {
    expect(competenceRule(withF('staffing', { fte })).likelihood).toBe(expected);
  });

  it.each([
    [1, false, 1],
    [0.95, false, 2],
    [0.85, false, 3],
    [0.7, false, 4],
    [0.5, false, 5],
    [1, true, 2],
  ])('1:1 coverage %f, support saturated %s → %i', (coverage, saturated, expected) => {
    const f = { ...withF('oneToOne', { coverage }), support: { ...calm.support, saturated } };
    expect(oneToOneRule(f).likelihood).toBe(expected);
  });

  it.each([
    [880, 1],
    [792, 3], // 10 % lost
    [660, 4], // 25 %
    [440, 5], // 50 %
  ])('assistive tools %f h of 880 → %i', (hours, expected) => {
    expect(assistiveRule(withF('assistive', { hours })).likelihood).toBe(expected);
  });

  it.each<[number | null, number]>([
    [1, 1], // reached 2027 ≤ 2029
    [3, 1], // 2029
    [4, 2], // 2030: one year late
    [5.5, 3], // ⌈5.5⌉ = 6 → 2032: three years late
    [8, 4], // 2034: five years late, in the band [4, 6)
    [9, 5], // 2035: six years late
    [null, 5], // never
  ])('training reached after %s years (from 2027, target 2029) → %i', (years, expected) => {
    // reached in year 2027 + ⌈years⌉ − 1; years late = that − 2029; bands [1, 2, 4, 6]
    expect(trainingRule(withF('training', { yearsToTarget: years })).likelihood).toBe(expected);
  });

  it.each<[number | null, number, number]>([
    [-4, 1, 2],
    [0.5, 1, 2],
    [1, 2, 2],
    [3, 3, 2],
    [6, 4, 2],
    [12, 5, 3],
    [null, 5, 3],
  ])('rollout delay %s months → likelihood %i, consequence %i', (delay, l, c) => {
    const r = rolloutRule(withF('rollout', { delayMonths: delay, monthsToFinish: delay === null ? null : 24 + delay }));
    expect([r.likelihood, r.consequence]).toEqual([l, c]);
  });
});

describe('consequence raisers and explanations', () => {
  it('support: a wait of a working day or saturation raises the consequence', () => {
    expect(supportRule(calm).consequence).toBe(3);
    expect(supportRule(withF('support', { expectedWaitHours: 8 })).consequence).toBe(4);
    const sat = supportRule(withF('support', { utilisation: 3.063, saturated: true, expectedWaitHours: null, supportFte: 0.3, capacityHours: 480, demandHours: 1470.24 }));
    expect(sat).toMatchObject({ likelihood: 5, consequence: 4 });
    expect(sat.explanation).toBe(
      'Det dagliga pedagogiska IT-stödet har 0,3 årsarbetare (480 h/år) mot en efterfrågan på 1\u00a0470 h/år: beläggningen 306\u00a0% är minst 100\u00a0%, kön växer utan gräns och någon väntetid kan inte anges.',
    );
  });

  it('workload cites hours and cost in tkr', () => {
    expect(workloadRule(withF('workload', { hoursPerTeacher: 1.1244, hoursPerSchoolLeader: 4.587, shiftedCostSek: 444_863 })).explanation).toBe(
      'Stöd som enheten inte hinner med flyttas till skolorna: 1,1\u00a0h per lärare och 4,6\u00a0h per skolledare och år, en kostnad på 445\u00a0tkr.',
    );
  });

  it('one risk per area, each with its threatened sub-goals and score = likelihood × consequence', () => {
    const risks = assessRisks(calm, DEFAULT_GOALS, RISK_AREAS);
    expect(risks.map((r) => r.area)).toEqual([...RISK_AREAS]);
    for (const r of risks) {
      expect(r.score).toBe(r.likelihood * r.consequence);
      expect(r.explanation).toContain('Hotade delmål');
    }
    expect(risks.find((r) => r.area === 'SUPERVISOR_TRAINING')!.threatenedGoals).toEqual(['1.1', '1.2', '1.3']);
    expect(risks.find((r) => r.area === 'PLATFORM_ROLLOUT')!.threatenedGoals).toEqual(['2.3', '2.4']);
  });
});
