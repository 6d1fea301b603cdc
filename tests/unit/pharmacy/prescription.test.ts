import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPrescription, findErrorProne, type PrescriptionInput } from '../../../src/lib/pharmacy/prescription';

/** A complete, valid C-III prescription (DEA check digit: 1+3+5 + 2×(2+4+6) = 33 → 3). */
const complete: PrescriptionInput = {
  schedule: 'C-III',
  issuedOn: '2024-03-01',
  patientName: 'Maria Lopez',
  patientAddress: '12 Elm St, Springfield',
  drugName: 'Acetaminophen with codeine',
  strength: '300 mg/30 mg',
  dosageForm: 'tablet',
  quantity: 20,
  directions: '1 tab po q4-6h prn pain',
  refills: 1,
  prescriberName: 'Alan Brown, MD',
  prescriberAddress: '1 Clinic Way, Springfield',
  prescriberDea: 'AB1234563',
  signed: true,
};
const ids = (rx: PrescriptionInput, today = '2024-03-02') => checkPrescription(rx, { today }).problems.map((p) => p.ruleId);

describe('checkPrescription', () => {
  test('passes a complete controlled-substance prescription and gives its last fill date', () => {
    expect(checkPrescription(complete, { today: '2024-03-02' })).toEqual({ valid: true, problems: [], lastFillDate: '2024-09-01' });
  });

  test('lists every element 21 CFR 1306.05(a) requires for controlled substances', () => {
    const result = checkPrescription({ schedule: 'C-II' }, { today: '2024-03-02' });
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.ruleId)).toEqual([
      'missing-issue-date', 'missing-patient-name', 'missing-patient-address', 'missing-drug-name', 'missing-strength', 'missing-dosage-form',
      'missing-quantity', 'missing-directions', 'missing-prescriber-name', 'missing-prescriber-address', 'missing-prescriber-dea', 'missing-signature',
    ]);
    expect(result.problems.every((p) => p.citation.startsWith('21 CFR 1306.05'))).toBe(true);
  });

  test('labels missing elements of non-controlled prescriptions as common state requirements', () => {
    const problems = checkPrescription({ schedule: null, medium: 'electronic' }, { today: '2024-03-02' }).problems;
    expect(problems.map((p) => p.ruleId)).not.toContain('missing-prescriber-dea');
    expect(problems.every((p) => p.citation.startsWith('Common state requirement'))).toBe(true);
    expect(problems.find((p) => p.ruleId === 'missing-strength')?.severity).toBe('warning');
    expect(problems.find((p) => p.ruleId === 'missing-drug-name')?.severity).toBe('error');
    expect(ids({ schedule: null, medium: 'written', signed: false }).includes('missing-signature')).toBe(true);
  });

  test('forbids refills on C-II (21 CFR 1306.12)', () => {
    const problem = checkPrescription({ ...complete, schedule: 'C-II', refills: 1 }, { today: '2024-03-02' }).problems[0];
    expect(problem).toMatchObject({ ruleId: 'c2-no-refills', severity: 'error', citation: '21 CFR 1306.12(a)' });
  });

  test('allows at most 5 refills on C-III and C-IV (21 CFR 1306.22)', () => {
    expect(ids({ ...complete, refills: 5 })).toEqual([]);
    expect(ids({ ...complete, schedule: 'C-IV', refills: 6 })).toEqual(['c3-c4-refill-limit']);
  });

  test('sets no federal refill limit on C-V but warns that states may (21 CFR 1306.23)', () => {
    const result = checkPrescription({ ...complete, schedule: 'C-V', refills: 11 }, { today: '2024-03-02' });
    expect(result.valid).toBe(true);
    expect(result.problems[0]).toMatchObject({ ruleId: 'c5-refills-state', severity: 'warning', citation: '21 CFR 1306.23' });
  });

  test('rejects negative or fractional refills and a zero quantity', () => {
    expect(ids({ ...complete, refills: -1 })).toEqual(['refills-invalid']);
    expect(ids({ ...complete, refills: 1.5 })).toEqual(['refills-invalid']);
    expect(ids({ ...complete, quantity: 0 })).toEqual(['quantity-invalid']);
  });

  test('rejects a future (postdated) issue date', () => {
    expect(ids(complete, '2024-02-29')).toEqual(['issue-date-future']);
  });

  test('expires C-III and C-IV six months after issue (21 CFR 1306.22)', () => {
    expect(ids(complete, '2024-09-01')).toEqual([]);
    expect(ids(complete, '2024-09-02')).toEqual(['c3-c4-six-months']);
  });

  test('counts six months to the end of a shorter month (issued Aug 31 → last fill Feb 28 or 29)', () => {
    expect(checkPrescription({ ...complete, issuedOn: '2023-08-31' }, { today: '2023-09-01' }).lastFillDate).toBe('2024-02-29');
    expect(checkPrescription({ ...complete, issuedOn: '2022-08-31' }, { today: '2022-09-01' }).lastFillDate).toBe('2023-02-28');
  });

  test('warns that C-V and non-controlled expiration is state law', () => {
    expect(checkPrescription({ ...complete, schedule: 'C-V' }, { today: '2024-10-01' }).problems[0]).toMatchObject({ ruleId: 'c5-age-state', severity: 'warning' });
    const old = checkPrescription({ ...complete, schedule: null }, { today: '2025-03-02' }).problems[0];
    expect(old).toMatchObject({ ruleId: 'state-expiry', severity: 'warning', citation: 'State law (commonly 1 year from issue)' });
    expect(ids({ ...complete, schedule: null }, '2025-03-01')).toEqual([]);
  });

  test('explains an unreadable issue date', () => {
    expect(ids({ ...complete, issuedOn: '03/01/2024' })).toEqual(['issue-date-invalid']);
  });

  test('checks the DEA number and the last-name letter (from "Alan Brown, MD")', () => {
    expect(ids({ ...complete, prescriberDea: 'AB1234567' })).toEqual(['dea-invalid']);
    expect(ids({ ...complete, prescriberName: 'Dr. Alan Smith' })).toEqual(['dea-invalid']);
    expect(ids({ ...complete, prescriberName: 'Smith', prescriberLastName: 'Brown' })).toEqual([]);
    expect(ids({ ...complete, prescriberDea: 'PB1234563' })).toEqual(['dea-not-prescriber']);
  });

  test('warns about oral and faxed C-II prescriptions (21 CFR 1306.11)', () => {
    const c2 = { ...complete, schedule: 'C-II' as const, refills: 0 };
    expect(ids({ ...c2, medium: 'oral' })).toEqual(['c2-oral']);
    expect(ids({ ...c2, medium: 'fax' })).toEqual(['c2-fax']);
    expect(ids({ ...c2, medium: 'electronic', signed: false })).toEqual([]);
  });

  test('accepts a Date for today, read as the local calendar date', () => {
    expect(checkPrescription(complete, { today: new Date(2024, 2, 2, 23, 30) }).valid).toBe(true);
    expect(() => checkPrescription(complete, { today: new Date(NaN) })).toThrow(RangeError);
    expect(() => checkPrescription(complete, { today: 'yesterday' })).toThrow(RangeError);
  });
});

