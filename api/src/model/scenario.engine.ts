/**
 * The scenario engine: base data + scenario (levers over a horizon) + assumptions → per year, for the base and
 * the scenario, costs, capacity, support service level, training, rollout, workload shift, equity, goals at
 * risk and the risk register, with a summary for the first full year and a trace for every figure.
 *
 * Pure and deterministic: no I/O, no clock, no randomness. `prepareBase` indexes the input once (linear), so
 * many `evaluate` calls (sensitivity analysis) reuse it. Each evaluate is O(years × (schools log schools)).
 *
 * Conventions: the horizon is the `horizonYears` calendar years after the base year; a lever acts from 1 January
 * of its `fromYear` (default: the first horizon year) for whole years; levers apply in list order.
 */
import { assumptionValues, equityWeightSum } from './assumptions.js';
import type { AssumptionId, AssumptionSet } from './assumptions.js';
import { capacityByArea, fteByArea, postState, totalFte, zeroByArea } from './capacity.calculator.js';
import type { PostState } from './capacity.calculator.js';
import { CATEGORY_INDEX, KIND_PREFERENCE, addToCell, fleetAnnualCost, indexBudgetLines, percentOfCells, spreadAmount } from './cost.calculator.js';
import type { Owner } from './cost.calculator.js';
import { deviceCoverage, equityIndex, equityStats, supportAccess } from './equity.calculator.js';
import type { EquityComponents, EquityStats, EquityWeights } from './equity.calculator.js';
import { goalImpacts } from './goals.calculator.js';
import type { GoalImpact } from './goals.calculator.js';
import { assertUnreachable, leverContext, leverFromYear, toHundredths, validateScenario } from './levers.js';
import type { ChangeDevicesLever, Lever, LeverContext, Scenario, ValidationError } from './levers.js';
import { roundSek } from './money.js';
import { supportServiceLevel } from './queue.calculator.js';
import { assessRisks, trainingReachYear } from './risk.rules.js';
import type { RiskFigures, RiskResult } from './risk.rules.js';
import { rollout } from './rollout.calculator.js';
import type { RolloutResult } from './rollout.calculator.js';
import { Tracer } from './trace.js';
import type { TraceEntry } from './trace.js';
import { trainingYear } from './training.calculator.js';
import type { TrainingResult } from './training.calculator.js';
import { BUDGET_CATEGORIES, RISK_AREAS, SERVICE_AREAS } from './types.js';
import type { BudgetCategory, BudgetKind, DeviceFleetInput, Grade, MunicipalityInput, SchoolUnitInput, SchoolYearFacts, ServiceArea } from './types.js';
import { workload, hourlyCost } from './workload.calculator.js';
import type { WorkloadResult } from './workload.calculator.js';

/* ------------------------------------------------------------------ prepared base */

interface PreparedSchool {
  unit: SchoolUnitInput;
  /** Facts sorted by year. */
  facts: SchoolYearFacts[];
  /** Fleets grouped by year, years ascending. */
  fleetYears: number[];
  fleets: Map<number, DeviceFleetInput[]>;
}

export interface PreparedBase {
  readonly input: MunicipalityInput;
  readonly assumptions: AssumptionSet;
  readonly values: Readonly<Record<AssumptionId, number>>;
  readonly ctx: LeverContext;
  readonly schools: readonly PreparedSchool[];
  readonly schoolIndex: ReadonlyMap<string, number>;
  readonly posts: readonly PostState[];
  readonly postCost: ReadonlyMap<string, { annualCostSek: number; fteH: number }>;
  readonly budget: ReturnType<typeof indexBudgetLines>;
  readonly budgetYears: readonly number[];
  readonly supportOwner: Owner;
  /** Lease terms used when a school without a 1:1 fleet joins the programme. */
  readonly oneToOneReference: DeviceFleetInput | null;
  readonly teacherHourlyCostSek: number;
  readonly schoolLeaderHourlyCostSek: number;
  readonly weights: EquityWeights;
}

/** The part of a prepared base that does not depend on the assumptions. */
export type IndexedBase = Omit<PreparedBase, 'assumptions' | 'values' | 'teacherHourlyCostSek' | 'schoolLeaderHourlyCostSek' | 'weights'>;

/** Indexes the input once. Linear in its size. */
export function prepareBase(input: MunicipalityInput, assumptions: AssumptionSet): PreparedBase {
  const fleetsBySchool = new Map<string, Map<number, DeviceFleetInput[]>>();
  let oneToOneReference: DeviceFleetInput | null = null;
  for (const f of input.deviceFleets) {
    let byYear = fleetsBySchool.get(f.schoolUnitId);
    if (!byYear) fleetsBySchool.set(f.schoolUnitId, (byYear = new Map()));
    let list = byYear.get(f.year);
    if (!list) byYear.set(f.year, (list = []));
    list.push(f);
    if (!oneToOneReference && f.oneToOne && f.users === 'PUPILS') oneToOneReference = f;
  }
  const schools = input.schoolUnits.map((unit) => {
    const fleets = fleetsBySchool.get(unit.id) ?? new Map<number, DeviceFleetInput[]>();
    return { unit, facts: [...unit.years].sort((a, b) => a.year - b.year), fleets, fleetYears: [...fleets.keys()].sort((a, b) => a - b) };
  });
  const budget = indexBudgetLines(input.budgetLines);
  const indexed: IndexedBase = {
    input,
    ctx: leverContext(input),
    schools,
    schoolIndex: new Map(input.schoolUnits.map((s, i) => [s.id, i])),
    posts: input.supportUnit.posts.map(postState),
    postCost: new Map(input.supportUnit.posts.map((p) => [p.id, { annualCostSek: p.annualCostSek, fteH: toHundredths(p.fte) }])),
    budget,
    budgetYears: [...budget.byYear.keys()].sort((a, b) => a - b),
    supportOwner: { kind: 'CENTRAL', id: input.supportUnit.ownerId },
    oneToOneReference,
  };
  // The assumption-dependent fields come from withAssumptions, the one place that derives them.
  return withAssumptions(indexed, assumptions);
}

/**
 * The same prepared base under other assumptions, reusing its indexes (no re-indexing of the input): what a
 * sensitivity analysis needs to vary one assumption over its range many times.
 */
