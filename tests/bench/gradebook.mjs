// Gradebook load: 200 student report files (10 items each, sealed as RxTray seals them) chosen at once on
// /teach/gradebook/ in Chromium, timed from choosing the files to the roster drawn (budget < 2 s, median of 3).
// Run by `npm run bench`, or alone after `npm run build`: `npx node tests/bench/gradebook.mjs`. Exits 1 when over.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from '../browser.mjs';
import { startPreview } from '../preview.mjs';

const root = new URL('../..', import.meta.url).pathname;
const BUDGET_MS = 2_000;
const STUDENTS = 200;
const out = join(mkdtempSync(join(tmpdir(), 'rxtray-grade-')), 'report.mjs');
await build({ entryPoints: [join(root, 'src/lib/assign/report.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const { sealReport } = await import(pathToFileURL(out).href);

const files = [];
for (let s = 0; s < STUDENTS; s += 1) {
  const report = await sealReport({
    format: 'rxtray-assignment-report',
    v: 1,
    student: `Student ${String(s).padStart(3, '0')}`,
    assignment: { id: 'as-bench', title: 'Week 3', class: 'PHT 101', due: '2026-03-09' },
    createdAt: '2026-03-08T10:00:00.000Z',
    items: Array.from({ length: 10 }, (_, i) => ({ label: `Item ${i + 1}`, done: (s + i) % 3 !== 0, late: (s + i) % 7 === 0, detail: 'complete', completedAt: '2026-03-05T10:00:00.000Z' })),
  });
  files.push({ name: `student-${s}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report, null, 2)) });
}

const { url, stop } = await startPreview(Number(process.env['RXTRAY_BENCH_PORT'] ?? 4333) + 1);
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
const times = [];
try {
  const page = await browser.newPage();
  for (let run = 0; run < 3; run += 1) {
    await page.goto(`${url}/teach/gradebook/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    const t0 = Date.now();
    await page.getByLabel('Choose report files').setInputFiles(files);
    await page.getByText(`${STUDENTS} students in the roster`).waitFor({ timeout: 60_000 });
    times.push(Date.now() - t0);
  }
} finally {
  await browser.close();
  stop();
}
const median = times.slice().sort((a, b) => a - b)[1];
console.log(`\nGradebook: ${STUDENTS} reports loaded in ${median} ms (median of 3: ${times.join(', ')} ms; budget < ${BUDGET_MS} ms).`);
process.exit(median < BUDGET_MS ? 0 : 1);
