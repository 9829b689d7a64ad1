/**
 * Sensitivity analysis ("how sure are you?"): how much each assumption moves a scenario's key results when it is
 * varied one at a time over the low–high range stored with it (the tornado), the interval of each key result when
 * the assumptions that matter most sit at their range ends together (ranges instead of false precision, with the
 * flips said plainly), and the break-even of a cut: how large the shifted workload may be before the net saving
 * turns negative.
 *
 * Pure: one prepared base is reused under other assumption values (`withAssumptions`), so a full run is
 * 1 + 2 × 24 one-at-a-time evaluations, at most 2⁴ corners per key result (shared through a cache) and a few for
 * the break-even — no re-indexing, no I/O.
 */
import { ASSUMPTION_IDS, equityWeightSum, withOverrides } from './assumptions.js';
import type { AssumptionId, AssumptionSet } from './assumptions.js';
import { formatNumber, formatPercent, formatTkr } from './format.js';
import type { Scenario } from './levers.js';
import { evaluate, withAssumptions } from './scenario.engine.js';
import type { PreparedBase, ScenarioEvaluation } from './scenario.engine.js';

/** The key results a sensitivity analysis follows, all of the summary year (the first full year). */
export const SENSITIVITY_RESULTS = ['netSavingSek', 'supportUtilisation', 'expectedWaitHours', 'equityMeanIndex', 'equityCoefficientOfVariation', 'totalRiskScore'] as const;
export type SensitivityResultId = (typeof SENSITIVITY_RESULTS)[number];

interface ResultDefinition {
  label: string;
  unit: string;
  read(e: ScenarioEvaluation): number | null;
  /**
   * The trace figures (under `years.<summary year>.`) the result is computed from; the union of their assumption ids
   * is what the result can depend on. `null`: every figure of the evaluation (the risk register reads them all).
   */
  figures: readonly string[] | null;
}

const SUPPORT_FIGURES = ['scenario.support.demandHours', 'scenario.support.utilisation', 'scenario.staffing.capacityHoursByArea'];

export const RESULT_DEFINITIONS: Readonly<Record<SensitivityResultId, ResultDefinition>> = {
  netSavingSek: {
    label: 'Nettobesparing',
    unit: 'kr',
    read: (e) => e.summary.netSavingSek,
    figures: ['base.costs.totalSek', 'scenario.costs.totalSek', 'base.workload.costSek', 'scenario.workload.costSek', 'base.support.demandHours', 'base.staffing.capacityHoursByArea', ...SUPPORT_FIGURES],
  },
  supportUtilisation: { label: 'Beläggning i pedagogiskt IT-stöd', unit: 'ρ', read: (e) => e.summary.supportUtilisation, figures: SUPPORT_FIGURES },
  expectedWaitHours: {
    label: 'Förväntad väntetid på stöd',
    unit: 'arbetstimmar',
    read: (e) => e.summary.expectedWaitHours,
    figures: [...SUPPORT_FIGURES, 'scenario.support.expectedWaitHours'],
  },
  equityMeanIndex: {
    label: 'Likvärdighetsindex, medel',
    unit: 'index 0–1',
    read: (e) => e.equityScenario.meanIndex,
    figures: [...SUPPORT_FIGURES, 'scenario.equity.index'],
  },
  equityCoefficientOfVariation: {
    label: 'Spridning mellan skolor (variationskoefficient)',
    unit: 'std/medel',
    read: (e) => e.equityScenario.coefficientOfVariation,
    figures: [...SUPPORT_FIGURES, 'scenario.equity.index'],
  },
  totalRiskScore: { label: 'Samlad riskpoäng', unit: 'poäng', read: (e) => e.risks.reduce((s, r) => s + r.score, 0), figures: null },
};

/** How many of a result's most influential assumptions its range sets to their ends together (2⁴ corners). */
export const RANGE_TOP_ASSUMPTIONS = 4;
/** The assumptions that drive the shifted cost, for the break-even view. */
export const BREAK_EVEN_ASSUMPTIONS = ['staffHoursPerUnmetSupportHour', 'shareOfUnmetDemandShiftedToStaff'] as const satisfies readonly AssumptionId[];
/**
 * The net saving at the break-even value is 0 up to rounding: the shifted cost is the sum of four amounts (teachers
 * and school leaders, scenario and base), each rounded to whole kronor once.
 */
export const BREAK_EVEN_TOLERANCE_SEK = 2;

export interface TornadoRow {
  assumptionId: AssumptionId;
  label: string;
  unit: string;
  source: string;
  value: number;
  low: number;
  high: number;
  resultAtLow: number | null;
  resultAtHigh: number | null;
  /** max − min of the result over {low, value, high} (null results — an unbounded queue — left out). */
  effect: number;
  /** The result flips inside the range (see `SensitivityRange.flips`). */
  flips: boolean;
}

