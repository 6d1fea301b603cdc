/**
 * The learning record in IndexedDB (through `idb`, ~1.2 KB gzip). One database, one object store per kind of
 * row; every change is one small transaction, so two tabs writing at once never overwrite each other.
 * Schema changes raise `DB_VERSION` and add a step to `upgrade`; a tab of an older build is then told
 * through `versionchange`, closes its connection and stops writing (see `src/stores/record.ts`).
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { AnswerRow, CardRow, DetailRow, LessonRow, RecordData, RecordMeta, ReviewRow, RowStore, SessionRow } from '../lib/progress/record';
import { ROW_STORES } from '../lib/progress/record';

/** Database name. */
export const DB_NAME = 'rxtray';
/** Schema version this build creates and expects. */
export const DB_VERSION = 1;
/** Automatic backups kept at most; the oldest is removed first. */
export const MAX_BACKUPS = 2;

/** A copy of the record kept aside (before a migration, an import or a restore). */
export interface BackupRow {
  id: string;
  createdAt: string;
  /** Why it was made: "migration", "import", "restore", "unreadable", "newer". */
  reason: string;
  /** Size of `text` in bytes (UTF-16 code units × 1, close enough for a JSON file). */
  bytes: number;
  /** What it holds, for the list on /progress/. */
  summary: Partial<Record<RowStore, number>>;
  /** The backup itself: an export file, or the original stored text. */
  text: string;
}

interface RecordSchema extends DBSchema {
  meta: { key: string; value: { key: string; value: unknown } };
  lessons: { key: string; value: LessonRow };
  cards: { key: string; value: CardRow };
  reviews: { key: string; value: ReviewRow; indexes: { reviewedAt: string; sessionId: string } };
  answers: { key: string; value: AnswerRow; indexes: { at: string; sessionId: string } };
  sessions: { key: string; value: SessionRow; indexes: { startedAt: string } };
  fills: { key: string; value: DetailRow; indexes: { at: string } };
  drills: { key: string; value: DetailRow; indexes: { at: string } };
  backups: { key: string; value: BackupRow };
}

export type RecordDb = IDBPDatabase<RecordSchema>;

/** What the connection tells its owner. */
export interface DbEvents {
  /** A newer build wants to upgrade the database: this connection has been closed. */
  onVersionChange?: () => void;
  /** This build wants to upgrade but an older tab keeps the database open. */
  onBlocked?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens (and creates or upgrades) the database. Rejects when IndexedDB is unavailable or blocked (some
 * private modes), or with a `VersionError` when a newer build has already upgraded it.
 */
export async function openRecordDb(events: DbEvents = {}, version = DB_VERSION): Promise<RecordDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = await openDB<RecordSchema>(DB_NAME, version, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('meta', { keyPath: 'key' });
        database.createObjectStore('lessons', { keyPath: 'id' });
        database.createObjectStore('cards', { keyPath: 'id' });
        const reviews = database.createObjectStore('reviews', { keyPath: 'id' });
        reviews.createIndex('reviewedAt', 'reviewedAt');
        reviews.createIndex('sessionId', 'sessionId');
        const answers = database.createObjectStore('answers', { keyPath: 'id' });
        answers.createIndex('at', 'at');
        answers.createIndex('sessionId', 'sessionId');
        database.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
        database.createObjectStore('fills', { keyPath: 'id' }).createIndex('at', 'at');
        database.createObjectStore('drills', { keyPath: 'id' }).createIndex('at', 'at');
        database.createObjectStore('backups', { keyPath: 'id' });
      }
      // Version 2 and later: add a step here; never change the step above.
    },
    blocked() {
      events.onBlocked?.();
    },
    blocking() {
      db.close();
      events.onVersionChange?.();
    },
    terminated() {
      events.onTerminated?.();
    },
  });
  return db;
}

/** The stored meta value (settings, last lesson, creation time), or undefined for a database never used. */
export async function readMeta(db: RecordDb): Promise<unknown> {
  return (await db.get('meta', 'record'))?.value;
}

/** Every row of every store, unparsed (the caller validates). */
export async function readRaw(db: RecordDb): Promise<{ meta: unknown } & Record<RowStore, unknown[]>> {
  const tx = db.transaction(['meta', ...ROW_STORES], 'readonly');
  const [meta, ...rows] = await Promise.all([tx.objectStore('meta').get('record'), ...ROW_STORES.map((store) => tx.objectStore(store).getAll())]);
  await tx.done;
  return { meta: meta?.value, ...(Object.fromEntries(ROW_STORES.map((store, i) => [store, rows[i] ?? []])) as Record<RowStore, unknown[]>) };
}

/** Lessons and meta only: what every page needs. */
export async function readLessons(db: RecordDb): Promise<{ meta: unknown; lessons: unknown[] }> {
  const tx = db.transaction(['meta', 'lessons'], 'readonly');
  const [meta, lessons] = await Promise.all([tx.objectStore('meta').get('record'), tx.objectStore('lessons').getAll()]);
  await tx.done;
  return { meta: meta?.value, lessons };
}

/** Card states and the reviews since `since` (ISO), for the flashcards page. */
export async function readFlashcards(db: RecordDb, since: string): Promise<{ cards: unknown[]; reviews: unknown[] }> {
  const tx = db.transaction(['cards', 'reviews'], 'readonly');
  const [cards, reviews] = await Promise.all([
    tx.objectStore('cards').getAll(),
    tx.objectStore('reviews').index('reviewedAt').getAll(IDBKeyRange.lowerBound(since)),
  ]);
  await tx.done;
  return { cards, reviews };
}

