/**
 * Equity between schools on the base data (the strategist's "Skolor och likvärdighet"): the engine's equity
 * calculator per year, with no levers. Support access uses today's support unit for every year (posts have no year).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluate, prepareBase, type PreparedBase } from '../../model/index.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { SchoolUnit } from '../schools/school-unit.entity.js';
import type { EquityTrendPoint, EquityYear, SchoolEquity } from './dto/equity.output.js';
import { yearsWithData } from '../municipalities/municipality.service.js';
import { loadScenarioBase, type ScenarioBase } from './scenario-input.service.js';
import { equityOut } from './scenario.service.js';

/** The base side of `year`: an empty scenario whose only horizon year is `year`. */
function equityOfYear(base: ScenarioBase, prepared: PreparedBase, year: number): EquityYear {
  const side = evaluate(prepared, { baseYear: year - 1, horizonYears: 1, levers: [] }).base[0]!;
  const schools: SchoolEquity[] = side.equity.schools.map((s, i) => {
    const unit = prepared.input.schoolUnits[i]!;
    const facts = unit.years.find((f) => f.year === year);
    return {
      school: base.units.get(s.schoolUnitId) as SchoolUnit,
      index: s.index,
      components: { ...s.components },
      belowThreshold: s.belowThreshold,
      socioeconomicIndex: facts?.socioeconomicIndex ?? null,
      hasLocalItCoordinator: unit.hasLocalItCoordinator,
    };
  });
  schools.sort((a, b) => a.index - b.index || a.school.code.localeCompare(b.school.code));
  return {
    year,
    summary: equityOut(side.equity.stats),
    threshold: prepared.values.equityThreshold,
    assumptionSetVersion: base.assumptionSetVersion,
    allSchools: schools,
  };
}

/** The units that have facts in `year`, each with that year's local IT coordinator, prepared under the base's assumptions. */
function preparedFor(base: ScenarioBase, year: number): PreparedBase {
  const schoolUnits = base.input.schoolUnits
    .filter((u) => u.years.some((f) => f.year === year))
    .map((u) => ({ ...u, hasLocalItCoordinator: base.coordinatorByYear.get(u.id)?.get(year) ?? u.hasLocalItCoordinator }));
  return prepareBase({ ...base.input, schoolUnits }, base.assumptions);
}

/** Equity in one year (must have school facts; BAD_USER_INPUT on `year` otherwise). */
export async function equityInYear(em: EntityManager, municipality: Municipality, year: number): Promise<EquityYear> {
  const base = await loadScenarioBase(em, municipality, { fromYear: year, toYear: year }, 'year');
  return equityOfYear(base, base.prepared, year);
}

/** Equity in every year with data, oldest first: one read of the base, then the calculator per year. */
export async function equityTrend(em: EntityManager, municipality: Municipality): Promise<EquityTrendPoint[]> {
  const years = await yearsWithData(em, municipality.id);
  if (years.length === 0) return [];
  const base = await loadScenarioBase(em, municipality, { fromYear: years[0]!, toYear: years.at(-1)!, onlyUnitsOfFirstYear: false }, 'year');
  return years.map((year) => {
    const e = equityOfYear(base, preparedFor(base, year), year);
    return { year, summary: e.summary };
  });
}
