import { loadProgress, PROGRESS_VERSION, type Progress } from './model';

/** Marks a file as an RxTray progress export. */
export const EXPORT_KIND = 'rxtray-progress';

/** The learner's progress as a file they can keep or move to another browser. */
export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress }, null, 2);
}

/** A file name for an export made at `now`, e.g. "rxtray-progress-2026-03-02.json". */
export function exportFileName(now: Date): string {
  return `${EXPORT_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

/** What an import gives: the record to use, or a sentence saying why the file was not used. */
export type ImportResult = { ok: true; progress: Progress; repaired: number } | { ok: false; error: string };

/** Largest file accepted (the record is a few hundred KB even after months of flashcards). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads an export file. Never throws: a file that is not an RxTray export, is from a newer RxTray,
 * or cannot be read is refused with a reason (the caller keeps the current progress); an older
 * export is migrated; unreadable entries are dropped and counted.
 */
export function importProgress(text: string, now: Date): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is too large to be an RxTray progress export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not an RxTray progress export (it is not valid JSON).' };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)['kind'] !== EXPORT_KIND) {
    return { ok: false, error: 'This file is not an RxTray progress export.' };
  }
  const inner = (data as Record<string, unknown>)['progress'];
  if (inner === undefined || inner === null) return { ok: false, error: 'This export holds no progress.' };
  const result = loadProgress(JSON.stringify(inner), now);
  switch (result.notice?.kind) {
    case 'future-version':
      return { ok: false, error: `This export was made by a newer version of RxTray (format ${result.notice.version}). Update RxTray, then import it again.` };
    case 'corrupt':
      return { ok: false, error: 'This export is damaged: its progress could not be read.' };
    case 'repaired':
      return { ok: true, progress: result.progress, repaired: result.notice.dropped };
    default:
      return { ok: true, progress: result.progress, repaired: 0 };
  }
}