export function withAssumptions(p: IndexedBase, assumptions: AssumptionSet): PreparedBase {
  const v = assumptionValues(assumptions);
  const weightSum = equityWeightSum(assumptions);
  return {
    ...p,
    assumptions,
    values: v,
    teacherHourlyCostSek: hourlyCost(v.teacherMonthlySalarySek, v.employerFeeRate, v.teacherAnnualWorkingHours),
    schoolLeaderHourlyCostSek: hourlyCost(v.schoolLeaderMonthlySalarySek, v.employerFeeRate, v.schoolLeaderAnnualWorkingHours),
    weights: {
      devices: v.equityWeightDevices / weightSum,
      support: v.equityWeightSupport / weightSum,
      competence: v.equityWeightCompetence / weightSum,
      maturity: v.equityWeightMaturity / weightSum,
    },
  };
}

/** The nearest year ≤ `year` in ascending `years`, else the first; undefined when empty. */
function carryYear(years: readonly number[], year: number): number | undefined {
  let found: number | undefined;
  for (const y of years) {
    if (y <= year) found = y;
    else break;
  }
  return found ?? years[0];
}

function factsFor(s: PreparedSchool, year: number): SchoolYearFacts | undefined {
  let found: SchoolYearFacts | undefined;
  for (const f of s.facts) {
    if (f.year <= year) found = f;
    else break;
  }
  return found ?? s.facts[0];
}

function oneToOnePupils(f: SchoolYearFacts, grades: readonly Grade[], baseGrades: readonly Grade[]): number {
  if (!f.pupilsByGrade) return grades === baseGrades ? f.oneToOnePupils : 0;
  let n = 0;
  for (const g of grades) n += f.pupilsByGrade[g] ?? 0;
  return n;
}

/* ------------------------------------------------------------------ results */

export interface CostResult {
  totalSek: number;
  /** Whole SEK per pupil (rounded half away from zero); null without pupils. */
  perPupilSek: number | null;
  pupils: number;
  byCategory: Record<BudgetCategory, number>;
  byOwner: { owner: Owner; byCategory: Record<BudgetCategory, number>; totalSek: number }[];
  source: { year: number; kind: BudgetKind } | null;
}

export interface StaffingResult {
  totalFte: number;
  fteByArea: Record<ServiceArea, number>;
  capacityHoursByArea: Record<ServiceArea, number>;
  peopleServed: number;
  /** null when the unit has no FTE. */
  peoplePerFte: number | null;
}

export interface SupportResult {
  requestsPerYear: number;
  demandHours: number;
  capacityHours: number;
  supportFte: number;
  servers: number;
  state: 'stable' | 'saturated';
  /** demand / capacity; null only when there is demand and no capacity at all. */
  utilisation: number | null;
  probabilityOfWait: number | null;
  /** Expected wait before work starts, in working hours (Erlang C); null when saturated. */
  expectedWaitHours: number | null;
  /** Share of the schools' central demand that is met: min(1, capacity / demand). */
  fillRate: number;
}

export interface SchoolEquity {
  schoolUnitId: string;
  components: EquityComponents;
  index: number;
  belowThreshold: boolean;
  /** Support hours per year this school's teachers and leaders take over. */
  shiftedHours: number;
  shiftedHoursPerTeacher: number;
}

export interface OneToOneResult {
  grades: Grade[];
  pupils: number;
  devices: number;
  /** devices / pupils; null when the programme covers no pupils. */
  coverage: number | null;
}

export interface SideYear {
  year: number;
  costs: CostResult;
  staffing: StaffingResult;
  support: SupportResult;
  training: TrainingResult & { trainingFte: number; targetShare: number; targetYear: number; reachYear: number | null };
  workload: WorkloadResult;
  oneToOne: OneToOneResult;
  equity: { stats: EquityStats; schools: SchoolEquity[] };
}

export interface YearComparison {
  year: number;
  /** Base total − scenario total. */
  grossSavingSek: number;
  savingByCategory: Record<BudgetCategory, number>;
  /** Scenario workload cost − base workload cost. */
  shiftedCostSek: number;
  /** grossSavingSek − shiftedCostSek, exactly. */
  netSavingSek: number;
  capacityChangeHoursByArea: Record<ServiceArea, number>;
  goals: GoalImpact[];
  /** Schools under the equity threshold in the scenario but not in the base. */
  schoolsMovedBelowThreshold: number;
  /** The risk register of the year, base and scenario (rollout figures are the horizon's). */
  baseRisks: RiskResult[];
  risks: RiskResult[];
}

export interface SchoolImpact {
  schoolUnitId: string;
  code: string;
  name: string;
  hasLocalItCoordinator: boolean;
  socioeconomicIndex: number | null;
  equityIndexBase: number;
  equityIndexScenario: number;
  change: number;
  belowThresholdBase: boolean;
  belowThresholdScenario: boolean;
  shiftedHoursPerTeacher: number;
}

/** The contract's ScenarioSummary and more, for the first full year. */
export interface EngineSummary {
  year: number;
  grossSavingSek: number;
  shiftedCostSek: number;
  netSavingSek: number;
  supportFteBase: number;
  supportFteScenario: number;
  peopleServed: number;
  peoplePerFteBase: number | null;
  peoplePerFteScenario: number | null;
  supportUtilisationBase: number | null;
  /** Scenario utilisation; null only when no support capacity is left (then saturated). */
  supportUtilisation: number | null;
  supportSaturated: boolean;
  expectedWaitHoursBase: number | null;
  expectedWaitHours: number | null;
  shiftedHoursPerTeacher: number;
  schoolsMovedBelowThreshold: number;
  goalsAtRisk: string[];
}

export interface ScenarioEvaluation {
  baseYear: number;
  years: number[];
  summaryYear: number;
  base: SideYear[];
  scenario: SideYear[];
  comparison: YearComparison[];
  rollout: { base: RolloutResult; scenario: RolloutResult };
  summary: EngineSummary;
  equityBase: EquityStats;
  equityScenario: EquityStats;
  /** Per school, sorted by the change of its index (most negative first), then code. */
  schools: SchoolImpact[];
  /** Ids of schools under the threshold in the scenario but not in the base (summary year). */
  schoolsMovedBelowThreshold: string[];
  goalsAtRisk: GoalImpact[];
  baseRisks: RiskResult[];
  risks: RiskResult[];
  /** The assumption values this result used. */
  assumptionsUsed: Record<AssumptionId, number>;
  trace: TraceEntry[];
}

