/**
 * Changing study settings, without zod (every page can change settings, and lesson pages have a 15 KB
 * JavaScript budget). The shape is `StudySettingsSchema` in schema.ts; a test keeps the two in step.
 */

/** The learner's flashcard choices (record version 3). */
export interface StudySettings {
  /** Decks turned off. */
  hiddenDecks: string[];
  /** Drug classes to limit drug cards to; empty means all classes. */
  classes: string[];
  /** New cards introduced per day, across all decks. */
  newPerDay: number;
}

/** Limits of the new-cards-per-day setting. */
export const NEW_PER_DAY_LIMITS = { min: 0, max: 500 } as const;

/** A settings change, or the field refused and why (the stored value stays). */
export type SettingsChange = { ok: true; settings: StudySettings } | { ok: false; field: keyof StudySettings; min: number; max: number };

/** Applies a change to the settings, refusing a value outside its limits instead of storing something else. */
export function changeSettings(current: StudySettings, change: Partial<StudySettings>): SettingsChange {
  const newPerDay = change.newPerDay;
  if (newPerDay !== undefined && (!Number.isInteger(newPerDay) || newPerDay < NEW_PER_DAY_LIMITS.min || newPerDay > NEW_PER_DAY_LIMITS.max)) {
    return { ok: false, field: 'newPerDay', ...NEW_PER_DAY_LIMITS };
  }
  const merged = { ...current, ...change };
  if (merged.hiddenDecks.length > 50) return { ok: false, field: 'hiddenDecks', min: 0, max: 50 };
  if (merged.classes.length > 500) return { ok: false, field: 'classes', min: 0, max: 500 };
  return { ok: true, settings: { hiddenDecks: [...merged.hiddenDecks], classes: [...merged.classes], newPerDay: merged.newPerDay } };
}
