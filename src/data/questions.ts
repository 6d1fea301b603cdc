/**
 * The question bank as pages need it: every question with its engine values resolved, checked against the
 * outline, lessons and catalog once per build. A broken question fails the build with its file and field named.
 */
import { getCollection } from 'astro:content';
import { resolveQuestion } from '../lib/questions/compute';
import { checkBank, checkQuestion } from '../lib/questions/validate';
import type { Question } from '../schemas/question';
import { getCatalog } from './content';

export interface BankEntry extends Question {
  /** Domain number of its knowledge area ("2.3" → 2). */
  domain: number;
  /** content/questions/… file it came from. */
  file: string;
}

let cached: Promise<BankEntry[]> | undefined;

async function load(): Promise<BankEntry[]> {
  const started = performance.now();
  const [files, catalog] = await Promise.all([getCollection('questions'), getCatalog()]);
  const areas = new Set(catalog.outline.data.domains.flatMap((d) => d.areas.map((a) => a.id)));
  const lessons = new Map(catalog.lessons.map((l) => [l.data.id, l.data.ptceAreas] as const));
  const drugs = catalog.drugs.map((d) => ({ id: d.id, generic: d.data.generic, brands: d.data.brands.map((b) => b.name), schedule: d.data.schedule }));
  const context = { areas, lessons, drugs };
  const problems: string[] = [];
  const bank: BankEntry[] = [];
  for (const entry of files) {
    const file = `content/questions/${entry.id}.yaml`;
    for (const raw of entry.data.questions) {
      const { question, problems: valueProblems } = resolveQuestion(raw);
      const found = [...valueProblems, ...checkQuestion(question, context)];
      for (const p of found) problems.push(`${file}: ${question.id}: ${p}`);
      bank.push({ ...question, domain: Number(question.area.split('.')[0]), file });
    }
  }
  problems.push(...checkBank(bank));
  if (problems.length > 0) throw new Error(`The question bank has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  // Read by `npm run bench` (tests/bench/bench.mjs), which records the validation time.
  console.log(`\n[rxtray] question bank: ${bank.length} questions validated in ${Math.round(performance.now() - started)} ms`);
  return bank;
}

/** Every question of the bank, in file order. */
export function loadBank(): Promise<BankEntry[]> {
  cached ??= load();
  return cached;
}
