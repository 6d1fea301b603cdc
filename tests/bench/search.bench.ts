// `npm run bench:search`: builds the site, then measures the search index (size raw and gzip, with a projection
// for a larger curriculum), load-and-parse time, and query time over 200+ realistic queries, and checks that the
// search dialog adds nothing to a lesson page's initial JavaScript. A benchmark, not a unit test: it prints a table
// and fails when a budget is over.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fold, loadIndex, search, type SearchIndexJson, type SearchRecord } from '../../src/lib/search';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const KB = 1024;
const budgets = { p50: 5, p95: 15, indexGzip: 250 * KB, projectedGzip: 250 * KB, lessonJsGzip: 15 * KB };
/** The curriculum the projection is for. */
const projected = { lessons: 50, drugs: 300, glossary: 300 };

/** A seeded PRNG (mulberry32), so the query set is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typing slip: a dropped, doubled or swapped letter, or a vowel for another. */
function misspell(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * Math.max(1, word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + (word[i] ?? '') + (word[i - 1] ?? '') + word.slice(i + 1);
    default:
      return word.slice(0, i) + word.slice(i).replace(/[aeiou]/, (v) => 'aeiou'[('aeiou'.indexOf(v) + 1) % 5] ?? v);
  }
}

/** Realistic queries: names, brands, misspellings, abbreviations (with dots and capitals), codes, questions. */
function querySet(records: readonly SearchRecord[]): string[] {
  const random = rng(15);
  const pick = <T>(list: readonly T[], n: number) => [...list].sort(() => random() - 0.5).slice(0, n);
  const drugs = records.filter((r) => r.kind === 'drug');
  const generics = drugs.map((d) => d.title.split('/')[0] ?? d.title);
  const brands = drugs.flatMap((d) => d.aliases ?? []).filter((b) => /^[A-Z]/.test(b));
  const sig = records.filter((r) => r.kind === 'abbreviation').map((r) => r.title);
  const terms = records.filter((r) => r.kind === 'glossary').map((r) => r.title);
  const sections = records.filter((r) => r.kind === 'lesson').map((r) => r.title);
  const questions = [
    'what does ou mean', 'Lasix generic?', 'how long is a C-II good for?', 'how many refills for schedule III',
    'what is the generic for Zoloft', 'days supply eye drops', 'can a technician counsel', 'what does daw 1 mean',
    'how to convert ndc to 11 digits', 'what is a tall man letter', 'refill too soon reject', 'prior authorization required',
    'how many drops in a ml', 'what is qd', 'is tramadol controlled', 'partial fill schedule II', 'emergency oral prescription',
    'who can prescribe controlled substances', 'what goes on a prescription label', 'child resistant packaging exceptions',
    'insulin pen days supply', 'what does hs mean', 'why not write U for units', 'look alike sound alike drugs',
    'how to check a dea number', 'medication guide required', 'return to stock after 14 days', 'transfer a prescription',
    'what is obra 90', 'hipaa at pickup', 'beyond use date reconstituted amoxicillin', 'what is an auxiliary label',
  ];
  return [
    ...pick(generics, 50),
    ...pick(brands, 40),
    ...pick(generics.filter((g) => g.length >= 6), 40).map((g) => misspell(g, random)),
    ...pick(brands.filter((b) => b.length >= 6), 15).map((b) => misspell(b.toLowerCase(), random)),
    ...pick(sig, 20),
    ...['q.i.d.', 'Q.D.', 'b.i.d.', 't.i.d.', 'p.o.', 'PRN', 'OU', 'O.D.', 'a.c.', 'h.s.', 'SubQ', 'IU', 'D/C', 'µg'],
    ...pick(terms, 15),
    ...pick(sections, 15),
    ...['DAW 1', 'daw 2', 'DAW5', '75', '79', 'reject 70', 'M/I cardholder', '1 kg = 2.2 lb', 'teaspoon', 'grain'],
    ...questions,
  ];
}

/** Every JS file a page loads up front: its module scripts and what they import statically (as bench.mjs counts). */
function initialJs(html: string): string[] {
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => join(dist, m[1] ?? ''));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1] ?? ''));
    }
  }
  return [...seen];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