export class ScenarioValidationError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'ScenarioValidationError';
  }
}

/** Every error of the scenario against the prepared base (lever paths `levers.<i>.<kind>.<field>`). */
export function validate(prepared: PreparedBase, scenario: Scenario): ValidationError[] {
  const errors = validateScenario(prepared.ctx, scenario);
  scenario.levers.forEach((lever, i) => {
    if (lever.kind !== 'changeDevices' || lever.oneToOneGrades === undefined) return;
    const targets = lever.schoolUnitId === undefined ? prepared.schools : prepared.schools.filter((s) => s.unit.id === lever.schoolUnitId);
    const missing = targets.find((s) => s.facts.some((f) => !f.pupilsByGrade));
    if (missing) errors.push({ field: `levers.${i}.changeDevices.oneToOneGrades`, message: `Elever per årskurs saknas för ${missing.unit.name}; årskurserna i 1:1 kan inte ändras.` });
    else if (!prepared.oneToOneReference) errors.push({ field: `levers.${i}.changeDevices.oneToOneGrades`, message: 'Det finns ingen 1:1-leasing att utgå från.' });
  });
  return errors;
}

/* ------------------------------------------------------------------ one side, one year */

interface LeverState {
  posts: PostState[];
  targetShare: number;
  targetYear: number;
  /** Per school index: merged device changes in force (undefined: none). */
  devices: (Omit<ChangeDevicesLever, 'kind' | 'schoolUnitId' | 'fromYear'> | undefined)[] | null;
  budgetLevers: Extract<Lever, { kind: 'changeBudget' }>[];
}

function leverState(p: PreparedBase, levers: readonly Lever[]): LeverState {
  const posts = p.posts.map((s) => ({ ...s, sharesH: { ...s.sharesH } }));
  const byId = new Map(posts.map((s) => [s.id, s]));
  let targetShare = p.input.trainingTarget.share;
  let targetYear = p.input.trainingTarget.year;
  let devices: LeverState['devices'] = null;
  const budgetLevers: LeverState['budgetLevers'] = [];
  for (const lever of levers) {
    switch (lever.kind) {
      case 'changePostFte': {
        const s = byId.get(lever.postId);
        if (s) s.fteH += toHundredths(lever.deltaFte);
        break;
      }
      case 'movePostTime': {
        const s = byId.get(lever.postId);
        if (s) {
          const move = toHundredths(lever.share);
          s.sharesH[lever.fromArea] -= move;
          s.sharesH[lever.toArea] += move;
        }
        break;
      }
      case 'changeBudget':
        budgetLevers.push(lever);
        break;
      case 'changeDevices': {
        devices ??= p.schools.map(() => undefined);
        const { leaseCostPerMonthSek, replacementCycleYears, oneToOneGrades } = lever;
        const change = Object.fromEntries(Object.entries({ leaseCostPerMonthSek, replacementCycleYears, oneToOneGrades }).filter(([, x]) => x !== undefined));
        const apply = (i: number) => {
          devices![i] = { ...devices![i], ...change };
        };
        if (lever.schoolUnitId === undefined) p.schools.forEach((_, i) => apply(i));
        else {
          const i = p.schoolIndex.get(lever.schoolUnitId);
          if (i !== undefined) apply(i);
        }
        break;
      }
      case 'changeTrainingTarget':
        targetShare = lever.targetShare;
        if (lever.targetYear !== undefined) targetYear = lever.targetYear;
        break;
      default:
        assertUnreachable(lever);
    }
  }
  return { posts, targetShare, targetYear, devices, budgetLevers };
}

interface SideInput {
  year: number;
  levers: LeverState;
  trainedAtStart: number;
}

