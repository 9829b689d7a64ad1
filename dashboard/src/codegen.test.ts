// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const dashboardDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('generated GraphQL types (src/gql)', () => {
  it('are current with schema/schema.graphql and the documents (run `pnpm codegen` after changing either)', async () => {
    const previous = process.cwd();
    process.chdir(dashboardDir);
    try {
      const files = (await generate(config, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const onDisk = fs.readFileSync(path.resolve(dashboardDir, file.filename), 'utf8');
        expect(onDisk, file.filename).toBe(file.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 30_000);
});
