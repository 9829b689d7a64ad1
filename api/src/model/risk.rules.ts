/**
 * The risk register's rules: explicit, table-driven, turning the model's figures into likelihood 1–5 ×
 * consequence 1–5 for each risk area. Likelihood comes from a figure's band (`RISK_BANDS`: value below the
 * first limit → 1, …, at or above the fourth → 5); consequence is the area's fixed level (`RISK_CONSEQUENCE`)
 * raised by one where a stated condition holds. Every rule is monotone: a worse figure never lowers a rating.
 * The bands are Likvärd's rule set v1 (expert judgement from the CMiT risk analysis); a municipality's EDITOR
 * overrides a rating with a justification, outside the model.
 */
import { formatHours, formatNumber, formatPercent, formatTkr } from './format.js';
import { goalsServedBy } from './goals.calculator.js';
import type { GoalInput, RiskArea, ServiceArea, SubGoal } from './types.js';

export type Rating = 1 | 2 | 3 | 4 | 5;

/** Four ascending limits → five bands. */
export type Bands = readonly [number, number, number, number];

export const RISK_BANDS = {
  /** Daily support utilisation ρ; ≥ 1 is saturated. */
  supportUtilisation: [0.7, 0.8, 0.9, 1],
  /** Hours per teacher and year moved from the support unit to teachers. */
  shiftedHoursPerTeacher: [0.5, 2, 5, 10],
  /** Share of schools under the equity threshold. */
  schoolsBelowThresholdShare: [0.05, 0.1, 0.2, 0.35],
  /** Share of the support unit's FTE that is cut. */
  fteLossShare: [0.01, 0.1, 0.2, 0.35],
  /** 1 − coverage of the 1:1 programme. */
  oneToOneShortfall: [0.02, 0.1, 0.2, 0.4],
  /** Share of assistive-tools capacity lost. */
  assistiveLossShare: [0.01, 0.1, 0.25, 0.5],
  /** Years the training target is reached after its target year (never → 5). */
  trainingYearsLate: [1, 2, 4, 6],
  /** Months of rollout delay against plan (stalled → 5). */
  rolloutDelayMonths: [1, 3, 6, 12],
} as const satisfies Record<string, Bands>;

/** Base consequence per area, and the limits of the conditions that raise it by one. */
export const RISK_CONSEQUENCE = {
  EQUITY: 4, // likvärdig utbildning is a duty of the Education Act (skollagen 1 kap. 9 §)
  WORKLOAD: 3,
  COMPETENCE_LOSS: 3,
  ONE_TO_ONE_PROGRAMME: 4,
  SUPPORT_RESPONSE: 3,
  ASSISTIVE_TOOLS: 4, // pupils' right to extra adaptations (skollagen 3 kap.)
  SUPERVISOR_TRAINING: 3,
  PLATFORM_ROLLOUT: 2,
} as const satisfies Record<RiskArea, Rating>;

export const CONSEQUENCE_RAISERS = {
  /** WORKLOAD: school leaders' extra hours per year at or above this. */
  schoolLeaderHoursPerYear: 20,
  /** SUPPORT_RESPONSE: expected wait at or above this many working hours (one working day), or saturated. */
  supportWaitHours: 8,
  /** PLATFORM_ROLLOUT: delay at or above this many months, or stalled. */
  rolloutDelayMonths: 12,
} as const;

/** The service areas whose sub-goals a risk area threatens. */
export const RISK_AREA_SERVICE_AREAS: Record<RiskArea, ServiceArea[]> = {
  EQUITY: ['PEDAGOGICAL_SUPPORT', 'ASSISTIVE_TOOLS'],
  WORKLOAD: ['PEDAGOGICAL_SUPPORT'],
  COMPETENCE_LOSS: ['TRAINING', 'PEDAGOGICAL_SUPPORT'],
  ONE_TO_ONE_PROGRAMME: ['PEDAGOGICAL_SUPPORT', 'PROCUREMENT'],
  SUPPORT_RESPONSE: ['PEDAGOGICAL_SUPPORT'],
  ASSISTIVE_TOOLS: ['ASSISTIVE_TOOLS'],
  SUPERVISOR_TRAINING: ['TRAINING'],
  PLATFORM_ROLLOUT: ['PLATFORM_ADMIN'],
};

