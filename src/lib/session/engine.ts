/**
 * The study-session engine shared by flashcards, quizzes, the practice exam, drills and fills. Pure and
 * JSON-safe: a session is plain data that survives a reload (the caller keeps it in sessionStorage and in
 * the record's `sessions` store); every function takes `now` and returns a new session.
 *
 * - an item queue: fixed (a quiz's questions, optionally shuffled with a seed) or growing as items are
 *   chosen (flashcards, whose next card comes from the scheduler);
 * - answers with the time taken on each item;
 * - a deadline-based timer: the time left is `deadline − now`, so a reload or a sleeping laptop never
 *   gives time back; pausing moves the deadline by the time paused;
 * - undo scoped to the session: only this session's answers can be taken back, newest first;
 * - a keyboard map from keys to actions.
 */
import { seedFrom, seededRng, shuffle } from '../random';

/** One answer given in a session. */
export interface SessionAnswer<R = unknown> {
  itemId: string;
  /** What the learner answered (a rating, a choice…), JSON-safe. */
  response: R;
  /** When (ISO 8601). */
  at: string;
  /** Time spent on the item, in milliseconds (pauses excluded). */
  ms: number;
}

/** A study session in progress or finished. */
export interface StudySession<R = unknown> {
  id: string;
  mode: string;
  startedAt: string;
  /** Items in the order they are studied. */
  items: string[];
  /** Index in `items` of the item shown now; equal to `items.length` when the queue is used up. */
  position: number;
  answers: SessionAnswer<R>[];
  /** When the current item was shown (moved forward by pauses). */
  shownAt: string;
  /** Time limit, if any, in milliseconds. */
  limitMs?: number;
  /** When time runs out (ISO), if there is a limit; moved later by pauses. */
  deadline?: string;
  /** Set while paused. */
  pausedAt?: string;
  /** Set when finished. */
  endedAt?: string;
}

/** How to start a session. */
export interface SessionOptions {
  id: string;
  mode: string;
  now: Date;
  /** A fixed queue; leave empty for a queue that grows with `answer(…, { itemId })`. */
  items?: readonly string[];
  /** Shuffle the fixed queue with a seed made from this text (e.g. the session id). */
  shuffleSeed?: string;
  limitMs?: number;
}

/** A new session at `now`. */
export function startSession<R = unknown>(options: SessionOptions): StudySession<R> {
  const at = options.now.toISOString();
  const items = options.shuffleSeed === undefined ? [...(options.items ?? [])] : shuffle(options.items ?? [], seededRng(seedFrom(options.shuffleSeed)));
  const session: StudySession<R> = { id: options.id, mode: options.mode, startedAt: at, items, position: 0, answers: [], shownAt: at };
  if (options.limitMs !== undefined) {
    if (!(options.limitMs > 0)) throw new RangeError(`limitMs must be positive, not ${options.limitMs}`);
    session.limitMs = options.limitMs;
    session.deadline = new Date(options.now.getTime() + options.limitMs).toISOString();
  }
  return session;
}

/** The item shown now, if any. */
export const currentItem = (session: StudySession<unknown>): string | undefined => session.items[session.position];

/** Whether the session takes answers at `now` (not ended, not paused, not out of time). */
export function isOpen(session: StudySession<unknown>, now: Date): boolean {
  return session.endedAt === undefined && session.pausedAt === undefined && !isOutOfTime(session, now);
}

/** Milliseconds left, or null without a time limit. Never negative; frozen while paused. */
export function remainingMs(session: StudySession<unknown>, now: Date): number | null {
  if (session.deadline === undefined) return null;
  const at = session.endedAt ?? session.pausedAt;
  const reference = at !== undefined ? Date.parse(at) : now.getTime();
  return Math.max(0, Date.parse(session.deadline) - reference);
}

/** Whether the time limit has passed. */
export const isOutOfTime = (session: StudySession<unknown>, now: Date): boolean => remainingMs(session, now) === 0;

/**
 * Records an answer to the current item and moves on. With `itemId`, the item is the one given (a growing
 * queue appends it). A session that is ended, paused or out of time is returned unchanged.
 */
