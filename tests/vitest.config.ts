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
      include: ['src/lib/pharmacy/**/*.ts', 'src/lib/progress/**/*.ts', 'src/lib/flashcards/**/*.ts', 'src/lib/session/**/*.ts'],
      reporter: ['text-summary'],
      // Issue #3: the pharmacy engine is the single source of every number RxTray teaches.
      // Issue #7: the learning record and flashcard scheduling hold months of a learner's study.
      thresholds: {
        'src/lib/pharmacy/**/*.ts': { lines: 95 },
        'src/lib/progress/**/*.ts': { lines: 95 },
        'src/lib/flashcards/**/*.ts': { lines: 95 },
        'src/lib/session/**/*.ts': { lines: 95 },
      },
    },
  },
});
