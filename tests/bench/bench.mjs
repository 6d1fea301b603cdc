// `npm run bench`: builds the site and prints a table of build time, page counts, HTML and JS weight
// per page type (JS counted with every module an island imports), and Lighthouse mobile scores.
// A benchmark, not a test: it reports budgets as ok/OVER and exits 1 when one is over.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findBrowser } from '../browser.mjs';
import { startPreview } from '../preview.mjs';
import { benchRecord } from './record.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const KB = 1024;
const budgets = { lessonJsGzip: 15 * KB, drillsJsGzip: 40 * KB, quizJsGzip: 60 * KB, fillJsGzip: 100 * KB, performance: 98, accessibility: 100, bestPractices: 100, seo: 100 };

const started = Date.now();
const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.exit(build.status ?? 1);
}
const buildSeconds = (Date.now() - started) / 1000;
// src/data/questions.ts logs the question bank's validation time during the build.
const bankLine = /\[rxtray\] question bank: (\d+) questions validated in (\d+) ms/.exec(build.stdout ?? '');

const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'index.html' || name === '404.html') pages.push(path);
  }
})(dist);

/** Page type from its URL path. */
function pageType(file) {
  const path = '/' + relative(dist, dirname(file)).replaceAll('\\', '/');
  if (file.endsWith('404.html')) return '404';
  if (path === '/') return 'home';
  if (/^\/learn\/[^/]+\/[^/]+$/.test(path)) return 'lesson';
  if (/^\/learn\/[^/]+$/.test(path)) return 'module';
  if (/^\/drugs\/[^/]+$/.test(path)) return 'drug';
  return path.slice(1).split('/')[0] || 'home';
}

/** Every JS file a page loads: scripts, island components and renderers, and all they import statically. */
function jsOf(html, followDynamic) {
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(m[1]);
  const seen = new Set();
  const queue = [...entries].filter((u) => u.startsWith('/')).map((u) => join(dist, u));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith('/') ? join(dist, m[1]) : join(dirname(file), m[1]));
    }
    // Chunks a page loads on first use (e.g. the drill trainer when a set starts) count too when asked for.
    if (followDynamic) {
      for (const m of code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) {
        if (followDynamic.test(m[1])) queue.push(m[1].startsWith('/') ? join(dist, m[1]) : join(dirname(file), m[1]));
      }
    }
  }
  // Inline scripts count too (Astro's island loader, the theme script).
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return { files: [...seen], inline };
}

const byType = new Map();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const { files, inline } = jsOf(html);
  const js = Buffer.concat([...files.map((f) => readFileSync(f)), Buffer.from(inline)]);
  const row = { html: Buffer.byteLength(html), htmlGz: gzipSync(html).length, js: js.length, jsGz: files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0) + gzipSync(inline).length, file };
  const type = pageType(file);
  const list = byType.get(type) ?? [];
  list.push(row);
  byType.set(type, list);
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const max = (rows, key) => Math.max(...rows.map((r) => r[key]));
console.log(`\nBuild: ${buildSeconds.toFixed(1)} s · ${pages.length} pages${bankLine ? ` · question bank: ${bankLine[1]} questions validated in ${bankLine[2]} ms` : ''}\n`);
console.log('| page type | pages | HTML (max, raw / gzip) | JS (max, raw / gzip) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [type, rows] of [...byType].sort()) {
  console.log(`| ${type} | ${rows.length} | ${kb(max(rows, 'html'))} / ${kb(max(rows, 'htmlGz'))} | ${kb(max(rows, 'js'))} / ${kb(max(rows, 'jsGz'))} |`);
}

