import { exempelkommun, grannby } from '@likvard/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
});
afterAll(() => t?.close());

/** Expected sums straight from the seed data, independent of the SQL under test. */
const lines = (year: number, kind: string, owner?: string | null) =>
  exempelkommun.budgetLines
    .filter((l) => l.year === year && l.kind === kind && (owner === undefined || l.schoolUnitCode === owner))
    .reduce((sum, l) => sum + l.amountSek, 0);
const pupilsIn = (year: number) => exempelkommun.schoolUnits.reduce((sum, u) => sum + (u.years.find((y) => y.year === year)?.pupils ?? 0), 0);
const HAGA = '83356115';
const TALLBACKA = '83356107';

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, data, errors } = await client.gql<T>(query, variables);
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  return data!;
}

async function unitId(code: string): Promise<string> {
  const rows = await t.app.orm.em.fork().getConnection().execute<{ id: string }[]>('SELECT id FROM school_unit WHERE code = ?', [code]);
  return rows[0]!.id;
}

describe('costs', () => {
  it('sums each year with outcome vs budget and per-pupil cost', async () => {
    type Row = { year: number; budgetSek: number | null; outcomeSek: number | null; forecastSek: number | null; amountSek: number; amountKind: string; deviationSek: number | null; deviationPercent: number | null; pupils: number; perPupilSek: number };
    const data = await ok<{ municipality: { costsByYear: Row[] } }>(
      '{ municipality { costsByYear { year budgetSek outcomeSek forecastSek amountSek amountKind deviationSek deviationPercent pupils perPupilSek } } }',
    );
    const rows = data.municipality.costsByYear;
    expect(rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    const y2025 = rows[2]!;
    // 2025 is closed: budget 27,860,739, outcome 28,056,546 → deviation +195,807 SEK = +0.70 % of budget;
    // 28,056,546 SEK / 8,196 pupils = 3,423.2 → 3,423 SEK per pupil.
    expect(y2025).toMatchObject({ budgetSek: 27_860_739, outcomeSek: 28_056_546, forecastSek: null, amountKind: 'OUTCOME', deviationSek: 195_807, deviationPercent: 0.7, pupils: 8196, perPupilSek: 3423 });
    expect(y2025.budgetSek).toBe(lines(2025, 'BUDGET'));
    expect(y2025.outcomeSek).toBe(lines(2025, 'OUTCOME'));
    // 2026 is the budget year: 28,612,022 SEK / 8,280 pupils = 3,455.6 → 3,456.
    expect(rows[3]).toMatchObject({ budgetSek: 28_612_022, outcomeSek: null, amountKind: 'BUDGET', deviationSek: null, pupils: 8280, perPupilSek: 3456 });
    expect(rows[4]).toMatchObject({ budgetSek: null, forecastSek: lines(2027, 'FORECAST'), amountKind: 'FORECAST', pupils: pupilsIn(2027) });
    for (const row of rows) expect(Number.isSafeInteger(row.amountSek)).toBe(true);
  });

  it('splits a year over all six categories, and the categories add up to the year', async () => {
    type Row = { category: string; budgetSek: number; outcomeSek: number; deviationSek: number };
    const data = await ok<{ municipality: { costsByCategory: Row[] } }>(
      '{ municipality { costsByCategory(year: 2024) { category budgetSek outcomeSek deviationSek } } }',
    );
    const rows = data.municipality.costsByCategory;
    expect(rows.map((r) => r.category).sort()).toEqual(['COMPETENCE_DEVELOPMENT', 'DEVICES', 'INFRASTRUCTURE', 'LICENCES_SYSTEMS', 'PERSONNEL', 'SUPPORT']);
    expect(rows.reduce((s, r) => s + r.budgetSek, 0)).toBe(lines(2024, 'BUDGET'));
    expect(rows.reduce((s, r) => s + r.outcomeSek, 0)).toBe(lines(2024, 'OUTCOME'));
    for (const row of rows) expect(row.deviationSek).toBe(row.outcomeSek - row.budgetSek);
  });

  it('pages costs per owner: the central unit first, then every unit once', async () => {
    type Page = { municipality: { costsByOwner: { totalCount: number; nodes: { ownerName: string; schoolUnit: { code: string } | null; budgetSek: number; perPupilSek: number | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    // Pages of one first: the central unit's cursor must lead on to the units too.
    const query = 'query($after: String) { municipality { costsByOwner(year: 2026, first: 1, after: $after) { totalCount nodes { ownerName schoolUnit { code } budgetSek perPupilSek } pageInfo { hasNextPage endCursor } } } }';
    const seen: Page['municipality']['costsByOwner']['nodes'] = [];
    let after: string | null = null;
    do {
      const page: Page = await ok<Page>(query, { after });
      expect(page.municipality.costsByOwner.totalCount).toBe(21);
      seen.push(...page.municipality.costsByOwner.nodes);
      after = page.municipality.costsByOwner.pageInfo.hasNextPage ? page.municipality.costsByOwner.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(21);
    // The central unit: CMiT's salaries 3,254,058 + devices 350,000 + licences 4,200,000 + competence 450,000 +
    // infrastructure 2,800,000 + support 1,900,000 = 12,954,058 SEK in the budget year, over all 8,280 pupils
    // = 1,564.4998 → 1,564.
    expect(seen[0]).toMatchObject({ ownerName: 'Central enhet', schoolUnit: null, budgetSek: 12_954_058, perPupilSek: 1564 });
    expect(seen.reduce((s, n) => s + n.budgetSek, 0)).toBe(lines(2026, 'BUDGET'));
    expect(seen.find((n) => n.schoolUnit?.code === HAGA)!.budgetSek).toBe(lines(2026, 'BUDGET', HAGA));
  });
});

describe('devices', () => {
  it('gives each unit its 1:1 coverage, devices and lease cost', async () => {
    type Node = { schoolUnit: { code: string }; pupils: number; coveredPupils: number; oneToOneDevices: number; oneToOneCoverage: number | null; staffDevices: number; annualLeaseCostSek: number };
    const data = await ok<{ municipality: { deviceCoverage: { totalCount: number; nodes: Node[] } } }>(
      '{ municipality { deviceCoverage(first: 50) { totalCount nodes { schoolUnit { code } pupils coveredPupils oneToOneDevices oneToOneCoverage staffDevices annualLeaseCostSek } } } }',
    );
    const nodes = data.municipality.deviceCoverage.nodes;
    expect(data.municipality.deviceCoverage.totalCount).toBe(20);
    // Hagaskolan has a local IT coordinator: 754 Chromebooks for 754 pupils in years 7–9 = 1.0. Three cohorts of
    // 251, 251 and 252 leased 2024, 2025, 2026 at 117, 120 and 123 SEK a month:
    // (251×117 + 251×120 + 252×123) × 12 = 1,085,796; plus 63 teachers + 3 leaders = 66 PCs leased 2025 at
    // 245 SEK: 66 × 245 × 12 = 194,040; total 1,279,836 SEK a year.
    expect(nodes.find((n) => n.schoolUnit.code === HAGA)).toMatchObject({ pupils: 754, coveredPupils: 754, oneToOneDevices: 754, oneToOneCoverage: 1, staffDevices: 66, annualLeaseCostSek: 1_279_836 });
    // Tallbackaskolan has none: coverage 0.90 + 0.03 (three years on) = 0.93 → round(702 × 0.93) = 653 devices;
    // 653 / 702 = 0.930.
    expect(nodes.find((n) => n.schoolUnit.code === TALLBACKA)).toMatchObject({ coveredPupils: 702, oneToOneDevices: 653, oneToOneCoverage: 0.93 });
    // A preschool is outside the programme.
    expect(nodes.find((n) => n.schoolUnit.code === '61845213')!.oneToOneCoverage).toBeNull();
  });

  it('sums the municipality and its replacement waves from the same fleets', async () => {
    type Data = { municipality: { devices: { devices: number; oneToOneDevices: number; coveredPupils: number; oneToOneCoverage: number; annualLeaseCostSek: number }; replacementWaves: { dueYear: number; devices: number; contractValueSek: number }[] } };
    const data = await ok<Data>(
      '{ municipality { devices { devices oneToOneDevices coveredPupils oneToOneCoverage annualLeaseCostSek } replacementWaves { dueYear devices contractValueSek } } }',
    );
    const fleets = exempelkommun.deviceFleets.filter((f) => f.year === 2026);
    // 3,980 1:1 devices / 4,076 pupils in years 7–9 and upper secondary = 0.976.
    expect(data.municipality.devices).toMatchObject({ devices: 6715, oneToOneDevices: 3980, coveredPupils: 4076, oneToOneCoverage: 0.976 });
    expect(data.municipality.devices.annualLeaseCostSek).toBe(fleets.reduce((s, f) => s + f.deviceCount * f.leaseCostPerMonthSek * 12, 0));
    // Three-year cycles fall due 2027–2029, the staff PCs' four-year cycle as late as 2030.
    expect(data.municipality.replacementWaves.map((w) => w.dueYear)).toEqual([2027, 2028, 2029, 2030]);
    expect(data.municipality.replacementWaves.reduce((s, w) => s + w.devices, 0)).toBe(6715);
    const due2027 = fleets.filter((f) => f.leaseStartYear + f.replacementCycleYears === 2027);
    expect(data.municipality.replacementWaves[0]!.contractValueSek).toBe(due2027.reduce((s, f) => s + f.deviceCount * f.leaseCostPerMonthSek * f.leaseTermMonths, 0));
  });

  it('narrows the waves to one of the caller’s units and refuses another municipality’s', async () => {
    const haga = await unitId(HAGA);
    const data = await ok<{ municipality: { replacementWaves: { devices: number }[] } }>(
      'query($id: ID) { municipality { replacementWaves(schoolUnitId: $id) { devices } } }',
      { id: haga },
    );
    expect(data.municipality.replacementWaves.reduce((s, w) => s + w.devices, 0)).toBe(754 + 66);
    const { data: none, errors } = await client.gql('query($id: ID) { municipality { replacementWaves(schoolUnitId: $id) { devices } } }', {
      id: await unitId(grannby.schoolUnits[0]!.code),
    });
    expect(none).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('support unit', () => {
  it('splits CMiT capacity over the service areas', async () => {
    type Data = { municipality: { supportUnit: { peoplePerFte: number; productiveHoursPerFte: number; capacity: { serviceArea: { code: string; subGoals: { code: string }[] }; fte: number; hours: number }[]; posts: { timeSplit: { share: number }[] }[] } } };
    const data = await ok<Data>(
      '{ municipality { supportUnit { peoplePerFte productiveHoursPerFte capacity { serviceArea { code subGoals { code } } fte hours } posts { timeSplit { share } } } } }',
    );
    const unit = data.municipality.supportUnit;
    // 9,100 people / 4.2 FTE = 2,166.67 → 2,166.7.
    expect(unit.peoplePerFte).toBe(2166.7);
    expect(unit.productiveHoursPerFte).toBe(1600);
    const byArea = Object.fromEntries(unit.capacity.map((c) => [c.serviceArea.code, [c.fte, c.hours]]));
    expect(byArea).toEqual({
      // 1.0×0.70 + 1.0×0.15 + 1.0×0.10 + 0.5×0.10 = 1.00 FTE × 1,600 h
      PEDAGOGICAL_SUPPORT: [1, 1600],
      // 0.15 + 0.70 + 0.10 + 0.5×0.20 + 0.5×0.10 = 1.10
      TRAINING: [1.1, 1760],
      // 0.05 + 0.05 + 0.70 + 0.5×0.10 = 0.85
      PLATFORM_ADMIN: [0.85, 1360],
      // 0.05 + 0.10 + 0.5×0.80 = 0.55
      ASSISTIVE_TOOLS: [0.55, 880],
      // 0.05 + 0.05 + 0.5×0.50 + 0.2×0.10 = 0.37
      PROCUREMENT: [0.37, 592],
      // 0.05 + 0.5×0.20 + 0.2×0.90 = 0.33
      DATA_PROTECTION: [0.33, 528],
    });
    expect(unit.capacity.find((c) => c.serviceArea.code === 'TRAINING')!.serviceArea.subGoals).toEqual([{ code: '1.3' }]);
    for (const post of unit.posts) expect(post.timeSplit.reduce((s, x) => s + Math.round(x.share * 1000), 0)).toBe(1000);
  });

  it('refuses a time split that does not sum to 1 at commit', async () => {
    const em = t.app.orm.em.fork();
    const [post] = await em.getConnection().execute<{ id: string }[]>("SELECT id FROM support_post WHERE title = 'Dataskyddssamordnare'");
    await expect(em.getConnection().execute("UPDATE support_post_time_share SET share = 0.5 WHERE post_id = ? AND service_area_code = 'DATA_PROTECTION'", [post!.id])).rejects.toThrow(/sum to/);
    const [after] = await em.getConnection().execute<{ total: string }[]>('SELECT sum(share) AS total FROM support_post_time_share WHERE post_id = ?', [post!.id]);
    expect(Number(after!.total)).toBe(1);
  });
});

describe('goals and indicators', () => {
  it('lists the national strategy with its sub-goals', async () => {
    const data = await ok<{ nationalGoals: { code: string; title: string; subGoals: { code: string; serviceAreaCodes: string[] }[] }[] }>(
      '{ nationalGoals { code title subGoals { code serviceAreaCodes } } }',
    );
    expect(data.nationalGoals.map((f) => f.title)).toEqual([
      'Digital kompetens för alla i skolväsendet',
      'Likvärdig tillgång och användning',
      'Forskning och uppföljning kring digitaliseringens möjligheter',
    ]);
    expect(data.nationalGoals.flatMap((f) => f.subGoals.map((s) => s.code))).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2']);
    expect(data.nationalGoals[1]!.subGoals[1]).toEqual({ code: '2.2', serviceAreaCodes: ['PEDAGOGICAL_SUPPORT', 'DATA_PROTECTION'] });
  });

  it('tells per goal how many units meet the target', async () => {
    type Data = { municipality: { goals: { totalCount: number; nodes: { goal: { code: string }; target: number; schoolsMeasured: number; schoolsMet: number }[] } } };
    const data = await ok<Data>('{ municipality { goals(year: 2025) { totalCount nodes { goal { code } target schoolsMeasured schoolsMet } } } }');
    expect(data.municipality.goals.totalCount).toBe(6);
    const m2 = data.municipality.goals.nodes.find((n) => n.goal.code === 'M2')!;
    const values = exempelkommun.indicatorValues.filter((v) => v.indicatorId === 'LIKV_PERSONAL_MODULER' && v.year === 2025);
    // Target 70 % in 2025; every unit reports its staff's training.
    expect(m2).toMatchObject({ target: 70, schoolsMeasured: 20, schoolsMet: values.filter((v) => v.value >= 70).length });
  });

  it('gives a unit’s achievement with its trend over the years', async () => {
    type Data = { municipality: { goalAchievement: { totalCount: number; nodes: { schoolUnit: { code: string }; actual: number; target: number; met: boolean; gap: number; trend: { year: number; actual: number; change: number | null }[] }[] } } };
    const goals = await ok<{ municipality: { goals: { nodes: { goal: { id: string; code: string } }[] } } }>('{ municipality { goals { nodes { goal { id code } } } } }');
    const m4 = goals.municipality.goals.nodes.find((n) => n.goal.code === 'M4')!.goal.id;
    const data = await ok<Data>(
      'query($goal: ID) { municipality { goalAchievement(year: 2025, goalId: $goal) { totalCount nodes { schoolUnit { code } actual target met gap trend { year actual change } } } } }',
      { goal: m4 },
    );
    // Only the four units with year 9 have results.
    expect(data.municipality.goalAchievement.totalCount).toBe(4);
    const haga = data.municipality.goalAchievement.nodes.find((n) => n.schoolUnit.code === HAGA)!;
    const results = exempelkommun.indicatorValues.filter((v) => v.schoolUnitCode === HAGA && v.indicatorId === 'N15419');
    const actual = results.find((v) => v.year === 2025)!.value;
    expect(haga).toMatchObject({ actual, target: 77, met: actual >= 77, gap: Math.round((actual - 77) * 100) / 100 });
    expect(haga.trend.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(haga.trend[0]!.change).toBeNull();
    expect(haga.trend[2]!.change).toBeCloseTo(actual - results.find((v) => v.year === 2024)!.value, 5);
  });

  it('ranks units on an indicator against the municipality mean', async () => {
    type Data = { municipality: { indicatorComparison: { totalCount: number; nodes: { schoolUnit: { code: string }; value: number; rank: number; municipalityMean: number }[] } } };
    const data = await ok<Data>('{ municipality { indicatorComparison(indicatorId: "N15419", year: 2025) { totalCount nodes { schoolUnit { code } value rank municipalityMean } } } }');
    const nodes = data.municipality.indicatorComparison.nodes;
    const values = nodes.map((n) => n.value);
    expect(nodes).toHaveLength(4);
    // The mean is given to two decimals.
    expect(Math.abs(nodes[0]!.municipalityMean - values.reduce((s, v) => s + v, 0) / 4)).toBeLessThanOrEqual(0.0051);
    const best = nodes.find((n) => n.rank === 1)!;
    expect(best.value).toBe(Math.max(...values));
    // The unit with the lowest socioeconomic index (Östra skolan, 0.6) has the lowest results.
    expect(nodes.find((n) => n.schoolUnit.code === '83356123')!.rank).toBe(4);
  });
});

describe('schools side by side', () => {
  it('puts each unit’s equity components in one row', async () => {
    type Node = { schoolUnit: { code: string }; socioeconomicIndex: number; hasLocalItCoordinator: boolean; oneToOneCoverage: number | null; staffTrainedShare: number; likaMean: number; resultsAllSubjectsPercent: number | null };
    const data = await ok<{ municipality: { schoolComparison: { totalCount: number; nodes: Node[] } } }>(
      '{ municipality { schoolComparison(year: 2025, first: 20) { totalCount nodes { schoolUnit { code } socioeconomicIndex hasLocalItCoordinator oneToOneCoverage staffTrainedShare likaMean resultsAllSubjectsPercent } } } }',
    );
    expect(data.municipality.schoolComparison.totalCount).toBe(20);
    const haga = data.municipality.schoolComparison.nodes.find((n) => n.schoolUnit.code === HAGA)!;
    const value = (id: string) => exempelkommun.indicatorValues.find((v) => v.schoolUnitCode === HAGA && v.year === 2025 && v.indicatorId === id)!.value;
    const lika = ['LIKV_LIKA_LEDNING', 'LIKV_LIKA_KOMPETENS', 'LIKV_LIKA_INFRASTRUKTUR', 'LIKV_LIKA_ANVANDNING'].map(value);
    // Hagaskolan 2025: index 1.1 − 0.01 = 1.09; coordinator since 2024, so full coverage.
    expect(haga).toMatchObject({
      socioeconomicIndex: 1.09,
      hasLocalItCoordinator: true,
      oneToOneCoverage: 1,
      staffTrainedShare: Math.round(value('LIKV_PERSONAL_MODULER') * 10) / 1000,
      resultsAllSubjectsPercent: value('N15419'),
    });
    expect(haga.likaMean).toBeCloseTo(lika.reduce((s, v) => s + v, 0) / 4, 2);
    expect(data.municipality.schoolComparison.nodes.find((n) => n.schoolUnit.code === '61845213')!.resultsAllSubjectsPercent).toBeNull();
  });

  it('pages by cursor to the same rows in the same order as one long page (lists that cut keys first)', async () => {
    type Page = { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const walk = async (field: 'schoolComparison' | 'goalAchievement' | 'indicatorComparison', selection: string, args = 'year: 2025') => {
      const pages: Page[] = [];
      let after: string | null = null;
      do {
        const data: { municipality: Record<string, Page> } = await ok(
          `query($after: String) { municipality { ${field}(${args}, first: 7, after: $after) { totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } } }`,
          { after },
        );
        pages.push(data.municipality[field]!);
        after = pages.at(-1)!.pageInfo.hasNextPage ? pages.at(-1)!.pageInfo.endCursor : null;
      } while (after);
      const whole = await ok<{ municipality: Record<string, Page> }>(`{ municipality { ${field}(${args}, first: 200) { totalCount nodes { ${selection} } } } }`);
      expect(pages.every((p) => p.totalCount === whole.municipality[field]!.totalCount)).toBe(true);
      expect(pages.flatMap((p) => p.nodes)).toEqual(whole.municipality[field]!.nodes);
      return pages.length;
    };
    expect(await walk('schoolComparison', 'schoolUnit { code } pupils likaMean oneToOneCoverage resultsAllSubjectsPercent')).toBe(3);
    expect(await walk('goalAchievement', 'schoolUnit { code } goal { code } actual met trend { year actual change }')).toBeGreaterThan(1);
    const ranked = 'schoolUnit { code name } value previousValue change municipalityMean rank units';
    expect(await walk('indicatorComparison', ranked, 'indicatorId: "LIKV_PERSONAL_MODULER", year: 2025')).toBe(3);
  });
});

describe('a school unit’s profile', () => {
  it('shows facts, devices, costs, indicators and goals of one unit', async () => {
    type Data = { schoolUnit: { code: string; facts: { year: number; pupils: number; pupils7to9: number }[]; devices: { deviceCount: number; oneToOne: boolean }[]; deviceCoverage: { oneToOneCoverage: number }; costs: { category: string; budgetSek: number }[]; indicatorValues: { indicatorId: string }[]; goalAchievement: { goal: { code: string } }[] } };
    const data = await ok<Data>(
      `query($id: ID!) { schoolUnit(id: $id) { code facts { year pupils pupils7to9 } devices { deviceCount oneToOne } deviceCoverage { oneToOneCoverage }
        costs(year: 2026) { category budgetSek } indicatorValues(year: 2025) { indicatorId } goalAchievement(year: 2025) { goal { code } } } }`,
      { id: await unitId(HAGA) },
    );
    const unit = data.schoolUnit;
    expect(unit.code).toBe(HAGA);
    expect(unit.facts.map((f) => f.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(unit.facts[3]).toEqual({ year: 2026, pupils: 754, pupils7to9: 754 });
    expect(unit.devices.filter((d) => d.oneToOne).reduce((s, d) => s + d.deviceCount, 0)).toBe(754);
    expect(unit.deviceCoverage.oneToOneCoverage).toBe(1);
    expect(unit.costs).toHaveLength(6);
    expect(unit.costs.reduce((s, c) => s + c.budgetSek, 0)).toBe(lines(2026, 'BUDGET', HAGA));
    expect(unit.indicatorValues.map((v) => v.indicatorId).sort()).toEqual(
      ['LIKV_LIKA_ANVANDNING', 'LIKV_LIKA_INFRASTRUKTUR', 'LIKV_LIKA_KOMPETENS', 'LIKV_LIKA_LEDNING', 'LIKV_PERSONAL_MODULER', 'LIKV_TACKNING_1TILL1', 'N15419', 'N15505'],
    );
    expect(unit.goalAchievement.map((g) => g.goal.code)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
  });

  it('does not show another municipality’s unit, nor a malformed id', async () => {
    const grannbyUnit = await unitId(grannby.schoolUnits[0]!.code);
    for (const id of [grannbyUnit, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const data = await ok<{ schoolUnit: null }>('query($id: ID!) { schoolUnit(id: $id) { code } }', { id });
      expect(data.schoolUnit).toBeNull();
    }
  });
});

describe('overview KPIs', () => {
  it('answers the overview in one object', async () => {
    type Kpis = { digitalisationCostSek: number; costKind: string; pupils: number; costPerPupilSek: number; devices: number; oneToOneCoverage: number; supportFte: number; peopleServed: number; peoplePerSupportFte: number; staffTrainedShare: number; goalResultsMeasured: number; goalResultsMet: number };
    const data = await ok<{ municipality: { kpis: Kpis } }>(
      '{ municipality { kpis { digitalisationCostSek costKind pupils costPerPupilSek devices oneToOneCoverage supportFte peopleServed peoplePerSupportFte staffTrainedShare goalResultsMeasured goalResultsMet } } }',
    );
    const k = data.municipality.kpis;
    expect(k).toMatchObject({ digitalisationCostSek: 28_612_022, costKind: 'BUDGET', pupils: 8280, costPerPupilSek: 3456, devices: 6715, oneToOneCoverage: 0.976, supportFte: 4.2, peopleServed: 9100, peoplePerSupportFte: 2166.7 });
    // Staff trained, weighted by each unit's teachers in 2026.
    const weighted = exempelkommun.schoolUnits.reduce(
      (acc, u) => {
        const teachers = u.years.find((y) => y.year === 2026)!.teachers;
        const value = exempelkommun.indicatorValues.find((v) => v.schoolUnitCode === u.code && v.year === 2026 && v.indicatorId === 'LIKV_PERSONAL_MODULER')!.value;
        return { sum: acc.sum + (value / 100) * teachers, teachers: acc.teachers + teachers };
      },
      { sum: 0, teachers: 0 },
    );
    expect(k.staffTrainedShare).toBeCloseTo(weighted.sum / weighted.teachers, 3);
    expect(k.goalResultsMet).toBeLessThanOrEqual(k.goalResultsMeasured);
  });
});

describe('bad input', () => {
  it.each([
    ['{ municipality { kpis(year: 1800) { year } } }', 'year'],
    ['{ municipality { costsByCategory(year: 2200) { category } } }', 'year'],
    ['{ municipality { costsByYear(fromYear: 1800) { year } } }', 'fromYear'],
    ['{ municipality { costsByOwner(first: 0) { totalCount } } }', 'first'],
    ['{ municipality { deviceCoverage(first: 501) { totalCount } } }', 'first'],
    ['{ municipality { goalAchievement(after: "nope!") { totalCount } } }', 'after'],
    ['{ municipality { devices(year: 1800) { devices } } }', 'year'],
    ['{ municipality { supportUnit { peoplePerFte(year: 1800) } } }', 'year'],
  ])('%s → BAD_USER_INPUT naming %s', async (query, field) => {
    const { errors } = await client.gql(query);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('answers NOT_FOUND for an unknown indicator or another municipality’s goal', async () => {
    const unknown = await client.gql('{ municipality { indicatorComparison(indicatorId: "X999") { totalCount } } }');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const [goal] = await t.app.orm.em.fork().getConnection().execute<{ id: string }[]>(
      "SELECT g.id FROM municipality_goal g JOIN municipality m ON m.id = g.municipality_id WHERE m.code = '9902' LIMIT 1",
    );
    const other = await client.gql('query($g: ID) { municipality { goalAchievement(goalId: $g) { totalCount } } }', { g: goal!.id });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