function evaluateSide(p: PreparedBase, { year, levers, trainedAtStart }: SideInput, trace: Tracer): SideYear {
  const v = p.values;
  const baseGrades = p.input.oneToOneGrades;
  const n = p.schools.length;

  /* School facts, people, devices. */
  let pupils = 0;
  let teachers = 0;
  let leaders = 0;
  let centralRequests = 0;
  let trainedShareSum = 0;
  let ottPupils = 0;
  let ottDevices = 0;
  const people = new Float64Array(n);
  const local = new Float64Array(n);
  const coverage = new Float64Array(n);
  const deviceDeltaSek: number[] = [];
  const facts: (SchoolYearFacts | undefined)[] = [];
  const ref = p.oneToOneReference;
  for (let i = 0; i < n; i++) {
    const s = p.schools[i]!;
    const f = factsFor(s, year);
    facts[i] = f;
    if (!f) continue;
    pupils += f.pupils;
    teachers += f.teachers;
    leaders += f.schoolLeaders;
    trainedShareSum += f.staffTrainedShare * f.teachers;
    people[i] = f.pupils + f.teachers + f.schoolLeaders;
    local[i] = s.unit.hasLocalItCoordinator ? v.localCoordinatorShareOfDemand : 0;
    centralRequests += ((people[i]! * v.supportRequestsPer1000People) / 1000) * (1 - local[i]!);

    const change = levers.devices?.[i];
    const grades = change?.oneToOneGrades ?? baseGrades;
    const basePupils1 = oneToOnePupils(f, baseGrades, baseGrades);
    const pupils1 = oneToOnePupils(f, grades, baseGrades);
    const fy = carryYear(s.fleetYears, year);
    const fleets = fy === undefined ? [] : (s.fleets.get(fy) ?? []);
    let devices = 0;
    let baseCost = 0;
    let cost = 0;
    let has1 = false;
    for (const fl of fleets) {
      if (fl.users !== 'PUPILS') continue;
      let count = fl.count;
      if (fl.oneToOne) {
        has1 = true;
        // The 1:1 fleet follows the programme's pupils, keeping the school's present ratio of devices to pupils.
        if (grades !== baseGrades) count = basePupils1 > 0 ? roundSek((fl.count * pupils1) / basePupils1) : pupils1;
        ottDevices += count;
      }
      devices += count;
      if (change) {
        baseCost += fleetAnnualCost(fl);
        cost += fleetAnnualCost({
          count,
          leaseCostPerMonthSek: change.leaseCostPerMonthSek ?? fl.leaseCostPerMonthSek,
          leaseTermMonths: fl.leaseTermMonths,
          replacementCycleYears: change.replacementCycleYears ?? fl.replacementCycleYears,
        });
      }
    }
    if (change && !has1 && pupils1 > 0 && ref) {
      // Joining the programme: lease terms of the municipality's first 1:1 fleet.
      devices += pupils1;
      ottDevices += pupils1;
      cost += fleetAnnualCost({
        count: pupils1,
        leaseCostPerMonthSek: change.leaseCostPerMonthSek ?? ref.leaseCostPerMonthSek,
        leaseTermMonths: ref.leaseTermMonths,
        replacementCycleYears: change.replacementCycleYears ?? ref.replacementCycleYears,
      });
    }
    ottPupils += pupils1;
    coverage[i] = deviceCoverage(devices, pupils1, f.pupils, v.pupilsPerSharedDevice);
    if (change) {
      const delta = roundSek(cost - baseCost);
      if (delta !== 0) deviceDeltaSek[i] = delta;
    }
  }
  const peopleServed = pupils + teachers + leaders;

  /* Staffing and capacity. */
  const posts = levers.posts;
  const fte = totalFte(posts);
  const areaFte = fteByArea(posts);
  const capacity = capacityByArea(posts, v.productiveHoursPerFte);
  trace.add({
    figure: 'staffing.capacityHoursByArea',
    formula: 'capacityByArea',
    description: 'Σ tjänster: årsarbetare × andel tid i området × produktiva timmar per årsarbetare',
    value: null,
    inputs: { ...Object.fromEntries(SERVICE_AREAS.map((a) => [`fte.${a}`, areaFte[a]])), productiveHoursPerFte: v.productiveHoursPerFte },
    assumptionIds: ['productiveHoursPerFte'],
  });
  trace.add({
    figure: 'staffing.peoplePerFte',
    formula: 'peoplePerFte',
    description: 'Betjänade personer (elever + lärare + skolledare) / stödenhetens årsarbetare',
    value: fte > 0 ? peopleServed / fte : null,
    inputs: { peopleServed, pupils, teachers, schoolLeaders: leaders, totalFte: fte },
    assumptionIds: [],
  });

  /* Support service level. */
  const level = supportServiceLevel({
    requestsPerYear: centralRequests,
    hoursPerRequest: v.hoursPerSupportRequest,
    supportFte: areaFte.PEDAGOGICAL_SUPPORT,
    productiveHoursPerFte: v.productiveHoursPerFte,
  });
  const q = level.queue;
  const fillRate = level.demandHours > 0 ? Math.min(1, level.capacityHours / level.demandHours) : 1;
  const support: SupportResult = {
    requestsPerYear: centralRequests,
    demandHours: level.demandHours,
    capacityHours: level.capacityHours,
    supportFte: areaFte.PEDAGOGICAL_SUPPORT,
    servers: q.servers,
    state: q.state,
    utilisation: q.utilisation,
    probabilityOfWait: q.state === 'stable' ? q.probabilityOfWait : null,
    expectedWaitHours: q.state === 'stable' ? q.expectedWait : null,
    fillRate,
  };
  trace.add({
    figure: 'support.demandHours',
    formula: 'supportDemand',
    description: 'Σ skolor: personer × ärenden per 1 000 personer / 1 000 × (1 − andel som lokal IT-samordnare löser) × timmar per ärende',
    value: level.demandHours,
    inputs: { peopleServed, requestsPerYear: centralRequests },
    assumptionIds: ['supportRequestsPer1000People', 'localCoordinatorShareOfDemand', 'hoursPerSupportRequest'],
  });
  trace.add({
    figure: 'support.utilisation',
    formula: 'utilisation',
    description: 'Beläggning ρ = efterfrågan i timmar / kapacitet i timmar (λ / cμ); ρ ≥ 1 betyder att kön växer utan gräns',
    value: q.utilisation,
    inputs: { demandHours: level.demandHours, capacityHours: level.capacityHours, supportFte: areaFte.PEDAGOGICAL_SUPPORT },
    assumptionIds: ['productiveHoursPerFte', 'hoursPerSupportRequest'],
  });
  trace.add({
    figure: 'support.expectedWaitHours',
    formula: 'erlangC',
    description: 'M/M/c-kö: c = ⌈årsarbetare i stödet⌉, Wq = C(c, a) / (cμ − λ) i arbetstimmar; ingen siffra när kön är mättad',
    value: support.expectedWaitHours,
    inputs: { servers: q.servers, arrivalsPerHour: centralRequests / v.productiveHoursPerFte, state: q.state },
    assumptionIds: ['productiveHoursPerFte', 'hoursPerSupportRequest', 'supportRequestsPer1000People'],
  });

  /* Workload shift. */
  const work = workload({
    demandHours: level.demandHours,
    capacityHours: level.capacityHours,
    teachers,
    schoolLeaders: leaders,
    shareShifted: v.shareOfUnmetDemandShiftedToStaff,
    staffHoursPerUnmetHour: v.staffHoursPerUnmetSupportHour,
    shareToSchoolLeaders: v.shareOfShiftedWorkToSchoolLeaders,
    teacherHourlyCostSek: p.teacherHourlyCostSek,
    schoolLeaderHourlyCostSek: p.schoolLeaderHourlyCostSek,
  });
  trace.add({
    figure: 'workload.costSek',
    formula: 'shiftedWorkloadCost',
    description:
      'max(0, efterfrågan − kapacitet) × andel som flyttas × lärartimmar per stödtimme, fördelat på lärare och skolledare, × timkostnad (månadslön × 12 × (1 + PO) / årsarbetstid), avrundat till hela kronor',
    value: work.costSek,
    inputs: { unmetHours: work.unmetHours, teacherHours: work.teacherHours, schoolLeaderHours: work.schoolLeaderHours, teacherHourlyCostSek: p.teacherHourlyCostSek, schoolLeaderHourlyCostSek: p.schoolLeaderHourlyCostSek },
    assumptionIds: [
      'shareOfUnmetDemandShiftedToStaff',
      'staffHoursPerUnmetSupportHour',
      'shareOfShiftedWorkToSchoolLeaders',
      'teacherMonthlySalarySek',
      'schoolLeaderMonthlySalarySek',
      'employerFeeRate',
      'teacherAnnualWorkingHours',
      'schoolLeaderAnnualWorkingHours',
    ],
  });

  /* Training. */
  const tr = trainingYear({
    teachers,
    trainedAtStart,
    trainingFte: areaFte.TRAINING,
    teachersPerTrainerFtePerYear: v.teachersPerTrainerFtePerYear,
    turnoverShare: v.teacherTurnoverShare,
    targetShare: levers.targetShare,
  });
  const training = { ...tr, trainingFte: areaFte.TRAINING, targetShare: levers.targetShare, targetYear: levers.targetYear, reachYear: trainingReachYear(year, tr.yearsToTarget) };
  trace.add({
    figure: 'training.yearsToTarget',
    formula: 'trainingYearsToTarget',
    description: 'Utbildade per år p = årsarbetare i utbildning × lärare per utbildare; x(n) = x(n−1)(1 − omsättning) + p; år tills x når målet (aldrig om p / omsättning ≤ målet)',
    value: tr.yearsToTarget,
    inputs: { teachers, trainedAtStart: tr.trainedAtStart, trainedPerYear: tr.trainedPerYear, targetTeachers: tr.targetTeachers },
    assumptionIds: ['teachersPerTrainerFtePerYear', 'teacherTurnoverShare'],
  });

  /* Equity per school. */
  const schools: SchoolEquity[] = [];
  const indices: number[] = [];
  const sei: (number | null)[] = [];
  const unmetShare = 1 - fillRate;
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    const components: EquityComponents = {
      deviceCoverage: coverage[i]!,
      supportAccess: supportAccess(local[i]!, fillRate),
      staffCompetence: f?.staffTrainedShare ?? 0,
      maturity: f?.maturityScore ?? 0,
    };
    const index = equityIndex(components, p.weights);
    const centralHours = ((people[i]! * v.supportRequestsPer1000People) / 1000) * (1 - local[i]!) * v.hoursPerSupportRequest;
    const shiftedHours = centralHours * unmetShare * v.shareOfUnmetDemandShiftedToStaff * v.staffHoursPerUnmetSupportHour;
    const teacherShifted = shiftedHours * (1 - v.shareOfShiftedWorkToSchoolLeaders);
    schools[i] = {
      schoolUnitId: p.schools[i]!.unit.id,
      components,
      index,
      belowThreshold: index < v.equityThreshold,
      shiftedHours,
      shiftedHoursPerTeacher: f && f.teachers > 0 ? teacherShifted / f.teachers : 0,
    };
    indices[i] = index;
    sei[i] = f?.socioeconomicIndex ?? null;
  }
  const stats = equityStats(indices, sei, v.equityThreshold);
  trace.add({
    figure: 'equity.index',
    formula: 'equityIndex',
    description:
      'Per skola: viktat medel av enhetstäckning (elevenheter / behov), tillgång till stöd (lokal andel + (1 − lokal andel) × andel mött centralt behov), andel utbildad personal och självskattad mognad',
    value: stats.meanIndex,
    inputs: { schools: n, fillRate, ...Object.fromEntries(Object.entries(p.weights).map(([k, w]) => [`weight.${k}`, w])) },
    assumptionIds: ['equityWeightDevices', 'equityWeightSupport', 'equityWeightCompetence', 'equityWeightMaturity', 'pupilsPerSharedDevice', 'localCoordinatorShareOfDemand'],
  });
  trace.add({
    figure: 'equity.stats',
    formula: 'equityStats',
    description: 'Över skolor: medel, variationskoefficient (std/medel), Gini, P90/P10 (saknas när P10 = 0), antal under tröskeln, Pearsons r mot socioekonomiskt index',
    value: stats.gini,
    inputs: { meanIndex: stats.meanIndex, coefficientOfVariation: stats.coefficientOfVariation, gini: stats.gini, p90p10: stats.p90p10, schoolsBelowThreshold: stats.schoolsBelowThreshold },
    assumptionIds: ['equityThreshold'],
  });

  /* Costs. */
  const costs = costsFor(p, year, levers, deviceDeltaSek, pupils);
  trace.add({
    figure: 'costs.totalSek',
    formula: 'costTotal',
    description:
      'Σ budgetrader för året (budget före prognos före utfall; senaste tidigare år förs fram i fasta priser) + hävstångarnas förändringar: tjänstens kostnad per årsarbetare × Δårsarbetare, leasingförändring, budgetförändring; varje förändring avrundad en gång',
    value: costs.totalSek,
    inputs: { sourceYear: costs.source?.year ?? null, sourceKind: costs.source?.kind ?? null, owners: costs.byOwner.length, pupils },
    assumptionIds: [],
  });

  trace.add({
    figure: 'costs.perPupilSek',
    formula: 'costPerPupil',
    description: 'Total kostnad / antal elever, avrundat till hela kronor',
    value: costs.perPupilSek,
    inputs: { totalSek: costs.totalSek, pupils },
    assumptionIds: [],
  });
  trace.add({
    figure: 'workload.hoursPerTeacher',
    formula: 'shiftedHoursPerTeacher',
    description: 'Överflyttade timmar × (1 − skolledarnas andel) / antal lärare',
    value: work.hoursPerTeacher,
    inputs: { teacherHours: work.teacherHours, teachers },
    assumptionIds: ['shareOfUnmetDemandShiftedToStaff', 'staffHoursPerUnmetSupportHour', 'shareOfShiftedWorkToSchoolLeaders'],
  });
  trace.add({
    figure: 'training.trainedPerYear',
    formula: 'trainingThroughput',
    description: 'Årsarbetare i utbildning och handledning × lärare som en heltidsutbildare hinner handleda per år',
    value: tr.trainedPerYear,
    inputs: { trainingFte: areaFte.TRAINING },
    assumptionIds: ['teachersPerTrainerFtePerYear'],
  });
  return {
    year,
    costs,
    staffing: { totalFte: fte, fteByArea: areaFte, capacityHoursByArea: capacity, peopleServed, peoplePerFte: fte > 0 ? peopleServed / fte : null },
    support,
    training,
    workload: work,
    oneToOne: { grades: [...(levers.devices?.find((d) => d?.oneToOneGrades)?.oneToOneGrades ?? baseGrades)], pupils: ottPupils, devices: ottDevices, coverage: ottPupils > 0 ? ottDevices / ottPupils : null },
    equity: { stats, schools },
  };
}

