/** Curated scenarios (content/scenarios): made with the generator, checked against the engine at build time. */
import type { CuratedScenario } from '../../schemas/scenario';
import { createRandom } from '../random';
import { buildScenario, type ScenarioSpec } from './generate';
import { answerKey } from './key';
import type { FillWorld, Scenario } from './types';

/** A curated scenario with its id (the file name) and the spec the generator reads. */
export type CuratedEntry = CuratedScenario & { id: string; spec: ScenarioSpec };

/** Makes a curated scenario for a fill date; the seed is its id, so it is the same every time. */
export function curatedScenario(entry: { id: string; difficulty: 1 | 2 | 3; spec: ScenarioSpec }, world: FillWorld, today: string): Scenario {
  return buildScenario(world, entry.spec, { rng: createRandom(`curated:${entry.id}`), difficulty: entry.difficulty, today });
}

/** Problems of curated scenarios: a spec the generator refuses, or an engine finding that differs from the file. */
export function checkCuratedScenarios(entries: readonly CuratedEntry[], world: FillWorld, today: string): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const where = `content/scenarios/${entry.id}.yaml`;
    try {
      const s = curatedScenario(entry, world, today);
      const found = answerKey(s, world).problems;
      const want = [...entry.plant].sort();
      if ([...found].sort().join() !== want.join()) problems.push(`${where}: plant says [${want.join(', ')}] but the engine finds [${found.join(', ')}]`);
      if (entry.kind && s.kind !== entry.kind) problems.push(`${where}: kind is ${entry.kind} but the scenario came out ${s.kind} (a planted problem forces it)`);
      if (entry.medium && s.rx.medium !== entry.medium) problems.push(`${where}: medium is ${entry.medium} but the scenario came out ${s.rx.medium} (a planted problem forces it)`);
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