test('search benchmark', () => {
  if (process.env['SKIP_BUILD'] !== '1') {
    const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, 'astro build').toBe(0);
  }
  const raw = readFileSync(join(dist, 'search/index.json'));
  const gzip = gzipSync(raw).length;
  const json = JSON.parse(raw.toString('utf8')) as SearchIndexJson;

  // Projection: each kind's share of the gzip size, per record (per lesson for lessons), scaled to the target.
  const byKind = new Map<string, { records: SearchRecord[]; fuse: unknown[] }>();
  let fuseAt = 0;
  const named = new Set(['drug', 'glossary', 'abbreviation', 'error-prone']);
  for (const record of json.records) {
    const entry = byKind.get(record.kind) ?? { records: [], fuse: [] };
    entry.records.push(record);
    if (named.has(record.kind)) entry.fuse.push(json.fuse.records[fuseAt++]);
    byKind.set(record.kind, entry);
  }
  const kindGzip = (kind: string) => gzipSync(JSON.stringify(byKind.get(kind) ?? {})).length;
  const lessons = new Set((byKind.get('lesson')?.records ?? []).map((r) => r.url.split('#')[0])).size;
  const scale = { lesson: projected.lessons / Math.max(1, lessons), drug: projected.drugs / (byKind.get('drug')?.records.length ?? 1), glossary: projected.glossary / (byKind.get('glossary')?.records.length ?? 1) };
  const projection = [...byKind.keys()].reduce((sum, kind) => sum + kindGzip(kind) * (scale[kind as keyof typeof scale] ?? 1), 0);

  // Load and parse, as the dialog does on first use.
  const text = raw.toString('utf8');
  const loads: number[] = [];
  let loaded = loadIndex(JSON.parse(text));
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    loaded = loadIndex(JSON.parse(text));
    loads.push(performance.now() - start);
  }
  if (!loaded.ok) throw new Error(loaded.error);
  const index = loaded.value;

  // Query time: each query's median of 5 runs, after one warm-up pass over the whole set.
  const queries = querySet(index.records);
  for (const q of queries) search(index, q, 30);
  const times = queries.map((q) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      search(index, q, 30);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[2] ?? 0;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = quantile(sorted, 0.5);
  const p95 = quantile(sorted, 0.95);
  const slowest = queries.map((q, i) => [q, times[i] ?? 0] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const empty = queries.filter((q) => search(index, q, 1).length === 0);

  // The lesson page's initial JavaScript, and whether the dialog's code is part of it.
  const lessonDir = join(dist, 'learn');
  const lessonPages = readdirSync(lessonDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((m) => readdirSync(join(lessonDir, m.name), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(lessonDir, m.name, d.name, 'index.html')));
  let lessonJs = 0;
  let dialogUpFront = false;
  for (const page of lessonPages) {
    const files = initialJs(readFileSync(page, 'utf8'));
    const inline = [...readFileSync(page, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    lessonJs = Math.max(lessonJs, files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0) + gzipSync(inline).length);
    dialogUpFront ||= files.some((f) => /\/ui\.[^/]+\.js$/.test(f) || readFileSync(f, 'utf8').includes('rxtray:search:recent'));
  }
  const dialogChunk = readdirSync(join(dist, '_astro')).find((f) => /^ui\..+\.js$/.test(f));
  const dialogGzip = dialogChunk ? gzipSync(readFileSync(join(dist, '_astro', dialogChunk))).length : 0;

  const rows = [
    ['records', `${json.records.length} (${[...byKind].map(([k, v]) => `${v.records.length} ${k}`).join(', ')})`, ''],
    ['index size (raw / gzip)', `${kb(raw.length)} / ${kb(gzip)}`, `≤ ${kb(budgets.indexGzip)} gzip`],
    [`projection: ${projected.lessons} lessons, ${projected.drugs} drugs, ${projected.glossary} terms (gzip)`, kb(projection), `≤ ${kb(budgets.projectedGzip)}`],
    ['load and parse (median of 15)', ms(quantile([...loads].sort((a, b) => a - b), 0.5)), ''],
    [`query p50 (${queries.length} queries)`, ms(p50), `≤ ${budgets.p50} ms`],
    ['query p95', ms(p95), `≤ ${budgets.p95} ms`],
    ['slowest queries', slowest.map(([q, t]) => `"${q}" ${ms(t)}`).join(', '), ''],
    ['dialog code (loaded on first use, gzip)', kb(dialogGzip), 'not in initial JS'],
    ['lesson page initial JS (max, gzip)', `${kb(lessonJs)}${dialogUpFront ? ' — includes the dialog!' : ''}`, `≤ ${kb(budgets.lessonJsGzip)}`],
  ];
  console.log(`\n| search | measured | budget |\n| --- | --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
  if (empty.length) console.log(`queries with no result (${empty.length}): ${empty.join(', ')}`);

  expect(queries.length).toBeGreaterThanOrEqual(200);
  expect(new Set(queries.map(fold)).size).toBeGreaterThanOrEqual(200);
  expect(p50, 'query p50 (ms)').toBeLessThanOrEqual(budgets.p50);
  expect(p95, 'query p95 (ms)').toBeLessThanOrEqual(budgets.p95);
  expect(gzip, 'index gzip').toBeLessThanOrEqual(budgets.indexGzip);
  expect(projection, 'projected index gzip').toBeLessThanOrEqual(budgets.projectedGzip);
  expect(dialogUpFront, 'dialog code in a lesson page’s initial JS').toBe(false);
  expect(lessonJs, 'lesson page initial JS gzip').toBeLessThanOrEqual(budgets.lessonJsGzip);
});
