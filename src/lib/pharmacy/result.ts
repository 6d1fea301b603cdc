/**
 * The outcome of reading text a learner typed: a value, or a sentence explaining what is wrong.
 * Functions that take learner text return a `Result` and never throw.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a successful value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a learner-readable error sentence. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
