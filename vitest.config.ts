import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const shared = {
  resolve: {
    alias: {
      // Exactly one copy of graphql, or "Cannot use GraphQLSchema from another module".
      graphql: createRequire(import.meta.url).resolve('graphql'),
      '@likvard/seeds': here('seeds/src/index.ts'),
    },
  },
};

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['api/src/**/*.test.ts', 'seeds/src/**/*.test.ts', 'tests/docs/**/*.test.ts'], environment: 'node', setupFiles: ['api/src/test-setup.ts'] },
      },
      {
        ...shared,
        plugins: [vue()],
        test: { name: 'dashboard', include: ['dashboard/src/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          setupFiles: ['api/src/test-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          setupFiles: ['api/src/test-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
