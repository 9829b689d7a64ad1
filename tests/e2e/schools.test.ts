import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS, signIn } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.strategist, '/skolor');
});
afterAll(async () => {
  await s?.close();
});

interface EquityAnswer {
  threshold: number;
  summary: { meanIndex: number; coefficientOfVariation: number; gini: number; schoolsBelowThreshold: number; correlationWithSocioeconomicIndex: number | null };
  schools: {
    nodes: {
      index: number;
      belowThreshold: boolean;
      hasLocalItCoordinator: boolean;
      socioeconomicIndex: number | null;
      components: { deviceCoverage: number; supportAccess: number; staffCompetence: number; maturity: number };
      school: { name: string };
    }[];
  };
}

/** The budget year's equity as the API computes it, for the figures the page must show. */
async function equity(year = 2026): Promise<EquityAnswer> {
  const api = await signIn(s.t, DEMO_USERS.strategist);
  const { data } = await api.gql<{ municipality: { equity: EquityAnswer } }>(
    `query ($year: Int!) { municipality { equity(year: $year) { threshold
        summary { meanIndex coefficientOfVariation gini schoolsBelowThreshold correlationWithSocioeconomicIndex }
        schools(first: 400) { nodes { index belowThreshold hasLocalItCoordinator socioeconomicIndex
          components { deviceCoverage supportAccess staffCompetence maturity } school { name } } } } } }`,
    { year },
  );
  return data!.municipality.equity;
}
const decimal = (x: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(Math.round(x * 100) / 100);
const share = (x: number) => `${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100)} %`;

const axeClean = async () => {
  const violations = await axeViolations(s.page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

describe('Skolor och likvärdighet, as a person sees it', () => {
  it('ranks every school by the API’s equity index with its four components, and highlights those below the threshold', async () => {
    const { page } = s;
    const rows = page.getByTestId('ranking-table').locator('tbody tr');
    await rows.first().waitFor();
    // The page shows what the API's equity calculation says (the same index as Översikt and Scenarier).
    const eq = await equity();
    const best = [...eq.schools.nodes].sort((a, b) => b.index - a.index)[0]!;
    const c = best.components;
    expect((await rows.first().locator('th, td').allTextContents()).map(plain)).toEqual([
      '1',
      best.school.name,
      decimal(best.index),
      ...[c.deviceCoverage, c.supportAccess, c.staffCompetence, c.maturity].map(share),
      best.hasLocalItCoordinator ? 'Ja' : 'Nej',
      decimal(best.socioeconomicIndex!),
    ]);
    expect(await rows.count()).toBe(10);
    expect(eq.schools.nodes).toHaveLength(20);
    expect(plain(await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).textContent())).toContain('Rad 1–10 av 20');
    const value = async (id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
    expect(await value('equity-mean')).toBe(decimal(eq.summary.meanIndex));
    expect(await value('equity-cv')).toBe(decimal(Math.round(eq.summary.coefficientOfVariation * 1000) / 1000));
    expect(await value('equity-gini')).toBe(decimal(Math.round(eq.summary.gini * 1000) / 1000));
    expect(await value('equity-below')).toBe(String(eq.summary.schoolsBelowThreshold));
    expect(await value('equity-correlation')).toBe(decimal(eq.summary.correlationWithSocioeconomicIndex!));
    expect(plain(await page.getByText(/^Samma likvärdighetsindex/).textContent())).toContain(`tröskeln (${decimal(eq.threshold)})`);
    expect(await page.getByTestId('ranking-table').locator('tbody tr[data-below="true"]').count()).toBe(Math.max(0, eq.summary.schoolsBelowThreshold - 10));
  });

  it('highlights the schools below the API’s threshold in a year that has some', async () => {
    const { page } = s;
    const eq = await equity(2023);
    const below = eq.schools.nodes.filter((n) => n.belowThreshold).length;
    // In the demo data 2023 has schools below the threshold (2026 has none): they rank last, on the second page.
    expect(below).toBe(eq.summary.schoolsBelowThreshold);
    expect(below).toBeGreaterThan(0);
    expect(below).toBeLessThanOrEqual(10);
    await page.getByTestId('schools-year').selectOption('2023');
    await page.getByTestId('equity-below').getByText(String(below), { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).getByRole('button', { name: 'Nästa' }).click();
    expect(await page.getByTestId('ranking-table').locator('tbody tr[data-below="true"]').count()).toBe(below);
    expect(await page.getByTestId('ranking-table').locator('tbody tr').last().getAttribute('data-below')).toBe('true');
    await page.getByTestId('schools-year').selectOption('2026');
    await page.getByTestId('equity-below').getByText(String((await equity()).summary.schoolsBelowThreshold), { exact: true }).waitFor();
  });

  it('draws the ranking, the spread over the years and the index against the socioeconomic index', async () => {
    const { page } = s;
    for (const id of ['ranking-chart', 'spread-chart', 'scatter-chart']) await page.getByTestId(id).locator('svg').waitFor();
    const eq = await equity();
    expect(plain(await page.getByTestId('ranking-chart').locator('svg').textContent())).toContain(`Tröskel ${decimal(eq.threshold)}`);
    expect(plain(await page.getByTestId('spread-chart').locator('[role=img]').getAttribute('aria-label'))).toMatch(/^Spridning mellan skolorna per år .*: 2023 Variationskoefficient 0,\d+, Gini 0,\d+; 2024/);
    expect(plain(await page.getByTestId('scatter-chart').locator('[role=img]').getAttribute('aria-label'))).toContain('Östervångsskolan F–6');
    await savePageScreenshot(page, 'skolor-och-likvardighet');
    await axeClean();
  });

  it('opens a school’s own page with its goals, indicators, devices and costs', async () => {
    const { page } = s;
    const link = page.getByRole('link', { name: 'Östra skolan 7–9' });
    // Ten schools a page: it is on whichever page its index puts it.
    if ((await link.count()) === 0) await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).getByRole('button', { name: 'Nästa' }).click();
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Östra skolan 7–9' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/skolor\/[0-9a-f-]{36}$/);
    const value = async (id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
    expect(await value('school-pupils')).toBe('624');
    expect(await value('school-coverage')).toBe('97,0 %');
    expect(await value('school-local-it')).toBe('Nej');
    const goals = page.getByTestId('school-goals').locator('tbody tr');
    expect(await goals.count()).toBe(6);
    expect((await goals.first().locator('th, td').allTextContents()).map(plain).slice(0, 4)).toEqual(['M1 Alla elever i åk 7–9 och gymnasiet har en egen elevdator', '97', '100', 'Nej']);
    expect(plain(await page.getByTestId('school-indicators').textContent())).toContain('LIKA självskattning: användning');
    expect(await page.getByTestId('school-devices').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(plain(await page.getByTestId('school-costs').textContent())).toContain('1 028 tkr');
    await savePageScreenshot(page, 'skola');
    await axeClean();
  });

  it('logged no errors and no CSP violations', () => {
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});