describe('checkPrescription with arbitrary learner input', () => {
  test('never throws, whatever text is typed into the fields', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    fc.assert(fc.property(
      fc.record({
        schedule: fc.constantFrom('C-II', 'C-III', 'C-IV', 'C-V', null),
        issuedOn: text, patientName: text, patientAddress: text, drugName: text, strength: text, dosageForm: text, directions: text,
        prescriberName: text, prescriberAddress: text, prescriberDea: text,
        quantity: fc.option(fc.double(), { nil: undefined }),
        refills: fc.option(fc.double(), { nil: undefined }),
        signed: fc.option(fc.boolean(), { nil: undefined }),
        medium: fc.option(fc.constantFrom('written', 'electronic', 'oral', 'fax'), { nil: undefined }),
      }, { requiredKeys: ['schedule'] }),
      (rx) => {
        const result = checkPrescription(rx as PrescriptionInput, { today: '2024-03-02' });
        expect(result.valid).toBe(result.problems.every((p) => p.severity !== 'error'));
      },
    ));
  });
});

describe('checkPrescription: error-prone abbreviations and dose designations', () => {
  const { prescriberDea: _dea, ...noDea } = complete;
  const plain: PrescriptionInput = { ...noDea, schedule: null, directions: '1 tab po daily', strength: '10 mg', drugName: 'Lisinopril' };
  const found = (rx: Partial<PrescriptionInput>) => checkPrescription({ ...plain, ...rx }, { today: '2024-03-02' }).problems.filter((p) => p.ruleId.startsWith('error-prone-'));

  test('a clean prescription has no findings', () => {
    expect(found({})).toEqual([]);
  });

  test('flags QD in the directions with the Joint Commission citation and the safe form', () => {
    const [problem, ...rest] = found({ directions: '1 tab PO QD' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ ruleId: 'error-prone-qd', severity: 'warning', citation: expect.stringContaining('Joint Commission') });
    expect(problem?.message).toContain('"qd" in the directions');
    expect(problem?.message).toContain('daily');
  });

  test('flags U for units after a number, in the directions and in the strength', () => {
    expect(found({ directions: 'inject 10 U subcut daily' }).map((p) => p.ruleId)).toEqual(['error-prone-u']);
    expect(found({ strength: '100 U/mL' }).map((p) => p.ruleId)).toEqual(['error-prone-u']);
    expect(found({ strength: '100 units/mL', directions: 'inject 10 units subcut daily' })).toEqual([]);
  });

  test('MSO4 and MS cannot be translated, so they are errors that make the prescription invalid', () => {
    const result = checkPrescription({ ...plain, drugName: 'MSO4', strength: '15 mg' }, { today: '2024-03-02' });
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => [p.ruleId, p.severity])).toEqual([['error-prone-mso4', 'error']]);
    expect(found({ drugName: 'MS 15 mg' }).map((p) => p.ruleId)).toEqual(['error-prone-ms']);
    expect(found({ drugName: 'MS Contin' })).toEqual([]);
  });

  test('flags a trailing zero (5.0 mg) and a missing leading zero (.5 mg), but not 0.5 mg or 2.5 mg', () => {
    expect(found({ strength: '5.0 mg' }).map((p) => [p.ruleId, p.message.slice(0, 22)])).toEqual([['error-prone-trailing-zero', '"5.0" in the strength ']]);
    expect(found({ strength: '.5 mg' }).map((p) => p.ruleId)).toEqual(['error-prone-leading-zero']);
    expect(found({ directions: '1.0 tab po daily' }).map((p) => p.ruleId)).toEqual(['error-prone-trailing-zero']);
    expect(found({ strength: '0.5 mg' })).toEqual([]);
    expect(found({ strength: '2.5 mg' })).toEqual([]);
    expect(found({ strength: '0.125 mg' })).toEqual([]);
  });

  test('flags the sig abbreviations the parser recognizes as error-prone (qod, hs, OU, SQ)', () => {
    expect(found({ directions: '1 tab po qod' }).map((p) => p.ruleId)).toEqual(['error-prone-qod']);
    expect(found({ directions: '1 gtt OU bid' }).map((p) => p.ruleId)).toEqual(['error-prone-od-os-ou']);
    expect(found({ directions: '10 units sq hs' }).map((p) => p.ruleId).sort()).toEqual(['error-prone-hs', 'error-prone-sc-sq-subq']);
  });

  test('still scans directions the sig parser cannot read', () => {
    expect(found({ directions: 'give .5 tab whenever' }).map((p) => p.ruleId)).toEqual(['error-prone-leading-zero']);
  });

  test('findErrorProne never throws on odd input and reports each token once', () => {
    expect(findErrorProne(undefined as unknown as string)).toEqual([]);
    expect(findErrorProne('5.0 mg then 5.0 mg').map((f) => f.token)).toEqual(['5.0']);
    expect(findErrorProne('µg')[0]?.entry.id).toBe('microgram');
  });
});
