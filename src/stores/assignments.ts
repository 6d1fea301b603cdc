/**
 * Assignments the student accepted, kept in the record's `meta` store under the key "assignments" (an
 * additive use of the existing store: no schema upgrade). Each is kept as its link value and re-validated
 * when read, so a stored assignment is never trusted more than the link it came from.
 */
import { decodeAssignment, type Assignment } from '../lib/assign/spec';
import { announce, database } from './progress';

const KEY = 'assignments';
/** Assignments a student may hold. */
export const MAX_HELD = 30;

export interface HeldAssignment {
  id: string;
  /** The link's `a=` value. */
  value: string;
  acceptedAt: string;
  assignment: Assignment;
}

let memory: { id: string; value: string; acceptedAt: string }[] = [];

async function readStored(): Promise<{ id: string; value: string; acceptedAt: string }[]> {
  const db = await database();
  if (!db) return memory;
  const row = await db.get('meta', KEY);
  const list = Array.isArray(row?.value) ? (row.value as unknown[]) : [];
  return list.flatMap((v) => {
    const r = v as { id?: unknown; value?: unknown; acceptedAt?: unknown };
    return typeof r.id === 'string' && typeof r.value === 'string' && typeof r.acceptedAt === 'string' ? [{ id: r.id, value: r.value, acceptedAt: r.acceptedAt }] : [];
  });
}

/** The held assignments, soonest due first; entries that no longer validate are left out (and kept stored). */
export async function heldAssignments(): Promise<HeldAssignment[]> {
  const stored = await readStored().catch(() => []);
  const out: HeldAssignment[] = [];
  for (const s of stored) {
    const decoded = await decodeAssignment(s.value);
    if (decoded.ok) out.push({ ...s, assignment: decoded.assignment });
  }
  return out.sort((a, b) => a.assignment.due.localeCompare(b.assignment.due) || a.acceptedAt.localeCompare(b.acceptedAt));
}

/** Adds (or keeps) an assignment; false when it could not be stored. */
export async function acceptAssignment(id: string, value: string, now: Date): Promise<'added' | 'already' | 'full' | 'failed'> {
  try {
    const db = await database();
    const change = (list: { id: string; value: string; acceptedAt: string }[]) => {
      if (list.some((a) => a.id === id)) return { list, result: 'already' as const };
      if (list.length >= MAX_HELD) return { list, result: 'full' as const };
      return { list: [...list, { id, value, acceptedAt: now.toISOString() }], result: 'added' as const };
    };
    if (!db) {
      const { list, result } = change(memory);
      memory = list;
      return result;
    }
    const tx = db.transaction('meta', 'readwrite');
    const row = await tx.store.get(KEY);
    const current = Array.isArray(row?.value) ? (row.value as { id: string; value: string; acceptedAt: string }[]) : [];
    const { list, result } = change(current);
    if (result === 'added') await tx.store.put({ key: KEY, value: list });
    await tx.done;
    announce('assignments');
    return result;
  } catch {
    return 'failed';
  }
}

/** Removes an assignment from this browser (the work done stays recorded). */
export async function removeAssignment(id: string): Promise<boolean> {
  try {
    const db = await database();
    if (!db) {
      memory = memory.filter((a) => a.id !== id);
      return true;
    }
    const tx = db.transaction('meta', 'readwrite');
    const row = await tx.store.get(KEY);
    const current = Array.isArray(row?.value) ? (row.value as { id: string }[]) : [];
    await tx.store.put({ key: KEY, value: current.filter((a) => a.id !== id) });
    await tx.done;
    announce('assignments');
    return true;
  } catch {
    return false;
  }
}
