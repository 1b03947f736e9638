import path from 'node:path';
import { defineConfig } from 'vitest/config';

const exclude = ['node_modules/**', 'e2e/**', '.next/**', 'docker/**/node_modules/**'];

/**
 * Every *.test.ts runs against SQLite; files named *.db.test.ts (data-access and use cases)
 * run a second time against PostgreSQL, so both providers are proven by the same assertions.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Tests are server code: the marker that keeps db/Redis/Docker clients out of browser bundles is a no-op here.
      'server-only': path.resolve(import.meta.dirname, 'lib/server-only.ts'),
    },
  },
  test: {
    globalSetup: ['test/global-setup.ts'],
    // The red-team suite's table of attacks and the layers that refused each (test/red-team/).
    reporters: ['default', './test/red-team/reporter.ts'],
    setupFiles: ['test/setup-file.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['**/*.test.ts'], exclude, env: { BUDDY_TEST_DB: 'sqlite' } } },
      {
        extends: true,
        test: { name: 'postgres', include: ['**/*.db.test.ts'], exclude, env: { BUDDY_TEST_DB: 'postgresql' } },
      },
    ],
  },
});
