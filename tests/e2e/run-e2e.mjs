// `npm run test:e2e [-- <playwright args>]`: the end-to-end and accessibility tests alone, against the current
// builds (run `npm run build` and `npm run build:base` first), with the Chromium that `npm test` uses.
import { spawnSync } from 'node:child_process';
import { findBrowser } from '../browser.mjs';

const { status } = spawnSync('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: findBrowser() },
});
process.exit(status ?? 1);
