import { describe, expect, test } from 'vitest';
import { answerKey, buildScenario, generateScenario, plantable, PROBLEMS_BY_LEVEL, type Difficulty } from '../../../src/lib/fill';
import { FILL_TEMPLATES } from '../../../src/lib/fill/templates';
import { isExpired, ndc11, prescriptionInput } from '../../../src/lib/fill/key';
import { checkDea, checkPrescription } from '../../../src/lib/pharmacy';
import { createRandom } from '../../../src/lib/random';
import { TODAY, world } from './world';

const levels: Difficulty[] = [1, 2, 3];
const many = Array.from({ length: 600 }, (_, i) => ({ seed: i * 7919 + 3, difficulty: levels[i % 3]! }));

describe('generateScenario', () => {
  test('is deterministic: the same seed, difficulty and date give the same scenario', () => {
    const a = generateScenario(world, { seed: 42, difficulty: 2, today: TODAY });
    expect(generateScenario(world, { seed: 42, difficulty: 2, today: TODAY })).toEqual(a);
    expect(generateScenario(world, { seed: 43, difficulty: 2, today: TODAY })).not.toEqual(a);
    expect(a.id).toBe('gen-42-2');
  });

  test('plants 0 to `difficulty` problems, only those the level allows', () => {
    const counts = new Set<number>();
    for (const { seed, difficulty } of many) {
      const s = generateScenario(world, { seed, difficulty, today: TODAY });
      expect(s.planted.length).toBeLessThanOrEqual(difficulty);
      expect(s.planted.every((p) => PROBLEMS_BY_LEVEL[difficulty].includes(p))).toBe(true);
      if (difficulty === 3) counts.add(s.planted.length);
    }
    expect([...counts].sort()).toEqual([0, 1, 2, 3]);
  });

  test('every planted problem is detected by the engine, and the engine finds nothing that was not planted', () => {
    for (const { seed, difficulty } of many) {
      const s = generateScenario(world, { seed, difficulty, today: TODAY });
      expect([...answerKey(s, world).problems].sort(), `${s.id} ${s.template}`).toEqual([...s.planted].sort());
    }
  });

  test('a scenario without problems passes every engine check it claims', () => {
    let checked = 0;
    for (const { seed, difficulty } of many) {
      const s = generateScenario(world, { seed, difficulty, today: TODAY, problems: 0 });
      const key = answerKey(s, world);
      expect(checkPrescription(prescriptionInput(s), { today: s.today }).problems, s.id).toEqual([]);
      if (s.rx.prescriberDea) expect(checkDea(s.rx.prescriberDea, s.prescriber.last).valid).toBe(true);
      expect(key.dur.alerts, s.id).toEqual([]);
      expect(['paid', 'cash']).toContain(key.claim.response.status);
      const slot = s.shelf.find((x) => x.id === key.product.slotId);
      expect(slot && ndc11(slot.product.ndc)).toBe(ndc11(s.product.ndc));
      expect(slot && isExpired(slot.product.expiry, s.today)).toBe(false);
      expect(key.outcome).toBe('fill');
      checked += 1;
    }
    expect(checked).toBe(many.length);
  });

  test('each problem type can be planted, and the engine sees it (one template each)', () => {
    const rng = createRandom(1);
    for (const type of PROBLEMS_BY_LEVEL[3]) {
      const template = FILL_TEMPLATES.find((t) => plantable(t, world.drugs.find((d) => d.id === t.drug)!, world).includes(type))!;
      const s = buildScenario(world, { id: `t-${type}`, template: template.id, plant: [type] }, { rng, difficulty: 3, today: TODAY });
      expect(answerKey(s, world).problems, type).toEqual([type]);
    }
  });

  test('a C-II is written or e-prescribed, never refilled, and a planted bad DEA fails checkDea', () => {
    for (let seed = 0; seed < 400; seed += 1) {
      const s = generateScenario(world, { seed, difficulty: 3, today: TODAY });
      if (s.schedule === 'C-II') {
        expect(['written', 'electronic']).toContain(s.rx.medium);
        expect(s.kind).toBe('new');
      }
      if (s.planted.includes('dea')) expect(checkDea(s.rx.prescriberDea!, s.prescriber.last).valid).toBe(false);
    }
  });

  test('a curated spec that asks for an impossible problem fails with its id', () => {
    const rng = createRandom(1);
    expect(() => buildScenario(world, { id: 'bad', template: 'lisinopril-20', plant: ['dea'] }, { rng, difficulty: 2, today: TODAY })).toThrow(/bad: template lisinopril-20 cannot carry dea/);
    expect(() => buildScenario(world, { id: 'bad2', template: 'nope' }, { rng, difficulty: 2, today: TODAY })).toThrow(/unknown template/);
  });

  test('the shelf holds the product with its other strengths and look-alike partners', () => {
    const s = buildScenario(world, { template: 'lisinopril-20' }, { rng: createRandom(5), difficulty: 2, today: TODAY });
    const roles = s.shelf.map((x) => x.role);
    expect(roles.filter((r) => r === 'correct')).toHaveLength(1);
    expect(roles).toContain('other-strength');
    expect(s.shelf.filter((x) => x.role === 'look-alike').map((x) => x.product.drug).sort()).toEqual(['ezetimibe', 'olanzapine']);
  });
});
