import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DOMAINS_2026, fixtureBank } from './fixtures/bank';

const FORMAT = { scored: 80, unscored: 10, minutes: 110 };
const meta = fixtureBank();
const full = meta.map((q, i) => ({
  ...q,
  stem: `Question ${q.id}`,
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `${id} of ${q.id}`, why: `why ${id} of ${q.id}` })),
  answer: ['a', 'b', 'c', 'd'][i % 4],
  explanation: `Because of ${q.id}.`,
}));

/** A fresh "page": new module graph over a fresh in-memory localStorage, the shared fake IndexedDB and a fetch of the fixture bank. */
async function openPage(data = new Map<string, string>()) {
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
  });
  vi.stubGlobal('fetch', async (url: string) => {
    const area = /area-([\d.]+)\.json$/.exec(url)?.[1];
    const body = url.endsWith('meta.json') ? { version: 1, questions: meta } : { version: 1, area, questions: full.filter((q) => q.area === area) };
    return new Response(JSON.stringify(body), { status: 200 });
  });
  vi.resetModules();
  return { store: await import('../../../src/stores/exam'), data };
}

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

const t0 = new Date('2026-06-01T09:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('the practice exam store', () => {
  test('a full exam: 90 items, 10 pretest, 110 minutes; choices by option id; submitted once, recorded and in the history', async () => {
    const { store } = await openPage();
    const state = await store.startExam(DOMAINS_2026, FORMAT, t0);
    expect(state.session.items).toHaveLength(90);
    expect(state.pretest).toHaveLength(10);
    expect(state.full).toBe(true);
    expect(Date.parse(state.session.deadline ?? '') - t0.getTime()).toBe(110 * 60_000);
    const questions = await store.examQuestions(state);
    // Answer the first five with their key, the next five wrong.
    for (let i = 0; i < 10; i += 1) {
      store.goTo(i, later(i));
      const q = questions.get(state.session.items[i] ?? '');
      store.chooseOption(i < 5 ? (q?.answer ?? 'a') : q?.answer === 'a' ? 'b' : 'a', later(i + 0.5));
    }
    const score = await store.submitExam(questions, later(20));
    const scoredRight = state.session.items.slice(0, 5).filter((id) => !state.pretest.includes(id)).length;
    expect(score).toMatchObject({ correct: scoredRight, total: 80 });
    expect(await store.submitExam(questions, later(21))).toBeNull();
    const history = await store.examHistory();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ percent: score?.percent, full: true });
    const { database } = await import('../../../src/stores/progress');
    const rows = await (await database())?.getAll('answers');
    expect(rows?.filter((r) => r.mode === 'exam')).toHaveLength(10);
    expect(rows?.filter((r) => r.correct)).toHaveLength(5);
  });

  test('pause freezes the clock and resume moves the deadline; a reload (a new page) finds the exam as it was', async () => {
    const { store, data } = await openPage();
    const state = await store.startExam(DOMAINS_2026, FORMAT, t0);
    store.chooseOption('c', later(1));
    store.pauseExam(later(10));
    store.resumeExam(later(40));
    const moved = store.exam.get();
    expect(Date.parse(moved?.session.deadline ?? '')).toBe(Date.parse(state.session.deadline ?? '') + 30 * 60_000);
    const reloaded = await openPage(data);
    expect(reloaded.store.loadSavedExam()).toEqual({ corrupt: false });
    expect(reloaded.store.exam.get()).toEqual(moved);
    expect(reloaded.store.exam.get()?.choices[state.session.items[0] ?? '']).toBe('c');
  });

  test('at time-out the exam ends at its deadline, not when the page noticed; choices after it are refused', async () => {
    const { store } = await openPage();
    const state = await store.startExam(DOMAINS_2026, FORMAT, t0);
    const questions = await store.examQuestions(state);
    store.chooseOption('a', later(111));
    expect(store.exam.get()?.choices).toEqual({});
    await store.submitExam(questions, later(300));
    expect(store.exam.get()?.session.endedAt).toBe(state.session.deadline);
  });

  test('a small bank gives a shorter exam, all scored, topped up with generated items', async () => {
    const { store } = await openPage();
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(url.endsWith('meta.json') ? { questions: meta.slice(0, 3) } : { questions: full.slice(0, 3) })));
    const state = await store.startExam(DOMAINS_2026, FORMAT, t0);
    expect(state.full).toBe(false);
    expect(state.session.items).toHaveLength(10);
    expect(state.session.items.filter((id) => id.startsWith('gen-'))).toHaveLength(7);
    expect(state.pretest).toEqual([]);
  });

  test('a corrupt save is set aside and reported', async () => {
    const { store, data } = await openPage(new Map([['rxtray:exam', '{"version":1,"session":']]));
    expect(store.loadSavedExam()).toEqual({ corrupt: true });
    expect(store.exam.get()).toBeNull();
    expect(data.has('rxtray:exam')).toBe(false);
  });
});
