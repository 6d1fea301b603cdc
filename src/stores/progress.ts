/**
 * The learner's record as stores. IndexedDB (`./db.ts`) holds everything; `progress` is the small part
 * every page shows (lessons, last lesson, settings), first read synchronously from a localStorage snapshot
 * so nothing waits on IndexedDB to paint, then from IndexedDB once `initRecord()` has run.
 *
 * `initRecord()` is the one place where an older record is migrated, backed up and rewritten. Changes go to
 * IndexedDB row by row and are announced to other tabs over a BroadcastChannel; a tab of an older build
 * closes its connection when a newer one upgrades the database and stops writing.
 */
import { atom } from 'nanostores';
import {
  countRows,
  emptyRecord,
  parseMeta,
  parseRecord,
  parseLessonRow,
  parseSnapshot,
  sameRecord,
  snapshotOf,
  type RecordData,
  type RecordMeta,
  type Snapshot,
} from '../lib/progress/record';
import { changeSettings, type SettingsChange, type StudySettings } from '../lib/progress/settings';
import { openRecordDb, readLessons, readMeta, readRaw, updateMeta, writeFirstRecord, writeLesson, type BackupRow, type RecordDb } from './db';

/** localStorage key of the version 2 record (before IndexedDB); removed once its migration is verified. */
export const LEGACY_KEY = 'rxtray:progress';
/** localStorage key of the first-paint snapshot (a cache of IndexedDB, rebuilt from it on every load). */
export const SNAPSHOT_KEY = 'rxtray:snapshot';
/** BroadcastChannel name for changes made in another tab. */
export const CHANNEL = 'rxtray-record';

/** A message for the learner about their stored record. */
export type ProgressNotice =
  /** The old record could not be read: kept as a backup, a fresh record started. */
  | { kind: 'corrupt' }
  /** The old record was written by a newer RxTray: kept untouched and as a backup. */
  | { kind: 'future-version'; version: number }
  /** Some rows were unreadable and were left out (they stay stored). */
  | { kind: 'repaired'; dropped: number }
  /** The last change could not be saved (storage refused it); what was saved before is unchanged. */
  | { kind: 'save-failed' }
  /** The browser's storage for this site is full. */
  | { kind: 'quota' }
  /** IndexedDB is unavailable (private mode, blocked site data): working in memory only. */
  | { kind: 'unavailable' }
  /** A newer RxTray opened in another tab: this tab stopped writing. */
  | { kind: 'outdated' }
  /** This build waits for older tabs to close before it can upgrade. */
  | { kind: 'blocked' }
  /** The migration could not be verified: the old record stays in localStorage, untouched. */
  | { kind: 'migration-unverified' };

export const progressNotice = atom<ProgressNotice | null>(null);

/** Where the record lives right now. */
export type RecordStatus = 'loading' | 'ready' | 'memory' | 'outdated';
export const recordStatus = atom<RecordStatus>('loading');

/** What the learner has done, as every page needs it. */
export type ProgressView = Snapshot;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

