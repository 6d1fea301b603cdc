import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { drillType, checkAnswer, weakestTypes } from '../../../src/lib/drills';

/** A fresh "page": new module graph over a fresh in-memory localStorage and the shared fake IndexedDB. */
async function openPage() {
  const data = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    clear: () => data.clear(),
    get length() {
      return data.size;
    },
  });
  vi.resetModules();
  return import('../../../src/stores/drills');
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drill answers in the learning record', () => {
  test('each checked answer is kept with its type, level and verdict, and read back for "my weakest"', async () => {
    const store = await openPage();
    const dilution = drillType('dilution')?.generate(1, 2);
    const drip = drillType('iv-drip-rate')?.generate(2, 1);
    if (!dilution || !drip || drip.answer.kind !== 'number') throw new Error('no problems');
    const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 10, m));
    expect(await store.recordDrillAnswer({ problem: dilution, check: checkAnswer(dilution, '1 mL'), ms: 4200.4, sessionId: 's1', now: at(1) })).toBe(true);
    expect(await store.recordDrillAnswer({ problem: drip, check: checkAnswer(drip, `${drip.answer.value}`), ms: 3000, sessionId: 's1', now: at(2) })).toBe(true);

    const results = await store.drillResults();
    expect(results).toEqual([
      { type: 'dilution', correct: false, at: at(1).toISOString() },
      { type: 'iv-drip-rate', correct: true, at: at(2).toISOString() },
    ]);
    expect(weakestTypes(results, ['iv-drip-rate', 'dilution', 'temperature'], 1)).toEqual(['dilution']);

    // A new page (reload) reads the same rows from IndexedDB.
    const again = await openPage();
    expect((await again.drillResults()).map((r) => r.type)).toEqual(['dilution', 'iv-drip-rate']);
  });

  test('answering the same problem of a session twice keeps one row', async () => {
    const store = await openPage();
    const p = drillType('temperature')?.generate(5, 1);
    if (!p) throw new Error('no problem');
    await store.recordDrillAnswer({ problem: p, check: checkAnswer(p, 'x'), ms: 1, sessionId: 's', now: new Date(Date.UTC(2026, 0, 1)) });
    await store.recordDrillAnswer({ problem: p, check: checkAnswer(p, 'x'), ms: 1, sessionId: 's', now: new Date(Date.UTC(2026, 0, 2)) });
    expect(await store.drillResults()).toHaveLength(1);
  });
});
