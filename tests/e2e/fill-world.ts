/** The simulator's world and scenarios for the fill e2e tests, computed with the same lib the page uses. */
import { fileURLToPath } from 'node:url';
import { answerKey, encodeFillLink, generateScenario, makeCheck, type Difficulty, type ProblemType, type Scenario } from '../../src/lib/fill';
import { loadWorld } from '../bench/fill-world';

export const world = loadWorld(fileURLToPath(new URL('../..', import.meta.url)));

/** The browser's local date, as the page computes it. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first generated scenario (seed ≥ 1) at a level whose planted problems are exactly `plant` and that `fits`. */
export function findScenario(difficulty: Difficulty, plant: ProblemType[], fits: (s: Scenario) => boolean = () => true, exercise: 'fill' | 'check' = 'fill') {
  const today = localToday();
  for (let seed = 1; seed < 20_000; seed += 1) {
    const s = generateScenario(world, { seed, difficulty, today, ...(exercise === 'check' ? { problems: 0 } : {}) });
    if ([...s.planted].sort().join() === [...plant].sort().join() && fits(s)) {
      const key = answerKey(s, world);
      const link = `/fill/${encodeFillLink({ kind: 'generated', seed, difficulty, exercise })}`;
      return { seed, s, key, link, check: exercise === 'check' ? makeCheck(s, key, seed, world.patients.map((p) => ({ name: `${p.first} ${p.last}`, dob: p.dob }))) : undefined };
    }
  }
  throw new Error(`no scenario with ${plant.join(', ')}`);
}