function costsFor(p: PreparedBase, year: number, levers: LeverState, deviceDeltaSek: readonly number[], pupils: number): CostResult {
  const by = carryYear(p.budgetYears, year);
  const kinds = by === undefined ? undefined : p.budget.byYear.get(by);
  const kind = kinds ? KIND_PREFERENCE.find((k) => kinds.has(k)) : undefined;
  const cells = kind && kinds ? kinds.get(kind)! : [];
  const table = {
    owners: [...p.budget.owners],
    amounts: p.budget.owners.map((_, o) => (cells[o] ? [...cells[o]!] : BUDGET_CATEGORIES.map(() => 0))),
    index: new Map(p.budget.ownerIndex),
  };
  // 1. Posts: cost per FTE × ΔFTE, on the support unit's PERSONNEL.
  for (const post of levers.posts) {
    const base = p.postCost.get(post.id);
    if (!base || base.fteH <= 0 || post.fteH === base.fteH) continue;
    addToCell(table, p.supportOwner, 'PERSONNEL', roundSek((base.annualCostSek * (post.fteH - base.fteH)) / base.fteH));
  }
  // 2. Device leases, per school.
  deviceDeltaSek.forEach((delta, i) => {
    if (delta) addToCell(table, { kind: 'SCHOOL', id: p.schools[i]!.unit.id }, 'DEVICES', delta);
  });
  // 3. Budget levers in list order.
  for (const lever of levers.budgetLevers) {
    const c = CATEGORY_INDEX[lever.category];
    const selected: number[] = [];
    table.owners.forEach((o, idx) => {
      const s = lever.scope;
      const match =
        s.kind === 'all' ||
        (s.kind === 'central' && o.kind === 'CENTRAL') ||
        (s.kind === 'school' && o.kind === 'SCHOOL' && o.id === s.schoolUnitId) ||
        (s.kind === 'group' && o.kind === 'SCHOOL' && (p.schools[p.schoolIndex.get(o.id) ?? -1]?.unit.groups.includes(s.group) ?? false));
      if (match) selected.push(idx);
    });
    if (selected.length === 0 && lever.scope.kind === 'school') {
      addToCell(table, { kind: 'SCHOOL', id: lever.scope.schoolUnitId }, lever.category, 0);
      selected.push(table.owners.length - 1);
    }
    const amounts = selected.map((idx) => table.amounts[idx]![c]!);
    const deltas = lever.percent !== undefined ? percentOfCells(amounts, lever.percent) : spreadAmount(amounts, lever.amountSek ?? 0);
    selected.forEach((idx, k) => {
      table.amounts[idx]![c]! += deltas[k]!;
    });
  }
  const byCategory = Object.fromEntries(BUDGET_CATEGORIES.map((cat) => [cat, 0])) as Record<BudgetCategory, number>;
  const byOwner = table.owners.map((owner, o) => {
    const row = table.amounts[o]!;
    const cats = {} as Record<BudgetCategory, number>;
    let totalSek = 0;
    for (let ci = 0; ci < BUDGET_CATEGORIES.length; ci++) {
      const cat = BUDGET_CATEGORIES[ci]!;
      cats[cat] = row[ci]!;
      byCategory[cat] += row[ci]!;
      totalSek += row[ci]!;
    }
    return { owner, byCategory: cats, totalSek };
  });
  const totalSek = byOwner.reduce((s, o) => s + o.totalSek, 0);
  return { totalSek, perPupilSek: pupils > 0 ? roundSek(totalSek / pupils) : null, pupils, byCategory, byOwner, source: by !== undefined && kind ? { year: by, kind } : null };
}