/** Writes the meta value. */
export async function writeMeta(db: RecordDb, meta: RecordMeta): Promise<void> {
  await db.put('meta', { key: 'record', value: meta });
}

/** Changes the meta value inside one transaction, so two tabs changing different settings both win. */
export async function updateMeta(db: RecordDb, change: (current: unknown) => RecordMeta): Promise<RecordMeta> {
  const tx = db.transaction('meta', 'readwrite');
  const current = await tx.store.get('record');
  const next = change(current?.value);
  await tx.store.put({ key: 'record', value: next });
  await tx.done;
  return next;
}

/** Marks a lesson complete (a put) or not complete (a delete). */
export async function writeLesson(db: RecordDb, id: string, row: LessonRow | null): Promise<void> {
  if (row) await db.put('lessons', row);
  else await db.delete('lessons', id);
}

/** Records one review and the card's new state in one transaction. */
export async function writeReview(db: RecordDb, review: ReviewRow, card: CardRow): Promise<void> {
  const tx = db.transaction(['reviews', 'cards'], 'readwrite');
  await Promise.all([tx.objectStore('reviews').put(review), tx.objectStore('cards').put(card), tx.done]);
}

/** Takes a review back: removes it and restores the card's state before it (or removes the card when it was new). */
export async function removeReview(db: RecordDb, review: ReviewRow): Promise<void> {
  const tx = db.transaction(['reviews', 'cards'], 'readwrite');
  const cards = tx.objectStore('cards');
  await Promise.all([
    tx.objectStore('reviews').delete(review.id),
    review.previous ? cards.put({ id: review.cardId, ...review.previous }) : cards.delete(review.cardId),
    tx.done,
  ]);
}

/** Appends one answer. */
export async function writeAnswer(db: RecordDb, answer: AnswerRow): Promise<void> {
  await db.put('answers', answer);
}

/** Writes (or updates) one session. */
export async function writeSession(db: RecordDb, session: SessionRow): Promise<void> {
  await db.put('sessions', session);
}

/**
 * Writes a whole record in one transaction. With `replace`, every row store is cleared first; otherwise rows
 * are added or updated by id. An optional backup is written in the same transaction, so either both land
 * or neither does.
 */
export async function writeAll(db: RecordDb, data: RecordData, { replace = false, backup }: { replace?: boolean; backup?: BackupRow } = {}): Promise<void> {
  const tx = db.transaction(['meta', 'backups', ...ROW_STORES], 'readwrite');
  if (backup) {
    await Promise.all(await rotateBackups(tx.objectStore('backups')));
    unwrap(tx.objectStore('backups')).put(backup);
  }
  putRows(unwrap(tx), data, replace);
  await tx.done;
}

/**
 * Queues every row on the native transaction without a promise per request (a year of study is ~70,000
 * rows; one promise each made an import take minutes). A failed request aborts the transaction, which
 * `tx.done` reports.
 */
function putRows(tx: IDBTransaction, data: RecordData, replace: boolean): void {
  for (const store of ROW_STORES) {
    const os = tx.objectStore(store);
    if (replace) os.clear();
    for (const row of data[store]) os.put(row);
  }
  tx.objectStore('meta').put({ key: 'record', value: data.meta });
}

/**
 * The one-time move of an older record into an empty database, in one transaction that first checks the
 * database is still empty (another tab may have migrated a moment ago). Returns whether it wrote.
 */
export async function writeFirstRecord(db: RecordDb, data: RecordData, backup?: BackupRow): Promise<boolean> {
  const tx = db.transaction(['meta', 'backups', ...ROW_STORES], 'readwrite');
  if ((await tx.objectStore('meta').get('record')) !== undefined) {
    await tx.done;
    return false;
  }
  if (backup) unwrap(tx.objectStore('backups')).put(backup);
  putRows(unwrap(tx), data, false);
  await tx.done;
  return true;
}

interface BackupStore {
  getAllKeys(): Promise<string[]>;
  delete(key: string): Promise<void>;
}

/** Deletes the oldest backups so that one more still fits within `MAX_BACKUPS`. */
async function rotateBackups(store: BackupStore): Promise<Promise<void>[]> {
  const keys = (await store.getAllKeys()).sort();
  return keys.slice(0, Math.max(0, keys.length - (MAX_BACKUPS - 1))).map((key) => store.delete(key));
}

/** Keeps a backup, removing the oldest when there would be more than `MAX_BACKUPS`. */
export async function addBackup(db: RecordDb, backup: BackupRow): Promise<void> {
  const tx = db.transaction('backups', 'readwrite');
  const deletions = await rotateBackups(tx.store);
  await Promise.all([...deletions, tx.store.put(backup), tx.done]);
}

/** The backups, newest first, without their text. */
export async function listBackups(db: RecordDb): Promise<Omit<BackupRow, 'text'>[]> {
  const rows = await db.getAll('backups');
  return rows.map(({ text: _text, ...info }) => info).sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** One backup with its text. */
export async function readBackup(db: RecordDb, id: string): Promise<BackupRow | undefined> {
  return db.get('backups', id);
}

/** Deletes one backup. */
export async function deleteBackup(db: RecordDb, id: string): Promise<void> {
  await db.delete('backups', id);
}
