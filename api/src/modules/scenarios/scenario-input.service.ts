/**
 * The adapter from the database to the scenario model: reads one municipality's base data for a span of years into
 * the engine's `MunicipalityInput` in a FIXED number of statements (seven, whatever the number of units, posts or
 * years), then `prepareBase`. Nothing here does arithmetic on the figures; it only translates.
 *
 * Conventions it settles between the data and the model:
 * - Socioeconomic index: stored and passed on as is, 1.0 = national average and, in the demo data and everywhere in
 *   Likvärd, LOWER = GREATER NEEDS (seeds/README.md). The engine only computes Pearson's r against it, so a positive
 *   correlation means schools with greater needs have a lower digital-equity index (the inequity to look for).
 * - Local IT coordinator: the model has one flag per unit; it is the base year's fact (school_year_fact), which may
 *   differ from the unit's current flag in earlier years.
 * - Staff competence = indicator LIKV_PERSONAL_MODULER / 100; maturity = the mean of the four LIKA areas (levels
 *   1–4) / 4, the tool's maximum. A year without a measurement carries the unit's latest earlier one (forecast years
 *   have none); a unit never measured gets 0.
 * - Pupils per grade come from the grade bands, split evenly over the band's grades (F–3 = F, 1, 2, 3): exact per
 *   band, so the 1:1 programme's pupils (7–9 and upper secondary) are exact; a lever that changes single grades
 *   inside a band is approximate. Pupils in "other" (e.g. anpassad grundskola) have no grade.
 * - The 1:1 programme's grades are the bands that have a 1:1 fleet in the base year.
 * - Units: those with facts in the base year (a unit that opens later is not in the scenario).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../graphql/errors.js';
import {
  DEFAULT_ASSUMPTIONS,
  prepareBase,
  validateInput,
  withOverrides,
  type AssumptionId,
  type AssumptionSet,
  type BudgetCategory,
  type DeviceType,
  type GoalInput,
  type Grade,
  type MunicipalityInput,
  type PreparedBase,
  type SchoolUnitInput,
  type ServiceArea,
  type SubGoal,
} from '../../model/index.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import { currentAssumptionOverrides, type AssumptionOverride } from '../assumptions/assumption.service.js';

/** The owner id of the municipality's central budget lines and of the support unit's costs in the model. */
export const CENTRAL_OWNER = 'central';

/**
 * The learning-platform rollout plan (DESIGN: "rollout to years F–6 and preschool"). No table holds it yet, so the
 * units still to get the platform are those with preschool or F–6 school forms, and the plan gives them 24 months
 * from the start of the horizon. Named here so the number has one home until the plan becomes editable data.
 */
export const ROLLOUT_SCHOOL_FORMS = ['FORSKOLA', 'FORSKOLEKLASS', 'GRUNDSKOLA_F_3', 'GRUNDSKOLA_4_6'] as const;
export const ROLLOUT_MONTHS_PLANNED = 24;
/** Without a municipal goal on LIKV_PERSONAL_MODULER: every teacher trained (sub-goal 1.3) three years after the base year. */
export const DEFAULT_TRAINING_TARGET = { share: 1, yearsAfterBase: 3 } as const;

const TRAINED_INDICATOR = 'LIKV_PERSONAL_MODULER';
const LIKA_INDICATORS = ['LIKV_LIKA_LEDNING', 'LIKV_LIKA_KOMPETENS', 'LIKV_LIKA_INFRASTRUKTUR', 'LIKV_LIKA_ANVANDNING'];
const LIKA_MAX_LEVEL = 4;