function readLocal(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeLocal(key: string, value: string | null): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** What the page can show before IndexedDB answers: the snapshot, else nothing (until the record loads). */
function firstPaint(now: Date): Snapshot {
  return parseSnapshot(readLocal(SNAPSHOT_KEY), now) ?? snapshotOf(emptyRecord(now).meta, []);
}

/** Lessons completed, last lesson and settings. */
export const progress = atom<ProgressView>(firstPaint(new Date()));

let db: RecordDb | null = null;
/** The record when IndexedDB is unavailable: kept for this tab, offered for export. */
let memory: RecordData | null = null;
let started: Promise<void> | null = null;
let channel: BroadcastChannel | null = null;
const listeners = new Set<(kind: string) => void>();

const isNamed = (error: unknown, name: string) => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** The notice for a failed write. */
const failure = (error: unknown): ProgressNotice => (isNamed(error, 'QuotaExceededError') ? { kind: 'quota' } : { kind: 'save-failed' });

function becomeOutdated(): void {
  db = null;
  recordStatus.set('outdated');
  progressNotice.set({ kind: 'outdated' });
}

function becomeMemory(now: Date): void {
  db = null;
  memory = emptyRecord(now);
  const shown = progress.get();
  memory.meta = { ...memory.meta, createdAt: shown.createdAt, settings: shown.settings, ...(shown.lastLesson ? { lastLesson: shown.lastLesson } : {}) };
  memory.lessons = Object.entries(shown.lessons).map(([id, l]) => ({ id, completedAt: l.completedAt }));
  recordStatus.set('memory');
  progressNotice.set({ kind: 'unavailable' });
}

/** Sets the shown progress and refreshes the first-paint snapshot. */
function show(meta: RecordMeta, lessons: RecordData['lessons']): void {
  const snapshot = snapshotOf(meta, lessons);
  progress.set(snapshot);
  if (recordStatus.get() === 'ready') writeLocal(SNAPSHOT_KEY, JSON.stringify(snapshot));
}

/** Re-reads lessons and meta from IndexedDB (after a change here or in another tab). */
async function refresh(): Promise<void> {
  if (!db) return;
  const now = new Date();
  const raw = await readLessons(db);
  const { meta } = parseMeta(raw.meta, now);
  const lessons = raw.lessons.map(parseLessonRow).filter((l) => l !== null);
  show(meta, lessons);
}

function versionOf(raw: string): number {
  try {
    const value = JSON.parse(raw) as { version?: unknown };
    return typeof value.version === 'number' ? value.version : 0;
  } catch {
    return 0;
  }
}

/** A backup row for some text kept aside. */
export function backupRow(text: string, reason: string, summary: BackupRow['summary'], now: Date): BackupRow {
  return { id: `${now.toISOString()}:${reason}`, createdAt: now.toISOString(), reason, bytes: new Blob([text]).size, summary, text };
}

/** Moves a version 1 or 2 localStorage record into an empty database, then verifies before removing it. */
async function migrate(database: RecordDb, now: Date): Promise<void> {
  const raw = readLocal(LEGACY_KEY);
  // The version 2 reader (with zod) is loaded only when there is an old record to read.
  const { loadProgress, fromV2 } = raw ? await import('./legacy') : { loadProgress: null, fromV2: null };
  if (!raw || !loadProgress || !fromV2) {
    await writeFirstRecord(database, emptyRecord(now));
    return;
  }
  const result = loadProgress(raw, now);
  const kind = result.notice?.kind;
  const unreadable = kind === 'corrupt' || kind === 'future-version';
  const data = !unreadable ? fromV2(result.progress, versionOf(raw)) : emptyRecord(now);
  const reason = kind === 'future-version' ? 'newer' : kind === 'corrupt' ? 'unreadable' : 'migration';
  const backup = backupRow(raw, reason, unreadable ? {} : countRows(data), now);
  const wrote = await writeFirstRecord(database, data, backup);
  if (!wrote) return;
  if (result.notice?.kind === 'future-version') progressNotice.set({ kind: 'future-version', version: result.notice.version });
  else if (kind === 'corrupt') progressNotice.set({ kind: 'corrupt' });
  else if (kind === 'repaired') progressNotice.set({ kind: 'repaired', dropped: result.notice?.kind === 'repaired' ? result.notice.dropped : 0 });
  if (unreadable) return; // kept in localStorage as well as in the backup
  const back = parseRecord(await readRaw(database), now).data;
  if (sameRecord(data, back)) writeLocal(LEGACY_KEY, null);
  else progressNotice.set({ kind: 'migration-unverified' });
}

async function start(): Promise<void> {
  const now = new Date();
  try {
    db = await openRecordDb({
      onVersionChange: becomeOutdated,
      onBlocked: () => progressNotice.set({ kind: 'blocked' }),
      onTerminated: () => becomeMemory(new Date()),
    });
  } catch (error) {
    if (isNamed(error, 'VersionError')) becomeOutdated();
    else becomeMemory(now);
    return;
  }
  try {
    if ((await readMeta(db)) === undefined) await migrate(db, now);
    recordStatus.set('ready');
    await refresh();
  } catch (error) {
    if (recordStatus.get() === 'outdated') return;
    if (isNamed(error, 'QuotaExceededError')) {
      progressNotice.set({ kind: 'quota' });
      recordStatus.set('ready');
      return;
    }
    becomeMemory(now);
    return;
  }
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<{ kind?: unknown }>) => {
      const kind = typeof event.data?.kind === 'string' ? event.data.kind : 'all';
      if (kind === 'lessons' || kind === 'meta' || kind === 'all') void refresh().catch(() => {});
      for (const listener of listeners) listener(kind);
    };
  }
}

/**
 * Opens the record: migrates an older localStorage record once (keeping the original until the copy is
 * verified), then loads it. Safe to call from every island; runs once per page.
 */
export function initRecord(): Promise<void> {
  started ??= start();
  return started;
}