export interface Tornado {
  result: SensitivityResultId;
  label: string;
  unit: string;
  value: number | null;
  /** Sorted by effect, largest first; ties (and zero effects) in the assumptions' own order. */
  rows: TornadoRow[];
}

export interface SensitivityRange {
  result: SensitivityResultId;
  label: string;
  unit: string;
  value: number | null;
  /** The smallest and largest result over the corners; null for the waiting time means "no number: unbounded". */
  low: number | null;
  high: number | null;
  /** At some corner the result has no number: the queue grows without bound. */
  unbounded: boolean;
  /** Net saving changes sign; utilisation crosses 1; the waiting time goes between a number and none. */
  flips: boolean;
  /** The assumptions set to their range ends together, most influential first. */
  assumptionIds: AssumptionId[];
  /** Swedish, plain. */
  explanation: string;
}

export type BreakEvenState = 'BREAK_EVEN' | 'ALREADY_NEGATIVE' | 'NEVER' | 'NO_SHIFT' | 'NOT_A_CUT';

export interface BreakEven {
  assumptionId: AssumptionId;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  state: BreakEvenState;
  /** The value at which the net saving is 0 (up to rounding); null unless BREAK_EVEN or ALREADY_NEGATIVE. */
  breakEvenValue: number | null;
  /** The net saving evaluated at `breakEvenValue`. */
  netSavingAtBreakEvenSek: number | null;
  /** The break-even lies inside the assumption's plausible range. */
  insideRange: boolean;
  explanation: string;
}

export interface SensitivityAnalysis {
  summaryYear: number;
  evaluations: number;
  tornadoes: Tornado[];
  ranges: SensitivityRange[];
  breakEven: BreakEven[];
}

type Overrides = Partial<Record<AssumptionId, number>>;

/** Evaluates the scenario under overridden assumptions on the one prepared base, each distinct set once. */
class Evaluator {
  private readonly cache = new Map<string, ScenarioEvaluation>();
  count = 0;
  constructor(
    private readonly prepared: PreparedBase,
    private readonly scenario: Scenario,
  ) {}

  at(overrides: Overrides): ScenarioEvaluation {
    const key = ASSUMPTION_IDS.filter((id) => overrides[id] !== undefined && overrides[id] !== this.prepared.values[id])
      .map((id) => `${id}=${overrides[id]}`)
      .join(';');
    let e = this.cache.get(key);
    if (!e) {
      const assumptions = key === '' ? this.prepared.assumptions : withOverrides(this.prepared.assumptions, overrides);
      e = evaluate(key === '' ? this.prepared : withAssumptions(this.prepared, assumptions), this.scenario);
      this.count++;
      this.cache.set(key, e);
    }
    return e;
  }
}

/**
 * The assumptions a key result can depend on, read from the evaluation's trace (the union of the assumption ids
 * of the figures it is computed from). Varying any other assumption leaves the result exactly as it is.
 */
export function resultDependencies(e: ScenarioEvaluation, result: SensitivityResultId): Set<AssumptionId> {
  const figures = RESULT_DEFINITIONS[result].figures;
  const wanted = figures ? new Set(figures.map((f) => `years.${e.summaryYear}.${f}`)) : null;
  const ids = new Set<AssumptionId>();
  for (const t of e.trace) if (!wanted || wanted.has(t.figure)) for (const id of t.assumptionIds) ids.add(id);
  return ids;
}

function flipsBetween(result: SensitivityResultId, values: readonly (number | null)[]): boolean {
  const known = values.filter((v): v is number => v !== null);
  switch (result) {
    case 'netSavingSek':
      return known.some((v) => v < 0) && known.some((v) => v > 0);
    case 'supportUtilisation':
      return known.some((v) => v < 1) && known.some((v) => v >= 1);
    case 'expectedWaitHours':
      return known.length > 0 && known.length < values.length;
    default:
      return false;
  }
}

function span(values: readonly (number | null)[]): number {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? 0 : Math.max(...known) - Math.min(...known);
}

/** An assumption set the engine can use: the equity weights must not all be 0. */
function usable(base: AssumptionSet, overrides: Overrides): boolean {
  return equityWeightSum(withOverrides(base, overrides)) > 0;
}

