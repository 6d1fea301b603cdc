/**
 * A student's report for an assignment: their typed name, each item's result and times, and a SHA-256
 * checksum of the rest. The checksum catches accidental edits (a changed cell, a truncated file); it does not
 * prove who wrote the report or that the work was done — anyone can edit the file and compute a new one.
 */
import * as z from 'zod/mini';
import { MAX_ITEMS } from './spec';

export const REPORT_FORMAT = 'rxtray-assignment-report';
export const REPORT_VERSION = 1;
/** Largest report file accepted, bytes. */
export const MAX_REPORT_BYTES = 100_000;

const Time = z.iso.datetime();
const ItemResult = z.object({
  label: z.string().check(z.maxLength(300)),
  done: z.boolean(),
  late: z.boolean(),
  detail: z.string().check(z.maxLength(200)),
  completedAt: z.optional(Time),
});
export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  v: z.literal(REPORT_VERSION),
  student: z.string().check(z.minLength(1), z.maxLength(100)),
  assignment: z.object({ id: z.string().check(z.maxLength(40)), title: z.string().check(z.maxLength(120)), class: z.string().check(z.maxLength(80)), due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  createdAt: Time,
  items: z.array(ItemResult).check(z.maxLength(MAX_ITEMS)),
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Report = z.output<typeof ReportSchema>;
export type ReportBody = Omit<Report, 'checksum'>;

/** The report's fields in a fixed order, so the same report always hashes the same. */
function canonical(body: ReportBody): string {
  return JSON.stringify({
    format: body.format,
    v: body.v,
    student: body.student,
    assignment: { id: body.assignment.id, title: body.assignment.title, class: body.assignment.class, due: body.assignment.due },
    createdAt: body.createdAt,
    items: body.items.map((i) => ({ label: i.label, done: i.done, late: i.late, detail: i.detail, completedAt: i.completedAt ?? null })),
  });
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A report with its checksum. */
export async function sealReport(body: ReportBody): Promise<Report> {
  return { ...body, checksum: await sha256(canonical(body)) };
}

/** What reading a report file gave. */
export type ReadReport = { ok: true; report: Report } | { ok: false; error: string };

/** Reads a report file's text: size, JSON, schema and checksum are checked; never throws. */
export async function readReport(text: string): Promise<ReadReport> {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, error: `larger than ${MAX_REPORT_BYTES / 1000} KB, so not an RxTray report` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
    return { ok: false, error: format === REPORT_FORMAT ? 'an RxTray report with missing or invalid fields' : 'not an RxTray assignment report' };
  }
  const { checksum, ...body } = parsed.data;
  if ((await sha256(canonical(body))) !== checksum) return { ok: false, error: 'edited after it was exported (its checksum does not match)' };
  return { ok: true, report: parsed.data };
}
