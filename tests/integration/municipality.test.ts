import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
});
afterAll(() => t?.close());

const SUPPORT_UNIT = /* GraphQL */ `
  query SupportUnit {
    municipality {
      code
      name
      years
      budgetYear
      supportUnit { name totalFte peopleServed annualCostSek posts { id title fte annualCostSek } }
    }
  }
`;

interface SupportUnitData {
  municipality: {
    code: string;
    name: string;
    years: number[];
    budgetYear: number;
    supportUnit: { name: string; totalFte: number; peopleServed: number; annualCostSek: number; posts: { title: string; fte: number; annualCostSek: number }[] };
  };
}

describe('municipality and its support unit over HTTP', () => {
  it('shows the demo municipality with CMiT at 4.2 FTE serving 9,100 people', async () => {
    const { status, data, errors } = await client.gql<SupportUnitData>(SUPPORT_UNIT);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const m = data!.municipality;
    expect(m).toMatchObject({ code: '9901', name: 'Exempelkommun', years: [2023, 2024, 2025, 2026, 2027], budgetYear: 2026 });
    expect(m.supportUnit.name).toBe('CMiT — Centrum för media och IT');
    expect(m.supportUnit.totalFte).toBe(4.2);
    expect(m.supportUnit.peopleServed).toBe(9100);
    expect(m.supportUnit.posts).toHaveLength(6);
    expect(m.supportUnit.posts[0]).toMatchObject({ title: 'IT-pedagog, pedagogiskt IT-stöd', fte: 1, annualCostSek: 747_278 });
    const sum = m.supportUnit.posts.reduce((s, p) => s + p.annualCostSek, 0);
    expect(m.supportUnit.annualCostSek).toBe(sum);
    expect(Number.isInteger(m.supportUnit.annualCostSek)).toBe(true);
  });

  it('counts people served in another year on request', async () => {
    const { data } = await client.gql<{ municipality: { supportUnit: { peopleServed: number } } }>(
      '{ municipality { supportUnit { peopleServed(year: 2023) } } }',
    );
    expect(data!.municipality.supportUnit.peopleServed).toBeGreaterThan(8000);
    expect(data!.municipality.supportUnit.peopleServed).toBeLessThan(9100);
  });

  it('pages through the school units with cursors, without gaps or repeats', async () => {
    const query = `query Units($first: Int, $after: String) {
      municipality { schoolUnits(first: $first, after: $after) {
        totalCount nodes { code name pupils(year: 2026) socioeconomicIndex(year: 2026) hasLocalItCoordinator }
        pageInfo { hasNextPage endCursor } } } }`;
    type Page = { municipality: { schoolUnits: { totalCount: number; nodes: { code: string; pupils: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    const codes: string[] = [];
    let pupils = 0;
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors }: { data?: Page | null; errors?: unknown } = await client.gql<Page>(query, { first: 7, after });
      expect(errors).toBeUndefined();
      const connection: Page['municipality']['schoolUnits'] = data!.municipality.schoolUnits;
      expect(connection.totalCount).toBe(20);
      codes.push(...connection.nodes.map((n) => n.code));
      pupils += connection.nodes.reduce((s, n) => s + n.pupils, 0);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(codes).toHaveLength(20);
    expect(new Set(codes).size).toBe(20);
    expect([...codes].sort()).toEqual(codes);
    expect(pupils).toBe(8280);
  });

  it('filters units by year and gives 0 pupils for a year without data', async () => {
    const { data } = await client.gql<{ municipality: { none: { totalCount: number }; some: { nodes: { pupils: number }[] } } }>(
      '{ municipality { none: schoolUnits(year: 1999) { totalCount } some: schoolUnits(first: 1) { nodes { pupils(year: 1999) } } } }',
    );
    expect(data!.municipality.none.totalCount).toBe(0);
    expect(data!.municipality.some.nodes[0]!.pupils).toBe(0);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 501 }, 'first'],
    [{ after: 'not-a-cursor!' }, 'after'],
  ])('refuses paging arguments %j naming the field %s', async (variables, field) => {
    const { data, errors } = await client.gql(
      'query Units($first: Int, $after: String) { municipality { schoolUnits(first: $first, after: $after) { totalCount } } }',
      variables,
    );
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
