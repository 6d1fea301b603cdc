import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSig, sigToDirections, type Sig } from '../../../src/lib/pharmacy/sig';
import { SIG_VOCABULARY } from '../../../src/lib/pharmacy/sig-vocabulary';

function sig(text: string): Sig {
  const result = parseSig(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
function directions(text: string): string {
  const result = sigToDirections(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const warningIds = (text: string): string[] => sig(text).warnings.map((w) => w.id);

describe('sigToDirections', () => {
  test('translates the classic example', () => {
    expect(directions('1 tab po bid x 10d')).toBe('Take 1 tablet by mouth twice daily for 10 days');
  });

  test('reads upper case, periods and missing spaces the same way', () => {
    expect(directions('1 TAB PO BID X10D')).toBe('Take 1 tablet by mouth twice daily for 10 days');
    expect(directions('1 tab p.o. b.i.d. x 10 days')).toBe('Take 1 tablet by mouth twice daily for 10 days');
    expect(directions('1tab po bid x10d')).toBe('Take 1 tablet by mouth twice daily for 10 days');
  });

  test('writes ranges, PRN and the indication', () => {
    expect(directions('1-2 tabs po q4-6h prn pain')).toBe('Take 1 to 2 tablets by mouth every 4 to 6 hours as needed for pain');
    expect(directions('1 to 2 tabs po q 4-6 hrs prn pain')).toBe('Take 1 to 2 tablets by mouth every 4 to 6 hours as needed for pain');
  });

  test('writes multi-step tapers joined by "then"', () => {
    expect(directions('2 tabs po daily x 1d, then 1 tab po daily x 4d')).toBe(
      'Take 2 tablets by mouth once daily for 1 day, then take 1 tablet by mouth once daily for 4 days',
    );
  });

  test('reads Roman numerals before or after the dosage form', () => {
    expect(directions('gtt ii ou qid')).toBe('Instill 2 drops in each eye four times daily');
    expect(directions('ii gtt os tid x7d')).toBe('Instill 2 drops in the left eye three times daily for 7 days');
    expect(directions('i tab po stat')).toBe('Take 1 tablet by mouth now');
  });

  test('reads ss as one-half and hs as bedtime (and flags both)', () => {
    expect(directions('ss tab po hs')).toBe('Take 1/2 tablet by mouth at bedtime');
    expect(warningIds('ss tab po hs')).toEqual(['ss', 'hs']);
  });

  test('chooses the verb from the route or dosage form', () => {
    expect(directions('1 supp pr q6h prn n/v')).toBe('Insert 1 suppository rectally every 6 hours as needed for nausea and vomiting');
    expect(directions('2 puffs inh q4h prn sob')).toBe('Inhale 2 puffs every 4 hours as needed for shortness of breath');
    expect(directions('10 units subcut qhs')).toBe('Inject 10 units under the skin at bedtime');
    expect(directions('apply aaa bid')).toBe('Apply to the affected area twice daily');
    expect(directions('1 tab sl q5min prn cp max 3 doses')).toBe('Place 1 tablet under the tongue every 5 minutes as needed for chest pain; do not take more than 3 doses');
    expect(directions('2 sprays each nostril daily')).toBe('Use 2 sprays in each nostril once daily');
    expect(directions('2 gtts ad tid')).toBe('Instill 2 drops in the right ear three times daily');
  });

  test('writes timing, maximum daily amounts, weeks and free text after "with"', () => {
    expect(directions('1 cap po tid ac')).toBe('Take 1 capsule by mouth three times daily before meals');
    expect(directions('1 tab po q.i.d. p.c. & h.s.')).toBe('Take 1 tablet by mouth four times daily after meals and at bedtime');
    expect(directions('1-2 tabs po q4-6h prn pain max 8 tabs/day')).toBe(
      'Take 1 to 2 tablets by mouth every 4 to 6 hours as needed for pain; do not take more than 8 tablets per day',
    );
    expect(directions('1 tab po daily for 2 weeks')).toBe('Take 1 tablet by mouth once daily for 2 weeks');
    expect(sig('1 tab po daily x 1 mo').durationDays).toBe(30);
    expect(directions('1 tab po daily with a full glass of water')).toBe('Take 1 tablet by mouth once daily with a full glass of water');
    expect(directions('1 tab po daily for blood pressure')).toBe('Take 1 tablet by mouth once daily for blood pressure');
    expect(directions('take 1 tablet by mouth twice daily for 10 days')).toBe('Take 1 tablet by mouth twice daily for 10 days');
    expect(directions('1 ½ tab po bid')).toBe('Take 1 1/2 tablets by mouth twice daily');
    expect(directions('1 1/2 tsp po q8h')).toBe('Take 1 1/2 teaspoonfuls by mouth every 8 hours');
  });

  test('translates safe error-prone abbreviations and flags them', () => {
    expect(directions('1 tab po qd')).toBe('Take 1 tablet by mouth once daily');
    expect(directions('1 tab po qod')).toBe('Take 1 tablet by mouth every other day');
    expect(directions('10 U subq qhs')).toBe('Inject 10 units under the skin at bedtime');
    expect(directions('.5 mg po daily')).toBe('Take 1/2 mg by mouth once daily');
    expect(directions('1.0 mg po daily')).toBe('Take 1 mg by mouth once daily');
    expect(directions('1 tab po q6pm')).toBe('Take 1 tablet by mouth daily at 6 PM');
    expect(directions('5 cc po tid')).toBe('Take 5 mL by mouth three times daily');
  });

  test('reads "od" after an oral dose as once daily, and as the right eye otherwise', () => {
    expect(directions('1 tab po od')).toBe('Take 1 tablet by mouth once daily');
    expect(warningIds('1 tab po od')).toEqual(['od-daily']);
    expect(directions('1 gtt od bid')).toBe('Instill 1 drop in the right eye twice daily');
    expect(warningIds('1 gtt od bid')).toEqual(['od-os-ou']);
  });

  test('refuses to translate abbreviations whose meaning cannot be known (MS, D/C)', () => {
    const ms = sigToDirections('MS 10 mg iv q4h');
    expect(ms.ok).toBe(false);
    if (!ms.ok) expect(ms.error).toMatch(/morphine sulfate or magnesium sulfate/);
    expect(sigToDirections('d/c 1 tab po bid').ok).toBe(false);
  });

  test('refuses to guess at words it does not know', () => {
    const result = sigToDirections('1 tab po bid zork');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/"zork"/);
  });

  test('passes on parse errors', () => {
    expect(sigToDirections('').ok).toBe(false);
  });
});

describe('parseSig', () => {
  test('returns dose, route, frequency, doses per day and duration', () => {
    expect(sig('1 tab po bid x 10d')).toMatchObject({
      doses: [{ amount: 1, unit: 'tablet', unitPlural: 'tablets' }],
      route: { abbr: 'po', text: 'by mouth' },
      frequency: { abbr: 'bid', text: 'twice daily', dosesPerDay: 2 },
      dosesPerDay: 2,
      asNeeded: false,
      durationDays: 10,
    });
  });

  test('uses the most frequent interval of a range for doses per day', () => {
    const parsed = sig('1-2 tabs po q4-6h prn pain');
    expect(parsed.doses[0]).toMatchObject({ amount: 1, amountMax: 2 });
    expect(parsed.frequency).toMatchObject({ dosesPerDay: 6, dosesPerDayMin: 4 });
    expect(parsed).toMatchObject({ dosesPerDay: 6, asNeeded: true, indication: 'pain' });
  });

  test('reads intervals written out in words', () => {
    expect(sig('1 tab po every 8 hours').frequency).toMatchObject({ text: 'every 8 hours', dosesPerDay: 3 });
    expect(sig('1 tab po every 4 to 6 hours').frequency).toMatchObject({ text: 'every 4 to 6 hours', dosesPerDay: 6 });
    expect(sig('1 tab po q1h').frequency).toMatchObject({ text: 'every hour', dosesPerDay: 24 });
  });

  test('adds up timing terms when no frequency is written (ac & hs = 4 a day)', () => {
    expect(sig('1 tab po ac & hs').dosesPerDay).toBe(4);
    expect(sig('1 tab po hs').dosesPerDay).toBe(1);
  });

  test('knows weekly and every-other-day frequencies', () => {
    expect(sig('1 tab po qod').dosesPerDay).toBe(0.5);
    expect(sig('1 tab po qw').dosesPerDay).toBeCloseTo(1 / 7, 12);
    expect(sig('1 tab po tiw').dosesPerDay).toBeCloseTo(3 / 7, 12);
  });

  test('splits "…, then …" into steps and totals the duration', () => {
    const parsed = sig('2 tabs po daily x 1d, then 1 tab po daily x 4d');
    expect(parsed.steps).toHaveLength(2);
    expect(parsed.doses.map((d) => d.amount)).toEqual([2, 1]);
    expect(parsed.durationDays).toBe(5);
    expect(parsed.dosesPerDay).toBe(1);
  });

  test('leaves doses per day and duration undefined when steps disagree or lack them', () => {
    const parsed = sig('1 tab po bid x 7d then 1 tab po daily');
    expect(parsed.dosesPerDay).toBeUndefined();
    expect(parsed.durationDays).toBeUndefined();
  });

  test('reads PRN without a frequency and without an indication', () => {
    const parsed = sig('1 tab po prn');
    expect(parsed).toMatchObject({ asNeeded: true });
    expect(parsed.dosesPerDay).toBeUndefined();
    expect(parsed.indication).toBeUndefined();
  });

  test('flags Joint Commission "Do Not Use" items: U, IU, QD, QOD, trailing and missing leading zeros, MS', () => {
    expect(warningIds('10 u subcut daily')).toEqual(['u']);
    expect(warningIds('1000 iu po daily')).toEqual(['iu']);
    expect(warningIds('1 tab po qd')).toEqual(['qd']);
    expect(warningIds('1 tab po qod')).toEqual(['qod']);
    expect(warningIds('1.0 mg po daily')).toEqual(['trailing-zero']);
    expect(warningIds('.5 mg po daily')).toEqual(['leading-zero']);
    expect(warningIds('mso4 10 mg iv q4h')).toEqual(['mso4']);
    const qd = sig('1 tab po qd').warnings[0];
    expect(qd).toMatchObject({ token: 'qd', useInstead: 'daily', translated: true });
    expect(qd?.source).toMatch(/Joint Commission/);
  });

  test('flags ISMP error-prone abbreviations (qhs, SC/SQ, TIW, UD, x3d, per os, µg, OJ)', () => {
    expect(warningIds('10 units sq qhs')).toEqual(['sc-sq-subq', 'qhs']);
    expect(warningIds('1 tab po tiw')).toEqual(['tiw']);
    expect(warningIds('apply ud')).toEqual(['ud']);
    expect(warningIds('1 tab po daily x3d')).toEqual(['x3d']);
    expect(warningIds('1 tab per os daily')).toEqual(['per-os']);
    expect(warningIds('50 µg po daily')).toEqual(['microgram']);
    expect(warningIds('5 ml po daily w/ oj')).toEqual(['oj']);
  });

  test('does not flag plain-English phrases or "for 10 days"', () => {
    expect(sig('take 1 tablet by mouth every other day for 10 days').warnings).toEqual([]);
  });

  test('reports words it does not know without failing', () => {
    expect(sig('1 tab po bid zork').unrecognized).toEqual(['zork']);
  });

  test('explains empty, unreadable, over-long and empty-step input', () => {
    for (const input of ['', '   ', 'zz qq', 'x'.repeat(501), '1 tab po bid, then', 'then 1 tab daily']) {
      const result = parseSig(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/[A-Z].*\./);
    }
  });

  test('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(typeof parseSig(text).ok).toBe('boolean');
      expect(typeof sigToDirections(text).ok).toBe('boolean');
    }), { numRuns: 500 });
    expect(parseSig(null as unknown as string).ok).toBe(false);
  });

  test('never throws on sig-like token soup', () => {
    const words = [...SIG_VOCABULARY.map((e) => e.abbr), '1', '2', '.5', '1.0', '1-2', '1/2', 'q4h', 'q4-6h', 'x', '10d', 'x7d', 'then', ',', 'prn', 'pain', 'max', 'for', 'with', 'q6pm', 'q5min', 'ii', 'ss', 'iss', '/day', '0/0'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (tokens) => {
      const text = tokens.join(' ');
      expect(typeof parseSig(text).ok).toBe('boolean');
      expect(typeof sigToDirections(text).ok).toBe('boolean');
    }), { numRuns: 1000 });
  });
});
