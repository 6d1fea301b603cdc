import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

/** An in-memory Storage that can be told to refuse writes, like a full localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const control = { full: false };
  const api = {
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
  // @nanostores/persistent reads and writes keys as properties.
  const storage = new Proxy(api, {
    get: (target, key: string) => (key in target ? target[key as keyof typeof target] : data.get(key)),
    set: (_, key: string, value: string) => {
      api.setItem(key, value);
      return true;
    },
    has: (_, key: string) => data.has(key),
    deleteProperty: (_, key: string) => data.delete(key),
  });
  return { storage, data, control };
}

async function loadStore(initial: Record<string, string> = {}, { full = false } = {}) {
  const fake = fakeStorage(initial);
  fake.control.full = full;
  vi.stubGlobal('localStorage', fake.storage);
  vi.resetModules();
  const persistent = await import('@nanostores/persistent');
  persistent.setPersistentEngine(fake.storage as unknown as Record<string, string>, {
    addEventListener() {},
    removeEventListener() {},
  });
  const store = await import('../../../src/stores/progress');
  return { ...fake, ...store };
}

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-04-01T12:00:00.000Z') }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  test('saves a completed lesson to storage', async () => {
    const { progress, completeLesson, data, PROGRESS_KEY } = await loadStore();
    completeLesson('dispensing/labeling');
    expect(progress.get().lessons['dispensing/labeling']).toBeDefined();
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '{}').lessons).toHaveProperty(['dispensing/labeling']);
  });

  test('corrupt data is backed up, replaced by a fresh record, and announced once', async () => {
    const { progress, progressNotice, data, BACKUP_PREFIX, PROGRESS_KEY } = await loadStore({ 'rxtray:progress': 'not json' });
    expect(progress.get().lessons).toEqual({});
    expect(progressNotice.get()).toEqual({ kind: 'corrupt' });
    const backups = [...data.entries()].filter(([k]) => k.startsWith(BACKUP_PREFIX));
    expect(backups.map(([, v]) => v)).toEqual(['not json']);
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '').version).toBe(2);
  });

  test('when storage is full, saving fails with a notice and what was saved stays', async () => {
    const saved = JSON.stringify({
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      lessons: { 'dispensing/labeling': { completedAt: '2026-01-01T00:00:00.000Z' } },
      flashcards: { cards: {}, log: [] },
      flashcardSettings: { decks: [], classes: [], newPerDay: 20 },
    });
    const { completeLesson, progressNotice, data, control, PROGRESS_KEY } = await loadStore({ 'rxtray:progress': saved });
    control.full = true;
    expect(() => completeLesson('dispensing/data-entry')).not.toThrow();
    expect(progressNotice.get()).toEqual({ kind: 'save-failed' });
    expect(data.get(PROGRESS_KEY)).toBe(saved);
  });

  test('when unreadable data cannot be backed up, nothing writes over it', async () => {
    const store = await loadStore({ 'rxtray:progress': '{broken' }, { full: true });
    expect(store.progressNotice.get()).toEqual({ kind: 'backup-failed' });
    store.control.full = false;
    store.completeLesson('dispensing/labeling');
    expect(store.data.get('rxtray:progress')).toBe('{broken');
    expect(store.progressNotice.get()).toEqual({ kind: 'backup-failed' });
  });
});
