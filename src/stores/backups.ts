/**
 * Backups, export and import of the whole record, for /progress/. Every bulk change keeps the current
 * record as an automatic backup first, in the same transaction, so an import or a restore can always be
 * taken back; at most `MAX_BACKUPS` are kept.
 */
import { exportRecord, exportRecordParts, importRecord, mergeRecords, recordFileName } from '../lib/progress/backup';
import { loadProgress } from '../lib/progress/model';
import { countRows, emptyRecord, fromV2, parseRecord, ROW_STORES, type RecordCounts, type RecordData } from '../lib/progress/record';
import { deleteBackup, listBackups, readBackup, readRaw, writeAll, type BackupRow } from './db';
import { backupRow, database, memoryRecord, progressNotice, reloadAll } from './progress';

export type BackupInfo = Omit<BackupRow, 'text'>;

/** The whole record as it is stored now (rows that cannot be read are left out). */
export async function readRecord(now: Date = new Date()): Promise<RecordData> {
  const db = await database();
  if (db) return parseRecord(await readRaw(db), now).data;
  return structuredClone(memoryRecord() ?? emptyRecord(now));
}

/** How many rows each store holds (counted by IndexedDB, without reading the rows). */
export async function countStored(): Promise<RecordCounts> {
  const db = await database();
  if (!db) return countRows(memoryRecord() ?? emptyRecord(new Date()));
  const counts = await Promise.all(ROW_STORES.map((store) => db.count(store)));
  return Object.fromEntries(ROW_STORES.map((store, i) => [store, counts[i] ?? 0])) as RecordCounts;
}

/** The export file of everything, and its name; `parts` joined are the file's text (see `exportRecordParts`). */
export async function exportEverything(now: Date = new Date()): Promise<{ name: string; parts: string[] }> {
  return { name: recordFileName(now), parts: exportRecordParts(await readRecord(now), now) };
}

/** The backups, newest first (none when IndexedDB is unavailable). */
export async function backups(): Promise<BackupInfo[]> {
  const db = await database();
  return db ? listBackups(db) : [];
}

const failed = (error: unknown) => {
  progressNotice.set(typeof error === 'object' && error !== null && (error as { name?: string }).name === 'QuotaExceededError' ? { kind: 'quota' } : { kind: 'save-failed' });
  return false;
};

/** Writes a record over (replace) or into (merge) the current one, keeping the current one as a backup. */
export async function applyRecord(incoming: RecordData, mode: 'merge' | 'replace', reason: string, now: Date = new Date()): Promise<boolean> {
  const current = await readRecord(now);
  const next = mode === 'merge' ? mergeRecords(current, incoming) : incoming;
  const db = await database();
  const memory = memoryRecord();
  if (!db) {
    if (!memory) return false;
    Object.assign(memory, structuredClone(next));
    await reloadAll();
    return true;
  }
  const backup = backupRow(exportRecord(current, now), reason, countRows(current), now);
  try {
    await writeAll(db, next, { replace: mode === 'replace', backup });
  } catch (error) {
    return failed(error);
  }
  await reloadAll();
  return true;
}

/** Reads a file the learner chose (see `importRecord`). */
export { importRecord };

/** The record a backup holds: an export file, or an original localStorage record kept before a migration. */
function backupRecord(text: string, now: Date): RecordData | null {
  const asExport = importRecord(text, now);
  if (asExport.ok) return asExport.data;
  const old = loadProgress(text, now);
  if (old.notice?.kind === 'corrupt' || old.notice?.kind === 'future-version') return null;
  return fromV2(old.progress, 2);
}

/** A backup's text and a file name for downloading it. */
export async function backupFile(id: string): Promise<{ name: string; text: string } | null> {
  const db = await database();
  const row = db ? await readBackup(db, id) : undefined;
  return row ? { name: `rxtray-backup-${row.createdAt.slice(0, 19).replaceAll(':', '-')}.json`, text: row.text } : null;
}

/** Puts a backup back in place of the current record (which becomes a backup itself). */
export async function restoreBackup(id: string, now: Date = new Date()): Promise<'restored' | 'unreadable' | 'failed'> {
  const db = await database();
  const row = db ? await readBackup(db, id) : undefined;
  if (!row) return 'failed';
  const data = backupRecord(row.text, now);
  if (!data) return 'unreadable';
  return (await applyRecord(data, 'replace', 'restore', now)) ? 'restored' : 'failed';
}

/** Deletes a backup. */
export async function removeBackup(id: string): Promise<boolean> {
  const db = await database();
  if (!db) return false;
  try {
    await deleteBackup(db, id);
    return true;
  } catch (error) {
    return failed(error);
  }
}

/** How much storage the site uses and may use, and whether the browser keeps it under pressure. */
export async function storageInfo(): Promise<{ usage?: number; quota?: number; persisted?: boolean }> {
  const out: { usage?: number; quota?: number; persisted?: boolean } = {};
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.usage !== undefined) out.usage = estimate.usage;
    if (estimate?.quota !== undefined) out.quota = estimate.quota;
    const persisted = await navigator.storage?.persisted?.();
    if (persisted !== undefined) out.persisted = persisted;
  } catch {
    // not offered by this browser
  }
  return out;
}

/** Asks the browser to keep the site's storage; returns whether it agreed. */
export async function askToKeep(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
