/**
 * Levers: the changes a scenario makes to the base. A discriminated union on `kind`, handled by exhaustive
 * switches; `validateScenario` refuses a lever the model cannot honour, naming the field
 * (`levers.0.changePostFte.deltaFte`) with a Swedish message, as the API's BAD_USER_INPUT wants it.
 */
import { BUDGET_CATEGORIES, MAX_GRADE, MIN_GRADE, SERVICE_AREAS } from './types.js';
import type { BudgetCategory, Grade, MunicipalityInput, ServiceArea } from './types.js';

/** Add (positive) or cut (negative) a post's FTE; its cost follows the post's cost per FTE. */
export interface ChangePostFteLever {
  kind: 'changePostFte';
  postId: string;
  deltaFte: number;
  fromYear?: number;
}

/** Move a share of a post's time from one service area to another (no cost change). */
export interface MovePostTimeLever {
  kind: 'movePostTime';
  postId: string;
  fromArea: ServiceArea;
  toArea: ServiceArea;
  /** Share of the post's whole time that moves, 0 < share ≤ the post's share in `fromArea`. */
  share: number;
  fromYear?: number;
}

/** Whose budget a change hits: one school, the schools of a group, the central owners, or every owner (central too). */
export type BudgetScope = { kind: 'school'; schoolUnitId: string } | { kind: 'group'; group: string } | { kind: 'central' } | { kind: 'all' };

/**
 * Change a budget category. `amountSek` is the total change for the scope, spread over the owners in proportion
 * to their amount in the category; `percent` changes each owner's amount by that percent. Exactly one is set.
 */
export interface ChangeBudgetLever {
  kind: 'changeBudget';
  category: BudgetCategory;
  scope: BudgetScope;
  amountSek?: number;
  percent?: number;
  fromYear?: number;
}

/** Change device leases for one school (or all when `schoolUnitId` is absent). */
export interface ChangeDevicesLever {
  kind: 'changeDevices';
  schoolUnitId?: string;
  /** New lease cost per device and month for the pupil fleets. */
  leaseCostPerMonthSek?: number;
  /** New replacement cycle in years for the pupil fleets. */
  replacementCycleYears?: number;
  /** The school years the 1:1 programme covers from `fromYear` (extend or withdraw). */
  oneToOneGrades?: Grade[];
  fromYear?: number;
}

/** Change the training target (share of teachers who completed the modules, by a year). */
export interface ChangeTrainingTargetLever {
  kind: 'changeTrainingTarget';
  targetShare: number;
  targetYear?: number;
  fromYear?: number;
}

export type Lever = ChangePostFteLever | MovePostTimeLever | ChangeBudgetLever | ChangeDevicesLever | ChangeTrainingTargetLever;
export type LeverKind = Lever['kind'];

export interface Scenario {
  /** The current budget year; the horizon is the `horizonYears` years after it. */
  baseYear: number;
  /** 1..10 */
  horizonYears: number;
  levers: Lever[];
}

export const MAX_HORIZON_YEARS = 10;
/** Bounds on what a lever may ask for: beyond them the input is a typing error, not a policy. */
export const LEVER_LIMITS = { maxPercentIncrease: 1000, minReplacementCycleYears: 1, maxReplacementCycleYears: 10 } as const;

export interface ValidationError {
  /** Path of the offending input, e.g. `levers.0.changePostFte.deltaFte`. */
  field: string;
  message: string;
}

export function assertUnreachable(value: never): never {
  throw new Error(`Okänt värde: ${JSON.stringify(value)}`);
}

/** The year a lever takes effect: its `fromYear`, or the first year of the horizon. */
export function leverFromYear(lever: Lever, baseYear: number): number {
  return lever.fromYear ?? baseYear + 1;
}

