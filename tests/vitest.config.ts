import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/lib/pharmacy/**/*.ts'],
      reporter: ['text-summary'],
      // Issue #3: the pharmacy engine is the single source of every number RxTray teaches.
      thresholds: { 'src/lib/pharmacy/**/*.ts': { lines: 95 } },
    },
  },
});
