import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../api/src/config/config.js';
import { withAssumptionsTable } from './assumptions-table.js';

const target = path.join(repoRoot, 'docs', 'model.md');
fs.writeFileSync(target, withAssumptionsTable(fs.readFileSync(target, 'utf8')));
process.stdout.write(`Wrote the assumption table of ${path.relative(process.cwd(), target)}\n`);