/** Calls `listener` with the kind of change ("lessons", "meta", "cards", "all") made in another tab. */
export function onOtherTabChange(listener: (kind: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let persistAsked = false;
/** Asks the browser to keep this site's storage under pressure (once per page, when the learner starts tracking). */
function askPersist(): void {
  if (persistAsked) return;
  persistAsked = true;
  try {
    void navigator.storage?.persist?.().catch(() => {});
  } catch {
    // not offered by this browser
  }
}

/**
 * Runs one change: against IndexedDB when it is open, in memory when it is not; refused (with the notice)
 * when this tab is outdated. Returns whether the change is kept.
 */
export async function change(kind: string, write: (database: RecordDb) => Promise<void>, inMemory: (record: RecordData) => void): Promise<boolean> {
  await initRecord();
  askPersist();
  if (recordStatus.get() === 'outdated') {
    progressNotice.set({ kind: 'outdated' });
    return false;
  }
  if (memory) {
    inMemory(memory);
    return true;
  }
  if (!db) return false;
  try {
    await write(db);
  } catch (error) {
    if (recordStatus.get() === 'outdated') progressNotice.set({ kind: 'outdated' });
    else progressNotice.set(failure(error));
    return false;
  }
  channel?.postMessage({ kind });
  return true;
}

/** The open database (null when in memory or outdated), for the other stores. */
export async function database(): Promise<RecordDb | null> {
  await initRecord();
  return db;
}

/** The in-memory record when IndexedDB is unavailable. */
export const memoryRecord = (): RecordData | null => memory;

/** Announces a change to other tabs (for stores that write through `database()` directly). */
export const announce = (kind: string): void => channel?.postMessage({ kind });

/**
 * Local changes still being written. The shown progress is re-read from IndexedDB only when none is left, so
 * an earlier write finishing never shows a moment-old state over a newer click (a checkbox would flicker back).
 */
let inFlight = 0;
async function settled(kept: boolean): Promise<void> {
  inFlight -= 1;
  if (kept && db && inFlight === 0) await refresh().catch(() => {});
}

async function changeLesson(lessonId: string, complete: boolean): Promise<void> {
  inFlight += 1;
  const before = progress.get();
  const { [lessonId]: _gone, ...others } = before.lessons;
  const row = { id: lessonId, completedAt: before.lessons[lessonId]?.completedAt ?? new Date().toISOString() };
  progress.set({ ...before, lessons: complete ? { ...before.lessons, [lessonId]: { completedAt: row.completedAt } } : others });
  const kept = await change(
    'lessons',
    (database) => writeLesson(database, lessonId, complete ? row : null),
    (record) => {
      record.lessons = record.lessons.filter((l) => l.id !== lessonId);
      if (complete) record.lessons.push(row);
    },
  );
  if (!kept) progress.set({ ...progress.get(), lessons: before.lessons });
  await settled(kept);
}

async function changeMeta(update: (meta: RecordMeta) => RecordMeta): Promise<boolean> {
  inFlight += 1;
  const now = new Date();
  const before = progress.get();
  const shown = update({ version: 3, createdAt: before.createdAt, settings: before.settings, ...(before.lastLesson ? { lastLesson: before.lastLesson } : {}) });
  progress.set({ ...before, settings: shown.settings, ...(shown.lastLesson ? { lastLesson: shown.lastLesson } : {}) });
  const kept = await change(
    'meta',
    async (database) => void (await updateMeta(database, (current) => update(parseMeta(current, now).meta))),
    (record) => (record.meta = update(record.meta)),
  );
  if (!kept) progress.set({ ...progress.get(), settings: before.settings });
  await settled(kept);
  return kept;
}

/** Marks a lesson complete. */
export const completeLesson = (lessonId: string): Promise<void> => changeLesson(lessonId, true);
/** Marks a lesson not complete. */
export const uncompleteLesson = (lessonId: string): Promise<void> => changeLesson(lessonId, false);
/** Remembers the lesson the learner is reading. */
export const visitLesson = async (lessonId: string): Promise<void> =>
  void (await changeMeta((meta) => ({ ...meta, lastLesson: { id: lessonId, at: new Date().toISOString() } })));

/**
 * Changes flashcard settings. A value outside its limits is refused and nothing is stored; the result
 * says which field and why, so the form can show the stored value and the reason.
 */
export async function updateSettings(partial: Partial<StudySettings>): Promise<SettingsChange> {
  const checked = changeSettings(progress.get().settings, partial);
  if (!checked.ok) return checked;
  await changeMeta((meta) => {
    const merged = changeSettings(meta.settings, partial);
    return merged.ok ? { ...meta, settings: merged.settings } : meta;
  });
  return { ok: true, settings: progress.get().settings };
}

/** Re-reads everything after a bulk change (import, restore) and tells other tabs. */
export async function reloadAll(): Promise<void> {
  if (memory) {
    show(memory.meta, memory.lessons);
    return;
  }
  await refresh();
  channel?.postMessage({ kind: 'all' });
}

/** Dismisses the current notice. */
export const dismissProgressNotice = (): void => progressNotice.set(null);
