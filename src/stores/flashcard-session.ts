/**
 * The flashcard review session on top of the study-session engine: it survives a reload (sessionStorage,
 * guarded: a browser that refuses it just loses the resume), records each rating through the flashcards
 * store, and undoes only this session's ratings, newest first, never one from yesterday or another tab.
 */
import { atom } from 'nanostores';
import { answer, endSession, parseSession, startSession, undo, type KeyMap, type StudySession } from '../lib/session/engine';
import { parseReviewRow, type ReviewRow } from '../lib/progress/record';
import type { ReviewRating } from '../lib/flashcards/state';
import { writeSession } from './db';
import { rateCard, undoRating, type RatingResult } from './flashcards';
import { change } from './progress';

/** What a flashcard session records per answer: the rating and the review it wrote (for undo). */
export interface CardResponse {
  rating: ReviewRating;
  review: ReviewRow;
}

/** sessionStorage key: a review in progress resumes after a reload. */
export const SESSION_KEY = 'rxtray:flashcards:session';

/** The keys of a review session. */
export const FLASHCARD_KEYS: KeyMap<'show' | 'rate1' | 'rate2' | 'rate3' | 'rate4' | 'undo'> = {
  ' ': 'show',
  '1': 'rate1',
  '2': 'rate2',
  '3': 'rate3',
  '4': 'rate4',
  u: 'undo',
  'Ctrl+z': 'undo',
};

const FAR_FUTURE = new Date(8.64e15);
const isResponse = (value: unknown): value is CardResponse => {
  if (typeof value !== 'object' || value === null) return false;
  const { rating, review } = value as Record<string, unknown>;
  return (rating === 1 || rating === 2 || rating === 3 || rating === 4) && parseReviewRow(review, FAR_FUTURE) !== null;
};

/** The session in progress on this page, if any. */
export const cardSession = atom<StudySession<CardResponse> | null>(null);

function save(session: StudySession<CardResponse> | null): void {
  cardSession.set(session);
  try {
    if (session && session.endedAt === undefined) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // sessionStorage refused (blocked site data): the session simply does not resume after a reload.
  }
}

/** Picks up a session saved before a reload; false when there is none (or it cannot be read). */
export function resumeCardSession(): boolean {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(SESSION_KEY);
  } catch {
    return false;
  }
  if (!raw) return false;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return false;
  }
  const session = parseSession(value, isResponse);
  if (!session || session.endedAt !== undefined) return false;
  cardSession.set(session);
  return true;
}

const newId = (now: Date): string => {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `flashcards:${now.toISOString()}:${random}`;
};

async function keep(session: StudySession<CardResponse>): Promise<void> {
  await change(
    'sessions',
    (db) => writeSession(db, { id: session.id, mode: session.mode, startedAt: session.startedAt, items: session.items, ...(session.endedAt ? { endedAt: session.endedAt } : {}), score: session.answers.length }),
    (record) => {
      record.sessions = [...record.sessions.filter((s) => s.id !== session.id), { id: session.id, mode: session.mode, startedAt: session.startedAt, items: session.items }];
    },
  );
}

/** Starts a review session. */
export function startCardSession(now: Date): void {
  save(startSession<CardResponse>({ id: newId(now), mode: 'flashcards', now }));
}

/** Ends the session. */
export async function endCardSession(now: Date): Promise<void> {
  const session = cardSession.get();
  save(null);
  if (session && session.answers.length > 0) await keep(endSession(session, now));
}

/** Rates a card in this session; null when nothing could be saved (the card stays to be rated again). */
export async function rateInSession(cardId: string, rating: ReviewRating, now: Date): Promise<RatingResult | null> {
  const session = cardSession.get();
  if (!session) return null;
  const result = await rateCard(cardId, rating, session.id, now);
  if (!result) return null;
  const next = answer(cardSession.get() ?? session, { rating, review: result.review }, now, cardId);
  save(next);
  if (next.answers.length === 1) await keep(next);
  return result;
}

/** Undoes this session's last rating; returns it, or undefined when this session has none. */
export async function undoInSession(now: Date): Promise<CardResponse | undefined> {
  const session = cardSession.get();
  if (!session) return undefined;
  const { session: back, undone } = undo(session, now);
  if (!undone) return undefined;
  if (!(await undoRating(undone.response.review))) return undefined;
  save(back);
  return undone.response;
}