export function band(value: number, bands: Bands): Rating {
  let r = 1;
  for (const limit of bands) if (value >= limit) r++;
  return r as Rating;
}

const raise = (r: Rating, by: boolean): Rating => (by ? (Math.min(5, r + 1) as Rating) : r);

/** The figures the rules read, for one side (base or scenario) of one year. */
export interface RiskFigures {
  support: { utilisation: number | null; saturated: boolean; expectedWaitHours: number | null; supportFte: number; demandHours: number; capacityHours: number };
  workload: { hoursPerTeacher: number; hoursPerSchoolLeader: number; shiftedCostSek: number };
  equity: { schools: number; belowThreshold: number; newlyBelow: number; newlyBelowWithoutCoordinator: number; threshold: number; meanIndex: number };
  staffing: { baseFte: number; fte: number; areasEmptied: ServiceArea[] };
  oneToOne: { pupils: number; devices: number; coverage: number | null };
  assistive: { baseHours: number; hours: number };
  training: { year: number; yearsToTarget: number | null; targetYear: number; targetShare: number; trainedShare: number };
  rollout: { unitsRemaining: number; monthsToFinish: number | null; delayMonths: number | null; monthsPlanned: number };
}

export interface RiskResult {
  area: RiskArea;
  ruleId: string;
  likelihood: Rating;
  consequence: Rating;
  score: number;
  explanation: string;
  figures: Record<string, number | boolean | null>;
  threatenedGoals: SubGoal[];
  overridden: false;
}

type RuleOutput = Pick<RiskResult, 'likelihood' | 'consequence' | 'explanation' | 'figures'>;

const P = (x: number) => formatPercent(x);
const N = (x: number, d = 1) => formatNumber(x, d);

/** Support response: from utilisation; saturated is 5. */
export function supportRule(f: RiskFigures): RuleOutput {
  const s = f.support;
  const likelihood: Rating = s.saturated ? 5 : band(s.utilisation ?? 0, RISK_BANDS.supportUtilisation);
  const consequence = raise(RISK_CONSEQUENCE.SUPPORT_RESPONSE, s.saturated || (s.expectedWaitHours ?? 0) >= CONSEQUENCE_RAISERS.supportWaitHours);
  const head = `Det dagliga pedagogiska IT-stödet har ${N(s.supportFte, 2)} årsarbetare (${N(s.capacityHours, 0)} h/år) mot en efterfrågan på ${N(s.demandHours, 0)} h/år`;
  const tail = s.saturated
    ? s.utilisation === null
      ? ': det finns ingen kapacitet kvar, kön växer utan gräns.'
      : `: beläggningen ${P(s.utilisation)} är minst ${P(1)}, kön växer utan gräns och någon väntetid kan inte anges.`
    : `: beläggning ${P(s.utilisation ?? 0)}, förväntad väntetid ${formatHours(s.expectedWaitHours ?? 0)} (arbetstid).`;
  return { likelihood, consequence, explanation: head + tail, figures: { utilisation: s.utilisation, saturated: s.saturated, expectedWaitHours: s.expectedWaitHours, demandHours: s.demandHours, capacityHours: s.capacityHours } };
}

export function workloadRule(f: RiskFigures): RuleOutput {
  const w = f.workload;
  const likelihood = band(w.hoursPerTeacher, RISK_BANDS.shiftedHoursPerTeacher);
  const consequence = raise(RISK_CONSEQUENCE.WORKLOAD, w.hoursPerSchoolLeader >= CONSEQUENCE_RAISERS.schoolLeaderHoursPerYear);
  const explanation =
    w.hoursPerTeacher > 0 || w.hoursPerSchoolLeader > 0
      ? `Stöd som enheten inte hinner med flyttas till skolorna: ${formatHours(w.hoursPerTeacher)} per lärare och ${formatHours(w.hoursPerSchoolLeader)} per skolledare och år, en kostnad på ${formatTkr(w.shiftedCostSek)}.`
      : 'Det centrala stödet möter efterfrågan; inget stödarbete flyttas till lärare eller skolledare.';
  return { likelihood, consequence, explanation, figures: { ...w } };
}

