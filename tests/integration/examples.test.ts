import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
});
afterAll(() => t?.close());

const document = parse(fs.readFileSync(path.join(repoRoot, 'schema', 'examples.graphql'), 'utf8'));
const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [{ name: d.name.value, text: print(d) }] : []));

/** Variables an example cannot default in the document: ids that only exist once the demo is seeded. */
async function variablesFor(name: string): Promise<Record<string, unknown>> {
  if (name !== 'SchoolUnitProfile') return {};
  const [unit] = await t.app.orm.em.fork().getConnection().execute<{ id: string }[]>("SELECT id FROM school_unit WHERE code = '83356115'");
  return { id: unit!.id };
}

describe('schema/examples.graphql against the demo data', () => {
  it('has examples', () => expect(operations.length).toBeGreaterThan(5));

  it.each(operations)('$name runs without errors and returns data', async ({ name, text }) => {
    const { status, data, errors } = await client.gql(text, await variablesFor(name));
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data).toBeTruthy();
  });

  it('finds the demo unit the profile example asks for', async () => {
    const profile = operations.find((o) => o.name === 'SchoolUnitProfile')!;
    const { data } = await client.gql<{ schoolUnit: { code: string } | null }>(profile.text, await variablesFor(profile.name));
    expect(data!.schoolUnit!.code).toBe('83356115');
  });
});
