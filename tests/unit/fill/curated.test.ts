import { describe, expect, test } from 'vitest';
import { checkCuratedScenarios, curatedScenario, answerKey, PROBLEM_TYPES, type CuratedEntry } from '../../../src/lib/fill';
import { SCENARIO_PROBLEMS, SCENARIO_TOPICS, ScenarioSchema } from '../../../src/schemas/scenario';
import { readYamlCollection } from '../content/load-content';
import { TODAY, world } from './world';

const entries: CuratedEntry[] = readYamlCollection('scenarios').map(([id, raw]) => {
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`content/scenarios/${id}.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const d = parsed.data;
  return { id, ...d, spec: { id, title: d.title, template: d.template, plant: d.plant, ...(d.patient ? { patient: d.patient } : {}), ...(d.prescriber ? { prescriber: d.prescriber } : {}), ...(d.medium ? { medium: d.medium } : {}), ...(d.kind ? { kind: d.kind } : {}) } };
});

describe('curated scenarios (content/scenarios)', () => {
  test('at least 40, each valid and each a scenario whose engine findings are exactly what it plants', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(checkCuratedScenarios(entries, world, TODAY)).toEqual([]);
  });

  test('stay valid on other fill dates (every date in a scenario is relative to the day it is opened)', () => {
    for (const day of ['2027-01-31', '2027-03-01', '2028-02-29', '2026-07-15']) expect(checkCuratedScenarios(entries, world, day), day).toEqual([]);
  });

  test('cover every topic and every problem type', () => {
    expect(SCENARIO_TOPICS.filter((t) => !entries.some((e) => e.topics.includes(t)))).toEqual([]);
    expect(PROBLEM_TYPES.filter((p) => !entries.some((e) => e.plant.includes(p)))).toEqual([]);
  });

  test('the schema lists the same problem types as the simulator', () => {
    expect([...SCENARIO_PROBLEMS]).toEqual([...PROBLEM_TYPES]);
  });

  test('a clean curated scenario is filled; a planted C-II refill is "do not fill" with its reason, from the engine', () => {
    const clean = entries.find((e) => e.id === 'c2-oxycodone-written')!;
    expect(answerKey(curatedScenario(clean, world, TODAY), world).outcome).toBe('fill');
    const refills = entries.find((e) => e.id === 'c2-methylphenidate-refills')!;
    const key = answerKey(curatedScenario(refills, world, TODAY), world);
    expect([key.outcome, key.reasons, key.intake.problems.map((p) => p.citation)]).toEqual(['do-not-fill', ['refills'], ['21 CFR 1306.12(a)']]);
  });

  test('the build check names a file whose plant the engine does not find', () => {
    const wrong = { ...entries.find((e) => e.id === 'new-lisinopril-erx')!, plant: ['allergy' as const] };
    expect(checkCuratedScenarios([wrong], world, TODAY)).toEqual(['content/scenarios/new-lisinopril-erx.yaml: plant says [allergy] but the engine finds []']);
  });
});