type Band = 'pupils_preschool' | 'pupils_f_3' | 'pupils_4_6' | 'pupils_7_9' | 'pupils_upper_secondary';
const BAND_GRADES: Record<Band, Grade[]> = {
  pupils_preschool: [-1],
  pupils_f_3: [0, 1, 2, 3],
  pupils_4_6: [4, 5, 6],
  pupils_7_9: [7, 8, 9],
  pupils_upper_secondary: [10, 11, 12],
};
const USER_GROUP_BAND: Record<string, Band | undefined> = {
  PRESCHOOL: 'pupils_preschool',
  PUPILS_F_3: 'pupils_f_3',
  PUPILS_4_6: 'pupils_4_6',
  PUPILS_7_9: 'pupils_7_9',
  PUPILS_UPPER_SECONDARY: 'pupils_upper_secondary',
};

/** A band's pupils over its grades: equal parts, the remainder to the lowest grades, so the band's sum is exact. */
export function splitBand(pupils: number, grades: readonly Grade[]): Partial<Record<Grade, number>> {
  const out: Partial<Record<Grade, number>> = {};
  const each = Math.floor(pupils / grades.length);
  let rest = pupils - each * grades.length;
  for (const g of grades) {
    out[g] = each + (rest > 0 ? 1 : 0);
    rest--;
  }
  return out;
}

interface FactRow {
  unit: SchoolUnitRow;
  year: number;
  pupils: number;
  teachers: number;
  teachers_fte: string;
  school_leaders: number;
  socioeconomic_index: string | null;
  has_local_it_coordinator: boolean;
  pupils_preschool: number;
  pupils_f_3: number;
  pupils_4_6: number;
  pupils_7_9: number;
  pupils_upper_secondary: number;
}

interface SupportRow {
  name: string;
  posts: { id: string; title: string; fte: string | number; annualCostSek: string | number; shares: Record<string, number> | null }[];
}

interface GoalRow {
  subGoals: { code: string; title: string; areas: string[] | null }[];
  training: { year: number; target: number }[] | null;
  municipalityGoals: { code: string; title: string; subGoalCode: string }[] | null;
}

/** Everything a scenario or an equity view needs from the database, read once. */
export interface ScenarioBase {
  municipality: Municipality;
  input: MunicipalityInput;
  prepared: PreparedBase;
  /** The school units in the input, by id, as GraphQL SchoolUnit objects (so no query per unit resolves them). */
  units: Map<string, SchoolUnitRow>;
  /** Sub-goal titles by code, and the municipality's own goals per sub-goal. */
  subGoalTitles: Map<string, string>;
  municipalityGoals: Map<string, { code: string; title: string }[]>;
  /** The assumption values in force and the version of each (0 = the model's default). */
  assumptions: AssumptionSet;
  overrides: Map<AssumptionId, AssumptionOverride>;
  /** Number of assumption changes the municipality has made: names the set of values in force. */
  assumptionSetVersion: number;
  /** The years with school facts in the span read, ascending. */
  years: number[];
  /** Each unit's local IT coordinator per year (the model's unit flag is the first year's). */
  coordinatorByYear: Map<string, Map<number, boolean>>;
}

/**
 * Reads the base for the years `fromYear`..`toYear` (the base year and the horizon). `fromYear` must have school
 * facts; otherwise BAD_USER_INPUT on `field`. Budget lines and device fleets start at the latest year ≤ fromYear that
 * has any, so the model can carry them forward.
 */
