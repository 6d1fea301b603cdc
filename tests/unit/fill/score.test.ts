import { describe, expect, test } from 'vitest';
import { answerKey, buildScenario, generateScenario, perfectAttempt, scoreFill, type ProblemType } from '../../../src/lib/fill';
import { createRandom } from '../../../src/lib/random';
import { TODAY, world } from './world';

const build = (template: string, plant: Parameters<typeof buildScenario>[1]['plant'] = [], seed = 3) => {
  const s = buildScenario(world, { id: `t-${template}`, template, plant }, { rng: createRandom(seed), difficulty: 3, today: TODAY });
  return { s, key: answerKey(s, world) };
};
const find = (report: ReturnType<typeof scoreFill>, id: string) => report.steps.flatMap((st) => st.items).find((i) => i.id === id);

describe('scoreFill', () => {
  test('the perfect attempt scores full marks with no critical error, on many generated scenarios', () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const s = generateScenario(world, { seed, difficulty: ((seed % 3) + 1) as 1 | 2 | 3, today: TODAY });
      const key = answerKey(s, world);
      const report = scoreFill(s, key, perfectAttempt(s, key));
      expect(report.points, s.id).toBe(report.max);
      expect(report.critical).toEqual([]);
      expect(report.passed).toBe(true);
    }
  });

  test('a look-alike picked from the shelf is a critical error that names both drugs', () => {
    const { s, key } = build('lisinopril-20');
    const lookAlike = s.shelf.find((x) => x.role === 'look-alike')!;
    const report = scoreFill(s, key, { ...perfectAttempt(s, key), product: { slotId: lookAlike.id, scanned: false } });
    const pick = find(report, 'product.pick')!;
    expect(pick).toMatchObject({ ok: false, critical: true });
    expect(pick.message).toContain(lookAlike.product.name);
    expect(pick.message).toContain('look-alike');
    expect(report.passed).toBe(false);
  });

  test('another package of the right drug and strength is wrong but not critical', () => {
    const { s, key } = build('latanoprost');
    const other = s.shelf.find((x) => x.role === 'other-package')!;
    const pick = find(scoreFill(s, key, { ...perfectAttempt(s, key), product: { slotId: other.id, scanned: true } }), 'product.pick')!;
    expect(pick).toMatchObject({ ok: false, critical: false });
  });

  test('an expired lot in front of the good one is a critical pick', () => {
    const { s, key } = build('atorvastatin-20', ['expired-lot']);
    const expired = s.shelf.find((x) => x.role === 'expired-lot')!;
    const pick = find(scoreFill(s, key, { ...perfectAttempt(s, key), product: { slotId: expired.id, scanned: true } }), 'product.pick')!;
    expect(pick).toMatchObject({ ok: false, critical: true });
    expect(pick.message).toMatch(/expired/);
  });

  test('"do not fill" with the right reasons scores; a missing reason costs the reasons point; filling is critical', () => {
    const { s, key } = build('oxycodone-5', ['dea']);
    expect(key.outcome).toBe('do-not-fill');
    expect(key.reasons).toEqual(['dea']);
    const stop = (reasons: ProblemType[]) => scoreFill(s, key, { intake: { decision: 'flag', flags: ['dea'] }, outcome: { kind: 'do-not-fill', reasons, atStep: 'intake' } });
    const right = stop(['dea']);
    expect(right.passed).toBe(true);
    expect(right.steps.filter((st) => st.reached).map((st) => st.step)).toEqual(['intake', 'submit']);
    expect(find(right, 'submit.reasons')?.ok).toBe(true);
    const wrong = stop(['postdated']);
    expect(find(wrong, 'submit.reasons')).toMatchObject({ ok: false });
    expect(wrong.passed).toBe(true); // the outcome is right; only the reasons point is lost
    const filled = scoreFill(s, key, { ...perfectAttempt(s, key), intake: { decision: 'accept', flags: [] }, outcome: { kind: 'fill' } });
    expect(find(filled, 'submit.outcome')).toMatchObject({ ok: false, critical: true });
    expect(find(filled, 'intake.dea')).toMatchObject({ ok: false, critical: true, citation: expect.stringContaining('1306.05') });
  });

  test('"do not fill" on a clean prescription is wrong, but not a critical error', () => {
    const { s, key } = build('metformin-500');
    const report = scoreFill(s, key, { intake: { decision: 'flag', flags: ['dea'] }, outcome: { kind: 'do-not-fill', reasons: ['dea'], atStep: 'intake' } });
    expect(find(report, 'submit.outcome')).toMatchObject({ ok: false, critical: false });
    expect(find(report, 'intake.accept')?.ok).toBe(false);
  });

  test('overriding a DUR alert is critical; referring it to the pharmacist is right', () => {
    const { s, key } = build('ibuprofen-800', ['interaction']);
    expect(key.dur.alerts.map((a) => a.type)).toEqual(['interaction']);
    const override = scoreFill(s, key, { ...perfectAttempt(s, key), dur: { alertAction: 'override', claimAction: 'proceed' } });
    expect(find(override, 'dur.alerts')).toMatchObject({ ok: false, critical: true });
    expect(find(scoreFill(s, key, perfectAttempt(s, key)), 'dur.alerts')?.ok).toBe(true);
  });

  test('a C-II entered with refills is critical (21 CFR 1306.12)', () => {
    const { s, key } = build('hydrocodone-apap-5');
    const attempt = perfectAttempt(s, key);
    const item = find(scoreFill(s, key, { ...attempt, entry: { ...attempt.entry!, refills: 2 } }), 'entry.refills')!;
    expect(item).toMatchObject({ ok: false, critical: true, citation: '21 CFR 1306.12(a)' });
  });

  test('a wrong days’ supply and a wrong count are named with the right values', () => {
    const { s, key } = build('metformin-500');
    const attempt = perfectAttempt(s, key);
    const report = scoreFill(s, key, { ...attempt, entry: { ...attempt.entry!, daysSupply: 60 }, count: { quantity: 55 } });
    expect(find(report, 'entry.days-supply')?.message).toBe("Days' supply 60; it is 30.");
    expect(find(report, 'count.quantity')).toMatchObject({ ok: false, critical: true });
  });

  test('the label needs the transfer caution for a C-IV and the drug’s auxiliary labels', () => {
    const { s, key } = build('alprazolam-0.5');
    const attempt = perfectAttempt(s, key);
    const report = scoreFill(s, key, { ...attempt, label: { aux: [], transferCaution: false } });
    expect(find(report, 'label.transfer')).toMatchObject({ ok: false, citation: '21 CFR 290.5' });
    expect(find(report, 'label.aux')?.message).toMatch(/^Missing: /);
  });

  test('times per step are carried into the report', () => {
    const { s, key } = build('metformin-500');
    const report = scoreFill(s, key, { ...perfectAttempt(s, key), times: { intake: 12_000, entry: 30_000 } });
    expect(report.steps.slice(0, 2).map((st) => st.ms)).toEqual([12_000, 30_000]);
  });
});
