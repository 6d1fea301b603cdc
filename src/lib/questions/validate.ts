/**
 * Checks of the question bank that zod cannot do file by file: each returns readable problems naming the
 * question, empty when all is well. Questions are checked after their engine values are resolved.
 */
import { checkStatedSchedules, findDrugMentions, type NamedDrug } from '../drugs/mentions';
import { OPTION_IDS, type OptionId } from '../../schemas/question';

/** What validation needs of a question (resolved text). */
export interface BankQuestion {
  id: string;
  area: string;
  lesson: string;
  stem: string;
  explanation: string;
  answer: OptionId;
  drugs: readonly string[];
  options: readonly { text: string; why: string }[];
}

/** What validation needs of the rest of the content. */
export interface BankContext {
  /** Knowledge-area ids of the current outline. */
  areas: ReadonlySet<string>;
  /** Lesson id → knowledge areas it teaches. */
  lessons: ReadonlyMap<string, readonly string[]>;
  /** Catalog drugs (id, generic, brands, schedule). */
  drugs: readonly NamedDrug[];
}

const FORBIDDEN_OPTION = /\b(?:all|none|both|neither) of (?:the )?(?:above|these|them)\b|^(?:both|all) [a-d](?: and [a-d])+\b/i;
const normalizeOption = (text: string) => text.toLowerCase().replace(/[^a-z0-9.]+/g, ' ').trim();

/** Problems of one question on its own and against the content it points at. */
export function checkQuestion(question: BankQuestion, context: BankContext): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  question.options.forEach((option, index) => {
    const key = normalizeOption(option.text);
    const clash = seen.get(key);
    if (clash !== undefined) problems.push(`options[${index}] repeats options[${clash}] ("${option.text}")`);
    seen.set(key, index);
    if (FORBIDDEN_OPTION.test(option.text)) problems.push(`options[${index}] "${option.text}": no "all/none/both of the above" options on the PTCE`);
  });
  if (!context.areas.has(question.area)) problems.push(`area "${question.area}" is not a knowledge area of the current outline`);
  const taught = context.lessons.get(question.lesson);
  if (!taught) problems.push(`lesson "${question.lesson}" is not a lesson id (frontmatter id in content/lessons/)`);
  else if (!taught.includes(question.area)) {
    problems.push(`lesson "${question.lesson}" does not list area ${question.area} in its ptceAreas (it teaches ${taught.join(', ') || 'none'})`);
  }
  const catalogIds = new Set(context.drugs.map((d) => d.id));
  for (const drug of question.drugs) {
    if (!catalogIds.has(drug)) problems.push(`drugs: "${drug}" is not in the catalog (content/drugs/${drug}.yaml)`);
  }
  const text = [question.stem, question.explanation, ...question.options.flatMap((o) => [o.text, o.why])].join('\n');
  const named = findDrugMentions(text, context.drugs);
  const listed = new Set(question.drugs);
  // A combination's parts may be named without being listed when the combination is.
  const covered = (id: string) =>
    listed.has(id) || [...listed].some((l) => context.drugs.find((d) => d.id === l)?.generic.split('/').includes(context.drugs.find((d) => d.id === id)?.generic ?? '\u0000'));
  for (const id of named) {
    if (!covered(id)) problems.push(`names the catalog drug "${id}" but does not list it in drugs`);
  }
  for (const problem of checkStatedSchedules(text, context.drugs)) problems.push(problem);
  return problems;
}

/** Words of a stem for near-duplicate detection: lower case, no numbers or punctuation. */
function stemWords(stem: string): Set<string> {
  return new Set(
    stem
      .toLowerCase()
      .replace(/[^a-z]+/g, ' ')
      .split(' ')
      .filter((w) => w.length > 2),
  );
}

/** Share of words two stems have in common (Jaccard), 0–1. */
export function stemSimilarity(a: string, b: string): number {
  const wa = stemWords(a);
  const wb = stemWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Stems at or above this similarity count as near-duplicates (template variants differing only in numbers). */
export const NEAR_DUPLICATE = 0.8;

/** True when the key is the longest option by more than 15 % — a test-wise student would pick it unseen. */
export function keyStandsOutByLength(question: Pick<BankQuestion, 'answer' | 'options'>): boolean {
  const lengths = question.options.map((o) => o.text.length);
  const key = lengths[OPTION_IDS.indexOf(question.answer)] ?? 0;
  const others = lengths.filter((_, i) => i !== OPTION_IDS.indexOf(question.answer));
  return key > 1.15 * Math.max(...others);
}

/** At most this share of the bank may have a key that stands out by its length (chance alone gives ~10 %). */
export const MAX_LONGEST_KEY_SHARE = 0.2;

/** Problems across the bank: duplicate ids, duplicate or near-duplicate stems, unbalanced key positions. */
export function checkBank(questions: readonly BankQuestion[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) problems.push(`${q.id}: the id is used twice`);
    ids.add(q.id);
  }
  const words = questions.map((q) => stemWords(q.stem));
  for (let i = 0; i < questions.length; i += 1) {
    for (let j = i + 1; j < questions.length; j += 1) {
      const a = words[i];
      const b = words[j];
      if (!a || !b) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared += 1;
      const union = a.size + b.size - shared;
      const similarity = union === 0 ? 1 : shared / union;
      if (similarity >= NEAR_DUPLICATE) {
        problems.push(`${questions[j]?.id}: stem is a near-duplicate of ${questions[i]?.id} (${Math.round(similarity * 100)}% of words shared)`);
      }
    }
  }
  if (questions.length >= 20) {
    const standOut = questions.filter(keyStandsOutByLength);
    if (standOut.length / questions.length > MAX_LONGEST_KEY_SHARE) {
      problems.push(
        `the key is clearly the longest option in ${Math.round((standOut.length / questions.length) * 100)}% of questions (at most ${MAX_LONGEST_KEY_SHARE * 100}%), e.g. ${standOut
          .slice(0, 5)
          .map((q) => q.id)
          .join(', ')}`,
      );
    }
    for (const letter of OPTION_IDS) {
      const share = questions.filter((q) => q.answer === letter).length / questions.length;
      if (share > 0.3) problems.push(`key position "${letter}" is the answer of ${Math.round(share * 100)}% of questions (at most 30%)`);
    }
  }
  return problems;
}