export function equityRule(f: RiskFigures): RuleOutput {
  const e = f.equity;
  const share = e.schools > 0 ? e.belowThreshold / e.schools : 0;
  const likelihood = raise(band(share, RISK_BANDS.schoolsBelowThresholdShare), e.newlyBelow > 0);
  const explanation =
    `${e.belowThreshold} av ${e.schools} skolor (${P(share)}) ligger under likvärdighetströskeln ${N(e.threshold, 2)}; medelindex ${N(e.meanIndex, 2)}.` +
    (e.newlyBelow > 0 ? ` ${e.newlyBelow} skolor hamnar under tröskeln genom förändringen, varav ${e.newlyBelowWithoutCoordinator} utan lokal IT-samordnare.` : '');
  return { likelihood, consequence: RISK_CONSEQUENCE.EQUITY, explanation, figures: { ...e, belowThresholdShare: share } };
}

export function competenceRule(f: RiskFigures): RuleOutput {
  const s = f.staffing;
  const loss = s.baseFte > 0 ? Math.max(0, (s.baseFte - s.fte) / s.baseFte) : 0;
  const likelihood = band(loss, RISK_BANDS.fteLossShare);
  const consequence = raise(RISK_CONSEQUENCE.COMPETENCE_LOSS, s.areasEmptied.length > 0);
  const explanation =
    loss > 0
      ? `Det centrala stödet minskar från ${N(s.baseFte, 2)} till ${N(s.fte, 2)} årsarbetare (${P(loss)}); kompetens och erfarenhet försvinner med tjänsten.` +
        (s.areasEmptied.length > 0 ? ` Ingen arbetstid finns kvar inom: ${s.areasEmptied.join(', ')}.` : '')
      : `Det centrala stödet behåller ${N(s.fte, 2)} årsarbetare; ingen kompetens försvinner genom förändringen.`;
  return { likelihood, consequence, explanation, figures: { baseFte: s.baseFte, fte: s.fte, lossShare: loss, areasEmptied: s.areasEmptied.length } };
}

export function oneToOneRule(f: RiskFigures): RuleOutput {
  const o = f.oneToOne;
  const shortfall = o.coverage === null ? 0 : Math.max(0, 1 - o.coverage);
  const likelihood = raise(band(shortfall, RISK_BANDS.oneToOneShortfall), f.support.saturated && o.pupils > 0);
  const explanation =
    (o.coverage === null ? '1:1-satsningen omfattar inga elever.' : `1:1-satsningen: ${N(o.devices, 0)} elevenheter för ${N(o.pupils, 0)} elever (täckning ${P(o.coverage)}).`) +
    (f.support.saturated && o.pupils > 0 ? ' Det dagliga stödet är mättat, så ärenden om elevernas enheter köas utan gräns.' : '');
  return { likelihood, consequence: RISK_CONSEQUENCE.ONE_TO_ONE_PROGRAMME, explanation, figures: { ...o, shortfall, supportSaturated: f.support.saturated } };
}

export function assistiveRule(f: RiskFigures): RuleOutput {
  const a = f.assistive;
  const loss = a.baseHours > 0 ? Math.max(0, (a.baseHours - a.hours) / a.baseHours) : 0;
  const likelihood = band(loss, RISK_BANDS.assistiveLossShare);
  const explanation =
    loss > 0
      ? `Skoldatatekets tid minskar från ${N(a.baseHours, 0)} till ${N(a.hours, 0)} h/år (${P(loss)}); färre elever får stöd med digitala hjälpmedel.`
      : `Skoldatatekets tid är ${N(a.hours, 0)} h/år, oförändrad.`;
  return { likelihood, consequence: RISK_CONSEQUENCE.ASSISTIVE_TOOLS, explanation, figures: { ...a, lossShare: loss } };
}

/** The year the target is reached, from the start of `year`: `year + ⌈n⌉ − 1` (reached already → year − 1). */
export function trainingReachYear(year: number, yearsToTarget: number | null): number | null {
  if (yearsToTarget === null) return null;
  return year + Math.ceil(yearsToTarget - 1e-9) - 1;
}

