// `npm test`: every check, in order, stopping at the first failure with a non-zero exit.
// types → unit (with coverage) → production build → end-to-end + accessibility in Chromium.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './browser.mjs';

const steps = [
  ['types: astro check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['types: svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning']],
  ['types: tsc', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit: vitest', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--coverage']],
  ['build: astro build', 'npx', ['astro', 'build']],
  // The same site under a sub-path (a GitHub project page), for the base-path end-to-end tests.
  ['build: base path /rxtray/', 'npx', ['astro', 'build', '--base', '/rxtray/', '--outDir', 'tests/.artifacts/dist-rxtray']],
  ['e2e + a11y: playwright', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']],
];

const results = [];
for (const [name, command, args] of steps) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (name.startsWith('e2e')) env.CHROMIUM_PATH = findBrowser();
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  if (status !== 0) {
    console.log(`\n${results.join('\n')}\n\nnpm test failed at: ${name}`);
    process.exit(status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: every check passed.`);
