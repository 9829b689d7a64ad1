import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { ASSUMPTION_IDS } from '../../api/src/model/assumptions.js';
import { withAssumptionsTable } from './assumptions-table.js';

describe('docs/model.md', () => {
  it('lists every assumption as api/src/model/assumptions.ts defines it (run `pnpm docs:assumptions` after changing one)', () => {
    const markdown = fs.readFileSync(path.join(repoRoot, 'docs', 'model.md'), 'utf8');
    expect(markdown).toBe(withAssumptionsTable(markdown));
    for (const id of ASSUMPTION_IDS) expect(markdown).toContain(`| \`${id}\` |`);
  });
});
