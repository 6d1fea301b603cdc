import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Runs the search benchmark (`npm run bench:search`); not part of the unit tests. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/bench/**/*.bench.ts'], environment: 'node', testTimeout: 300_000 },
});