/* ------------------------------------------------------------------ evaluate */

function riskFigures(p: PreparedBase, side: SideYear, base: SideYear, rolloutResult: RolloutResult): RiskFigures {
  let newlyBelow = 0;
  let newlyBelowWithoutCoordinator = 0;
  side.equity.schools.forEach((x, i) => {
    if (x.belowThreshold && !base.equity.schools[i]!.belowThreshold) {
      newlyBelow++;
      if (!p.schools[i]!.unit.hasLocalItCoordinator) newlyBelowWithoutCoordinator++;
    }
  });
  const s = side.support;
  return {
    support: { utilisation: s.utilisation, saturated: s.state === 'saturated', expectedWaitHours: s.expectedWaitHours, supportFte: s.supportFte, demandHours: s.demandHours, capacityHours: s.capacityHours },
    workload: { hoursPerTeacher: side.workload.hoursPerTeacher, hoursPerSchoolLeader: side.workload.hoursPerSchoolLeader, shiftedCostSek: side.workload.costSek },
    equity: { schools: side.equity.stats.schools, belowThreshold: side.equity.stats.schoolsBelowThreshold, newlyBelow, newlyBelowWithoutCoordinator, threshold: p.values.equityThreshold, meanIndex: side.equity.stats.meanIndex },
    staffing: {
      baseFte: base.staffing.totalFte,
      fte: side.staffing.totalFte,
      areasEmptied: SERVICE_AREAS.filter((a) => base.staffing.fteByArea[a] > 0 && side.staffing.fteByArea[a] <= 0),
    },
    oneToOne: { pupils: side.oneToOne.pupils, devices: side.oneToOne.devices, coverage: side.oneToOne.coverage },
    assistive: { baseHours: base.staffing.capacityHoursByArea.ASSISTIVE_TOOLS, hours: side.staffing.capacityHoursByArea.ASSISTIVE_TOOLS },
    training: { year: side.year, yearsToTarget: side.training.yearsToTarget, targetYear: side.training.targetYear, targetShare: side.training.targetShare, trainedShare: side.training.teachers > 0 ? side.training.trainedAtStart / side.training.teachers : 0 },
    rollout: { unitsRemaining: p.input.rollout.unitsRemaining, monthsToFinish: rolloutResult.monthsToFinish, delayMonths: rolloutResult.delayMonths, monthsPlanned: p.input.rollout.monthsPlanned },
  };
}

function baseTrained(p: PreparedBase, baseYear: number): number {
  let trained = 0;
  for (const s of p.schools) {
    const f = factsFor(s, baseYear);
    if (f) trained += f.staffTrainedShare * f.teachers;
  }
  return trained;
}

