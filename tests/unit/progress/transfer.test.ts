import { describe, expect, test } from 'vitest';
import { exportFileName, exportProgress, freshProgress, importProgress, markLessonComplete, PROGRESS_VERSION } from '../../../src/lib/progress';

const now = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-05T08:00:00.000Z');
const progress = markLessonComplete(freshProgress(now), 'dispensing/labeling', now);

describe('exportProgress and importProgress', () => {
  test('an export imports back to the same progress', () => {
    expect(importProgress(exportProgress(progress, later), later)).toEqual({ ok: true, progress, repaired: 0 });
  });

  test('names the file by date', () => {
    expect(exportFileName(later)).toBe('rxtray-progress-2026-03-05.json');
  });

  test('migrates an export of an older format', () => {
    const v1 = { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(), lessons: progress.lessons };
    const result = importProgress(JSON.stringify({ kind: 'rxtray-progress', version: 1, progress: v1 }), later);
    expect(result.ok && result.progress.version).toBe(PROGRESS_VERSION);
    expect(result.ok && Object.keys(result.progress.lessons)).toEqual(['dispensing/labeling']);
  });

  test('keeps the readable part of a damaged export and counts what was dropped', () => {
    const damaged = JSON.parse(exportProgress(progress, later));
    damaged.progress.lessons['dispensing/data-entry'] = { completedAt: 'yesterday' };
    const result = importProgress(JSON.stringify(damaged), later);
    expect(result).toEqual({ ok: true, progress: expect.objectContaining({ lessons: progress.lessons }), repaired: 1 });
  });

  test.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another app’s JSON', '{"lessons":{}}', 'not an RxTray progress export'],
    ['an export without progress', '{"kind":"rxtray-progress"}', 'holds no progress'],
    ['an export with unreadable progress', '{"kind":"rxtray-progress","progress":{"version":2,"lessons":7}}', 'damaged'],
    ['an export from a newer RxTray', '{"kind":"rxtray-progress","progress":{"version":99}}', 'newer version of RxTray (format 99)'],
  ])('refuses %s with a reason', (_, text, reason) => {
    const result = importProgress(text, later);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(reason);
  });

  test('refuses a file too large to be an export', () => {
    const result = importProgress('x'.repeat(5 * 1024 * 1024 + 1), later);
    expect(!result.ok && result.error).toContain('too large');
  });
});
