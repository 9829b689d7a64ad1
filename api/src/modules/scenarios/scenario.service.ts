/**
 * evaluateScenario: the contract's ScenarioInput → the engine's Scenario (validation errors named as
 * `input.<engine path>`), evaluated on the caller's base data and assumption values; writes nothing.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../graphql/errors.js';
import {
  ASSUMPTION_IDS,
  MAX_HORIZON_YEARS,
  SERVICE_AREAS,
  BUDGET_CATEGORIES,
  evaluate,
  formatNumber,
  leverFromInput,
  validate,
  type AssumptionId,
  type EquityStats,
  type GoalImpact as EngineGoalImpact,
  type Lever,
  type LeverInputShape,
  type RiskResult,
  type ScenarioEvaluation,
  type SideYear,
  type SupportResult,
  type TraceEntry as EngineTraceEntry,
} from '../../model/index.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { SchoolUnit } from '../schools/school-unit.entity.js';
import { assumptionView } from '../assumptions/assumption.service.js';
import type { AssumptionValue } from '../assumptions/dto/assumption.output.js';
import type { ScenarioInput } from './dto/scenario.input.js';
import {
  RiskArea,
  SupportState,
  type EquitySummary,
  type GoalImpact,
  type Risk,
  type ScenarioResult,
  type ScenarioSide,
  type SchoolImpact,
  type SupportLevel,
  type TraceEntry,
} from './dto/scenario.output.js';
import { loadScenarioBase, type ScenarioBase } from './scenario-input.service.js';

const MAX_NAME_LENGTH = 200;
const MAX_LEVERS = 50;

export function supportState(s: Pick<SupportResult, 'state' | 'utilisation'>): SupportState {
  if (s.state === 'stable') return SupportState.OK;
  return s.utilisation === null ? SupportState.NO_CAPACITY : SupportState.SATURATED;
}

export function riskOut(r: RiskResult): Risk {
  return { area: RiskArea[r.area], likelihood: r.likelihood, consequence: r.consequence, score: r.score, explanation: r.explanation, overridden: r.overridden, ruleId: r.ruleId, threatenedGoals: [...r.threatenedGoals] };
}

export function equityOut(e: EquityStats): EquitySummary {
  return {
    meanIndex: e.meanIndex,
    coefficientOfVariation: e.coefficientOfVariation,
    gini: e.gini,
    p90p10: e.p90p10,
    schoolsBelowThreshold: e.schoolsBelowThreshold,
    correlationWithSocioeconomicIndex: e.correlationWithSocioeconomicIndex,
    p10: e.p10,
    p90: e.p90,
    schools: e.schools,
  };
}

/** The assumption values a result used, each with the municipality's version of it. */
export function assumptionsUsed(base: ScenarioBase): AssumptionValue[] {
  return ASSUMPTION_IDS.map((id) => assumptionView(id, base.overrides.get(id)));
}

function supportOut(s: SupportResult): SupportLevel {
  return {
    requestsPerYear: s.requestsPerYear,
    demandHours: s.demandHours,
    capacityHours: s.capacityHours,
    supportFte: s.supportFte,
    servers: s.servers,
    state: supportState(s),
    utilisation: s.utilisation,
    expectedWaitHours: s.expectedWaitHours,
    fillRate: s.fillRate,
  };
}

function sideOut(s: SideYear): ScenarioSide {
  const t = s.training;
  const w = s.workload;
  return {
    totalCostSek: s.costs.totalSek,
    costPerPupilSek: s.costs.perPupilSek,
    totalFte: s.staffing.totalFte,
    peopleServed: s.staffing.peopleServed,
    peoplePerFte: s.staffing.peoplePerFte,
    support: supportOut(s.support),
    training: {
      trainingFte: t.trainingFte,
      trainedPerYear: t.trainedPerYear,
      trainedShareAtEnd: t.trainedShareAtEnd,
      targetShare: t.targetShare,
      targetYear: t.targetYear,
      yearsToTarget: t.yearsToTarget,
      reachYear: t.reachYear,
    },
    workload: { unmetHours: w.unmetHours, teacherHours: w.teacherHours, schoolLeaderHours: w.schoolLeaderHours, hoursPerTeacher: w.hoursPerTeacher, hoursPerSchoolLeader: w.hoursPerSchoolLeader, costSek: w.costSek },
    oneToOneCoverage: s.oneToOne.coverage,
    equity: equityOut(s.equity.stats),
  };
}

