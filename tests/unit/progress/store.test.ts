import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';

/** An in-memory Storage that can be told to refuse writes, like a full or blocked localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const control = { full: false };
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (control.full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    clear: () => data.clear(),
    get length() {
      return data.size;
    },
  };
  return { storage, data, control };
}

/** A fresh module graph (a new "page") over the given localStorage and the shared fake IndexedDB. */
async function openPage(local: ReturnType<typeof fakeStorage>) {
  vi.stubGlobal('localStorage', local.storage);
  vi.resetModules();
  const store = await import('../../../src/stores/progress');
  const cards = await import('../../../src/stores/flashcards');
  const db = await import('../../../src/stores/db');
  return { ...store, ...cards, db };
}

const t0 = '2026-01-01T00:00:00.000Z';
const cardState = {
  due: '2026-01-05T00:00:00.000Z',
  stability: 4.2,
  difficulty: 5.1,
  elapsed_days: 0,
  scheduled_days: 4,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: t0,
};
const v2 = {
  version: 2,
  createdAt: t0,
  updatedAt: t0,
  lessons: { 'dispensing/labeling': { completedAt: t0 } },
  lastLesson: { id: 'dispensing/labeling', at: t0 },
  flashcards: { cards: { 'sig:bid': cardState }, log: [{ cardId: 'sig:bid', rating: 3, reviewedAt: t0, previous: null }] },
  flashcardSettings: { decks: ['sig'], classes: [], newPerDay: 7 },
};

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.useFakeTimers({ now: new Date('2026-04-01T12:00:00.000Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('migration from the version 2 localStorage record', () => {
  test('carries over lessons, card states, the review log and settings; removes the original only once verified', async () => {
    const local = fakeStorage({ 'rxtray:progress': JSON.stringify(v2) });
    const page = await openPage(local);
    await page.initRecord();
    expect(page.recordStatus.get()).toBe('ready');
    expect(page.progress.get()).toMatchObject({ lessons: v2.lessons, lastLesson: v2.lastLesson, settings: { classes: [], newPerDay: 7 } });
    // Version 2 chose decks; version 3 lists those turned off: every deck but "sig".
    expect(page.progress.get().settings.hiddenDecks).not.toContain('sig');
    expect(page.progress.get().settings.hiddenDecks).toContain('brand-generic');
    const state = await page.loadFlashcards(new Date('2026-01-02T00:00:00.000Z'));
    expect(state.cards['sig:bid']).toEqual(cardState);
    expect(state.log).toEqual(v2.flashcards.log);
    expect(local.data.has('rxtray:progress')).toBe(false);
    const db = await page.database();
    const backups = await page.db.listBackups(db!);
    expect(backups).toEqual([expect.objectContaining({ reason: 'migration', summary: expect.objectContaining({ lessons: 1, cards: 1, reviews: 1 }) })]);
    expect((await page.db.readBackup(db!, backups[0]!.id))?.text).toBe(JSON.stringify(v2));
    expect(page.progressNotice.get()).toBeNull();
  });

  test('an unreadable record is kept (in localStorage and as a backup), a fresh record starts, the learner is told', async () => {
    const local = fakeStorage({ 'rxtray:progress': '{"version":1,"lessons":' });
    const page = await openPage(local);
    await page.initRecord();
    expect(page.progressNotice.get()).toEqual({ kind: 'corrupt' });
    expect(local.data.get('rxtray:progress')).toBe('{"version":1,"lessons":');
    const db = await page.database();
    const [backup] = await page.db.listBackups(db!);
    expect((await page.db.readBackup(db!, backup!.id))?.text).toBe('{"version":1,"lessons":');
    await page.completeLesson('dispensing/labeling');
    expect(Object.keys(page.progress.get().lessons)).toEqual(['dispensing/labeling']);
  });

  test('a record from a newer RxTray is never overwritten', async () => {
    const future = JSON.stringify({ version: 99, lessons: {} });
    const local = fakeStorage({ 'rxtray:progress': future });
    const page = await openPage(local);
    await page.initRecord();
    expect(page.progressNotice.get()).toEqual({ kind: 'future-version', version: 99 });
    expect(local.data.get('rxtray:progress')).toBe(future);
  });

  test('a version 1 record is migrated through version 2', async () => {
    const v1 = { version: 1, createdAt: t0, updatedAt: t0, lessons: { 'dispensing/labeling': { completedAt: t0 } } };
    const page = await openPage(fakeStorage({ 'rxtray:progress': JSON.stringify(v1) }));
    await page.initRecord();
    expect(page.progress.get().lessons).toEqual(v1.lessons);
    const raw = await page.db.readRaw((await page.database())!);
    expect(raw.meta).toMatchObject({ migratedFrom: 1 });
  });

  test('two tabs migrating at once write the record once', async () => {
    const local = fakeStorage({ 'rxtray:progress': JSON.stringify(v2) });
    const a = await openPage(local);
    const b = await openPage(local);
    await Promise.all([a.initRecord(), b.initRecord()]);
    const db = await a.database();
    expect(await a.db.listBackups(db!)).toHaveLength(1);
    expect(b.progress.get().lessons).toEqual(v2.lessons);
  });
});

describe('the record store', () => {
  test('saves a lesson row by row and keeps a first-paint snapshot', async () => {
    const local = fakeStorage();
    const page = await openPage(local);
    await page.completeLesson('dispensing/labeling');
    const raw = await page.db.readRaw((await page.database())!);
    expect(raw.lessons).toEqual([{ id: 'dispensing/labeling', completedAt: '2026-04-01T12:00:00.000Z' }]);
    expect(JSON.parse(local.data.get('rxtray:snapshot') ?? '{}').lessons).toHaveProperty(['dispensing/labeling']);
    await page.uncompleteLesson('dispensing/labeling');
    expect(page.progress.get().lessons).toEqual({});
    // The next page reads the snapshot synchronously.
    await page.completeLesson('dispensing/data-entry');
    const next = await openPage(local);
    expect(Object.keys(next.progress.get().lessons)).toEqual(['dispensing/data-entry']);
  });

  test('two tabs changing different things at once both keep their change (no lost update)', async () => {
    const local = fakeStorage();
    const a = await openPage(local);
    const b = await openPage(local);
    await Promise.all([a.initRecord(), b.initRecord()]);
    await b.loadFlashcards();
    for (let i = 0; i < 10; i += 1) {
      await Promise.all([a.completeLesson(`dispensing/l${i}`), b.rateCard(`sig:c${i}`, 3, 'session-b'), a.updateSettings({ newPerDay: 10 + i })]);
    }
    const raw = await a.db.readRaw((await a.database())!);
    expect(raw.lessons).toHaveLength(10);
    expect(raw.cards.map((c) => (c as { id: string }).id).sort()).toEqual([...Array(10).keys()].map((i) => `sig:c${i}`).sort());
    expect(raw.reviews).toHaveLength(10);
    expect(raw.meta).toMatchObject({ settings: { newPerDay: 19 } });
  });

  test('a storage failure leaves what was saved and says so; the page keeps working', async () => {
    const page = await openPage(fakeStorage());
    await page.completeLesson('dispensing/labeling');
    const db = (await page.database())!;
    const put = vi.spyOn(Object.getPrototypeOf(db.transaction('lessons', 'readwrite').store), 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(page.completeLesson('dispensing/data-entry')).resolves.toBeUndefined();
    expect(page.progressNotice.get()).toEqual({ kind: 'quota' });
    expect(Object.keys(page.progress.get().lessons)).toEqual(['dispensing/labeling']);
    put.mockRestore();
    expect((await page.db.readRaw(db)).lessons).toHaveLength(1);
  });

  test('a corrupt row is left out with a notice, and stays stored', async () => {
    const page = await openPage(fakeStorage());
    await page.initRecord();
    const db = (await page.database())!;
    await db.put('cards', { id: 'sig:bad', ...cardState, stability: 0 });
    await db.put('cards', { id: 'sig:ok', ...cardState });
    const state = await page.loadFlashcards(new Date('2026-01-02T00:00:00.000Z'));
    expect(Object.keys(state.cards)).toEqual(['sig:ok']);
    expect(page.progressNotice.get()).toEqual({ kind: 'repaired', dropped: 1 });
    expect(await db.get('cards', 'sig:bad')).toBeDefined();
  });

  test('without IndexedDB the record lives in memory and the learner is told', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const page = await openPage(fakeStorage());
    await page.completeLesson('dispensing/labeling');
    expect(page.recordStatus.get()).toBe('memory');
    expect(page.progressNotice.get()).toEqual({ kind: 'unavailable' });
    expect(Object.keys(page.progress.get().lessons)).toEqual(['dispensing/labeling']);
    expect(page.memoryRecord()?.lessons.map((l) => l.id)).toEqual(['dispensing/labeling']);
    await page.loadFlashcards();
    expect(await page.rateCard('sig:bid', 3, 's')).not.toBeNull();
    expect(page.memoryRecord()?.reviews).toHaveLength(1);
  });

  test('when a newer build upgrades the database, this tab closes it, says so, and writes nothing more', async () => {
    const page = await openPage(fakeStorage());
    await page.completeLesson('dispensing/labeling');
    const newer = await openDB(page.db.DB_NAME, page.db.DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('future');
      },
    });
    expect(page.recordStatus.get()).toBe('outdated');
    expect(page.progressNotice.get()).toEqual({ kind: 'outdated' });
    await page.completeLesson('dispensing/data-entry');
    expect(page.progressNotice.get()).toEqual({ kind: 'outdated' });
    expect(await newer.getAllKeys('lessons')).toEqual(['dispensing/labeling']);
    newer.close();

    // A page of the older build opened after the upgrade cannot open the database and does not write.
    const older = await openPage(fakeStorage());
    await older.completeLesson('dispensing/other');
    expect(older.recordStatus.get()).toBe('outdated');
    const check = await openDB(page.db.DB_NAME);
    expect(await check.getAllKeys('lessons')).toEqual(['dispensing/labeling']);
    check.close();
  });

  test('a refused settings value is not stored, and the result says why', async () => {
    const page = await openPage(fakeStorage());
    await page.updateSettings({ newPerDay: 30 });
    expect(await page.updateSettings({ newPerDay: -5 })).toEqual({ ok: false, field: 'newPerDay', min: 0, max: 500 });
    expect(await page.updateSettings({ newPerDay: 501 })).toMatchObject({ ok: false });
    expect(await page.updateSettings({ newPerDay: 2.5 })).toMatchObject({ ok: false });
    expect(page.progress.get().settings.newPerDay).toBe(30);
  });

  test('undo takes back exactly the given review and restores the card', async () => {
    const page = await openPage(fakeStorage());
    await page.loadFlashcards();
    const first = await page.rateCard('sig:bid', 3, 's1', new Date('2026-04-01T12:00:00.000Z'));
    const second = await page.rateCard('sig:bid', 1, 's1', new Date('2026-04-01T12:05:00.000Z'));
    expect(await page.undoRating(second!.review)).toBe(true);
    const db = (await page.database())!;
    expect(await db.get('cards', 'sig:bid')).toEqual({ id: 'sig:bid', ...page.flashcardState.get()!.cards['sig:bid'] });
    expect((await db.getAll('reviews')).map((r) => r.id)).toEqual([first!.review.id]);
    await page.undoRating(first!.review);
    expect(await db.get('cards', 'sig:bid')).toBeUndefined();
  });
});
