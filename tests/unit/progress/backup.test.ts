import { describe, expect, test } from 'vitest';
import { checkFileSize, checksum, exportRecord, importRecord, MAX_RECORD_BYTES, mergeRecords, recordFileName } from '../../../src/lib/progress/backup';
import { emptyRecord, reviewId, type RecordData } from '../../../src/lib/progress/record';
import { exportProgress, freshProgress, markLessonComplete } from '../../../src/lib/progress';

const now = new Date('2026-03-02T10:00:00.000Z');
const at = '2026-03-01T09:00:00.000Z';
const later = '2026-03-02T09:00:00.000Z';
const card = { due: '2026-03-05T09:00:00.000Z', stability: 4, difficulty: 5, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 1, lapses: 0, state: 2 as const, last_review: at };

function record(): RecordData {
  const data = emptyRecord(new Date(at));
  data.lessons = [{ id: 'dispensing/labeling', completedAt: at }];
  data.cards = [{ id: 'sig:bid', ...card }];
  data.reviews = [{ id: reviewId('sig:bid', at), cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null }];
  data.answers = [{ id: 'a1', questionId: 'q:1', choice: 'B', correct: true, ms: 4200, mode: 'quiz', sessionId: 's2', at: later }];
  return data;
}

describe('exportRecord and importRecord', () => {
  test('an export imports back to the same record, with a preview of what it holds', () => {
    const data = record();
    const result = importRecord(exportRecord(data, now), now);
    expect(result).toEqual({
      ok: true,
      data,
      preview: { version: 3, exportedAt: now.toISOString(), counts: { lessons: 1, cards: 1, reviews: 1, answers: 1, sessions: 0, fills: 0, drills: 0 }, from: at, to: later, dropped: 0 },
    });
  });

  test('the file carries kind, version, date, counts and checksum', () => {
    const file = JSON.parse(exportRecord(record(), now));
    expect(file).toMatchObject({ kind: 'rxtray-record', version: 3, exportedAt: now.toISOString(), counts: { lessons: 1 } });
    expect(file.checksum).toBe(checksum(JSON.stringify(file.data)));
    expect(recordFileName(now)).toBe('rxtray-record-2026-03-02.json');
  });

  test('refuses a foreign, altered, newer, empty or unreadable file with a reason', () => {
    const text = exportRecord(record(), now);
    const file = JSON.parse(text);
    const cases: [string, string][] = [
      ['hello', 'not valid JSON'],
      ['42', 'not an RxTray export'],
      [JSON.stringify({ kind: 'other' }), 'not an RxTray export'],
      [text.replace('dispensing/labeling', 'dispensing/other'), 'checksum does not match'],
      [JSON.stringify({ ...file, version: 4 }), 'newer version of RxTray (format 4)'],
      [JSON.stringify({ ...file, version: 'three' }), 'format is missing'],
      [JSON.stringify({ ...file, data: null }), 'holds no record'],
      [JSON.stringify({ ...file, checksum: undefined }), 'checksum does not match'],
    ];
    for (const [input, reason] of cases) {
      const result = importRecord(input, now);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(reason);
    }
  });

  test('checks the size before reading', () => {
    expect(checkFileSize(MAX_RECORD_BYTES)).toBeNull();
    expect(checkFileSize(MAX_RECORD_BYTES + 1)).toContain('too large');
    expect(importRecord(' '.repeat(MAX_RECORD_BYTES + 1), now)).toMatchObject({ ok: false });
  });

  test('reads an older progress file (version 2 export) into rows', () => {
    const progress = markLessonComplete(freshProgress(new Date(at)), 'dispensing/labeling', new Date(at));
    const result = importRecord(exportProgress(progress, now), now);
    expect(result.ok && result.data.lessons).toEqual([{ id: 'dispensing/labeling', completedAt: at }]);
    expect(result.ok && result.preview).toMatchObject({ version: 2, exportedAt: now.toISOString(), dropped: 0 });
    const broken = JSON.parse(exportProgress(progress, now));
    broken.progress.version = 9;
    expect(importRecord(JSON.stringify(broken), now)).toMatchObject({ ok: false });
  });

  test('a damaged row in a valid file is left out and counted in the preview', () => {
    const data = record();
    (data.lessons as unknown[]).push({ id: 'x/y', completedAt: 'never' });
    const result = importRecord(exportRecord(data, now), now);
    expect(result.ok && result.preview.dropped).toBe(1);
    expect(result.ok && result.data.lessons).toHaveLength(1);
  });
});

describe('mergeRecords', () => {
  test('joins rows by id, keeps the first completion and the later card state, loses nothing', () => {
    const mine = record();
    const theirs = record();
    theirs.lessons = [{ id: 'dispensing/labeling', completedAt: '2026-02-01T00:00:00.000Z' }, { id: 'dispensing/data-entry', completedAt: later }];
    theirs.cards = [{ id: 'sig:bid', ...card, stability: 9, last_review: later }, { id: 'sig:tid', ...card }];
    theirs.reviews = [...mine.reviews, { id: reviewId('sig:bid', later), cardId: 'sig:bid', rating: 4, reviewedAt: later, previous: card }];
    theirs.meta = { ...theirs.meta, createdAt: '2026-01-01T00:00:00.000Z', settings: { ...theirs.meta.settings, newPerDay: 3 }, lastLesson: { id: 'dispensing/data-entry', at: later } };
    const merged = mergeRecords(mine, theirs);
    expect(merged.lessons).toEqual([{ id: 'dispensing/labeling', completedAt: '2026-02-01T00:00:00.000Z' }, { id: 'dispensing/data-entry', completedAt: later }]);
    expect(merged.cards.find((c) => c.id === 'sig:bid')?.stability).toBe(9);
    expect(merged.cards).toHaveLength(2);
    expect(merged.reviews.map((r) => r.reviewedAt)).toEqual([at, later]);
    expect(merged.answers).toEqual(mine.answers);
    // This browser's settings stay; the earliest start and a missing last lesson come from the file.
    expect(merged.meta.settings.newPerDay).toBe(20);
    expect(merged.meta.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(merged.meta.lastLesson).toEqual({ id: 'dispensing/data-entry', at: later });
    // A card state older than this browser's stays this browser's.
    expect(mergeRecords(theirs, mine).cards.find((c) => c.id === 'sig:bid')?.stability).toBe(9);
  });

  test('a browser with nothing recorded takes the file as it is, settings included', () => {
    const theirs = record();
    theirs.meta.settings = { ...theirs.meta.settings, newPerDay: 3 };
    expect(mergeRecords(emptyRecord(now), theirs)).toEqual(theirs);
  });
});

describe('exportRecordParts', () => {
  test('joined, the parts are exactly the export text, checksum included', async () => {
    const { exportRecordParts } = await import('../../../src/lib/progress/backup');
    const now = new Date('2026-03-02T10:00:00.000Z');
    const data = record();
    const parts = exportRecordParts(data, now);
    expect(parts.length).toBeGreaterThan(3);
    const text = parts.join('');
    expect(text).toBe(exportRecord(data, now));
    const file = JSON.parse(text) as { checksum: string; data: unknown };
    expect(file.checksum).toBe(checksum(JSON.stringify(file.data)));
    expect(importRecord(text, now).ok).toBe(true);
  });
});
