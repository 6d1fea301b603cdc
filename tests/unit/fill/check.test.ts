import { describe, expect, test } from 'vitest';
import { answerKey, checkableFields, generateScenario, makeCheck, scoreCheck, CHECK_FIELDS } from '../../../src/lib/fill';
import { TRANSFER_CAUTION } from '../../../src/lib/pharmacy';
import { TODAY, world } from './world';

const others = world.patients.map((p) => ({ name: `${p.first} ${p.last}`, dob: p.dob }));
const clean = (seed: number) => {
  const s = generateScenario(world, { seed, difficulty: 3, today: TODAY, problems: 0 });
  return { s, key: answerKey(s, world) };
};

describe('makeCheck', () => {
  test('with no errors, the fill matches the answer key', () => {
    const { s, key } = clean(11);
    const { fill, errors } = makeCheck(s, key, 1, others, 0);
    expect(errors).toEqual([]);
    expect(fill).toMatchObject({ patientName: `${s.patient.first} ${s.patient.last}`, quantity: key.count.quantity, daysSupply: key.entry.daysSupply, directions: key.entry.directions, refills: key.entry.refills });
    expect(fill.cautions).toEqual(key.label.transferCaution ? [TRANSFER_CAUTION] : []);
  });

  test('is deterministic by seed and seeds 0–3 errors, each a real difference from the key', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed += 1) {
      const { s, key } = clean(seed);
      const a = makeCheck(s, key, seed, others);
      expect(makeCheck(s, key, seed, others)).toEqual(a);
      seen.add(a.errors.length);
      const right = makeCheck(s, key, seed, others, 0).fill;
      for (const field of CHECK_FIELDS) {
        const differs = {
          patient: a.fill.patientName !== right.patientName,
          product: a.fill.product.ndc !== right.product.ndc,
          quantity: a.fill.quantity !== right.quantity,
          'days-supply': a.fill.daysSupply !== right.daysSupply,
          directions: a.fill.directions !== right.directions,
          refills: a.fill.refills !== right.refills,
          'transfer-caution': a.fill.cautions.length !== right.cautions.length,
          lot: a.fill.product.lot !== right.product.lot && a.fill.product.ndc === right.product.ndc,
        }[field];
        expect(differs, `${s.id} ${field}`).toBe(a.errors.includes(field));
      }
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  test('only C-II–IV fills can miss the transfer caution', () => {
    for (let seed = 0; seed < 100; seed += 1) {
      const { s, key } = clean(seed);
      expect(checkableFields(s, key).includes('transfer-caution')).toBe(s.schedule !== null && s.schedule !== 'C-V');
    }
  });
});

describe('scoreCheck', () => {
  test('marks each field right or wrong: a missed error and a false alarm are both wrong', () => {
    const exercise = { fill: makeCheck(clean(1).s, clean(1).key, 1, others, 0).fill, errors: ['quantity', 'directions'] as const };
    const result = scoreCheck({ ...exercise, errors: [...exercise.errors] }, ['quantity', 'refills']);
    expect(result.filter((r) => !r.ok).map((r) => r.field)).toEqual(['directions', 'refills']);
    expect(result.find((r) => r.field === 'quantity')).toMatchObject({ ok: true, error: true, marked: true });
  });
});
