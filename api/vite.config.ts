import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Used by vite-node (pnpm dev, pnpm schema, pnpm seed).
export default defineConfig({
  resolve: {
    alias: {
      // One copy of graphql (its CommonJS build, which the libraries load), not the .mjs twin as well.
      graphql: createRequire(import.meta.url).resolve('graphql'),
      '@likvard/seeds': fileURLToPath(new URL('../seeds/src/index.ts', import.meta.url)),
    },
  },
});
