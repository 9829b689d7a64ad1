import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config.js';
import { printSchemaFile } from '../graphql/schema.js';
import { buildAppSchema } from '../schema.js';

const target = path.join(repoRoot, 'schema', 'schema.graphql');
fs.writeFileSync(target, printSchemaFile(await buildAppSchema()));
process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
