// `npm run bench:record`: a simulated heavy year of study in the learning record (IndexedDB), measured in
// Chromium against the production build (run `npm run build` first, or `npm run bench`, which runs this too).
// Prints bytes stored, time to record one answer (p50/p95), first paint with and without the record, time for
// dashboard-style aggregates, and export and import time through the /progress/ page. Exits 1 when a budget is over.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../browser.mjs';
import { startPreview } from '../preview.mjs';

const YEAR = { answers: 30_000, reviews: 40_000, exams: 200, examQuestions: 90, fills: 500, cards: 2_000 };
const budgets = { answerP95Ms: 10, firstPaintSlowerMs: 100, exportMs: 3_000, dashboardMs: 2_000 };
const port = Number(process.env['RXTRAY_BENCH_PORT'] ?? 4332);

/** Fills the record with a year of study, generated in the page from a seed (mulberry32, as src/lib/random.ts). */
async function seedYear(page, year) {
  return page.evaluate(async (year) => {
    let a = 20260101;
    const rng = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const start = Date.parse('2026-01-01T08:00:00.000Z');
    const at = (i, n) => new Date(start + Math.floor((i / n) * 364 * 86_400_000) + Math.floor(rng() * 3_600_000)).toISOString();
    const card = (i) => ({
      due: at(i, year.reviews),
      stability: 1 + rng() * 60,
      difficulty: 1 + rng() * 9,
      elapsed_days: Math.floor(rng() * 30),
      scheduled_days: Math.floor(rng() * 60),
      learning_steps: 0,
      reps: 1 + Math.floor(rng() * 20),
      lapses: Math.floor(rng() * 3),
      state: 2,
      last_review: at(i, year.reviews),
    });
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('rxtray');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const put = (store, rows) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    const cards = Array.from({ length: year.cards }, (_, i) => ({ id: `brand-generic:drug-${i}`, ...card(i * 20) }));
    const reviews = Array.from({ length: year.reviews }, (_, i) => {
      const cardId = `brand-generic:drug-${Math.floor(rng() * year.cards)}`;
      const reviewedAt = at(i, year.reviews);
      return { id: `r:${reviewedAt}:${cardId}`, cardId, rating: 1 + Math.floor(rng() * 4), reviewedAt, previous: card(i), sessionId: `flashcards:${Math.floor(i / 40)}` };
    });
    const examAnswers = year.exams * year.examQuestions;
    const answers = Array.from({ length: year.answers }, (_, i) => {
      const exam = i < examAnswers ? Math.floor(i / year.examQuestions) : -1;
      return {
        id: `a:${i}`,
        questionId: `q:${Math.floor(rng() * 1500)}`,
        choice: 'ABCD'[Math.floor(rng() * 4)],
        correct: rng() < 0.72,
        ms: Math.floor(5_000 + rng() * 60_000),
        mode: exam >= 0 ? 'exam' : 'quiz',
        sessionId: exam >= 0 ? `exam:${exam}` : `quiz:${Math.floor(i / 20)}`,
        at: at(i, year.answers),
      };
    });
    const sessions = Array.from({ length: year.exams }, (_, i) => ({
      id: `exam:${i}`,
      mode: 'exam',
      startedAt: at(i, year.exams),
      endedAt: at(i + 0.5, year.exams),
      items: Array.from({ length: year.examQuestions }, (_, q) => `q:${(i * 7 + q) % 1500}`),
      score: Math.floor(rng() * year.examQuestions),
    }));
    const fills = Array.from({ length: year.fills }, (_, i) => ({ id: `fill:${i}`, at: at(i, year.fills), rx: `rx-${i}`, steps: 12, errors: Math.floor(rng() * 3), ms: Math.floor(rng() * 600_000) }));
    for (let i = 0; i < reviews.length; i += 5_000) await put('reviews', reviews.slice(i, i + 5_000));
    for (let i = 0; i < answers.length; i += 5_000) await put('answers', answers.slice(i, i + 5_000));
    await put('cards', cards);
    await put('sessions', sessions);
    await put('fills', fills);
    db.close();
    return JSON.stringify({ cards, reviews, answers, sessions, fills }).length;
  }, year);
}

/** Time to record one answer as `writeAnswer` does (one put in one readwrite transaction), with the year present. */
async function answerTimes(page, samples) {
  return page.evaluate(async (samples) => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('rxtray');
      request.onsuccess = () => resolve(request.result);
    });
    const times = [];
    for (let i = 0; i < samples; i += 1) {
      const row = { id: `bench:${i}`, questionId: 'q:1', choice: 'A', correct: true, ms: 9000, mode: 'quiz', sessionId: 'bench', at: new Date().toISOString() };
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('answers', 'readwrite');
        tx.objectStore('answers').put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      times.push(performance.now() - t0);
    }
    // Leave the record as it was.
    await new Promise((resolve) => {
      const tx = db.transaction('answers', 'readwrite');
      tx.objectStore('answers').delete(IDBKeyRange.bound('bench:', 'bench:\uffff'));
      tx.oncomplete = resolve;
    });
    db.close();
    return times.sort((x, y) => x - y);
  }, samples);
}

/** Dashboard-style aggregates over the whole year: reviews per day, retention, accuracy by mode, exam scores. */
async function aggregateTime(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('rxtray');
      request.onsuccess = () => resolve(request.result);
    });
    const all = (store) =>
      new Promise((resolve) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const [reviews, answers, sessions] = await Promise.all([all('reviews'), all('answers'), all('sessions')]);
    const perDay = new Map();
    let recalled = 0;
    for (const r of reviews) {
      const day = r.reviewedAt.slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      if (r.rating > 1) recalled += 1;
    }
    const byMode = new Map();
    for (const a of answers) {
      const m = byMode.get(a.mode) ?? { n: 0, correct: 0, ms: 0 };
      m.n += 1;
      m.correct += a.correct ? 1 : 0;
      m.ms += a.ms;
      byMode.set(a.mode, m);
    }
    const examScores = sessions.filter((s) => s.mode === 'exam').map((s) => s.score);
    db.close();
    return { ms: performance.now() - t0, days: perDay.size, retention: recalled / reviews.length, modes: byMode.size, exams: examScores.length };
  });
}

