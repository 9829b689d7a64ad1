/**
 * A saved scenario's numbers, on top of the scenarios module's adapter and result mapping: a draft is evaluated on
 * the municipality's data and assumptions as they are now; a scenario that left DRAFT is evaluated on its frozen
 * copy (the base data, the school units it names, the goal titles and the assumption values as they were when it
 * was proposed), so a decision's numbers never change behind it. Per request, every base is read once and every
 * scenario evaluated once, however many fields ask.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { badUserInput } from '../../graphql/errors.js';
import {
  DEFAULT_ASSUMPTIONS,
  assumptionValues,
  evaluate,
  leverFromInput,
  prepareBase,
  validate,
  withOverrides,
  type AssumptionId,
  type Lever,
  type LeverInputShape,
  type MunicipalityInput,
  type ScenarioEvaluation,
} from '../../model/index.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import type { AssumptionOverride } from '../assumptions/assumption.service.js';
import type { ScenarioResult } from '../scenarios/dto/scenario.output.js';
import { loadScenarioBase, type ScenarioBase } from '../scenarios/scenario-input.service.js';
import { resultOut } from '../scenarios/scenario.service.js';
import { applyOverrides, buildRegister, type RegisterRisk, type RiskRowData } from '../risks/risk-register.rules.js';
import { riskRowsOf } from '../risks/risk-register.service.js';
import type { FrozenCopy, ScenarioData, ScenarioRow } from './saved-scenario.service.js';

/** What `frozen_input` holds: the base, less what can be recomputed from it. */
interface FrozenBase {
  input: MunicipalityInput;
  units: [string, SchoolUnitRow][];
  subGoalTitles: [string, string][];
  municipalityGoals: [string, { code: string; title: string }[]][];
  years: number[];
  /** Each unit's local IT coordinator per year; absent in copies frozen before the adapter kept it. */
  coordinatorByYear?: [string, [number, boolean][]][];
}

/** What `frozen_assumptions` holds: the values used, and each overridden value's version and source. */
interface FrozenAssumptions {
  setVersion: number;
  values: Record<AssumptionId, number>;
  overrides: [AssumptionId, Omit<AssumptionOverride, 'changedAt'> & { changedAt: string }][];
}

export function freezeBase(base: ScenarioBase): FrozenCopy {
  const frozenBase: FrozenBase = {
    input: base.input,
    units: [...base.units],
    subGoalTitles: [...base.subGoalTitles],
    municipalityGoals: [...base.municipalityGoals],
    years: base.years,
    coordinatorByYear: [...base.coordinatorByYear].map(([unit, byYear]) => [unit, [...byYear]]),
  };
  const assumptions: FrozenAssumptions = {
    setVersion: base.assumptionSetVersion,
    values: assumptionValues(base.assumptions),
    overrides: [...base.overrides].map(([id, o]) => [id, { ...o, changedAt: o.changedAt.toISOString() }]),
  };
  return { base: frozenBase, assumptions };
}

export function thawBase(municipality: Municipality, base: FrozenBase, frozen: FrozenAssumptions): ScenarioBase {
  const assumptions = withOverrides(DEFAULT_ASSUMPTIONS, frozen.values);
  return {
    municipality,
    input: base.input,
    prepared: prepareBase(base.input, assumptions),
    units: new Map(base.units),
    subGoalTitles: new Map(base.subGoalTitles),
    municipalityGoals: new Map(base.municipalityGoals),
    assumptions,
    overrides: new Map(frozen.overrides.map(([id, o]) => [id, { ...o, changedAt: new Date(o.changedAt) }])),
    assumptionSetVersion: frozen.setVersion,
    years: base.years,
    coordinatorByYear: new Map((base.coordinatorByYear ?? []).map(([unit, byYear]) => [unit, new Map(byYear)])),
  };
}

/** The contract's levers → the engine's, naming `input.levers.<i>` when one is not exactly one kind. */
export function leversOf(levers: readonly LeverInputShape[]): Lever[] {
  return levers.map((l, i) => {
    const lever = leverFromInput(l, i);
    if ('field' in lever) throw badUserInput(`input.${lever.field}`, lever.message);
    return lever;
  });
}

export interface Evaluated {
  base: ScenarioBase;
  evaluation: ScenarioEvaluation;
  levers: Lever[];
  /** The stored register rows (engine rows per area, manual risks) with overrides and mitigations. */
  riskRows: RiskRowData[];
}

interface RequestCache {
  live: Map<string, Promise<ScenarioBase>>;
  frozen: DataLoader<string, { base: FrozenBase; assumptions: FrozenAssumptions } | null>;
  risks: DataLoader<string, RiskRowData[]>;
  evaluated: Map<string, Promise<Evaluated>>;
}