function tornadoFor(ev: Evaluator, prepared: PreparedBase, result: SensitivityResultId): Tornado {
  const def = RESULT_DEFINITIONS[result];
  const point = def.read(ev.at({}));
  const rows = ASSUMPTION_IDS.map((id): TornadoRow => {
    const a = prepared.assumptions[id];
    const at = (v: number) => (usable(prepared.assumptions, { [id]: v }) ? def.read(ev.at({ [id]: v })) : point);
    const resultAtLow = at(a.low);
    const resultAtHigh = at(a.high);
    const values = [resultAtLow, point, resultAtHigh];
    return { assumptionId: id, label: a.label, unit: a.unit, source: a.source, value: a.value, low: a.low, high: a.high, resultAtLow, resultAtHigh, effect: span(values), flips: flipsBetween(result, values) };
  });
  const order = new Map(ASSUMPTION_IDS.map((id, k) => [id, k]));
  rows.sort((x, y) => y.effect - x.effect || order.get(x.assumptionId)! - order.get(y.assumptionId)!);
  return { result, label: def.label, unit: def.unit, value: point, rows };
}

function formatResult(result: SensitivityResultId, v: number): string {
  switch (result) {
    case 'netSavingSek':
      return formatTkr(v);
    case 'supportUtilisation':
      return formatPercent(v);
    case 'expectedWaitHours':
      return `${formatNumber(v, v < 1 ? 2 : 1)}\u00a0arbetstimmar`;
    case 'totalRiskScore':
      return formatNumber(v, 0);
    default:
      return formatNumber(v, 3);
  }
}

function rangeExplanation(r: Omit<SensitivityRange, 'explanation'>): string {
  const f = (v: number) => formatResult(r.result, v);
  const n = r.assumptionIds.length;
  const when = n === 1 ? 'när det viktigaste antagandet sätts till ytterlägena i sitt intervall' : `när de ${n} viktigaste antagandena sätts till ytterlägena i sina intervall`;
  if (r.value === null && r.result === 'expectedWaitHours') {
    if (r.low === null) return 'Ingen väntetid kan anges: kön till stödet växer utan gräns i hela intervallet (beläggningen är minst 100\u00a0%).';
    return `Ingen väntetid kan anges: kön till stödet växer utan gräns. Bara ${when.replace('sätts till ytterlägena', 'sätts till de gynnsammaste ytterlägena')} kan kön bli stabil, med en väntetid på i bästa fall ${f(r.low)}.`;
  }
  if (r.value === null || r.low === null) return `${r.label}: siffra saknas.`;
  if (n === 0) return `${r.label} är ${f(r.value)}; inget av antagandena påverkar den.`;
  const interval = r.high === null ? `från ${f(r.low)} och uppåt utan gräns` : `mellan ${f(r.low)} och ${f(r.high)}`;
  let text = `${r.label} är ${f(r.value)}, men ligger ${interval} ${when}.`;
  switch (r.result) {
    case 'netSavingSek':
      if (r.flips) text += ' Nettobesparingen kan alltså bli negativ: då kostar det arbete som flyttas till lärare och skolledare mer än det som sparas.';
      else if (r.high !== null && r.high <= 0) text += ' Nettobesparingen är negativ i hela intervallet.';
      else text += ' Nettobesparingen är positiv i hela intervallet.';
      break;
    case 'supportUtilisation':
      if (r.flips) text += ' Inom intervallet passerar beläggningen 100\u00a0%: då växer kön till stödet utan gräns och ingen väntetid kan anges.';
      else if (r.low >= 1) text += ' Beläggningen är minst 100\u00a0% i hela intervallet: kön till stödet växer utan gräns oavsett antagande.';
      else text += ' Beläggningen är under 100\u00a0% i hela intervallet: kön är stabil.';
      break;
    case 'expectedWaitHours':
      if (r.flips) text += ' I en del av intervallet går det inte att ange någon väntetid: kön växer utan gräns.';
      break;
    default:
      break;
  }
  return text;
}

function rangeFor(ev: Evaluator, prepared: PreparedBase, tornado: Tornado, utilisationTornado: Tornado): SensitivityRange {
  const { result } = tornado;
  const def = RESULT_DEFINITIONS[result];
  // The waiting time has no number while the queue is saturated; its range follows the assumptions that move the
  // utilisation, which decides whether there is a number at all.
  const ranked = (result === 'expectedWaitHours' && tornado.rows[0]!.effect === 0 ? utilisationTornado : tornado).rows;
  const top = ranked.filter((r) => r.effect > 0 || r.flips).slice(0, RANGE_TOP_ASSUMPTIONS);
  const values: (number | null)[] = [tornado.value];
  for (let mask = 0; mask < 1 << top.length; mask++) {
    const overrides: Overrides = {};
    top.forEach((row, k) => {
      overrides[row.assumptionId] = mask & (1 << k) ? row.high : row.low;
    });
    if (usable(prepared.assumptions, overrides)) values.push(def.read(ev.at(overrides)));
  }
  const known = values.filter((v): v is number => v !== null);
  const unbounded = known.length < values.length;
  const low = known.length > 0 ? Math.min(...known) : null;
  // An unbounded waiting time has no upper end; the other results are never null while capacity is left.
  const high = known.length === 0 ? null : result === 'expectedWaitHours' && unbounded ? null : Math.max(...known);
  const range = { result, label: def.label, unit: def.unit, value: tornado.value, low, high, unbounded, flips: flipsBetween(result, values), assumptionIds: top.map((r) => r.assumptionId) };
  return { ...range, explanation: rangeExplanation(range) };
}