/** Evaluates a scenario against the prepared base. Throws ScenarioValidationError when `validate` finds errors. */
export function evaluate(p: PreparedBase, scenario: Scenario): ScenarioEvaluation {
  const errors = validate(p, scenario);
  if (errors.length > 0) throw new ScenarioValidationError(errors);
  const { baseYear, horizonYears } = scenario;
  const years = Array.from({ length: horizonYears }, (_, k) => baseYear + 1 + k);
  const tracer = new Tracer('');
  const baseLevers = leverState(p, []);
  const base: SideYear[] = [];
  const scen: SideYear[] = [];
  let trainedBase = baseTrained(p, baseYear);
  let trainedScen = trainedBase;
  for (const year of years) {
    const inForce = scenario.levers.filter((l) => leverFromYear(l, baseYear) <= year);
    const b = evaluateSide(p, { year, levers: baseLevers, trainedAtStart: trainedBase }, tracer.child(`years.${year}.base`));
    const s = evaluateSide(p, { year, levers: leverState(p, inForce), trainedAtStart: trainedScen }, tracer.child(`years.${year}.scenario`));
    trainedBase = b.training.trainedAtEnd;
    trainedScen = s.training.trainedAtEnd;
    base.push(b);
    scen.push(s);
  }

  const rolloutFor = (sides: SideYear[]) =>
    rollout({
      unitsRemaining: p.input.rollout.unitsRemaining,
      hoursPerUnit: p.values.rolloutHoursPerUnit,
      monthsPlanned: p.input.rollout.monthsPlanned,
      rolloutHoursPerYear: sides.map((x) => x.staffing.capacityHoursByArea.PLATFORM_ADMIN * p.values.rolloutShareOfPlatformCapacity),
    });
  const rolloutBase = rolloutFor(base);
  const rolloutScen = rolloutFor(scen);
  tracer.add({
    figure: 'rollout.base.monthsToFinish',
    formula: 'rolloutMonths',
    description: 'Återstående enheter × timmar per enhet, utfört med plattformsförvaltningens kapacitet × andel för införande, år för år',
    value: rolloutBase.monthsToFinish,
    inputs: { unitsRemaining: p.input.rollout.unitsRemaining, workHours: rolloutBase.workHours, monthsPlanned: p.input.rollout.monthsPlanned },
    assumptionIds: ['rolloutHoursPerUnit', 'rolloutShareOfPlatformCapacity', 'productiveHoursPerFte'],
  });
  tracer.add({
    figure: 'rollout.scenario.monthsToFinish',
    formula: 'rolloutMonths',
    description: 'Återstående enheter × timmar per enhet, utfört med plattformsförvaltningens kapacitet × andel för införande, år för år; försening = månader − planerade månader',
    value: rolloutScen.monthsToFinish,
    inputs: { unitsRemaining: p.input.rollout.unitsRemaining, workHours: rolloutScen.workHours, monthsPlanned: p.input.rollout.monthsPlanned },
    assumptionIds: ['rolloutHoursPerUnit', 'rolloutShareOfPlatformCapacity', 'productiveHoursPerFte'],
  });

  const risksFor = (b: SideYear, s: SideYear) => {
    const figures = riskFigures(p, s, b, rolloutScen);
    return {
      schoolsMovedBelowThreshold: figures.equity.newlyBelow,
      baseRisks: assessRisks(riskFigures(p, b, b, rolloutBase), p.input.goals, RISK_AREAS),
      risks: assessRisks(figures, p.input.goals, RISK_AREAS),
    };
  };
  const comparison = years.map((year, k) => {
    const b = base[k]!;
    const s = scen[k]!;
    const grossSavingSek = b.costs.totalSek - s.costs.totalSek;
    const shiftedCostSek = s.workload.costSek - b.workload.costSek;
    const netSavingSek = grossSavingSek - shiftedCostSek;
    const t = tracer.child(`years.${year}.comparison`);
    t.add({ figure: 'grossSavingSek', formula: 'grossSaving', description: 'Basens totala kostnad − scenariots totala kostnad', value: grossSavingSek, inputs: { baseTotalSek: b.costs.totalSek, scenarioTotalSek: s.costs.totalSek }, assumptionIds: [] });
    t.add({ figure: 'netSavingSek', formula: 'netSaving', description: 'Bruttobesparing − kostnad för arbete som flyttas till lärare och skolledare', value: netSavingSek, inputs: { grossSavingSek, shiftedCostSek }, assumptionIds: [] });
    const capacityChangeHoursByArea = zeroByArea();
    for (const a of SERVICE_AREAS) capacityChangeHoursByArea[a] = s.staffing.capacityHoursByArea[a] - b.staffing.capacityHoursByArea[a];
    return {
      year,
      grossSavingSek,
      savingByCategory: Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, b.costs.byCategory[c] - s.costs.byCategory[c]])) as Record<BudgetCategory, number>,
      shiftedCostSek,
      netSavingSek,
      capacityChangeHoursByArea,
      goals: goalImpacts(p.input.goals, b.staffing.capacityHoursByArea, s.staffing.capacityHoursByArea, p.values.goalAtRiskCapacityLossShare),
      ...risksFor(b, s),
    };
  });

  // The first full year: every lever in force.
  const summaryYear = Math.min(years.at(-1)!, Math.max(years[0]!, ...scenario.levers.map((l) => leverFromYear(l, baseYear))));
  const k = years.indexOf(summaryYear);
  const b = base[k]!;
  const s = scen[k]!;
  const c = comparison[k]!;
  const schools: SchoolImpact[] = p.schools.map((ps, i) => {
    const eb = b.equity.schools[i]!;
    const es = s.equity.schools[i]!;
    return {
      schoolUnitId: ps.unit.id,
      code: ps.unit.code,
      name: ps.unit.name,
      hasLocalItCoordinator: ps.unit.hasLocalItCoordinator,
      socioeconomicIndex: factsFor(ps, summaryYear)?.socioeconomicIndex ?? null,
      equityIndexBase: eb.index,
      equityIndexScenario: es.index,
      change: es.index - eb.index,
      belowThresholdBase: eb.belowThreshold,
      belowThresholdScenario: es.belowThreshold,
      shiftedHoursPerTeacher: es.shiftedHoursPerTeacher - eb.shiftedHoursPerTeacher,
    };
  });
  schools.sort((x, y) => x.change - y.change || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  const moved = schools.filter((x) => x.belowThresholdScenario && !x.belowThresholdBase).map((x) => x.schoolUnitId);
  const goalsAtRisk = c.goals.filter((g) => g.atRisk);
  const { baseRisks, risks } = c;

  const summary: EngineSummary = {
    year: summaryYear,
    grossSavingSek: c.grossSavingSek,
    shiftedCostSek: c.shiftedCostSek,
    netSavingSek: c.netSavingSek,
    supportFteBase: b.staffing.totalFte,
    supportFteScenario: s.staffing.totalFte,
    peopleServed: s.staffing.peopleServed,
    peoplePerFteBase: b.staffing.peoplePerFte,
    peoplePerFteScenario: s.staffing.peoplePerFte,
    supportUtilisationBase: b.support.utilisation,
    supportUtilisation: s.support.utilisation,
    supportSaturated: s.support.state === 'saturated',
    expectedWaitHoursBase: b.support.expectedWaitHours,
    expectedWaitHours: s.support.expectedWaitHours,
    shiftedHoursPerTeacher: s.workload.hoursPerTeacher - b.workload.hoursPerTeacher,
    schoolsMovedBelowThreshold: moved.length,
    goalsAtRisk: goalsAtRisk.map((g) => g.goal),
  };
  const st = tracer.child('summary');
  const y = `years.${summaryYear}`;
  const ref = (figure: string, path: string) => {
    const e = tracer.entries.get(path);
    if (e) st.add({ ...e, figure });
  };
  ref('grossSavingSek', `${y}.comparison.grossSavingSek`);
  ref('netSavingSek', `${y}.comparison.netSavingSek`);
  ref('shiftedCostSek', `${y}.scenario.workload.costSek`);
  ref('peoplePerFteBase', `${y}.base.staffing.peoplePerFte`);
  ref('peoplePerFteScenario', `${y}.scenario.staffing.peoplePerFte`);
  ref('supportUtilisation', `${y}.scenario.support.utilisation`);
  ref('expectedWaitHours', `${y}.scenario.support.expectedWaitHours`);
  ref('supportUtilisationBase', `${y}.base.support.utilisation`);
  ref('expectedWaitHoursBase', `${y}.base.support.expectedWaitHours`);
  st.add({
    figure: 'peopleServed',
    formula: 'peopleServed',
    description: 'Σ skolenheter: elever + lärare + skolledare',
    value: s.staffing.peopleServed,
    inputs: { schools: p.schools.length, teachers: s.training.teachers, pupils: s.costs.pupils },
    assumptionIds: [],
  });
  st.add({ figure: 'year', formula: 'summaryYear', description: 'Första hela året: det första året då alla hävstänger gäller', value: summaryYear, inputs: { baseYear, horizonYears }, assumptionIds: [] });
  st.add({ figure: 'supportFteBase', formula: 'totalFte', description: 'Σ tjänsternas årsarbetare i basen', value: b.staffing.totalFte, inputs: { posts: p.posts.length }, assumptionIds: [] });
  st.add({
    figure: 'supportSaturated',
    formula: 'saturated',
    description: 'Kön är mättad när beläggningen ρ ≥ 1 (eller när kapacitet saknas helt)',
    value: summary.supportSaturated,
    inputs: { utilisation: s.support.utilisation },
    assumptionIds: [],
  });
  st.add({
    figure: 'shiftedHoursPerTeacher',
    formula: 'shiftedHoursPerTeacher',
    description: 'Scenariots överflyttade lärartimmar per lärare − basens',
    value: summary.shiftedHoursPerTeacher,
    inputs: { scenarioTeacherHours: s.workload.teacherHours, baseTeacherHours: b.workload.teacherHours, teachers: s.training.teachers },
    assumptionIds: ['shareOfUnmetDemandShiftedToStaff', 'staffHoursPerUnmetSupportHour', 'shareOfShiftedWorkToSchoolLeaders'],
  });
  st.add({
    figure: 'schoolsMovedBelowThreshold',
    formula: 'schoolsMovedBelowThreshold',
    description: 'Skolor vars likvärdighetsindex ligger under tröskeln i scenariot men inte i basen',
    value: moved.length,
    inputs: { belowBase: b.equity.stats.schoolsBelowThreshold, belowScenario: s.equity.stats.schoolsBelowThreshold },
    assumptionIds: ['equityThreshold'],
  });
  st.add({
    figure: 'goalsAtRisk',
    formula: 'goalsAtRisk',
    description: 'Delmål vars tjänande verksamhetsområden tappar minst tröskelandelen av sin kapacitet: (bas − scenario) / bas',
    value: summary.goalsAtRisk.join(', '),
    inputs: Object.fromEntries(c.goals.map((g) => [`lossShare.${g.goal}`, g.capacityLossShare])),
    assumptionIds: ['goalAtRiskCapacityLossShare', 'productiveHoursPerFte'],
  });
  st.add({ figure: 'supportFteScenario', formula: 'totalFte', description: 'Σ tjänsternas årsarbetare efter hävstängerna', value: s.staffing.totalFte, inputs: { supportFteBase: b.staffing.totalFte }, assumptionIds: [] });
  st.add({
    figure: 'shiftedCostSek',
    formula: 'shiftedCost',
    description: 'Scenariots kostnad för överflyttat arbete − basens',
    value: c.shiftedCostSek,
    inputs: { scenarioWorkloadCostSek: s.workload.costSek, baseWorkloadCostSek: b.workload.costSek },
    assumptionIds: tracer.entries.get(`${y}.scenario.workload.costSek`)?.assumptionIds ?? [],
  });

  return {
    baseYear,
    years,
    summaryYear,
    base,
    scenario: scen,
    comparison,
    rollout: { base: rolloutBase, scenario: rolloutScen },
    summary,
    equityBase: b.equity.stats,
    equityScenario: s.equity.stats,
    schools,
    schoolsMovedBelowThreshold: moved,
    goalsAtRisk,
    baseRisks,
    risks,
    assumptionsUsed: { ...p.values },
    trace: [...tracer.entries.values()],
  };
}

/** The trace entry of one figure, e.g. `summary.netSavingSek`. */
export function explain(result: ScenarioEvaluation, figure: string): TraceEntry | undefined {
  return result.trace.find((e) => e.figure === figure);
}
