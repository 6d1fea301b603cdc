import { describe, expect, test } from 'vitest';
import { checkDurData, durForDrug, screenDur, type DurData } from '../../../src/lib/fill/dur';
import { checkPeople } from '../../../src/lib/fill/people';
import { checkDea } from '../../../src/lib/pharmacy';
import { drugs, dur, people } from './world';

const none = { allergies: [], medications: [] };

describe('DUR data in content/dur', () => {
  test('names only catalog drugs, and each interaction quotes a line of its catalog entry', () => {
    expect(checkDurData(dur, drugs)).toEqual([]);
  });

  test('the consistency check catches a misquoted catalog line, an unknown drug and a class mismatch', () => {
    const [first, ...rest] = dur.interactions;
    const broken: DurData = {
      ...dur,
      interactions: [{ ...first!, evidence: { ...first!.evidence, text: 'Warfarin is fine with everything' } }, ...rest],
      duplications: [{ ...dur.duplications[0]!, members: [...dur.duplications[0]!.members, 'atorvastatin', 'no-such-drug'] }],
    };
    const problems = checkDurData(broken, drugs);
    expect(problems.some((p) => p.includes('evidence.text is not a line of warfarin'))).toBe(true);
    expect(problems.some((p) => p.includes('"no-such-drug" is not a catalog drug'))).toBe(true);
    expect(problems.some((p) => p.includes("atorvastatin's catalog class"))).toBe(true);
  });

  test('keeps the well-established pairs the simulator plants', () => {
    const pairs = dur.interactions.map((i) => i.id).sort();
    expect(pairs).toEqual(['ace-inhibitor-potassium', 'maoi-ssri', 'methotrexate-trimethoprim', 'pde5-nitrates', 'simvastatin-clarithromycin', 'warfarin-nsaids', 'warfarin-smx-tmp']);
  });
});

describe('screenDur', () => {
  test('a clean profile raises nothing', () => {
    expect(screenDur('ibuprofen', none, dur)).toEqual([]);
  });

  test('an allergy to the drug’s own group is a contraindicated allergy alert', () => {
    const alerts = screenDur('amoxicillin', { allergies: ['penicillins'], medications: [] }, dur);
    expect(alerts.map((a) => [a.type, a.against, a.severity])).toEqual([['allergy', 'penicillins', 'contraindicated']]);
    expect(alerts[0]?.citation).toMatch(/DailyMed/);
  });

  test('a penicillin allergy flags a cephalosporin as cross-sensitivity, not as an allergy', () => {
    const alerts = screenDur('cephalexin', { allergies: ['penicillins'], medications: [] }, dur);
    expect(alerts.map((a) => [a.type, a.against])).toEqual([['cross-sensitivity', 'penicillins']]);
  });

  test('interactions work in both directions of a pair', () => {
    expect(screenDur('ibuprofen', { allergies: [], medications: ['warfarin'] }, dur).map((a) => a.id)).toEqual(['interaction:warfarin-nsaids:warfarin']);
    expect(screenDur('warfarin', { allergies: [], medications: ['naproxen', 'lisinopril'] }, dur).map((a) => a.id)).toEqual(['interaction:warfarin-nsaids:naproxen']);
    expect(screenDur('sildenafil', { allergies: [], medications: ['isosorbide-mononitrate'] }, dur)[0]?.severity).toBe('contraindicated');
  });

  test('two members of a class are a therapeutic duplication; the same drug is not', () => {
    expect(screenDur('fluoxetine', { allergies: [], medications: ['sertraline'] }, dur).map((a) => a.type)).toEqual(['duplication']);
    expect(screenDur('sertraline', { allergies: [], medications: ['sertraline'] }, dur)).toEqual([]);
  });

  test('an SSRI for a patient on phenelzine is both contraindicated and not a duplication', () => {
    expect(screenDur('sertraline', { allergies: [], medications: ['phenelzine'] }, dur).map((a) => [a.type, a.severity])).toEqual([['interaction', 'contraindicated']]);
  });
});

describe('durForDrug', () => {
  test('gives a drug page its allergy group, interactions and duplication class', () => {
    const ibuprofen = durForDrug('ibuprofen', dur);
    expect(ibuprofen.allergyGroups.map((g) => g.group.id)).toEqual(['nsaids']);
    expect(ibuprofen.interactions.map((i) => [i.interaction.id, i.partners])).toEqual([['warfarin-nsaids', ['warfarin']]]);
    expect(ibuprofen.duplications[0]?.others).not.toContain('ibuprofen');
    expect(durForDrug('amoxicillin', dur).allergyGroups[0]?.crossWith.map((g) => g.id)).toEqual(['cephalosporins']);
  });
});

describe('fictional patients, prescribers and plans', () => {
  const known = { drugs: new Set(drugs.map((d) => d.id)), allergyGroups: new Set(dur.allergyGroups.map((g) => g.id)) };

  test('refer to known drugs, allergy groups and plans, and every DEA number checks out', () => {
    expect(checkPeople(people, known)).toEqual([]);
    expect(people.prescribers.every((p) => checkDea(p.dea, p.last).valid)).toBe(true);
  });

  test('the check names a prescriber whose DEA check digit is wrong', () => {
    const bad = people.prescribers[0]!;
    const wrong = bad.dea.slice(0, 8) + String((Number(bad.dea[8]) + 1) % 10);
    const problems = checkPeople({ ...people, prescribers: [{ ...bad, dea: wrong }] }, known);
    expect(problems).toEqual([expect.stringContaining(`prescribers.yaml (${bad.id}): DEA ${wrong} does not check out`)]);
  });
});

describe('schemas of the fictional people', () => {
  test('a patient without trainingOnly: true is rejected with a message naming the field', async () => {
    const { PatientSchema } = await import('../../../src/schemas/people');
    const { trainingOnly: _t, ...unmarked } = people.patients[0]!;
    const result = PatientSchema.safeParse(unmarked);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['trainingOnly']);
    expect(PatientSchema.safeParse({ ...people.patients[0], phone: '(513) 867-5309' }).success).toBe(false);
  });
});
