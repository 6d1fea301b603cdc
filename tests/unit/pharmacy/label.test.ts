import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkLabel, TRANSFER_CAUTION, type LabelInput } from '../../../src/lib/pharmacy/label';

const complete: LabelInput = {
  schedule: 'C-II',
  pharmacyName: 'RxTray Pharmacy',
  pharmacyAddress: '5 Main St, Springfield',
  rxNumber: '6001234',
  dateFilled: '2024-03-02',
  prescriberName: 'Alan Brown, MD',
  patientName: 'Maria Lopez',
  directions: 'Take 1 tablet by mouth every 6 hours as needed for pain',
  cautionaryStatements: [TRANSFER_CAUTION, 'May cause drowsiness.'],
  drugName: 'Oxycodone 5 mg tablet',
  quantity: 12,
};

describe('checkLabel', () => {
  test('passes a complete C-II label', () => {
    expect(checkLabel(complete)).toEqual({ complete: true, missing: [] });
  });

  test('cites 21 CFR 1306.14 for C-II, 1306.24 for C-III–V and FDCA 503(b)(2) for everything', () => {
    const c2 = checkLabel({ schedule: 'C-II' }).missing[0];
    expect(c2?.citation).toBe('21 CFR 1306.14(a); FDCA § 503(b)(2) (21 U.S.C. 353(b)(2))');
    expect(checkLabel({ schedule: 'C-V' }).missing[0]?.citation).toMatch(/^21 CFR 1306.24\(a\)/);
    expect(checkLabel({ schedule: null }).missing[0]?.citation).toBe('FDCA § 503(b)(2) (21 U.S.C. 353(b)(2))');
  });

  test('lists each missing federal element', () => {
    const result = checkLabel({ schedule: null, drugName: 'Amoxicillin 500 mg', quantity: 30 });
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.ruleId)).toEqual([
      'label-pharmacy-name', 'label-pharmacy-address', 'label-rx-number', 'label-date-filled', 'label-prescriber-name', 'label-patient-name', 'label-directions',
    ]);
  });

  test('requires the federal transfer caution on C-II, C-III and C-IV but not C-V (21 CFR 290.5)', () => {
    for (const schedule of ['C-II', 'C-III', 'C-IV'] as const) {
      const result = checkLabel({ ...complete, schedule, cautionaryStatements: [] });
      expect(result.missing.map((m) => m.ruleId), schedule).toEqual(['label-transfer-caution']);
      expect(result.missing[0]?.citation).toBe('21 CFR 290.5');
    }
    expect(checkLabel({ ...complete, schedule: 'C-V', cautionaryStatements: [] }).complete).toBe(true);
  });

  test('recognises the caution however it is capitalised', () => {
    expect(checkLabel({ ...complete, cautionaryStatements: [TRANSFER_CAUTION.toUpperCase()] }).complete).toBe(true);
  });

  test('warns, as common state requirements, about a missing drug name or quantity', () => {
    const { drugName: _d, quantity: _q, ...rest } = complete;
    const result = checkLabel(rest);
    expect(result.complete).toBe(true);
    expect(result.missing.map((m) => [m.ruleId, m.severity])).toEqual([['label-drug-name', 'warning'], ['label-quantity', 'warning']]);
  });
});

describe('checkLabel with arbitrary learner input', () => {
  test('never throws and always cites a source', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    fc.assert(fc.property(
      fc.record({
        schedule: fc.constantFrom('C-II', 'C-III', 'C-IV', 'C-V', null),
        pharmacyName: text, pharmacyAddress: text, rxNumber: text, dateFilled: text, prescriberName: text, patientName: text, directions: text,
        cautionaryStatements: fc.option(fc.array(fc.string()), { nil: undefined }),
      }, { requiredKeys: ['schedule'] }),
      (label) => {
        for (const problem of checkLabel(label as LabelInput).missing) expect(problem.citation.length).toBeGreaterThan(5);
      },
    ));
  });
});
