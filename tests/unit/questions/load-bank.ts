/** Reads the question bank and what it points at straight from disk (the build reads them through Astro). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DrugSchema } from '../../../src/schemas/drug';
import { QuestionFileSchema, type Question } from '../../../src/schemas/question';
import { PtceOutlineSchema } from '../../../src/schemas/ptce';
import { resolveQuestion } from '../../../src/lib/questions/compute';
import type { BankContext } from '../../../src/lib/questions/validate';
import { contentRoot, readLessons, readYamlCollection } from '../content/load-content';

/** Every .yaml file under a folder, recursively. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : [],
  );
}

export interface LoadedQuestion extends Question {
  /** content/questions/… file it came from. */
  file: string;
}

/** Every question, engine values resolved, plus the problems found reading them (file and field named). */
export function readBank(): { questions: LoadedQuestion[]; problems: string[] } {
  const problems: string[] = [];
  const questions: LoadedQuestion[] = [];
  for (const path of yamlFiles(join(contentRoot, 'questions'))) {
    const file = relative(join(contentRoot, '..'), path);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = QuestionFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [, index, ...rest] = issue.path;
        const raw = (data as { questions?: { id?: string }[] } | null)?.questions?.[Number(index)];
        problems.push(`${file}: ${raw?.id ?? `questions[${String(index)}]`}: ${rest.join('.') || '(question)'}: ${issue.message}`);
      }
      continue;
    }
    for (const question of parsed.data.questions) {
      const resolved = resolveQuestion(question);
      for (const p of resolved.problems) problems.push(`${file}: ${question.id}: ${p}`);
      questions.push({ ...resolved.question, file });
    }
  }
  return { questions, problems };
}

/** The outline, lessons and catalog that questions point at. */
export function readBankContext(): BankContext & { weights: Map<string, number> } {
  const current = readYamlCollection('ptce').find(([, d]) => (d as { current?: boolean }).current);
  const outline = PtceOutlineSchema.parse(current?.[1]);
  const areas = new Set(outline.domains.flatMap((d) => d.areas.map((a) => a.id)));
  const weights = new Map(outline.domains.map((d) => [String(d.id), d.weight]));
  const lessons = new Map(
    readLessons().map((l) => {
      const fm = l.frontmatter as { id: string; ptceAreas?: string[] };
      return [fm.id, fm.ptceAreas ?? []] as const;
    }),
  );
  const drugs = readYamlCollection('drugs').map(([id, data]) => {
    const d = DrugSchema.parse(data);
    return { id, generic: d.generic, brands: d.brands.map((b) => b.name), schedule: d.schedule };
  });
  return { areas, lessons, drugs, weights };
}