/** Per EntityManager (one per request) and municipality (a request has one; the demo seed writes two). */
const caches = new WeakMap<EntityManager, Map<string, RequestCache>>();

function cacheOf(em: EntityManager, municipalityId: string): RequestCache {
  let byMunicipality = caches.get(em);
  if (!byMunicipality) caches.set(em, (byMunicipality = new Map()));
  let cache = byMunicipality.get(municipalityId);
  if (!cache) {
    cache = {
      live: new Map(),
      frozen: new DataLoader(async (ids) => {
        const rows = await em.execute<{ id: string; base: FrozenBase | null; assumptions: FrozenAssumptions | null }[]>(
          'SELECT id, frozen_input AS base, frozen_assumptions AS assumptions FROM saved_scenario WHERE municipality_id = ? AND id = ANY(ARRAY[?]::uuid[])',
          [municipalityId, [...ids]],
        );
        const byId = new Map(rows.map((r) => [r.id, r.base && r.assumptions ? { base: r.base, assumptions: r.assumptions } : null]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      risks: new DataLoader(async (ids) => {
        const byScenario = await riskRowsOf(em, municipalityId, ids);
        return ids.map((id) => byScenario.get(id) ?? []);
      }),
      evaluated: new Map(),
    };
    byMunicipality.set(municipalityId, cache);
  }
  return cache;
}

/** The municipality's base for a span as it is now, read once per request. */
export function liveBase(em: EntityManager, municipality: Municipality, baseYear: number, horizonYears: number, field = 'input.baseYear'): Promise<ScenarioBase> {
  const cache = cacheOf(em, municipality.id);
  const key = `${baseYear}:${horizonYears}`;
  let base = cache.live.get(key);
  if (!base) {
    base = loadScenarioBase(em, municipality, { fromYear: baseYear, toYear: baseYear + horizonYears }, field);
    cache.live.set(key, base);
    // A refused base (no data for the year) must not stay cached as a rejected promise for the next caller.
    base.catch(() => cache.live.delete(key));
  }
  return base;
}

/** Checks a scenario's levers against today's data; BAD_USER_INPUT names the field (`input.levers.0.changePostFte.postId`). */
export async function validateAgainstBase(em: EntityManager, municipality: Municipality, data: ScenarioData): Promise<void> {
  if (!Number.isInteger(data.baseYear)) throw badUserInput('input.baseYear', 'Basåret måste vara ett heltal.');
  const levers = leversOf(data.levers);
  const base = await liveBase(em, municipality, data.baseYear, data.horizonYears);
  const [error] = validate(base.prepared, { baseYear: data.baseYear, horizonYears: data.horizonYears, levers });
  if (error) throw badUserInput(`input.${error.field}`, error.message);
}

/** The frozen copy a scenario takes when it leaves DRAFT (read fresh: the transaction may have changed the data). */
export async function takeFrozenCopy(em: EntityManager, municipality: Municipality, row: ScenarioRow): Promise<FrozenCopy> {
  return freezeBase(await loadScenarioBase(em, municipality, { fromYear: row.baseYear, toYear: row.baseYear + row.horizonYears }, 'id'));
}


export function evaluateSaved(em: EntityManager, municipality: Municipality, row: ScenarioRow): Promise<Evaluated> {
  const cache = cacheOf(em, municipality.id);
  const key = `${row.id}:${row.version}`;
  let result = cache.evaluated.get(key);
  if (!result) {
    result = (async () => {
      const levers = leversOf(row.levers);
      const frozen = row.status === 'DRAFT' ? null : await cache.frozen.load(row.id);
      const base = frozen ? thawBase(municipality, frozen.base, frozen.assumptions) : await liveBase(em, municipality, row.baseYear, row.horizonYears, 'id');
      const evaluation = evaluate(base.prepared, { baseYear: row.baseYear, horizonYears: row.horizonYears, levers });
      return { base, evaluation, levers, riskRows: await cache.risks.load(row.id) };
    })();
    cache.evaluated.set(key, result);
  }
  return result;
}

/** The contract's ScenarioResult of a saved scenario: the risks carry the register's overrides. */
export function savedResult(row: ScenarioRow, e: Evaluated): ScenarioResult {
  const result = resultOut(e.base, row.name, e.evaluation);
  return { ...result, risks: applyOverrides(result.risks, e.riskRows) };
}

export function registerOf(e: Evaluated): RegisterRisk[] {
  return buildRegister(e.evaluation.risks, e.riskRows);
}
