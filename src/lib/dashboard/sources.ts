/**
 * Which knowledge area of the 2026 outline each kind of recorded work is evidence for, and how raw rows of the
 * learning record become evidence. Rows are read defensively: a row of an unknown shape, mode or id is skipped,
 * never fatal, so work recorded by features that arrive later is picked up once it can be attributed.
 */

/**
 * Drill types → area. Source: the 2026 outline (content/ptce/2026.yaml) puts every calculation, conversion and
 * Sig-code skill in 4.1 ("Formulas, calculations, conversions, and Sig codes"); the drill ids are those of
 * DRILL_INFO (src/lib/drills/catalog.ts). Alligation is workplace math the 2026 PTCE no longer tests, so it is
 * evidence for no area. A drill type missing here (added later) is not counted until it is listed.
 */
export const DRILL_AREAS: Readonly<Record<string, string>> = {
  'metric-conversion': '4.1',
  'household-conversion': '4.1',
  'weight-conversion': '4.1',
  temperature: '4.1',
  'days-supply-tablets': '4.1',
  'days-supply-liquid': '4.1',
  'days-supply-drops': '4.1',
  'days-supply-insulin': '4.1',
  'days-supply-inhaler': '4.1',
  'days-supply-topical': '4.1',
  'quantity-to-dispense': '4.1',
  'dose-volume': '4.1',
  'amount-in-volume': '4.1',
  'weight-based-dose': '4.1',
  'percent-strength': '4.1',
  'ratio-strength': '4.1',
  dilution: '4.1',
  'iv-flow-rate': '4.1',
  'iv-drip-rate': '4.1',
  'infusion-time': '4.1',
  'roman-numerals': '4.1',
  'military-time': '4.1',
};

/**
 * Flashcard decks → area (a card id is "<deck>:<key>", src/lib/flashcards/cards.ts). Source: the deck
 * descriptions in src/lib/flashcards/decks.ts read against the outline's area titles: names and classes are
 * 1.1, indications 1.6, DEA schedules 2.2, look-alike/sound-alike pairs 3.1, error-prone abbreviations 3.2,
 * Sig abbreviations 4.1 ("…and Sig codes").
 */
export const DECK_AREAS: Readonly<Record<string, string>> = {
  'brand-generic': '1.1',
  'generic-brand': '1.1',
  'generic-class': '1.1',
  'generic-indication': '1.6',
  schedule: '2.2',
  lasa: '3.1',
  'error-prone': '3.2',
  sig: '4.1',
};

/**
 * Fill-simulator steps → area. Source: what each step scores in the fill simulator (FILL_STEPS in
 * src/lib/fill/score.ts, issue 11): intake checks a prescription's legality (controlled-substance rules, 2.2),
 * entry and count are quantities and days' supply (4.1), DUR is an issue for the pharmacist (3.3), product
 * selection is the NDC and lot check (4.3), the label is error prevention (3.2), submit is the claim and the
 * final decision (3.3).
 */
export const FILL_STEP_AREAS: Readonly<Record<string, string>> = {
  intake: '2.2',
  entry: '4.1',
  dur: '3.3',
  product: '4.3',
  count: '4.1',
  label: '3.2',
  submit: '3.3',
};

/** One piece of evidence: an outcome between 0 (wrong) and 1 (right) for an area at a time. */
export interface Evidence {
  area: string;
  /** 0 … 1. */
  score: number;
  /** Epoch ms. */
  at: number;
  /** What produced it, for the weights below. */
  kind: 'question' | 'drill' | 'fill' | 'card';
}

/** What maps a question id to its area: the bank's meta (/questions/meta.json) and the lessons' areas. */
export interface Attribution {
  /** Question id → area id. */
  questions: ReadonlyMap<string, string>;
  /** Lesson id → its areas (for lesson checks whose id is not in the bank: "<lesson>#n", "<lesson>:n"). */
  lessons: ReadonlyMap<string, readonly string[]>;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined);
/** Epoch ms of an ISO time, or undefined. */
export const timeOf = (v: unknown): number | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : undefined;
};

