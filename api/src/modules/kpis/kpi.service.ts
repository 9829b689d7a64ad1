import type { EntityManager } from '@mikro-orm/postgresql';
import { costFigures, type KindSums } from '../budget/budget.calculator.js';
import { peoplePerFte } from '../staffing/support-unit.service.js';
import type { MunicipalityKpis } from './dto/kpis.output.js';

/** The overview's key figures for a year in ONE statement of scalar subqueries. */
export async function municipalityKpis(em: EntityManager, municipalityId: string, year: number): Promise<MunicipalityKpis> {
  const inYear = [municipalityId, year];
  const [row] = await em.execute<
    (KindSums & { pupils: number; people: number; devices: number; one_to_one: number; covered: number; fte: string; trained: string | null; measured: number; met: number })[]
  >(
    `SELECT
       (SELECT sum(amount_sek) FROM budget_line WHERE municipality_id = ? AND year = ? AND kind = 'BUDGET') AS budget,
       (SELECT sum(amount_sek) FROM budget_line WHERE municipality_id = ? AND year = ? AND kind = 'OUTCOME') AS outcome,
       (SELECT sum(amount_sek) FROM budget_line WHERE municipality_id = ? AND year = ? AND kind = 'FORECAST') AS forecast,
       coalesce((SELECT sum(pupils) FROM school_year_fact WHERE municipality_id = ? AND year = ?), 0)::int AS pupils,
       coalesce((SELECT sum(pupils + teachers + school_leaders) FROM school_year_fact WHERE municipality_id = ? AND year = ?), 0)::int AS people,
       coalesce((SELECT sum(device_count) FROM device_fleet WHERE municipality_id = ? AND year = ?), 0)::int AS devices,
       coalesce((SELECT sum(device_count) FROM device_fleet WHERE municipality_id = ? AND year = ? AND one_to_one), 0)::int AS one_to_one,
       coalesce((SELECT sum(pupils_7_9 + pupils_upper_secondary) FROM school_year_fact WHERE municipality_id = ? AND year = ?), 0)::int AS covered,
       coalesce((SELECT sum(fte) FROM support_post WHERE municipality_id = ?), 0) AS fte,
       (SELECT sum(v.value / 100 * f.teachers) / nullif(sum(f.teachers), 0)
          FROM indicator_value v JOIN school_year_fact f ON f.school_unit_id = v.school_unit_id AND f.year = v.year
          WHERE v.municipality_id = ? AND v.year = ? AND v.indicator_id = 'LIKV_PERSONAL_MODULER') AS trained,
       r.measured, r.met
     FROM (SELECT count(*)::int AS measured,
             count(*) FILTER (WHERE CASE WHEN i.higher_is_better THEN v.value >= t.target ELSE v.value <= t.target END)::int AS met
           FROM municipality_goal g
           JOIN indicator i ON i.id = g.indicator_id
           JOIN municipality_goal_target t ON t.goal_id = g.id AND t.year = ?
           JOIN indicator_value v ON v.municipality_id = g.municipality_id AND v.indicator_id = g.indicator_id AND v.year = ?
           WHERE g.municipality_id = ?) r`,
    [...inYear, ...inYear, ...inYear, ...inYear, ...inYear, ...inYear, ...inYear, ...inYear, municipalityId, ...inYear, year, year, municipalityId],
  );
  if (!row) throw new Error('The KPI query returned no row');
  const cost = costFigures(row, row.pupils);
  const supportFte = Math.round(Number(row.fte) * 100) / 100;
  return {
    year,
    digitalisationCostSek: cost.amountSek,
    costKind: cost.amountKind,
    pupils: row.pupils,
    costPerPupilSek: cost.perPupilSek,
    devices: row.devices,
    oneToOneCoverage: row.covered > 0 ? Math.round((1000 * row.one_to_one) / row.covered) / 1000 : null,
    supportFte,
    peopleServed: row.people,
    peoplePerSupportFte: peoplePerFte(row.people, supportFte),
    staffTrainedShare: row.trained === null ? null : Math.round(Number(row.trained) * 1000) / 1000,
    goalResultsMeasured: row.measured,
    goalResultsMet: row.met,
  };
}
