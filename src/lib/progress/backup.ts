/**
 * The learner's whole record as one file: every store, the record version, the export date, the row
 * counts and a checksum. Reading a file never throws and never changes anything: it gives a preview of
 * what the file holds (or the reason it is refused), and `mergeRecords` or the caller's replace applies it.
 */
import { importProgress } from './transfer';
import {
  countRows,
  fromV2,
  parseRecord,
  RECORD_VERSION,
  ROW_STORES,
  type RecordCounts,
  type RecordData,
  type RowStore,
} from './record';

/** Marks a file as an RxTray record export. */
export const RECORD_EXPORT_KIND = 'rxtray-record';

/** Largest file accepted, checked on the file's size before it is read. A heavy year of study is about 25 MB. */
export const MAX_RECORD_BYTES = 100 * 1024 * 1024;

/**
 * FNV-1a (32-bit) of a text, as 8 hex digits. It catches a file damaged in transit or edited by hand;
 * it is not a signature (anyone can recompute it).
 */
export function checksum(text: string | readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of typeof text === 'string' ? [text] : text) {
    for (let i = 0; i < part.length; i += 1) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The export file as consecutive pieces whose concatenation is `exportRecord`'s text: one piece per store, so a
 * year of study (~20 MB) goes into a Blob without first being joined into one giant string.
 */
export function exportRecordParts(data: RecordData, now: Date): string[] {
  // Same text as JSON.stringify(data): every value of a record is defined, so no key is skipped.
  const body = Object.entries(data).flatMap(([key, value], i) => [`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`, JSON.stringify(value)]);
  body.push('}');
  return [
    `{"kind":"${RECORD_EXPORT_KIND}","version":${RECORD_VERSION},"exportedAt":"${now.toISOString()}","counts":${JSON.stringify(countRows(data))},"checksum":"${checksum(body)}","data":`,
    ...body,
    '}',
  ];
}

/** The whole record as an export file's text. */
export function exportRecord(data: RecordData, now: Date): string {
  return exportRecordParts(data, now).join('');
}

/** A file name for an export made at `now`, e.g. "rxtray-record-2026-03-02.json". */
export function recordFileName(now: Date): string {
  return `${RECORD_EXPORT_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

/** What a file holds, shown before anything is changed. */
export interface ImportPreview {
  /** When it was exported (absent in very old files). */
  exportedAt?: string;
  /** Format it was written in (2 for a progress file of the older kind). */
  version: number;
  counts: RecordCounts;
  /** The first and last study activity in the file. */
  from?: string;
  to?: string;
  /** Unreadable rows left out. */
  dropped: number;
}

/** A file read for import: what it holds, or why it was refused. */
export type RecordImport = { ok: true; data: RecordData; preview: ImportPreview } | { ok: false; error: string };

/** The reason a file is too large, or null when its size is fine (call before reading the file). */
export function checkFileSize(bytes: number): string | null {
  return bytes > MAX_RECORD_BYTES ? `This file is ${(bytes / 1024 / 1024).toFixed(0)} MB, too large to be an RxTray export.` : null;
}

function span(data: RecordData): { from?: string; to?: string } {
  const times = [
    ...data.lessons.map((l) => l.completedAt),
    ...data.reviews.map((r) => r.reviewedAt),
    ...data.answers.map((a) => a.at),
    ...data.sessions.map((s) => s.startedAt),
  ].sort();
  const from = times[0];
  const to = times.at(-1);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * Reads an export file (this format, or the older `rxtray-progress` file). Never throws; a foreign, damaged,
 * altered or newer file is refused with a reason.
 */
export function importRecord(text: string, now: Date): RecordImport {
  const tooLarge = checkFileSize(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not an RxTray export (it is not valid JSON).' };
  }
  if (typeof file !== 'object' || file === null) return { ok: false, error: 'This file is not an RxTray export.' };
  const f = file as Record<string, unknown>;
  if (f['kind'] === 'rxtray-progress') {
    const old = importProgress(text, now);
    if (!old.ok) return old;
    const data = fromV2(old.progress, 2);
    return { ok: true, data, preview: { version: 2, counts: countRows(data), ...span(data), dropped: old.repaired, ...(typeof f['exportedAt'] === 'string' ? { exportedAt: f['exportedAt'] } : {}) } };
  }
  if (f['kind'] !== RECORD_EXPORT_KIND) return { ok: false, error: 'This file is not an RxTray export.' };
  const version = f['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: 'This export is damaged: its format is missing.' };
  if (version > RECORD_VERSION) return { ok: false, error: `This export was made by a newer version of RxTray (format ${version}). Update RxTray, then import it again.` };
  const raw = f['data'];
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'This export holds no record.' };
  if (typeof f['checksum'] !== 'string' || checksum(JSON.stringify(raw)) !== f['checksum']) {
    return { ok: false, error: 'This export is damaged or was changed after it was made (its checksum does not match).' };
  }
  const rows = raw as Record<string, unknown>;
  const input = { meta: rows['meta'], ...(Object.fromEntries(ROW_STORES.map((s) => [s, Array.isArray(rows[s]) ? rows[s] : []])) as Record<RowStore, unknown[]>) };
  const { data, dropped } = parseRecord(input, now);
  const exportedAt = typeof f['exportedAt'] === 'string' ? { exportedAt: f['exportedAt'] } : {};
  return { ok: true, data, preview: { version, counts: countRows(data), ...span(data), dropped, ...exportedAt } };
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Combines the record in this browser with an imported one, losing nothing from either: rows are joined
 * by id; a lesson keeps its first completion; a card keeps the state with the later review (its review
 * history holds both sides anyway); settings and the last lesson stay this browser's, unless this browser
 * has no study recorded at all (a fresh or cleared browser takes the file's).
 */
export function mergeRecords(current: RecordData, incoming: RecordData): RecordData {
  if (ROW_STORES.every((store) => current[store].length === 0)) return { ...incoming, meta: { ...incoming.meta } };
  const lessons = byId(current.lessons);
  for (const row of incoming.lessons) {
    const mine = lessons.get(row.id);
    if (!mine || row.completedAt < mine.completedAt) lessons.set(row.id, row);
  }
  const cards = byId(current.cards);
  for (const row of incoming.cards) {
    const mine = cards.get(row.id);
    if (!mine || (row.last_review ?? '') > (mine.last_review ?? '')) cards.set(row.id, row);
  }
  const union = <T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] => {
    const map = byId(a);
    for (const row of b) if (!map.has(row.id)) map.set(row.id, row);
    return [...map.values()];
  };
  const meta = { ...current.meta, createdAt: incoming.meta.createdAt < current.meta.createdAt ? incoming.meta.createdAt : current.meta.createdAt };
  if (!meta.lastLesson && incoming.meta.lastLesson) meta.lastLesson = incoming.meta.lastLesson;
  return {
    meta,
    lessons: [...lessons.values()],
    cards: [...cards.values()],
    reviews: union(current.reviews, incoming.reviews).sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0)),
    answers: union(current.answers, incoming.answers),
    sessions: union(current.sessions, incoming.sessions),
    fills: union(current.fills, incoming.fills),
    drills: union(current.drills, incoming.drills),
  };
}
