import { describe, expect, test } from 'vitest';
import { answer, currentItem, endSession, isOpen, keyAction, parseSession, pause, remainingMs, resume, startSession, undo } from '../../../src/lib/session/engine';

const t = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 2, 2, 9, minutes, seconds));
const isChoice = (value: unknown): value is string => typeof value === 'string';

describe('study session engine', () => {
  test('walks a fixed queue, timing each item', () => {
    let s = startSession<string>({ id: 's1', mode: 'quiz', now: t(0), items: ['q1', 'q2'] });
    expect(currentItem(s)).toBe('q1');
    s = answer(s, 'B', t(0, 30));
    s = answer(s, 'C', t(1, 30));
    expect(s.answers).toEqual([
      { itemId: 'q1', response: 'B', at: t(0, 30).toISOString(), ms: 30_000 },
      { itemId: 'q2', response: 'C', at: t(1, 30).toISOString(), ms: 60_000 },
    ]);
    expect(currentItem(s)).toBeUndefined();
    // Nothing left to answer: unchanged.
    expect(answer(s, 'D', t(2))).toBe(s);
  });

  test('a growing queue appends the item answered', () => {
    let s = startSession<number>({ id: 's', mode: 'flashcards', now: t(0) });
    s = answer(s, 3, t(1), 'card:a');
    s = answer(s, 4, t(2), 'card:b');
    expect(s.items).toEqual(['card:a', 'card:b']);
    expect(s.position).toBe(2);
  });

  test('undo takes back only this session’s answers, newest first, and shows the item again', () => {
    let s = startSession<string>({ id: 's', mode: 'quiz', now: t(0), items: ['q1', 'q2'] });
    s = answer(s, 'A', t(1));
    s = answer(s, 'B', t(2));
    const first = undo(s, t(3));
    expect(first.undone).toEqual({ itemId: 'q2', response: 'B', at: t(2).toISOString(), ms: 60_000 });
    expect(currentItem(first.session)).toBe('q2');
    const second = undo(first.session, t(4));
    expect(second.undone?.itemId).toBe('q1');
    const none = undo(second.session, t(5));
    expect(none.undone).toBeUndefined();
    expect(none.session).toBe(second.session);
    // A fresh session has nothing to undo, whatever other sessions did.
    expect(undo(startSession({ id: 'other', mode: 'quiz', now: t(6) }), t(6)).undone).toBeUndefined();
    // An ended session cannot be changed.
    expect(undo(endSession(s, t(7)), t(8)).undone).toBeUndefined();
  });

  test('the timer counts down to a deadline, survives a reload, and pausing moves the deadline', () => {
    let s = startSession<string>({ id: 'exam', mode: 'exam', now: t(0), items: ['q1', 'q2'], limitMs: 10 * 60_000 });
    expect(remainingMs(s, t(4))).toBe(6 * 60_000);
    // A reload: the saved session reads back and the clock did not stop meanwhile.
    s = parseSession(JSON.parse(JSON.stringify(s)), isChoice)!;
    expect(remainingMs(s, t(5))).toBe(5 * 60_000);
    s = pause(s, t(5));
    expect(pause(s, t(6))).toBe(s);
    expect(isOpen(s, t(6))).toBe(false);
    expect(answer(s, 'A', t(6))).toBe(s);
    expect(remainingMs(s, t(8))).toBe(5 * 60_000);
    s = resume(s, t(8));
    expect(resume(s, t(9))).toBe(s);
    expect(remainingMs(s, t(9))).toBe(4 * 60_000);
    expect(s.deadline).toBe(t(13).toISOString());
    // Time spent paused is not counted on the item.
    s = answer(s, 'A', t(9));
    expect(s.answers[0]?.ms).toBe(6 * 60_000);
    // Out of time: closed, never negative.
    expect(remainingMs(s, t(30))).toBe(0);
    expect(isOpen(s, t(30))).toBe(false);
    expect(answer(s, 'B', t(30))).toBe(s);
    const ended = endSession(s, t(10));
    expect(endSession(ended, t(11))).toBe(ended);
    expect(remainingMs(ended, t(12))).toBe(3 * 60_000);
  });

  test('no limit: no countdown', () => {
    expect(remainingMs(startSession({ id: 's', mode: 'quiz', now: t(0) }), t(100))).toBeNull();
    expect(() => startSession({ id: 's', mode: 'quiz', now: t(0), limitMs: 0 })).toThrow(RangeError);
  });

  test('a seeded shuffle gives the same order for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => `q${i}`);
    const a = startSession({ id: 'a', mode: 'quiz', now: t(0), items, shuffleSeed: 'seed-1' });
    const b = startSession({ id: 'b', mode: 'quiz', now: t(0), items, shuffleSeed: 'seed-1' });
    const c = startSession({ id: 'c', mode: 'quiz', now: t(0), items, shuffleSeed: 'seed-2' });
    expect(a.items).toEqual(b.items);
    expect(a.items).not.toEqual(items);
    expect(c.items).not.toEqual(a.items);
    expect([...a.items].sort()).toEqual([...items].sort());
  });

  test('parseSession refuses anything that is not a session, including bad answers', () => {
    const s = answer(startSession<string>({ id: 's', mode: 'quiz', now: t(0), items: ['q1'], limitMs: 60_000 }), 'A', t(0, 10));
    const good = JSON.parse(JSON.stringify(pause(s, t(0, 20))));
    expect(parseSession(good, isChoice)).toEqual(good);
    const bad = [
      null,
      'session',
      { ...good, id: '' },
      { ...good, items: [1] },
      { ...good, position: 5 },
      { ...good, position: -1 },
      { ...good, answers: 'none' },
      { ...good, answers: [null] },
      { ...good, answers: [{ ...good.answers[0], response: 42 }] },
      { ...good, answers: [{ ...good.answers[0], ms: -1 }] },
      { ...good, deadline: 'soon' },
      { ...good, limitMs: 0 },
    ];
    for (const value of bad) expect(parseSession(value, isChoice)).toBeNull();
  });

  test('keyAction maps keys (either case, Ctrl combinations) and leaves Alt and Meta alone', () => {
    const map = { ' ': 'show', '1': 'again', u: 'undo', 'Ctrl+z': 'undo' } as const;
    expect(keyAction(map, { key: ' ' })).toBe('show');
    expect(keyAction(map, { key: 'U' })).toBe('undo');
    expect(keyAction(map, { key: 'z', ctrlKey: true })).toBe('undo');
    expect(keyAction(map, { key: 'z' })).toBeUndefined();
    expect(keyAction(map, { key: '1', altKey: true })).toBeUndefined();
    expect(keyAction(map, { key: 'u', metaKey: true })).toBeUndefined();
    expect(keyAction(map, { key: 'u', ctrlKey: true })).toBeUndefined();
    expect(keyAction(map, { key: 'Enter' })).toBeUndefined();
  });
});