export async function loadScenarioBase(
  em: EntityManager,
  municipality: Municipality,
  span: { fromYear: number; toYear: number; /** false: every unit with facts in the span (for trends over years). */ onlyUnitsOfFirstYear?: boolean },
  field = 'input.baseYear',
): Promise<ScenarioBase> {
  const onlyFirstYear = span.onlyUnitsOfFirstYear ?? true;
  const m = municipality.id;
  const { fromYear, toYear } = span;
  // One after another: the request's transaction is one connection, which runs one statement at a time anyway.
  const facts = await em.execute<FactRow[]>(
    `SELECT json_build_object('id', u.id, 'municipalityId', u.municipality_id, 'code', u.code, 'name', u.name,
         'schoolForms', u.school_forms, 'area', u.area, 'hasLocalItCoordinator', u.has_local_it_coordinator) AS unit,
       f.year, f.pupils, f.teachers, f.teachers_fte, f.school_leaders, f.socioeconomic_index, f.has_local_it_coordinator,
       f.pupils_preschool, f.pupils_f_3, f.pupils_4_6, f.pupils_7_9, f.pupils_upper_secondary
     FROM school_year_fact f JOIN school_unit u ON u.id = f.school_unit_id
     WHERE f.municipality_id = ? AND f.year BETWEEN ? AND ?
       AND (NOT ? OR f.school_unit_id IN (SELECT b.school_unit_id FROM school_year_fact b WHERE b.municipality_id = ? AND b.year = ?))
     ORDER BY u.code, f.year`,
    [m, fromYear, toYear, onlyFirstYear, m, fromYear],
  );
  // Every earlier year too: a year without a measurement carries the latest one (a few hundred rows per municipality).
  const indicators = await em.execute<{ school_unit_id: string; indicator_id: string; year: number; value: string }[]>(
    `SELECT school_unit_id, indicator_id, year, value FROM indicator_value
     WHERE municipality_id = ? AND indicator_id = ANY(ARRAY[?]::text[]) AND year <= ? ORDER BY year`,
    [m, [TRAINED_INDICATOR, ...LIKA_INDICATORS], toYear],
  );
  const fleets = await em.execute<
    {
      school_unit_id: string;
      year: number;
      device_type: string;
      user_group: string;
      device_count: number;
      lease_cost_per_month_sek: number;
      lease_term_months: number;
      replacement_cycle_years: number;
      one_to_one: boolean;
    }[]
  >(
    `SELECT school_unit_id, year, device_type, user_group, device_count, lease_cost_per_month_sek, lease_term_months,
       replacement_cycle_years, one_to_one
     FROM device_fleet
     WHERE municipality_id = ? AND year <= ?
       AND year >= (SELECT coalesce(max(year), ?) FROM device_fleet WHERE municipality_id = ? AND year <= ?)
     ORDER BY school_unit_id, year, user_group, device_type`,
    [m, toYear, fromYear, m, fromYear],
  );
  const lines = await em.execute<{ year: number; school_unit_id: string | null; category: BudgetCategory; kind: 'BUDGET' | 'OUTCOME' | 'FORECAST'; amount_sek: string }[]>(
    `SELECT year, school_unit_id, category, kind, amount_sek FROM budget_line
     WHERE municipality_id = ? AND year <= ?
       AND year >= (SELECT coalesce(max(year), ?) FROM budget_line WHERE municipality_id = ? AND year <= ?)`,
    [m, toYear, fromYear, m, fromYear],
  );
  const [support] = await em.execute<SupportRow[]>(
    `SELECT su.name,
       coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'fte', p.fte, 'annualCostSek', p.annual_cost_sek,
           'shares', (SELECT json_object_agg(s.service_area_code, s.share) FROM support_post_time_share s WHERE s.post_id = p.id))
         ORDER BY p.sort_order, p.title) FROM support_post p WHERE p.support_unit_id = su.id), '[]'::json) AS posts
     FROM support_unit su WHERE su.municipality_id = ?`,
    [m],
  );
  const [goals] = await em.execute<GoalRow[]>(
    `SELECT
       (SELECT json_agg(json_build_object('code', g.code, 'title', g.title,
           'areas', (SELECT json_agg(x.service_area_code ORDER BY x.service_area_code) FROM service_area_sub_goal x WHERE x.sub_goal_code = g.code))
         ORDER BY g.code) FROM sub_goal g) AS "subGoals",
       (SELECT json_agg(json_build_object('year', t.year, 'target', t.target) ORDER BY t.year)
          FROM municipality_goal mg JOIN municipality_goal_target t ON t.goal_id = mg.id
         WHERE mg.municipality_id = ? AND mg.indicator_id = ?) AS training,
       (SELECT json_agg(json_build_object('code', mg.code, 'title', mg.title, 'subGoalCode', mg.sub_goal_code) ORDER BY mg.code)
          FROM municipality_goal mg WHERE mg.municipality_id = ?) AS "municipalityGoals"`,
    [m, TRAINED_INDICATOR, m],
  );
  const assumptionState = await currentAssumptionOverrides(em, m);

  if (!facts.some((f) => f.year === fromYear)) throw badUserInput(field, `Det finns inga uppgifter om skolenheterna för ${fromYear}.`);

  /* Indicators per unit: year → value, to carry forward. */
  const measured = new Map<string, Map<number, { trained?: number; lika: number[] }>>();
  for (const row of indicators) {
    let byYear = measured.get(row.school_unit_id);
    if (!byYear) measured.set(row.school_unit_id, (byYear = new Map()));
    let entry = byYear.get(row.year);
    if (!entry) byYear.set(row.year, (entry = { lika: [] }));
    if (row.indicator_id === TRAINED_INDICATOR) entry.trained = Number(row.value) / 100;
    else entry.lika.push(Number(row.value));
  }
  const latest = (unitId: string, year: number, pick: (e: { trained?: number; lika: number[] }) => number | undefined): number => {
    let found: number | undefined;
    let foundYear = -Infinity;
    for (const [y, e] of measured.get(unitId) ?? []) {
      const v = pick(e);
      if (y <= year && y > foundYear && v !== undefined) {
        found = v;
        foundYear = y;
      }
    }
    return Math.min(1, Math.max(0, found ?? 0));
  };
  const likaMean = (e: { lika: number[] }) => (e.lika.length > 0 ? e.lika.reduce((s, x) => s + x, 0) / e.lika.length / LIKA_MAX_LEVEL : undefined);

  /* School units with their facts per year. */
  const units = new Map<string, SchoolUnitRow>();
  const schoolUnits: SchoolUnitInput[] = [];
  const years = new Set<number>();
  const coordinatorByYear = new Map<string, Map<number, boolean>>();
  for (const row of facts) {
    years.add(row.year);
    if (!coordinatorByYear.has(row.unit.id)) coordinatorByYear.set(row.unit.id, new Map());
    coordinatorByYear.get(row.unit.id)!.set(row.year, row.has_local_it_coordinator);
    let unit = schoolUnits.at(-1);
    if (!unit || unit.id !== row.unit.id) {
      units.set(row.unit.id, row.unit);
      unit = { id: row.unit.id, code: row.unit.code, name: row.unit.name, groups: [row.unit.area, ...row.unit.schoolForms].filter((g): g is string => !!g), hasLocalItCoordinator: false, years: [] };
      schoolUnits.push(unit);
    }
    if (unit.years.length === 0) unit.hasLocalItCoordinator = row.has_local_it_coordinator;
    const pupilsByGrade: Partial<Record<Grade, number>> = {};
    for (const band of Object.keys(BAND_GRADES) as Band[]) Object.assign(pupilsByGrade, splitBand(row[band], BAND_GRADES[band]));
    unit.years.push({
      year: row.year,
      pupils: row.pupils,
      pupilsByGrade,
      oneToOnePupils: row.pupils_7_9 + row.pupils_upper_secondary,
      teachers: row.teachers,
      teachersFte: Number(row.teachers_fte),
      schoolLeaders: row.school_leaders,
      socioeconomicIndex: row.socioeconomic_index === null ? null : Number(row.socioeconomic_index),
      staffTrainedShare: latest(row.unit.id, row.year, (e) => e.trained),
      maturityScore: latest(row.unit.id, row.year, likaMean),
    });
  }

  /* Device fleets of the units in the scenario, and the 1:1 programme's grades. */
  const oneToOneGrades = new Set<Grade>();
  const deviceFleets = fleets
    .filter((f) => units.has(f.school_unit_id))
    .map((f) => {
      const band = USER_GROUP_BAND[f.user_group];
      if (f.one_to_one && band && f.year === fromYear) for (const g of BAND_GRADES[band]) oneToOneGrades.add(g);
      return {
        schoolUnitId: f.school_unit_id,
        year: f.year,
        type: f.device_type as DeviceType,
        count: f.device_count,
        users: f.user_group === 'STAFF' ? ('STAFF' as const) : ('PUPILS' as const),
        oneToOne: f.one_to_one,
        leaseCostPerMonthSek: f.lease_cost_per_month_sek,
        leaseTermMonths: f.lease_term_months,
        replacementCycleYears: f.replacement_cycle_years,
      };
    });

  const budgetLines = lines
    .filter((l) => l.school_unit_id === null || units.has(l.school_unit_id))
    .map((l) => ({
      year: l.year,
      ownerKind: l.school_unit_id === null ? ('CENTRAL' as const) : ('SCHOOL' as const),
      ownerId: l.school_unit_id ?? CENTRAL_OWNER,
      category: l.category,
      kind: l.kind,
      amountSek: Number(l.amount_sek),
    }));

  const posts = (support?.posts ?? []).map((p) => ({
    id: p.id,
    title: p.title,
    fte: Number(p.fte),
    annualCostSek: Number(p.annualCostSek),
    timeShares: Object.fromEntries(Object.entries(p.shares ?? {}).map(([area, share]) => [area, Number(share)])) as Partial<Record<ServiceArea, number>>,
  }));

  const subGoals = goals?.subGoals ?? [];
  const goalInputs: GoalInput[] = subGoals.map((g) => ({ id: g.code as SubGoal, name: g.title, serviceAreas: (g.areas ?? []) as ServiceArea[] }));
  const municipalityGoals = new Map<string, { code: string; title: string }[]>();
  for (const g of goals?.municipalityGoals ?? []) municipalityGoals.set(g.subGoalCode, [...(municipalityGoals.get(g.subGoalCode) ?? []), { code: g.code, title: g.title }]);

  // The municipality's own goal for staff trained in the modules (sub-goal 1.3): its last target year and value.
  const lastTarget = goals?.training?.at(-1);
  const trainingTarget = lastTarget
    ? { share: Math.min(1, Math.max(0, Number(lastTarget.target) / 100)), year: lastTarget.year }
    : { share: DEFAULT_TRAINING_TARGET.share, year: fromYear + DEFAULT_TRAINING_TARGET.yearsAfterBase };

  const input: MunicipalityInput = {
    code: municipality.code,
    name: municipality.name,
    schoolUnits,
    budgetLines,
    deviceFleets,
    supportUnit: { name: support?.name ?? 'Ingen stödenhet', ownerId: CENTRAL_OWNER, posts },
    goals: goalInputs,
    oneToOneGrades: [...oneToOneGrades].sort((a, b) => a - b),
    rollout: {
      unitsRemaining: [...units.values()].filter((u) => u.schoolForms.some((f) => (ROLLOUT_SCHOOL_FORMS as readonly string[]).includes(f))).length,
      monthsPlanned: ROLLOUT_MONTHS_PLANNED,
    },
    trainingTarget,
  };
  const dataErrors = validateInput(input);
  if (dataErrors.length > 0) {
    const first = dataErrors[0]!;
    throw badUserInput(field, `Underlaget för ${fromYear} går inte att räkna på (${first.field}): ${first.message}`);
  }
  const values = Object.fromEntries([...assumptionState.overrides].map(([id, o]) => [id, o.value])) as Partial<Record<AssumptionId, number>>;
  const assumptions = withOverrides(DEFAULT_ASSUMPTIONS, values);
  return {
    municipality,
    input,
    prepared: prepareBase(input, assumptions),
    units,
    subGoalTitles: new Map(subGoals.map((g) => [g.code, g.title])),
    municipalityGoals,
    assumptions,
    overrides: assumptionState.overrides,
    assumptionSetVersion: assumptionState.setVersion,
    years: [...years].sort((a, b) => a - b),
    coordinatorByYear,
  };
}