/** What validation needs to know about the base. */
export interface LeverContext {
  posts: ReadonlyMap<string, { fte: number; timeShares: Partial<Record<ServiceArea, number>> }>;
  schoolIds: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

export function leverContext(input: MunicipalityInput): LeverContext {
  const groups = new Set<string>();
  for (const s of input.schoolUnits) for (const g of s.groups) groups.add(g);
  return {
    posts: new Map(input.supportUnit.posts.map((p) => [p.id, { fte: p.fte, timeShares: p.timeShares }])),
    schoolIds: new Set(input.schoolUnits.map((s) => s.id)),
    groups,
  };
}

/** At most two decimals, tolerant of binary floating point (0.1 + 0.2). */
export function hasAtMostTwoDecimals(x: number): boolean {
  const scaled = x * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7;
}

/** Hundredths as an integer, so FTE sums are exact. */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

const isArea = (a: unknown): a is ServiceArea => (SERVICE_AREAS as readonly unknown[]).includes(a);

/** Every error of a scenario against its base; empty when the model can evaluate it. */
export function validateScenario(ctx: LeverContext, scenario: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (!Number.isInteger(scenario.baseYear)) err('baseYear', 'Basåret måste vara ett heltal.');
  if (!Number.isInteger(scenario.horizonYears) || scenario.horizonYears < 1 || scenario.horizonYears > MAX_HORIZON_YEARS) {
    err('horizonYears', `Tidshorisonten måste vara 1–${MAX_HORIZON_YEARS} år.`);
  }
  const firstYear = scenario.baseYear + 1;
  const lastYear = scenario.baseYear + scenario.horizonYears;
  // Running FTE (hundredths) and time shares (hundredths of the post's time) per post, in lever order.
  const fte = new Map<string, number>();
  const shares = new Map<string, Map<ServiceArea, number>>();
  const postFte = (id: string) => fte.get(id) ?? toHundredths(ctx.posts.get(id)?.fte ?? 0);
  const postShares = (id: string) => {
    let m = shares.get(id);
    if (!m) {
      m = new Map(SERVICE_AREAS.map((a) => [a, toHundredths(ctx.posts.get(id)?.timeShares[a] ?? 0)]));
      shares.set(id, m);
    }
    return m;
  };

  scenario.levers.forEach((lever, i) => {
    const at = (name: string) => `levers.${i}.${lever.kind}.${name}`;
    if (lever.fromYear !== undefined && (!Number.isInteger(lever.fromYear) || lever.fromYear < firstYear || lever.fromYear > lastYear)) {
      err(at('fromYear'), `Startåret måste ligga inom tidshorisonten ${firstYear}–${lastYear}.`);
    }
    switch (lever.kind) {
      case 'changePostFte': {
        const post = ctx.posts.get(lever.postId);
        if (!post) {
          err(at('postId'), `Okänd tjänst "${lever.postId}".`);
          break;
        }
        if (!Number.isFinite(lever.deltaFte) || lever.deltaFte === 0) {
          err(at('deltaFte'), 'Förändringen måste vara ett tal skilt från 0.');
          break;
        }
        if (!hasAtMostTwoDecimals(lever.deltaFte)) {
          err(at('deltaFte'), 'Årsarbetare anges med högst två decimaler.');
          break;
        }
        if (post.fte <= 0) {
          err(at('postId'), 'Tjänsten har 0 årsarbetare, så kostnaden per årsarbetare är okänd.');
          break;
        }
        const next = postFte(lever.postId) + toHundredths(lever.deltaFte);
        if (next < 0) {
          err(at('deltaFte'), `Neddragningen är större än tjänstens omfattning (${(postFte(lever.postId) / 100).toFixed(2).replace('.', ',')} årsarbetare).`);
          break;
        }
        fte.set(lever.postId, next);
        break;
      }
      case 'movePostTime': {
        if (!ctx.posts.has(lever.postId)) {
          err(at('postId'), `Okänd tjänst "${lever.postId}".`);
          break;
        }
        if (!isArea(lever.fromArea)) err(at('fromArea'), 'Okänt verksamhetsområde.');
        if (!isArea(lever.toArea)) err(at('toArea'), 'Okänt verksamhetsområde.');
        if (!isArea(lever.fromArea) || !isArea(lever.toArea)) break;
        if (lever.fromArea === lever.toArea) {
          err(at('toArea'), 'Tid kan inte flyttas till samma verksamhetsområde.');
          break;
        }
        if (!Number.isFinite(lever.share) || lever.share <= 0 || lever.share > 1 || !hasAtMostTwoDecimals(lever.share)) {
          err(at('share'), 'Andelen måste vara större än 0 och högst 1, med högst två decimaler.');
          break;
        }
        const m = postShares(lever.postId);
        const have = m.get(lever.fromArea) ?? 0;
        const move = toHundredths(lever.share);
        if (move > have) {
          err(at('share'), `Tjänsten har bara ${have} % av sin tid i området.`);
          break;
        }
        m.set(lever.fromArea, have - move);
        m.set(lever.toArea, (m.get(lever.toArea) ?? 0) + move);
        break;
      }
      case 'changeBudget': {
        if (!(BUDGET_CATEGORIES as readonly string[]).includes(lever.category)) err(at('category'), `Okänd kostnadskategori "${lever.category}".`);
        const scope = lever.scope;
        if (scope.kind === 'school' && !ctx.schoolIds.has(scope.schoolUnitId)) err(at('schoolUnitId'), `Okänd skolenhet "${scope.schoolUnitId}".`);
        if (scope.kind === 'group' && !ctx.groups.has(scope.group)) err(at('group'), `Okänd grupp "${scope.group}".`);
        const hasAmount = lever.amountSek !== undefined;
        const hasPercent = lever.percent !== undefined;
        if (hasAmount === hasPercent) {
          err(at(hasAmount ? 'percent' : 'amountSek'), 'Ange antingen belopp eller procent, inte båda och inte inget.');
          break;
        }
        if (hasAmount && !Number.isSafeInteger(lever.amountSek)) err(at('amountSek'), 'Beloppet måste vara hela kronor.');
        if (hasPercent) {
          const p = lever.percent as number;
          if (!Number.isFinite(p)) err(at('percent'), 'Procenten måste vara ett tal.');
          else if (p < -100) err(at('percent'), 'En minskning kan inte vara större än 100 %.');
          else if (p > LEVER_LIMITS.maxPercentIncrease) err(at('percent'), `En ökning kan vara högst ${LEVER_LIMITS.maxPercentIncrease} %.`);
        }
        break;
      }
      case 'changeDevices': {
        if (lever.schoolUnitId !== undefined && !ctx.schoolIds.has(lever.schoolUnitId)) err(at('schoolUnitId'), `Okänd skolenhet "${lever.schoolUnitId}".`);
        if (lever.leaseCostPerMonthSek === undefined && lever.replacementCycleYears === undefined && lever.oneToOneGrades === undefined) {
          err(`levers.${i}.changeDevices`, 'Ange minst en förändring: leasingkostnad, utbytescykel eller årskurser i 1:1.');
        }
        if (lever.leaseCostPerMonthSek !== undefined && (!Number.isSafeInteger(lever.leaseCostPerMonthSek) || lever.leaseCostPerMonthSek < 0)) {
          err(at('leaseCostPerMonthSek'), 'Leasingkostnaden måste vara hela kronor, 0 eller mer.');
        }
        const { minReplacementCycleYears: minCycle, maxReplacementCycleYears: maxCycle } = LEVER_LIMITS;
        if (lever.replacementCycleYears !== undefined && (!Number.isInteger(lever.replacementCycleYears) || lever.replacementCycleYears < minCycle || lever.replacementCycleYears > maxCycle)) {
          err(at('replacementCycleYears'), `Utbytescykeln måste vara ${minCycle}–${maxCycle} hela år.`);
        }
        if (lever.oneToOneGrades !== undefined) {
          const g = lever.oneToOneGrades;
          if (g.some((x) => !Number.isInteger(x) || x < MIN_GRADE || x > MAX_GRADE) || new Set(g).size !== g.length) {
            err(at('oneToOneGrades'), `Årskurserna måste vara olika heltal ${MIN_GRADE}–${MAX_GRADE} (−1 förskola, 0 förskoleklass, 10–12 gymnasiet).`);
          }
        }
        break;
      }
      case 'changeTrainingTarget': {
        if (!Number.isFinite(lever.targetShare) || lever.targetShare < 0 || lever.targetShare > 1) err(at('targetShare'), 'Målet måste vara en andel mellan 0 och 1.');
        if (lever.targetYear !== undefined && (!Number.isInteger(lever.targetYear) || lever.targetYear < firstYear)) {
          err(at('targetYear'), `Målåret måste vara ${firstYear} eller senare.`);
        }
        break;
      }
      default:
        assertUnreachable(lever);
    }
  });
  return errors;
}

/** The contract's LeverInput: exactly one field set. More kinds than the contract's three are accepted here. */
export interface LeverInputShape {
  changePostFte?: { postId: string; deltaFte: number; fromYear?: number | null } | null;
  movePostTime?: { postId: string; fromArea: ServiceArea; toArea: ServiceArea; share: number; fromYear?: number | null } | null;
  changeBudget?: { category: string; schoolUnitId?: string | null; group?: string | null; central?: boolean | null; amountSek?: number | null; percent?: number | null; fromYear?: number | null } | null;
  changeDevices?: { schoolUnitId?: string | null; leaseCostPerMonthSek?: number | null; replacementCycleYears?: number | null; oneToOneYears?: number[] | null; fromYear?: number | null } | null;
  changeTrainingTarget?: { targetShare: number; targetYear?: number | null; fromYear?: number | null } | null;
}

const opt = <T>(v: T | null | undefined): T | undefined => (v == null ? undefined : v);

/** Turns a GraphQL-shaped lever into a Lever, or an error naming `levers.<i>` when not exactly one field is set. */
export function leverFromInput(input: LeverInputShape, index: number): Lever | ValidationError {
  const set = (Object.keys(input) as (keyof LeverInputShape)[]).filter((k) => input[k] != null);
  if (set.length !== 1) return { field: `levers.${index}`, message: 'Ange exakt en förändring per hävstång.' };
  const { changePostFte: cp, movePostTime: mp, changeBudget: cb, changeDevices: cd, changeTrainingTarget: ct } = input;
  if (cp) return { kind: 'changePostFte', postId: cp.postId, deltaFte: cp.deltaFte, fromYear: opt(cp.fromYear) };
  if (mp) return { kind: 'movePostTime', postId: mp.postId, fromArea: mp.fromArea, toArea: mp.toArea, share: mp.share, fromYear: opt(mp.fromYear) };
  if (cb) {
    if ([cb.schoolUnitId, cb.group, cb.central || null].filter((x) => x != null).length > 1) {
      return { field: `levers.${index}.changeBudget.schoolUnitId`, message: 'Ange högst en av skolenhet, grupp och central.' };
    }
    const scope: BudgetScope = cb.schoolUnitId
      ? { kind: 'school', schoolUnitId: cb.schoolUnitId }
      : cb.group
        ? { kind: 'group', group: cb.group }
        : cb.central
          ? { kind: 'central' }
          : { kind: 'all' };
    return { kind: 'changeBudget', category: cb.category as BudgetCategory, scope, amountSek: opt(cb.amountSek), percent: opt(cb.percent), fromYear: opt(cb.fromYear) };
  }
  if (cd) {
    return {
      kind: 'changeDevices',
      schoolUnitId: opt(cd.schoolUnitId),
      leaseCostPerMonthSek: opt(cd.leaseCostPerMonthSek),
      replacementCycleYears: opt(cd.replacementCycleYears),
      oneToOneGrades: opt(cd.oneToOneYears),
      fromYear: opt(cd.fromYear),
    };
  }
  const t = ct as NonNullable<LeverInputShape['changeTrainingTarget']>;
  return { kind: 'changeTrainingTarget', targetShare: t.targetShare, targetYear: opt(t.targetYear), fromYear: opt(t.fromYear) };
}
