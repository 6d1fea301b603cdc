// Drill generation speed: problems generated per second for each drill type (budget ≥ 10,000/s each).
// Run by `npm run bench`, or alone: `npx node tests/bench/drills.mjs`. Exits 1 when a type is under budget.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const BUDGET_PER_SECOND = 10_000;
const out = join(mkdtempSync(join(tmpdir(), 'rxtray-drills-')), 'drills.mjs');
await build({ entryPoints: [join(root, 'src/lib/drills/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const { DRILL_TYPES } = await import(pathToFileURL(out).href);

const rows = [];
for (const type of DRILL_TYPES) {
  // Warm up, then time 5,000 problems spread over the three levels and many seeds.
  for (let i = 0; i < 500; i += 1) type.generate(i, ((i % 3) + 1));
  const n = 5000;
  const started = performance.now();
  for (let i = 0; i < n; i += 1) type.generate(i * 2654435761 >>> 0, ((i % 3) + 1));
  const perSecond = Math.round(n / ((performance.now() - started) / 1000));
  rows.push({ id: type.id, perSecond });
}
console.log('\n| drill type | problems / s |');
console.log('| --- | ---: |');
for (const r of rows) console.log(`| ${r.id} | ${r.perSecond.toLocaleString('en-US')} |`);
const slow = rows.filter((r) => r.perSecond < BUDGET_PER_SECOND);
console.log(slow.length ? `OVER budget (< ${BUDGET_PER_SECOND}/s): ${slow.map((r) => r.id).join(', ')}` : `All ${rows.length} drill types generate ≥ ${BUDGET_PER_SECOND.toLocaleString('en-US')} problems/s.`);
process.exit(slow.length ? 1 : 0);