function breakEvenFor(ev: Evaluator, prepared: PreparedBase, id: (typeof BREAK_EVEN_ASSUMPTIONS)[number]): BreakEven {
  const a = prepared.assumptions[id];
  const point = ev.at({});
  const gross = point.summary.grossSavingSek;
  const shifted = point.summary.shiftedCostSek;
  const head = { assumptionId: id, label: a.label, unit: a.unit, value: a.value, low: a.low, high: a.high };
  const done = (state: BreakEvenState, explanation: string, breakEvenValue: number | null = null, net: number | null = null): BreakEven => ({
    ...head,
    state,
    breakEvenValue,
    netSavingAtBreakEvenSek: net,
    insideRange: breakEvenValue !== null && breakEvenValue >= a.low && breakEvenValue <= a.high,
    explanation,
  });
  const value = (v: number) => `${formatNumber(v, 2)}\u00a0${a.unit}`;
  if (gross <= 0) return done('NOT_A_CUT', 'Scenariot sparar inga pengar, så det finns ingen brytpunkt för nettobesparingen.');
  if (shifted <= 0) return done('NO_SHIFT', `Stödet räcker fortfarande till: inget arbete flyttas till lärare och skolledare, så nettobesparingen beror inte på ${a.label.toLowerCase()}.`);
  // The shifted cost is proportional to the assumption (unmet hours × share × hours per hour × hourly cost), up to
  // rounding to whole kronor; so net(x) = gross − shifted × x / value, and one evaluation at the solution checks it.
  let x = (a.value * gross) / shifted;
  const share = a.unit === 'andel';
  if (share && x > 1) {
    return done('NEVER', `Även om allt stöd som inte längre ges flyttas till lärare och skolledare (100\u00a0%) blir nettobesparingen inte negativ med övriga antaganden oförändrade; brytpunkten skulle ligga vid ${formatPercent(x)}.`);
  }
  let net = ev.at({ [id]: x }).summary.netSavingSek;
  // Secant steps absorb rounding should the proportionality ever be inexact (it is not, in this engine).
  for (let k = 0; k < 8 && Math.abs(net) > BREAK_EVEN_TOLERANCE_SEK; k++) {
    const slope = (gross - net) / x;
    x += net / slope;
    net = ev.at({ [id]: x }).summary.netSavingSek;
  }
  const at = share ? formatPercent(x) : value(x);
  const now = share ? formatPercent(a.value) : value(a.value);
  const inside = x >= a.low && x <= a.high;
  const range = share ? `${formatPercent(a.low)}–${formatPercent(a.high)}` : `${formatNumber(a.low, 2)}–${formatNumber(a.high, 2)}\u00a0${a.unit}`;
  if (point.summary.netSavingSek < 0) {
    return done('ALREADY_NEGATIVE', `Nettobesparingen är redan negativ. Den blir noll först om ${a.label.toLowerCase()} sjunker till ${at} (antaget ${now}).`, x, net);
  }
  return done(
    'BREAK_EVEN',
    `Nettobesparingen blir negativ om ${a.label.toLowerCase()} överstiger ${at} (antaget ${now}, rimligt intervall ${range}). ` +
      (inside ? 'Brytpunkten ligger inom det rimliga intervallet: besparingen är osäker.' : 'Brytpunkten ligger utanför det rimliga intervallet.'),
    x,
    net,
  );
}

/**
 * One-at-a-time sensitivity of the key results to every assumption, the ranges of the key results and the
 * break-even of the shifted workload, for one scenario on one prepared base. Throws ScenarioValidationError for an
 * invalid scenario (as `evaluate` does).
 */
export function sensitivity(prepared: PreparedBase, scenario: Scenario): SensitivityAnalysis {
  const ev = new Evaluator(prepared, scenario);
  const point = ev.at({});
  const tornadoes = SENSITIVITY_RESULTS.map((r) => tornadoFor(ev, prepared, r));
  const utilisation = tornadoes.find((t) => t.result === 'supportUtilisation')!;
  const ranges = tornadoes.map((t) => rangeFor(ev, prepared, t, utilisation));
  const breakEven = BREAK_EVEN_ASSUMPTIONS.map((id) => breakEvenFor(ev, prepared, id));
  return { summaryYear: point.summaryYear, evaluations: ev.count, tornadoes, ranges, breakEven };
}
