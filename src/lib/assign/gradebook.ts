/**
 * The gradebook: many report files become one roster (student × item). Each file is read with `readReport`
 * (size, schema, checksum); a bad file is listed with its reason and never stops the others.
 */
import { readReport, type Report } from './report';

/** Report files one load may hold. */
export const MAX_FILES = 500;

export interface Roster {
  /** Item labels in first-seen order (reports of one assignment share them). */
  items: string[];
  rows: { student: string; assignment: string; exportedAt: string; done: number; late: number; cells: ({ done: boolean; late: boolean; detail: string; completedAt?: string } | null)[]; file: string }[];
  rejected: { file: string; error: string }[];
}

/** Reads every file; a newer report of the same student and assignment replaces an older one. */
export async function buildRoster(files: readonly { name: string; text: string }[]): Promise<Roster> {
  const rejected: Roster['rejected'] = [];
  const reports = new Map<string, { report: Report; file: string }>();
  const taken = files.slice(0, MAX_FILES);
  const results = await Promise.all(taken.map((file) => readReport(file.text)));
  for (const [index, file] of taken.entries()) {
    const result = results[index]!;
    if (!result.ok) {
      rejected.push({ file: file.name, error: result.error });
      continue;
    }
    const key = `${result.report.assignment.id}|${result.report.student.trim().toLowerCase()}`;
    const seen = reports.get(key);
    if (!seen || seen.report.createdAt < result.report.createdAt) reports.set(key, { report: result.report, file: file.name });
  }
  if (files.length > MAX_FILES) rejected.push({ file: `${files.length - MAX_FILES} more files`, error: `only ${MAX_FILES} files are read at once` });
  const items: string[] = [];
  for (const { report } of reports.values()) for (const i of report.items) if (!items.includes(i.label)) items.push(i.label);
  const rows = [...reports.values()].map(({ report, file }) => {
    const cells = items.map((label) => {
      const i = report.items.find((x) => x.label === label);
      return i ? { done: i.done, late: i.late, detail: i.detail, ...(i.completedAt ? { completedAt: i.completedAt } : {}) } : null;
    });
    return {
      student: report.student,
      assignment: report.assignment.title,
      exportedAt: report.createdAt,
      done: report.items.filter((i) => i.done).length,
      late: report.items.filter((i) => i.late).length,
      cells,
      file,
    };
  });
  return { items, rows, rejected };
}

/** One CSV field: quoted when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
const field = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The roster as CSV: one row per student, a status column per item ("done", "done (late)", "incomplete", "—"). */
export function rosterCsv(roster: Pick<Roster, 'items' | 'rows'>): string {
  const header = ['Student', 'Assignment', 'Exported at', 'Items done', 'Late', ...roster.items];
  const lines = roster.rows.map((r) => [
    r.student,
    r.assignment,
    r.exportedAt,
    `${r.done} of ${roster.items.length}`,
    String(r.late),
    ...r.cells.map((c) => (c === null ? '—' : c.done ? (c.late ? 'done (late)' : 'done') : 'incomplete')),
  ]);
  return [header, ...lines].map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