function goalOut(base: ScenarioBase, g: EngineGoalImpact): GoalImpact {
  return {
    subGoalCode: g.goal,
    title: base.subGoalTitles.get(g.goal) ?? g.name,
    serviceAreas: [...g.serviceAreas],
    baseCapacityHours: g.baseCapacityHours,
    scenarioCapacityHours: g.scenarioCapacityHours,
    capacityLossShare: g.capacityLossShare,
    atRisk: g.atRisk,
    municipalityGoals: base.municipalityGoals.get(g.goal) ?? [],
  };
}

const traceDisplay = (v: number | string | boolean | null): string =>
  v === null ? '–' : typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 3) : typeof v === 'boolean' ? (v ? 'ja' : 'nej') : v;

export function traceOut(e: EngineTraceEntry, assumptions: ReadonlyMap<string, AssumptionValue>): TraceEntry {
  return {
    figure: e.figure,
    formula: e.formula,
    description: e.description,
    value: typeof e.value === 'number' ? e.value : null,
    display: traceDisplay(e.value),
    inputs: Object.entries(e.inputs).map(([name, v]) => ({ name, value: typeof v === 'number' ? v : null, display: traceDisplay(v) })),
    assumptionIds: [...e.assumptionIds],
    assumptions: e.assumptionIds.flatMap((id) => assumptions.get(id) ?? []),
  };
}

/** Maps the engine's evaluation to the GraphQL result; school units come from the rows already loaded. */
export function resultOut(base: ScenarioBase, name: string, r: ScenarioEvaluation): ScenarioResult {
  const unit = (id: string) => base.units.get(id) as SchoolUnit;
  const schools: SchoolImpact[] = r.schools.map((s) => ({
    school: unit(s.schoolUnitId),
    equityIndexBase: s.equityIndexBase,
    equityIndexScenario: s.equityIndexScenario,
    change: s.change,
    belowThresholdBase: s.belowThresholdBase,
    belowThresholdScenario: s.belowThresholdScenario,
    hasLocalItCoordinator: s.hasLocalItCoordinator,
    socioeconomicIndex: s.socioeconomicIndex,
    shiftedHoursPerTeacher: s.shiftedHoursPerTeacher,
  }));
  const moved = new Set(r.schoolsMovedBelowThreshold);
  const s = r.summary;
  const k = r.years.indexOf(r.summaryYear);
  const used = assumptionsUsed(base);
  const byId = new Map(used.map((a) => [a.id, a]));
  return {
    name,
    baseYear: r.baseYear,
    summaryYear: r.summaryYear,
    years: r.years,
    summary: {
      year: s.year,
      grossSavingSek: s.grossSavingSek,
      shiftedCostSek: s.shiftedCostSek,
      netSavingSek: s.netSavingSek,
      supportFteBase: s.supportFteBase,
      supportFteScenario: s.supportFteScenario,
      peopleServed: s.peopleServed,
      peoplePerFteBase: s.peoplePerFteBase,
      peoplePerFteScenario: s.peoplePerFteScenario,
      // No capacity at all: no ratio exists; 1 is the saturation limit, and supportState says NO_CAPACITY.
      supportUtilisation: s.supportUtilisation ?? 1,
      supportState: supportState(r.scenario[k]!.support),
      expectedWaitHours: s.expectedWaitHours,
      supportUtilisationBase: s.supportUtilisationBase,
      supportStateBase: supportState(r.base[k]!.support),
      expectedWaitHoursBase: s.expectedWaitHoursBase,
      shiftedHoursPerTeacher: s.shiftedHoursPerTeacher,
      schoolsMovedBelowThreshold: s.schoolsMovedBelowThreshold,
      goalsAtRisk: [...s.goalsAtRisk],
    },
    baseRisks: r.baseRisks.map(riskOut),
    risks: r.risks.map(riskOut),
    equityBase: equityOut(r.equityBase),
    equityScenario: equityOut(r.equityScenario),
    schools,
    series: r.years.map((year, i) => {
      const b = r.base[i]!;
      const sc = r.scenario[i]!;
      const c = r.comparison[i]!;
      return {
        year,
        base: sideOut(b),
        scenario: sideOut(sc),
        grossSavingSek: c.grossSavingSek,
        shiftedCostSek: c.shiftedCostSek,
        netSavingSek: c.netSavingSek,
        costsByCategory: BUDGET_CATEGORIES.map((category) => ({
          category,
          baseSek: b.costs.byCategory[category],
          scenarioSek: sc.costs.byCategory[category],
          savingSek: c.savingByCategory[category],
        })),
        capacity: SERVICE_AREAS.map((area) => ({
          serviceArea: area,
          baseFte: b.staffing.fteByArea[area],
          scenarioFte: sc.staffing.fteByArea[area],
          baseHours: b.staffing.capacityHoursByArea[area],
          scenarioHours: sc.staffing.capacityHoursByArea[area],
        })),
        goals: c.goals.map((g) => goalOut(base, g)),
        schoolsMovedBelowThreshold: c.schoolsMovedBelowThreshold,
        baseRisks: c.baseRisks.map(riskOut),
        risks: c.risks.map(riskOut),
      };
    }),
    rollout: {
      unitsRemaining: base.input.rollout.unitsRemaining,
      monthsPlanned: base.input.rollout.monthsPlanned,
      base: { ...r.rollout.base },
      scenario: { ...r.rollout.scenario },
    },
    goalsAtRisk: r.goalsAtRisk.map((g) => goalOut(base, g)),
    schoolsMovedBelowThreshold: schools.filter((x) => moved.has(x.school.id)),
    assumptionsUsed: used,
    assumptionSetVersion: base.assumptionSetVersion,
    trace: r.trace.map((e) => traceOut(e, byId)),
  };
}

