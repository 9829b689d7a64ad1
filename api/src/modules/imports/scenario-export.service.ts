import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../graphql/errors.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { ScenarioInput } from '../scenarios/dto/scenario.input.js';
import type { ScenarioSide } from '../scenarios/dto/scenario.output.js';
import { evaluateScenario } from '../scenarios/scenario.service.js';
import type { TableFile } from './table-file.writer.js';

/** One figure of a year: base against scenario, and the difference. */
interface ComparisonRow {
  year: number;
  figure: string;
  unit: string;
  base: number | null;
  scenario: number | null;
}

const MAX_SCENARIO_PARAM = 20_000;

/** The scenario travels in the URL as base64url-encoded JSON of the contract's ScenarioInput. */
export function readScenarioParam(param: string | undefined): ScenarioInput {
  if (!param || param.length > MAX_SCENARIO_PARAM) throw badUserInput('scenario', 'scenario saknas eller är för långt.');
  try {
    const input = JSON.parse(Buffer.from(param, 'base64url').toString('utf8')) as ScenarioInput;
    if (typeof input !== 'object' || input === null || !Array.isArray(input.levers) || typeof input.name !== 'string') throw new Error('shape');
    return input;
  } catch {
    throw badUserInput('scenario', 'scenario är inte en base64url-kodad ScenarioInput (JSON).');
  }
}

const round = (value: number | null, decimals: number) => (value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals);

/** The figures a comparison shows per side, with their unit. */
const SIDE_FIGURES: [figure: string, unit: string, read: (side: ScenarioSide) => number | null][] = [
  ['Total kostnad', 'kr', (s) => s.totalCostSek],
  ['Kostnad per elev', 'kr', (s) => s.costPerPupilSek],
  ['Årsarbetare i det centrala stödet', 'årsarbetare', (s) => round(s.totalFte, 2)],
  ['Personer per årsarbetare', 'personer', (s) => round(s.peoplePerFte, 0)],
  ['Stödets beläggning', '%', (s) => (s.support.utilisation === null ? null : round(s.support.utilisation * 100, 1))],
  ['Förväntad väntetid', 'arbetstimmar', (s) => round(s.support.expectedWaitHours, 1)],
  ['Andel av skolornas behov som möts', '%', (s) => round(s.support.fillRate * 100, 1)],
  ['Lärare som utbildas per år', 'lärare', (s) => round(s.training.trainedPerYear, 0)],
  ['Andel utbildade lärare vid årets slut', '%', (s) => round(s.training.trainedShareAtEnd * 100, 1)],
  ['Timmar per lärare som flyttas till lärarna', 'timmar', (s) => round(s.workload.hoursPerTeacher, 1)],
  ['1:1-täckning', '%', (s) => (s.oneToOneCoverage === null ? null : round(s.oneToOneCoverage * 100, 1))],
  ['Likvärdighetsindex, medel', 'index', (s) => round(s.equity.meanIndex, 3)],
  ['Likvärdighet, variationskoefficient', 'kvot', (s) => round(s.equity.coefficientOfVariation, 3)],
  ['Skolor under likvärdighetströskeln', 'skolor', (s) => s.equity.schoolsBelowThreshold],
];

/** Evaluates the scenario on the caller's data and lays base against scenario out per year and figure. */
export async function scenarioComparisonTable(em: EntityManager, municipality: Municipality, input: ScenarioInput): Promise<TableFile<ComparisonRow>> {
  const result = await evaluateScenario(em, municipality, input);
  const rows: ComparisonRow[] = [];
  for (const year of result.series) {
    for (const [figure, unit, read] of SIDE_FIGURES) rows.push({ year: year.year, figure, unit, base: read(year.base), scenario: read(year.scenario) });
    rows.push({ year: year.year, figure: 'Bruttobesparing', unit: 'kr', base: 0, scenario: year.grossSavingSek });
    rows.push({ year: year.year, figure: 'Kostnad för arbete som flyttas till lärare och skolledare', unit: 'kr', base: 0, scenario: year.shiftedCostSek });
    rows.push({ year: year.year, figure: 'Nettobesparing', unit: 'kr', base: 0, scenario: year.netSavingSek });
  }
  return {
    sheet: 'Scenariojämförelse',
    rows,
    columns: [
      { header: 'Scenarionamn', type: 'text', value: () => result.name },
      { header: 'År', type: 'integer', value: (r) => r.year },
      { header: 'Mått', type: 'text', value: (r) => r.figure },
      { header: 'Enhet', type: 'text', value: (r) => r.unit },
      { header: 'Bas', type: 'decimal', value: (r) => r.base },
      { header: 'Scenario', type: 'decimal', value: (r) => r.scenario },
      { header: 'Skillnad (scenario − bas)', type: 'decimal', value: (r) => (r.base === null || r.scenario === null ? null : Math.round((r.scenario - r.base) * 1000) / 1000) },
    ],
  };
}