const failures = [];
const lessonJs = max(byType.get('lesson') ?? [{ jsGz: 0 }], 'jsGz');
if (lessonJs > budgets.lessonJsGzip) failures.push(`lesson page JS ${kb(lessonJs)} gzip > ${kb(budgets.lessonJsGzip)}`);
// The drill page loads its trainer when a set starts: the budget covers the page with the trainer, not only first paint.
const drillsHtml = readFileSync(join(dist, 'drills/index.html'), 'utf8');
const drillsUse = jsOf(drillsHtml, /\/mount\.[\w-]+\.js$/);
const drillsJs = drillsUse.files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) + gzipSync(drillsUse.inline).length;
console.log(`\nDrills page JS: ${kb(max(byType.get('drills') ?? [{ jsGz: 0 }], 'jsGz'))} gzip at first paint, ${kb(drillsJs)} gzip once a set starts (trainer loaded).`);
if (drillsJs > budgets.drillsJsGzip) failures.push(`drills page JS ${kb(drillsJs)} gzip > ${kb(budgets.drillsJsGzip)}`);
for (const type of ['quiz', 'exam']) {
  const js = max(byType.get(type) ?? [{ jsGz: 0 }], 'jsGz');
  if (js > budgets.quizJsGzip) failures.push(`${type} page JS ${kb(js)} gzip > ${kb(budgets.quizJsGzip)}`);
}
if (!bankLine) failures.push('the build log has no question-bank validation time');
// Exam assembly (≤ 20 ms) and other quiz logic on an 840-question bank, in its own script so it can run alone.
if (spawnSync('npx', ['node', join(root, 'tests/bench/quiz.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) failures.push('assembling a 90-question exam takes more than 20 ms');
const fillJs = max(byType.get('fill') ?? [{ jsGz: 0 }], 'jsGz');
if (fillJs > budgets.fillJsGzip) failures.push(`fill simulator page JS ${kb(fillJs)} gzip > ${kb(budgets.fillJsGzip)}`);
// Fill-scenario generation speed (≥ 1,000 scenarios/s).
if (spawnSync('npx', ['node', join(root, 'tests/bench/fill.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) failures.push('the fill generator makes fewer than 1,000 scenarios/s');
// Drill generation speed (≥ 10,000 problems/s per type), in its own script so it can run alone.
if (spawnSync('npx', ['node', join(root, 'tests/bench/drills.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) failures.push('a drill type generates fewer than 10,000 problems/s');
if (spawnSync('npx', ['node', join(root, 'tests/bench/gradebook.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) failures.push('the gradebook takes 2 s or more to load 200 reports');

// Lighthouse (mobile) on one page of every type, against the production build.
const chrome = findBrowser();
const { url, stop } = await startPreview(4330);
const pathOf = (file) => (file.endsWith('404.html') ? '/404.html' : `/${relative(dist, dirname(file)).replaceAll('\\', '/')}/`.replace('//', '/'));
// RXTRAY_BENCH_PAGES=drills,home measures only those page types (for a quick look; the full run measures every type).
const only = (process.env['RXTRAY_BENCH_PAGES'] ?? '').split(',').filter(Boolean);
const lighthousePages = [...byType].sort().filter(([type]) => only.length === 0 || only.includes(type)).map(([type, rows]) => [type, pathOf(rows[0].file)]);
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const out = mkdtempSync(join(tmpdir(), 'rxtray-lh-'));
console.log('\n| Lighthouse (mobile) | performance | accessibility | best practices | SEO |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, path] of lighthousePages) {
  const report = join(out, `${name}.json`);
  const lh = spawnSync('npx', ['lighthouse', `${url}${path}`, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${flags}`], {
    cwd: root,
    env: { ...process.env, CHROME_PATH: chrome },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (lh.status !== 0 || !existsSync(report)) {
    failures.push(`Lighthouse failed on ${path}`);
    continue;
  }
  const { categories } = JSON.parse(readFileSync(report, 'utf8'));
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const s = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  console.log(`| ${name} (${path}) | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`);
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
    if (s[key] < budgets[key]) failures.push(`${name}: ${key} ${s[key]} < ${budgets[key]}`);
  }
}
stop();

// The learning record under a simulated heavy year of study (tests/bench/record.mjs).
failures.push(...(await benchRecord()));
console.log(`\nBudgets: lesson JS ≤ ${kb(budgets.lessonJsGzip)} gzip; drills JS ≤ ${kb(budgets.drillsJsGzip)} gzip; quiz and exam JS ≤ ${kb(budgets.quizJsGzip)} gzip; fill JS ≤ ${kb(budgets.fillJsGzip)} gzip; exam assembly ≤ 20 ms; Lighthouse performance ≥ ${budgets.performance}, others ${budgets.accessibility}.`);
console.log(failures.length ? `OVER budget:\n  ${failures.join('\n  ')}` : 'All budgets met.');
process.exit(failures.length ? 1 : 0);