/** Checks the input's own shape (before any data is read), naming the field. */
export function checkShape(input: ScenarioInput): void {
  const name = input.name.trim();
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) throw badUserInput('input.name', `Namnet ska vara 1–${MAX_NAME_LENGTH} tecken.`);
  if (!Number.isInteger(input.horizonYears) || input.horizonYears < 1 || input.horizonYears > MAX_HORIZON_YEARS) {
    throw badUserInput('input.horizonYears', `Tidshorisonten måste vara 1–${MAX_HORIZON_YEARS} år.`);
  }
  if (input.levers.length > MAX_LEVERS) throw badUserInput('input.levers', `Högst ${MAX_LEVERS} hävstänger per scenario.`);
}

/** The contract's levers → the engine's; the first that is not exactly one kind is BAD_USER_INPUT on `input.levers.<i>`. */
export function leversFromInput(input: ScenarioInput): Lever[] {
  return input.levers.map((l, i) => {
    const lever = leverFromInput(l as LeverInputShape, i);
    if ('field' in lever) throw badUserInput(`input.${lever.field}`, lever.message);
    return lever;
  });
}

/** Validates against the base and evaluates: the result and the base it was evaluated on. */
export async function evaluateScenario(em: EntityManager, municipality: Municipality, input: ScenarioInput): Promise<ScenarioResult> {
  checkShape(input);
  const levers = leversFromInput(input);
  if (!Number.isInteger(input.baseYear)) throw badUserInput('input.baseYear', 'Basåret måste vara ett heltal.');
  const base = await loadScenarioBase(em, municipality, { fromYear: input.baseYear, toYear: input.baseYear + input.horizonYears });
  const scenario = { baseYear: input.baseYear, horizonYears: input.horizonYears, levers };
  const [error] = validate(base.prepared, scenario);
  if (error) throw badUserInput(`input.${error.field}`, error.message);
  return resultOut(base, input.name.trim(), evaluate(base.prepared, scenario));
}

export type { AssumptionId };
