import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp({ exposeQueryCount: true });
  client = await signIn(t, DEMO_USERS.strategist);
});
afterAll(() => t?.close());

const LIST = `query($n: Int) { scenarios(first: $n) { totalCount nodes { name status owner { name } createdBy { email }
  result { summary { netSavingSek } risks { score overridden } schools { school { code } } }
  riskRegister { number likelihood mitigations { action } override { by } } participants { name } proposal documents { analysisPdf } } } }`;

async function statements(n: number): Promise<{ count: number; nodes: number }> {
  const response = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...client.headers },
    body: JSON.stringify({ query: LIST, variables: { n } }),
  });
  const body = (await response.json()) as { errors?: unknown; data: { scenarios: { nodes: unknown[] } }; extensions: { sqlStatements: number } };
  expect(body.errors).toBeUndefined();
  return { count: body.extensions.sqlStatements, nodes: body.data.scenarios.nodes.length };
}

// Measured: 15 statements for 3 scenarios and for 9 (session, page, one base read, frozen copies, registers, participants).
it('lists saved scenarios with their results and registers in a fixed number of statements, however many', async () => {
  const few = await statements(50);
  const { data } = await client.gql<{ scenarios: { nodes: { id: string; status: string }[] } }>('{ scenarios { nodes { id status } } }');
  // Drafts and proposals both: copies of every demo scenario, twice over.
  for (const { id } of [...data!.scenarios.nodes, ...data!.scenarios.nodes]) {
    expect((await client.gql('mutation($id: ID!) { duplicateScenario(id: $id) { id } }', { id })).errors).toBeUndefined();
  }
  const { data: proposedData } = await client.gql<{ scenarios: { nodes: { id: string; version: number; name: string }[] } }>('{ scenarios { nodes { id version name } } }');
  const editor = await signIn(t, DEMO_USERS.headOfAdministration);
  for (const s of proposedData!.scenarios.nodes.filter((x) => x.name.startsWith('Kopia')).slice(0, 3)) {
    expect((await editor.gql('mutation($id: ID!, $v: Int!) { setScenarioStatus(id: $id, version: $v, status: PROPOSED) { id } }', { id: s.id, v: s.version })).errors).toBeUndefined();
  }
  const many = await statements(50);
  expect(many.nodes).toBe(few.nodes * 3);
  expect(many.count).toBe(few.count);
});
