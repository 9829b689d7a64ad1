/** The queries the benchmarks time and count, shared by bench/run.ts and bench/explain.ts. */

/** What the dashboard's overview page asks for (dashboard/src/modules/staffing/graphql/support-unit.graphql.ts). */
export const OVERVIEW = '{ municipality { code name budgetYear supportUnit { name totalFte peopleServed annualCostSek posts { id title fte annualCostSek } } } }';

/** The main queries (as tests/integration/sql-statements.test.ts), each at a page size of 20. */
export const QUERIES: Record<string, string> = {
  overviewPage: OVERVIEW,
  overviewFull: `{ municipality { kpis { costPerPupilSek } costsByYear { year } devices { devices } replacementWaves { dueYear }
    supportUnit { totalFte peopleServed peoplePerFte capacity { hours } posts { title timeSplit { share } } } schoolUnits(first: 20) { nodes { pupils } } } }`,
  schoolProfiles: `{ municipality { schoolUnits(first: 20) { totalCount nodes { code pupils socioeconomicIndex
    facts { year pupils } devices { deviceCount } deviceCoverage { oneToOneCoverage } costs { category budgetSek }
    indicatorValues { indicatorId value } goalAchievement { met trend { year } } } } } }`,
  costsByOwner: `{ municipality { costsByOwner(first: 20) { totalCount nodes { ownerName budgetSek schoolUnit { pupils facts { year } } } } } }`,
  deviceCoverage: `{ municipality { deviceCoverage(first: 20) { totalCount nodes { oneToOneCoverage schoolUnit { pupils socioeconomicIndex } } } } }`,
  goalAchievement: `{ municipality { goalAchievement(year: 2025, first: 20) { totalCount nodes { met trend { year } schoolUnit { pupils } goal { code } } } } }`,
  indicatorComparison: `{ municipality { indicatorComparison(indicatorId: "LIKV_PERSONAL_MODULER", first: 20) { totalCount nodes { rank schoolUnit { pupils } } } } }`,
  schoolComparison: `{ municipality { schoolComparison(first: 20) { totalCount nodes { likaMean schoolUnit { pupils } } } } }`,
};