/** First contentful paint of a page, in ms. */
async function firstPaint(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await page.close();
  return fcp;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function benchRecord() {
  const { url, stop } = await startPreview(port);
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  const failures = [];
  try {
    const empty = await browser.newContext({ serviceWorkers: 'block' });
    const heavy = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const page = await heavy.newPage();
    await page.goto(`${url}/progress/`);
    await page.waitForFunction(() => document.querySelectorAll('[data-pending], astro-island[ssr]').length === 0);
    const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const jsonChars = await seedYear(page, YEAR);
    const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    rows.push(['simulated year', `${YEAR.answers.toLocaleString('en-US')} answers (${YEAR.exams} exams × ${YEAR.examQuestions}), ${YEAR.reviews.toLocaleString('en-US')} reviews, ${YEAR.cards.toLocaleString('en-US')} cards, ${YEAR.fills} fills`]);
    rows.push(['bytes stored (IndexedDB, storage.estimate)', `${((after - before) / 1024 / 1024).toFixed(1)} MB (as JSON: ${(jsonChars / 1024 / 1024).toFixed(1)} MB)`]);

    const times = await answerTimes(page, 200);
    const p50 = pct(times, 50);
    const p95 = pct(times, 95);
    rows.push(['record one answer, p50 / p95', `${p50.toFixed(2)} ms / ${p95.toFixed(2)} ms (budget p95 ≤ ${budgets.answerP95Ms} ms)`]);
    if (p95 > budgets.answerP95Ms) failures.push(`record one answer p95 ${p95.toFixed(2)} ms > ${budgets.answerP95Ms} ms`);

    const agg = await aggregateTime(page);
    rows.push(['dashboard aggregates (read all + compute)', `${agg.ms.toFixed(0)} ms (${agg.days} days, ${agg.modes} modes, ${agg.exams} exams)`]);

    // The dashboard's first render over the whole year: navigation start → every figure drawn (median of 3).
    const dashTimes = [];
    for (let i = 0; i < 3; i += 1) {
      const t = Date.now();
      await page.goto(`${url}/dashboard/`);
      await page.getByTestId('readiness').waitFor({ timeout: 60_000 });
      dashTimes.push(Date.now() - t);
    }
    const dashMs = median(dashTimes);
    rows.push(['dashboard first render (navigation → figures drawn, median of 3)', `${dashMs} ms (budget ≤ ${budgets.dashboardMs} ms)`]);
    if (dashMs > budgets.dashboardMs) failures.push(`dashboard first render ${dashMs} ms > ${budgets.dashboardMs} ms`);

    for (const path of ['/learn/dispensing/labeling/', '/flashcards/', '/progress/', '/dashboard/']) {
      const emptyFcp = [];
      const heavyFcp = [];
      for (let i = 0; i < 5; i += 1) {
        emptyFcp.push(await firstPaint(empty, `${url}${path}`));
        heavyFcp.push(await firstPaint(heavy, `${url}${path}`));
      }
      const e = median(emptyFcp);
      const h = median(heavyFcp);
      rows.push([`first paint ${path} (median of 5), empty / heavy record`, `${e.toFixed(0)} ms / ${h.toFixed(0)} ms`]);
      if (h - e > budgets.firstPaintSlowerMs) failures.push(`first paint of ${path} is ${(h - e).toFixed(0)} ms slower with the heavy record`);
    }

    // Export through the page, as the learner does: button → file downloaded.
    await page.goto(`${url}/progress/`);
    await page.getByText(/This browser holds/).waitFor();
    let t0 = Date.now();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const download = await downloading;
    const file = join(mkdtempSync(join(tmpdir(), 'rxtray-bench-')), 'export.json');
    await download.saveAs(file);
    const exportMs = Date.now() - t0;
    const bytes = readFileSync(file).length;
    rows.push(['export everything (click → file saved)', `${exportMs} ms, ${(bytes / 1024 / 1024).toFixed(1)} MB (budget ≤ ${budgets.exportMs} ms)`]);
    if (exportMs > budgets.exportMs) failures.push(`export ${exportMs} ms > ${budgets.exportMs} ms`);

    // Import into an empty browser: choose → preview → merge → done.
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const other = await fresh.newPage();
    await other.goto(`${url}/progress/`);
    await other.getByText(/This browser holds/).waitFor();
    t0 = Date.now();
    await other.getByLabel('Choose an RxTray progress file').setInputFiles(file);
    await other.getByRole('button', { name: 'Merge into this browser' }).waitFor();
    const previewMs = Date.now() - t0;
    t0 = Date.now();
    await other.getByRole('button', { name: 'Merge into this browser' }).click();
    await other.getByText('Merged:').waitFor({ timeout: 600_000 });
    const importMs = Date.now() - t0;
    rows.push(['import (choose → preview, merge → done)', `${previewMs} ms + ${importMs} ms`]);
    await fresh.close();
    await empty.close();
    await heavy.close();
  } finally {
    await browser.close();
    stop();
  }
  console.log('\n| heavy year of study | measured |');
  console.log('| --- | --- |');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failures = await benchRecord();
  console.log(failures.length ? `OVER budget:\n  ${failures.join('\n  ')}` : 'Record budgets met.');
  process.exit(failures.length ? 1 : 0);
}