/** The area a question answer counts for, or undefined (an id neither the bank nor a lesson knows). */
export function questionArea(questionId: string, attribution: Attribution): string | undefined {
  const known = attribution.questions.get(questionId);
  if (known) return known;
  const lesson = questionId.split(/[#:]/)[0] ?? '';
  return attribution.lessons.get(lesson)?.[0];
}

/** Evidence from `answers` rows (quizzes, exams, lesson checks, any mode). */
export function answerEvidence(rows: readonly unknown[], attribution: Attribution): Evidence[] {
  const out: Evidence[] = [];
  for (const row of rows) {
    if (!isRecord(row) || typeof row['correct'] !== 'boolean') continue;
    const id = str(row['questionId']);
    const at = timeOf(row['at']);
    if (!id || at === undefined) continue;
    const area = questionArea(id, attribution);
    if (area) out.push({ area, score: row['correct'] ? 1 : 0, at, kind: 'question' });
  }
  return out;
}

/** Evidence from `drills` rows ({ type, correct, at }). */
export function drillEvidence(rows: readonly unknown[]): Evidence[] {
  const out: Evidence[] = [];
  for (const row of rows) {
    if (!isRecord(row) || typeof row['correct'] !== 'boolean') continue;
    const type = str(row['type']);
    const at = timeOf(row['at']);
    const area = type ? DRILL_AREAS[type] : undefined;
    if (area && at !== undefined) out.push({ area, score: row['correct'] ? 1 : 0, at, kind: 'drill' });
  }
  return out;
}

/** One fill step's outcome, read from either `{ step, points, max }` or `{ step, ok | correct }`. */
function stepScore(step: unknown): { step: string; score: number } | undefined {
  if (!isRecord(step)) return undefined;
  const name = str(step['step']) ?? str(step['id']);
  if (!name || step['reached'] === false) return undefined;
  const points = step['points'];
  const max = step['max'];
  if (typeof points === 'number' && typeof max === 'number' && max > 0 && points >= 0) return { step: name, score: Math.min(1, points / max) };
  const ok = step['ok'] ?? step['correct'];
  if (typeof ok === 'boolean') return { step: name, score: ok ? 1 : 0 };
  return undefined;
}

/** Evidence from `fills` rows: `steps` (or `report.steps`) as arrays of step results, or a single `step`. */
export function fillEvidence(rows: readonly unknown[]): Evidence[] {
  const out: Evidence[] = [];
  for (const row of rows) {
    if (!isRecord(row)) continue;
    const at = timeOf(row['at']) ?? timeOf(row['endedAt']);
    if (at === undefined) continue;
    const report = isRecord(row['report']) ? row['report'] : undefined;
    const steps = Array.isArray(row['steps']) ? row['steps'] : Array.isArray(report?.['steps']) ? (report['steps'] as unknown[]) : [row];
    for (const step of steps.slice(0, 50)) {
      const result = stepScore(step);
      const area = result ? FILL_STEP_AREAS[result.step] : undefined;
      if (result && area) out.push({ area, score: result.score, at, kind: 'fill' });
    }
  }
  return out;
}

/** Evidence from `reviews` rows: Again (1) is a miss, Hard/Good/Easy a recall. */
export function reviewEvidence(rows: readonly unknown[]): Evidence[] {
  const out: Evidence[] = [];
  for (const row of rows) {
    if (!isRecord(row)) continue;
    const cardId = str(row['cardId']);
    const rating = row['rating'];
    const at = timeOf(row['reviewedAt']);
    if (!cardId || at === undefined || (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4)) continue;
    const area = DECK_AREAS[cardId.split(':')[0] ?? ''];
    if (area) out.push({ area, score: rating === 1 ? 0 : 1, at, kind: 'card' });
  }
  return out;
}

/** The lesson-check and bank attribution from the meta file's JSON and the lessons' areas; bad JSON gives none. */
export function attributionFrom(meta: unknown, lessons: readonly { id: string; areas: readonly string[] }[]): Attribution {
  const questions = new Map<string, string>();
  if (isRecord(meta) && Array.isArray(meta['questions'])) {
    for (const q of meta['questions']) {
      if (!isRecord(q)) continue;
      const id = str(q['id']);
      const area = str(q['area']);
      if (id && area) questions.set(id, area);
    }
  }
  return { questions, lessons: new Map(lessons.map((l) => [l.id, l.areas])) };
}
