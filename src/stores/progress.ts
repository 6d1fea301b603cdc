import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  loadProgress,
  markLessonComplete,
  markLessonIncomplete,
  recordLessonVisit,
  type LoadNotice,
  type Progress,
} from '../lib/progress';

/** localStorage key of the learner's progress record. */
export const PROGRESS_KEY = 'rxtray:progress';
/** Prefix of keys that keep unreadable or newer records aside instead of deleting them. */
export const BACKUP_PREFIX = 'rxtray:progress:backup:';

/** A message for the learner about their stored progress (set when loading needed care, or saving failed). */
export type ProgressNotice = LoadNotice | { kind: 'save-failed' } | { kind: 'backup-failed' };
export const progressNotice = atom<ProgressNotice | null>(null);

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

/** Saves the original text under a timestamped backup key; false when storage refuses it. */
function keepAside(raw: string, now: Date): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(`${BACKUP_PREFIX}${now.toISOString()}`, raw);
    return true;
  } catch {
    return false;
  }
}

/** Set when unreadable data could not be kept aside: nothing is written over it until the learner acts. */
let writesBlocked = false;

function decode(raw: string): Progress {
  const now = new Date();
  const result = loadProgress(raw, now);
  if (result.backup !== undefined) {
    if (!keepAside(result.backup, now)) {
      // Never overwrite what we could not keep aside: the stored text stays as it was.
      writesBlocked = true;
      progressNotice.set({ kind: 'backup-failed' });
      return result.progress;
    }
    try {
      // The original is safe under its backup key; store the readable record so the notice shows once.
      storage()?.setItem(PROGRESS_KEY, JSON.stringify(result.progress));
    } catch {
      progressNotice.set({ kind: 'save-failed' });
      return result.progress;
    }
  }
  if (result.notice && result.notice.kind !== 'migrated') progressNotice.set(result.notice);
  return result.progress;
}

/** The learner's progress, persisted in localStorage and shared between tabs. */
export const progress = persistentAtom<Progress>(PROGRESS_KEY, loadProgress(null, new Date()).progress, {
  encode: JSON.stringify,
  decode,
});

/** Applies an update to the stored progress; on a storage failure the stored record stays as it was. */
export function updateProgress(update: (current: Progress, now: Date) => Progress): void {
  if (writesBlocked) {
    progressNotice.set({ kind: 'backup-failed' });
    return;
  }
  const next = update(progress.get(), new Date());
  if (next === progress.get()) return;
  try {
    progress.set(next);
  } catch {
    // Storage full or blocked: the stored record is unchanged, so nothing already saved is lost.
    progressNotice.set({ kind: 'save-failed' });
  }
}

/**
 * Replaces the progress record with an imported one. The current record is kept under a backup key
 * first; if that is not possible, nothing changes. Returns whether the import was stored.
 */
export function replaceProgress(next: Progress): boolean {
  if (writesBlocked || !keepAside(JSON.stringify(progress.get()), new Date())) {
    progressNotice.set({ kind: 'save-failed' });
    return false;
  }
  try {
    progress.set(next);
    return true;
  } catch {
    progressNotice.set({ kind: 'save-failed' });
    return false;
  }
}

/** Marks a lesson complete. */
export const completeLesson = (lessonId: string): void => updateProgress((p, now) => markLessonComplete(p, lessonId, now));
/** Marks a lesson not complete. */
export const uncompleteLesson = (lessonId: string): void => updateProgress((p, now) => markLessonIncomplete(p, lessonId, now));
/** Remembers the lesson the learner is reading. */
export const visitLesson = (lessonId: string): void => updateProgress((p, now) => recordLessonVisit(p, lessonId, now));
/** Dismisses the current notice. */
export const dismissProgressNotice = (): void => progressNotice.set(null);