export function trainingRule(f: RiskFigures): RuleOutput {
  const t = f.training;
  const reach = trainingReachYear(t.year, t.yearsToTarget);
  const late = reach === null ? null : reach - t.targetYear;
  const likelihood: Rating = late === null ? 5 : band(late, RISK_BANDS.trainingYearsLate);
  const goal = `målet ${P(t.targetShare)} utbildade lärare år ${t.targetYear}`;
  const explanation =
    reach === null
      ? `Handledningen i de digitala kompetensmodulerna hinner inte ikapp personalomsättningen: ${goal} nås aldrig (i dag ${P(t.trainedShare)}).`
      : late !== null && late >= 1
        ? `Med nuvarande handledningstakt nås ${goal} först år ${reach}, ${late} år för sent (${N(t.yearsToTarget ?? 0)} år kvar).`
        : reach < t.year
          ? `${goal[0]?.toUpperCase()}${goal.slice(1)} är redan nått (${P(t.trainedShare)}).`
          : `Med nuvarande handledningstakt nås ${goal} i tid, år ${reach}.`;
  return { likelihood, consequence: RISK_CONSEQUENCE.SUPERVISOR_TRAINING, explanation, figures: { yearsToTarget: t.yearsToTarget, reachYear: reach, yearsLate: late, targetYear: t.targetYear, trainedShare: t.trainedShare } };
}

export function rolloutRule(f: RiskFigures): RuleOutput {
  const r = f.rollout;
  const stalled = r.unitsRemaining > 0 && r.monthsToFinish === null;
  const delay = r.delayMonths ?? 0;
  const likelihood: Rating = stalled ? 5 : band(delay, RISK_BANDS.rolloutDelayMonths);
  const consequence = raise(RISK_CONSEQUENCE.PLATFORM_ROLLOUT, stalled || delay >= CONSEQUENCE_RAISERS.rolloutDelayMonths);
  const explanation =
    r.unitsRemaining <= 0
      ? 'Lärplattformen är införd på alla enheter.'
      : stalled
        ? `Införandet av lärplattformen på ${r.unitsRemaining} enheter avstannar: ingen tid för införande finns kvar.`
        : `Införandet av lärplattformen på ${r.unitsRemaining} enheter tar ${N(r.monthsToFinish ?? 0)} månader mot planerade ${N(r.monthsPlanned, 0)}` +
          (delay > 0 ? `, ${N(delay)} månader försenat.` : ', inom planen.');
  return { likelihood, consequence, explanation, figures: { ...r, stalled } };
}

const RULES: Record<RiskArea, { id: string; rule: (f: RiskFigures) => RuleOutput }> = {
  EQUITY: { id: 'equity.schoolsBelowThreshold', rule: equityRule },
  WORKLOAD: { id: 'workload.shiftedHoursPerTeacher', rule: workloadRule },
  COMPETENCE_LOSS: { id: 'competence.fteLossShare', rule: competenceRule },
  ONE_TO_ONE_PROGRAMME: { id: 'oneToOne.coverageShortfall', rule: oneToOneRule },
  SUPPORT_RESPONSE: { id: 'support.utilisation', rule: supportRule },
  ASSISTIVE_TOOLS: { id: 'assistive.capacityLoss', rule: assistiveRule },
  SUPERVISOR_TRAINING: { id: 'training.yearsLate', rule: trainingRule },
  PLATFORM_ROLLOUT: { id: 'rollout.delayMonths', rule: rolloutRule },
};

/** One risk per area, in RISK_AREAS order, each citing its figures and the sub-goals it threatens. */
export function assessRisks(figures: RiskFigures, goals: readonly GoalInput[], areas: readonly RiskArea[]): RiskResult[] {
  return areas.map((area) => {
    const { id, rule } = RULES[area];
    const out = rule(figures);
    const threatenedGoals = goalsServedBy(goals, RISK_AREA_SERVICE_AREAS[area]);
    const explanation = threatenedGoals.length > 0 ? `${out.explanation} Hotade delmål: ${threatenedGoals.join(', ')}.` : out.explanation;
    return { area, ruleId: id, likelihood: out.likelihood, consequence: out.consequence, score: out.likelihood * out.consequence, explanation, figures: out.figures, threatenedGoals, overridden: false };
  });
}
