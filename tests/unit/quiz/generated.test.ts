import { describe, expect, test } from 'vitest';
import { GENERATED_TEMPLATES, generatedId, generatedIds, generatedQuestion, isGeneratedId } from '../../../src/lib/quiz/generated';

describe('generated calculation items', () => {
  test('the id re-creates the same item', () => {
    const id = generatedId('weight-dose', 12345);
    expect(generatedQuestion(id)).toEqual(generatedQuestion(id));
    expect(isGeneratedId(id)).toBe(true);
  });
  test('unknown templates and malformed ids give nothing', () => {
    expect(generatedQuestion('gen-nope-1')).toBeUndefined();
    expect(generatedQuestion('q41-ds-eye-drops-both-eyes')).toBeUndefined();
  });
  test('the weight-based key divides pounds by 2.2; a distractor multiplies (inverted factor)', () => {
    // Find a seed with 44 lb and 10 mg/kg to check numbers by hand: 44 / 2.2 = 20 kg × 10 = 200 mg.
    const q = Array.from({ length: 400 }, (_, s) => generatedQuestion(generatedId('weight-dose', s))).find((x) => x?.stem.includes('44 lb') && x.stem.includes('10 mg/kg'));
    expect(q).toBeDefined();
    const key = q?.options.find((o) => o.id === q.answer);
    expect(key?.text).toBe('200 mg');
    expect(q?.options.map((o) => o.text)).toContain('968 mg'); // 44 × 2.2 × 10
    expect(q?.options.map((o) => o.text)).toContain('440 mg'); // pounds used as kilograms
  });
  test('days\' supply rounds down and offers rounding up as a distractor', () => {
    const q = Array.from({ length: 400 }, (_, s) => generatedQuestion(generatedId('tablet-days', s))).find((x) => x?.stem.startsWith('A prescription for 45 tablets') && x.stem.includes('Take 1 tablet') && x.stem.includes('twice daily'));
    expect(q?.options.find((o) => o.id === q.answer)?.text).toBe('22 days');
    expect(q?.options.map((o) => o.text)).toContain('23 days');
  });
  test.each(GENERATED_TEMPLATES)('%s: over 500 seeds, four distinct options, one key, every why written', (template) => {
    const keyLetters = new Set<string>();
    for (let seed = 0; seed < 500; seed += 1) {
      const q = generatedQuestion(generatedId(template, seed));
      if (!q) throw new Error('no item');
      const texts = q.options.map((o) => o.text);
      expect(new Set(texts).size).toBe(4);
      expect(q.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(q.options.filter((o) => o.id === q.answer)).toHaveLength(1);
      for (const o of q.options) expect(o.why.length).toBeGreaterThan(10);
      keyLetters.add(q.answer);
    }
    expect(keyLetters).toEqual(new Set(['a', 'b', 'c', 'd']));
  });
  test('generatedIds cycles through the templates reproducibly', () => {
    const ids = generatedIds(8, 7);
    expect(ids).toEqual(generatedIds(8, 7));
    expect(new Set(ids.map((id) => id.replace(/-\d+$/, ''))).size).toBe(GENERATED_TEMPLATES.length);
  });
});
