// Fill-scenario generation speed: scenarios generated per second (budget ≥ 1,000/s), and with their answer key.
// Run by `npm run bench`, or alone: `npx node tests/bench/fill.mjs`. Exits 1 when under budget.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const BUDGET_PER_SECOND = 1_000;
// Bundled inside the project so the bundle finds node_modules (yaml).
const out = join(root, 'tests/.artifacts/bench-fill.mjs');
await build({ entryPoints: [join(root, 'tests/bench/fill-world.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', external: ['yaml'], nodePaths: [join(root, 'node_modules')] });
const { loadWorld, generateScenario, answerKey } = await import(pathToFileURL(out).href);
const world = loadWorld(root);
const today = '2026-12-02';

const time = (n, fn) => {
  for (let i = 0; i < 300; i += 1) fn(i);
  const started = performance.now();
  for (let i = 0; i < n; i += 1) fn((i * 2654435761) >>> 0);
  return Math.round(n / ((performance.now() - started) / 1000));
};
const generate = (seed) => generateScenario(world, { seed, difficulty: (seed % 3) + 1, today });
const rows = [
  { what: 'scenarios generated', perSecond: time(5000, generate) },
  { what: 'scenarios generated with their answer key', perSecond: time(5000, (seed) => answerKey(generate(seed), world)) },
];
console.log('\n| fill simulator | per second |');
console.log('| --- | ---: |');
for (const r of rows) console.log(`| ${r.what} | ${r.perSecond.toLocaleString('en-US')} |`);
// The budget is on generation (≥ 1,000 scenarios/s); the answer key's figure is shown alongside.
const slow = rows.slice(0, 1).filter((r) => r.perSecond < BUDGET_PER_SECOND);
console.log(slow.length ? `OVER budget (< ${BUDGET_PER_SECOND}/s): ${slow.map((r) => r.what).join(', ')}` : `Fill scenarios: ≥ ${BUDGET_PER_SECOND.toLocaleString('en-US')} generated per second.`);
process.exit(slow.length ? 1 : 0);
