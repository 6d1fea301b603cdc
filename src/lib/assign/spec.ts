/**
 * Assignments: what an instructor asks a class to do, written into a link. The link holds everything (there
 * is no server): `?a=<version>.<base64url of deflate-raw JSON>`. It is versioned (an old or newer version is
 * refused with a message), size-limited before and after decompression, and validated with a schema on open;
 * every text is shown as text only.
 *
 * Compression uses the platform's own CompressionStream (browsers and Node ≥ 18), so it costs no library.
 */
import * as z from 'zod/mini';

/** The link format this build writes and reads. */
export const ASSIGNMENT_VERSION = 1;
/** Longest `a=` value accepted (characters); a QR code still scans comfortably below this. */
export const MAX_LINK_CHARS = 2_000;
/** Largest decompressed JSON accepted, in bytes (a small link cannot inflate into a large one). */
export const MAX_JSON_BYTES = 20_000;
/** Items an assignment may hold. */
export const MAX_ITEMS = 40;

const Id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9][a-z0-9./:-]*$/));
const Text = (max: number) => z.string().check(z.maxLength(max));

/** One thing to do. */
export const ItemSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('lesson'), id: Id }),
  z.object({ k: z.literal('module'), id: Id }),
  /** A quiz: the query string of a /quiz/ link (src/lib/quiz), e.g. "mode=custom&areas=2.2&count=10". */
  z.object({ k: z.literal('quiz'), q: Text(300), label: Text(120) }),
  z.object({ k: z.literal('exam') }),
  /** A fill scenario: a curated id, or a seed and difficulty. */
  z.object({ k: z.literal('fill'), id: z.optional(Id), seed: z.optional(z.int().check(z.minimum(0), z.maximum(0xffffffff))), level: z.optional(z.int().check(z.minimum(1), z.maximum(3))) }),
  /** A drill set: the query string of a /drills/ link (src/lib/drills/set.ts), e.g. "types=dilution&level=2&seed=5&n=10". */
  z.object({ k: z.literal('drill'), q: Text(600) }),
  z.object({ k: z.literal('deck'), id: Id }),
]);
export type AssignmentItem = z.output<typeof ItemSchema>;

export const AssignmentSchema = z.object({
  v: z.literal(ASSIGNMENT_VERSION),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  class: Text(80),
  /** Due date, YYYY-MM-DD (the end of that day in the student's time zone). */
  due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  instructions: Text(1_000),
  items: z.array(ItemSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
});
export type Assignment = z.output<typeof AssignmentSchema>;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

async function pump(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The `a=` value of an assignment's link; throws a RangeError when it would be longer than MAX_LINK_CHARS. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(AssignmentSchema.parse(assignment)));
  if (json.length > MAX_JSON_BYTES) throw new RangeError('The assignment is too long for a link; shorten the instructions or remove items.');
  const packed = await pump(json, new CompressionStream('deflate-raw'), MAX_JSON_BYTES);
  const value = `${ASSIGNMENT_VERSION}.${toBase64Url(packed)}`;
  if (value.length > MAX_LINK_CHARS) throw new RangeError('The assignment is too long for a link; shorten the instructions or remove items.');
  return value;
}

/** What opening a link gave: the assignment, or a plain-words reason it cannot be used. */
export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: string };

/** Reads an `a=` value; never throws. */
export async function decodeAssignment(value: string | null): Promise<DecodeResult> {
  if (!value) return { ok: false, error: 'The link holds no assignment.' };
  if (value.length > MAX_LINK_CHARS) return { ok: false, error: `The link is too long to be an RxTray assignment (over ${MAX_LINK_CHARS} characters).` };
  const dot = value.indexOf('.');
  const version = Number(value.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) return { ok: false, error: 'The link is not an RxTray assignment link, or it was cut short.' };
  if (version > ASSIGNMENT_VERSION) return { ok: false, error: 'The assignment was made with a newer RxTray. Reload the page to get the latest version, then open the link again.' };
  if (version < ASSIGNMENT_VERSION) return { ok: false, error: 'The assignment was made with an older link format that this RxTray no longer reads. Ask your instructor for a new link.' };
  let json: unknown;
  try {
    const bytes = await pump(fromBase64Url(value.slice(dot + 1)), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: 'The assignment in the link is too large to open.' };
    return { ok: false, error: 'The link is damaged (perhaps cut short when it was copied). Ask for the link again.' };
  }
  const parsed = AssignmentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'The link opened, but what it holds is not a valid assignment. Ask your instructor for a new link.' };
  return { ok: true, assignment: parsed.data };
}

/** A short stable id of an assignment (FNV-1a of its link value), so the same link is held once. */
export function assignmentId(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `as-${h.toString(36)}`;
}
