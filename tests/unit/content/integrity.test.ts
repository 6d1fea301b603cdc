import { describe, expect, test } from 'vitest';
import {
  areaCoverage,
  checkAreaCoverage,
  checkGlossaryLinks,
  checkLessonLinks,
  checkModuleAreas,
  checkOutlineEditions,
} from '../../../src/lib/content/integrity';

describe('checkLessonLinks', () => {
  const modules = new Set(['dispensing']);
  const areas = new Set(['2.2', '4.1']);
  const glossary = new Set(['sig']);
  const lesson = { id: 'dispensing/data-entry', module: 'dispensing', order: 3, ptceAreas: ['4.1'], keyTerms: ['sig'] };

  test('passes a lesson whose links all resolve', () => {
    expect(checkLessonLinks([lesson], modules, areas, glossary)).toEqual([]);
  });

  test('names the file and field of every broken link', () => {
    const broken = { ...lesson, module: 'dispensng', ptceAreas: ['9.9'], keyTerms: ['sigg'] };
    expect(checkLessonLinks([broken], modules, areas, glossary)).toEqual([
      'content/lessons/dispensing/data-entry.mdx: module "dispensng" is not a file in content/modules/',
      'content/lessons/dispensing/data-entry.mdx: ptceAreas "9.9" is not a knowledge area of the current PTCE outline',
      'content/lessons/dispensing/data-entry.mdx: keyTerms "sigg" has no content/glossary/sigg.yaml',
    ]);
  });

  test('catches two lessons with the same order in a module', () => {
    const twin = { ...lesson, id: 'dispensing/labeling' };
    expect(checkLessonLinks([lesson, twin], modules, areas, glossary)).toEqual([
      'content/lessons/dispensing/labeling.mdx: order 3 is also used by dispensing/data-entry',
    ]);
  });
});

describe('other content links', () => {
  test('module areas must be in the outline', () => {
    expect(checkModuleAreas([{ id: 'dispensing', ptceAreas: ['2.2', '7.1'] }], new Set(['2.2']))).toEqual([
      'content/modules/dispensing.yaml: ptceAreas "7.1" is not in the current PTCE outline',
    ]);
  });

  test('related glossary terms must exist', () => {
    expect(checkGlossaryLinks([{ id: 'sig', related: ['days-supply'] }])).toEqual([
      'content/glossary/sig.yaml: related "days-supply" has no content/glossary/days-supply.yaml',
    ]);
  });

  test('exactly one outline edition is current', () => {
    expect(checkOutlineEditions([{ id: '2020', current: false }, { id: '2026', current: true }])).toEqual([]);
    expect(checkOutlineEditions([{ id: '2020', current: true }, { id: '2026', current: true }])).toHaveLength(1);
  });
});

describe('areaCoverage and checkAreaCoverage', () => {
  const areas = [
    { id: '2.2', title: 'Controlled substance prescriptions' },
    { id: '2.6', title: 'DSCSA' },
    { id: '4.1', title: 'Calculations' },
  ];
  const lessons = [
    { id: 'dispensing/intake-and-validity', ptceAreas: ['2.2'] },
    { id: 'dispensing/data-entry', ptceAreas: ['4.1', '2.2'] },
  ];

  test('lists the lessons that teach each area, in outline order', () => {
    expect(areaCoverage(areas, lessons)).toEqual([
      { id: '2.2', title: 'Controlled substance prescriptions', lessons: ['dispensing/intake-and-validity', 'dispensing/data-entry'] },
      { id: '2.6', title: 'DSCSA', lessons: [] },
      { id: '4.1', title: 'Calculations', lessons: ['dispensing/data-entry'] },
    ]);
  });

  test('fails an untaught area that has no exemption, naming it', () => {
    expect(checkAreaCoverage(areaCoverage(areas, lessons), [])).toEqual([
      'knowledge area 2.6 ("DSCSA") is taught by no lesson: add it to a lesson\'s ptceAreas, or list it in content/curriculum/exemptions.yaml with a reason',
    ]);
  });

  test('accepts an untaught area with an exemption', () => {
    expect(checkAreaCoverage(areaCoverage(areas, lessons), [{ id: '2.6' }])).toEqual([]);
  });

  test('fails a stale exemption for an area a lesson now teaches, and one for an unknown area', () => {
    expect(checkAreaCoverage(areaCoverage(areas, lessons), [{ id: '2.6' }, { id: '4.1' }, { id: '9.9' }])).toEqual([
      'content/curriculum/exemptions.yaml: area 4.1 is now taught by dispensing/data-entry; remove its exemption',
      'content/curriculum/exemptions.yaml: area 9.9 is not a knowledge area of the current PTCE outline',
    ]);
  });
});
