import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { checkMarkdown, headingSlugs, loadRepo, markdownFiles, slug } from './guide-check.js';

const repo = loadRepo();
/** A guide that does not exist: relative links resolve from docs/guides/. */
const GUIDE = 'docs/guides/example.md';
const check = (markdown: string, against = repo) => checkMarkdown(GUIDE, markdown, against);

describe('the project markdown', () => {
  it('reads README.md, docs/*.md and every guide in docs/guides/ (the five the README promises among them)', () => {
    const guides = ['politiker', 'forvaltningschef', 'strateg', 'integrators', 'developers'].map((g) => `docs/guides/${g}.md`);
    expect(markdownFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/model.md', 'docs/scaling.md', ...guides]));
  });

  it.each(markdownFiles())('%s has no broken link, anchor, screenshot, route, operation, field or graphql block', (file) => {
    expect(checkMarkdown(file, fs.readFileSync(path.join(repoRoot, file), 'utf8'), repo)).toEqual([]);
  });
});

describe('the guide checker', () => {
  it('makes GitHub heading anchors: lowercase, punctuation gone, åäö kept, repeats numbered', () => {
    expect(slug('Sensitivity (känslighetsanalys)')).toBe('sensitivity-känslighetsanalys');
    expect(slug('Så läser du `trace` – och [explain](x.md)!')).toBe('så-läser-du-trace--och-explain');
    expect([...headingSlugs('# Steg\n\n```sh\n# not a heading\n```\n## Steg\n### Mål: 1.3\n#### Reading `trace`\n')]).toEqual(['steg', 'steg-1', 'mål-13', 'reading-trace']);
  });

  it('catches a link to a missing file and accepts an existing one, directories included', () => {
    expect(check('See [the model](../model.md) and [shots](../screenshots/).')).toEqual([]);
    expect(check('Line one.\nSee [nothing](../nomodel.md).')).toEqual([`${GUIDE}:2: link to a missing file: ../nomodel.md`]);
    expect(check('[ref]: ../../api/src/nothere.ts')).toEqual([`${GUIDE}:1: link to a missing file: ../../api/src/nothere.ts`]);
  });

  it('catches an anchor that no heading in the target has, in another file or the same one', () => {
    expect(check('[ok](../model.md#sensitivity-känslighetsanalys) [ok](../model.md#sensitivity-k%C3%A4nslighetsanalys)')).toEqual([]);
    expect(check('[bad](../model.md#sensitivity)')).toEqual([`${GUIDE}:1: no heading with the anchor #sensitivity: ../model.md#sensitivity`]);
    expect(check('# Början\n[up](#början) [gone](#slutet)')).toEqual([`${GUIDE}:2: no heading with the anchor #slutet: #slutet`]);
  });

  it('catches a screenshot that is missing or that no browser test writes', () => {
    expect(check('![Översikt](../screenshots/oversikt.png)')).toEqual([]);
    expect(check('![Borta](../screenshots/finns-inte.png)')).toEqual([`${GUIDE}:1: link to a missing file: ../screenshots/finns-inte.png`]);
    expect(check('![Översikt](../screenshots/oversikt.png)', { ...repo, e2eSources: 'no test names it' })).toEqual([
      `${GUIDE}:1: screenshot not written by any test under tests/e2e: ../screenshots/oversikt.png`,
    ]);
  });

  it('catches a dashboard address that no route matches; :id matches one segment, query and hash are ignored', () => {
    const ok = ['/', '/scenarier', '/skolor/abc-123', '/kanslighet?x=1', '/riskanalys#risk', '/logga-in'];
    expect(check(ok.map((p) => `[x](http://127.0.0.1:3000${p})`).join('\n') + '\n<http://127.0.0.1:3000/budget>')).toEqual([]);
    expect(check('[x](http://127.0.0.1:3000/skolor/a/b)\nOr http://127.0.0.1:3000/nowhere.')).toEqual([
      `${GUIDE}:1: no dashboard route for http://127.0.0.1:3000/skolor/a/b`,
      `${GUIDE}:2: no dashboard route for http://127.0.0.1:3000/nowhere`,
    ]);
  });

  it('catches a link to an operation that schema/examples.graphql does not define', () => {
    expect(check('[Login](../../schema/examples.graphql#Login)')).toEqual([]);
    expect(check('[Nope](../../schema/examples.graphql#LogIn)')).toEqual([
      `${GUIDE}:1: no operation "LogIn" in schema/examples.graphql: ../../schema/examples.graphql#LogIn`,
    ]);
  });

  it('catches `Type.field` in backticks naming no type or field of schema/schema.graphql', () => {
    expect(check('`Query.municipality`, `Mutation.login`, `Scenario.documents`, `ScenarioInput.levers`, `README.md`, `App.vue`, `summary.netSavingSek`')).toEqual([]);
    expect(check('`Query.municipalities` and `Mutation.signIn`\n`Kommun.namn`')).toEqual([
      `${GUIDE}:1: no field Query.municipalities in schema/schema.graphql`,
      `${GUIDE}:1: no field Mutation.signIn in schema/schema.graphql`,
      `${GUIDE}:2: no type Kommun in schema/schema.graphql: \`Kommun.namn\``,
    ]);
  });

  it('catches a graphql block that does not parse or does not validate against the schema', () => {
    expect(check('```graphql\nquery { me { email } }\n```')).toEqual([]);
    expect(check('Text.\n\n```graphql\nquery { me { email }\n```')).toEqual([
      `${GUIDE}:3: graphql block does not parse: Syntax Error: Expected Name, found <EOF>.`,
    ]);
    expect(check('```graphql\nquery { me { epost } }\n```')).toEqual([
      `${GUIDE}:1: graphql block does not validate: Cannot query field "epost" on type "User".`,
    ]);
  });

  it('reads no links, fields or headings inside code', () => {
    expect(check('`[x](missing.md)` and\n\n```md\n[x](missing.md) `Query.nothing` http://127.0.0.1:3000/nowhere\n```\n')).toEqual([]);
  });
});