export function answer<R>(session: StudySession<R>, response: R, now: Date, itemId?: string): StudySession<R> {
  if (!isOpen(session, now)) return session;
  let items = session.items;
  let position = session.position;
  if (itemId !== undefined && items[position] !== itemId) {
    items = [...items.slice(0, position), itemId, ...items.slice(position)];
  }
  const id = items[position];
  if (id === undefined) return session;
  const at = now.toISOString();
  const ms = Math.max(0, now.getTime() - Date.parse(session.shownAt));
  position += 1;
  return { ...session, items, position, answers: [...session.answers, { itemId: id, response, at, ms }], shownAt: at };
}

/**
 * Takes back this session's last answer: its item is shown again. Answers of other sessions cannot be
 * reached from here. Returns the session unchanged (and no `undone`) when there is nothing to undo.
 */
export function undo<R>(session: StudySession<R>, now: Date): { session: StudySession<R>; undone?: SessionAnswer<R> } {
  const undone = session.answers.at(-1);
  if (!undone || session.endedAt !== undefined) return { session };
  return {
    session: { ...session, position: Math.max(0, session.position - 1), answers: session.answers.slice(0, -1), shownAt: now.toISOString() },
    undone,
  };
}

/** Pauses the timer. */
export function pause<R>(session: StudySession<R>, now: Date): StudySession<R> {
  if (session.pausedAt !== undefined || session.endedAt !== undefined) return session;
  return { ...session, pausedAt: now.toISOString() };
}

/** Resumes: the deadline and the current item's clock move later by the time paused. */
export function resume<R>(session: StudySession<R>, now: Date): StudySession<R> {
  if (session.pausedAt === undefined) return session;
  const paused = Math.max(0, now.getTime() - Date.parse(session.pausedAt));
  const { pausedAt: _resumed, ...rest } = session;
  const moved: StudySession<R> = { ...rest, shownAt: new Date(Date.parse(session.shownAt) + paused).toISOString() };
  if (session.deadline !== undefined) moved.deadline = new Date(Date.parse(session.deadline) + paused).toISOString();
  return moved;
}

/** Ends the session. */
export function endSession<R>(session: StudySession<R>, now: Date): StudySession<R> {
  return session.endedAt !== undefined ? session : { ...session, endedAt: now.toISOString() };
}

const isTime = (value: unknown): value is string => typeof value === 'string' && Number.isFinite(Date.parse(value));
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Reads a saved session (from sessionStorage), or null when it is not one. `isResponse` checks each answer's
 * response, so a tampered session cannot smuggle bad data into the record.
 */
export function parseSession<R>(raw: unknown, isResponse: (value: unknown) => value is R): StudySession<R> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (!isText(s['id']) || !isText(s['mode']) || !isTime(s['startedAt']) || !isTime(s['shownAt'])) return null;
  if (!Array.isArray(s['items']) || !s['items'].every(isText)) return null;
  const position = s['position'];
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > s['items'].length) return null;
  if (!Array.isArray(s['answers'])) return null;
  const answers: SessionAnswer<R>[] = [];
  for (const a of s['answers'] as unknown[]) {
    if (typeof a !== 'object' || a === null) return null;
    const { itemId, response, at, ms } = a as Record<string, unknown>;
    if (!isText(itemId) || !isTime(at) || typeof ms !== 'number' || !(ms >= 0) || !isResponse(response)) return null;
    answers.push({ itemId, response, at, ms });
  }
  const session: StudySession<R> = { id: s['id'], mode: s['mode'], startedAt: s['startedAt'], items: [...s['items']], position, answers, shownAt: s['shownAt'] };
  for (const key of ['deadline', 'pausedAt', 'endedAt'] as const) {
    const value = s[key];
    if (value === undefined) continue;
    if (!isTime(value)) return null;
    session[key] = value;
  }
  if (s['limitMs'] !== undefined) {
    if (typeof s['limitMs'] !== 'number' || !(s['limitMs'] > 0)) return null;
    session.limitMs = s['limitMs'];
  }
  return session;
}

/** A key press, as the engine needs it (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Keys to actions, e.g. `{ ' ': 'show', '1': 'again', 'u': 'undo', 'Ctrl+z': 'undo' }` (letters match either case). */
export type KeyMap<A extends string> = Readonly<Record<string, A>>;

/** The action a key press maps to; Alt and Meta combinations are left to the browser. */
export function keyAction<A extends string>(map: KeyMap<A>, press: KeyPress): A | undefined {
  if (press.altKey || press.metaKey) return undefined;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return map[press.ctrlKey ? `Ctrl+${key}` : key];
}
