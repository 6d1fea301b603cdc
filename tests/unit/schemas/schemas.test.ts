import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../../src/schemas/lesson';
import { ModuleSchema } from '../../../src/schemas/module';
import { GlossaryTermSchema } from '../../../src/schemas/glossary';
import { PtceOutlineSchema } from '../../../src/schemas/ptce';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const lesson = {
  id: 'dispensing/labeling',
  title: 'Labeling and auxiliary labels',
  module: 'dispensing',
  order: 5,
  summary: 'What a prescription label must show and which auxiliary labels to add.',
  objectives: ['List the federally required label elements', 'Choose auxiliary labels'],
  ptceAreas: ['2.2', '3.2'],
  keyTerms: ['auxiliary-label'],
  minutes: 15,
  sources: [
    { title: '21 CFR 290.5', url: 'https://www.ecfr.gov/current/title-21/section-290.5' },
    { title: 'ISMP error-prone abbreviations', citation: 'ISMP, 2021' },
  ],
  lastReviewed: '2026-11-26',
};

describe('LessonSchema', () => {
  test('accepts a complete lesson and turns the review date into a Date', () => {
    const parsed = LessonSchema.parse(lesson);
    expect(parsed.lastReviewed).toBeInstanceOf(Date);
    expect(parsed.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-26');
  });

  test('fills defaults for optional lists', () => {
    const { ptceAreas: _a, keyTerms: _k, ...minimal } = lesson;
    const parsed = LessonSchema.parse(minimal);
    expect(parsed.ptceAreas).toEqual([]);
    expect(parsed.keyTerms).toEqual([]);
  });

  test('names the field when a knowledge-area id is malformed', () => {
    expect(issues(LessonSchema.safeParse({ ...lesson, ptceAreas: ['domain 2'] }))).toEqual([
      expect.stringMatching(/^ptceAreas\.0: /),
    ]);
  });

  test('requires at least two sources', () => {
    expect(issues(LessonSchema.safeParse({ ...lesson, sources: [lesson.sources[0]] }))[0]).toMatch(/^sources: /);
  });

  test('rejects unknown fields so typos surface', () => {
    expect(issues(LessonSchema.safeParse({ ...lesson, minuets: 5 }))[0]).toMatch(/minuets/);
  });

  test('rejects a source URL that is not a URL', () => {
    const bad = { ...lesson, sources: [{ title: 'A source', url: 'ecfr' }, lesson.sources[1]] };
    expect(issues(LessonSchema.safeParse(bad))[0]).toMatch(/^sources\.0\.url: /);
  });
});

describe('ModuleSchema', () => {
  test('defaults to being on the exam', () => {
    const parsed = ModuleSchema.parse({ title: 'Dispensing', order: 1, summary: 'Work a prescription end to end, step by step.' });
    expect(parsed.onExam).toBe(true);
    expect(parsed.ptceAreas).toEqual([]);
  });

  test('rejects a non-positive order', () => {
    expect(issues(ModuleSchema.safeParse({ title: 'Dispensing', order: 0, summary: 'Work a prescription end to end.' }))[0]).toMatch(/^order: /);
  });
});

describe('GlossaryTermSchema', () => {
  test('accepts a term and defaults aka and related', () => {
    const parsed = GlossaryTermSchema.parse({ term: 'Sig', definition: 'The directions for use written on a prescription.' });
    expect(parsed).toEqual({ term: 'Sig', aka: [], definition: 'The directions for use written on a prescription.', related: [] });
  });

  test('rejects a definition too short to teach anything', () => {
    expect(issues(GlossaryTermSchema.safeParse({ term: 'Sig', definition: 'directions' }))[0]).toMatch(/^definition: /);
  });
});

describe('PtceOutlineSchema', () => {
  const outline = {
    edition: 'test',
    effective: '2026-01-06',
    current: true,
    format: { questions: 90, scored: 80, unscored: 10, minutes: 110, scaledScore: { min: 1000, max: 1600, pass: 1400 } },
    domains: [
      { id: 1, title: 'Medications', weight: 60, areas: [{ id: '1.1', title: 'Generic and brand names' }] },
      { id: 2, title: 'Federal Requirements', weight: 40, areas: [{ id: '2.1', title: 'Disposal', calculations: true }] },
    ],
    sources: [{ title: 'PTCB', url: 'https://www.ptcb.org/' }],
  };

  test('accepts an outline whose weights add up to 100', () => {
    const parsed = PtceOutlineSchema.parse(outline);
    expect(parsed.effective).toBeInstanceOf(Date);
    expect(parsed.format.optionsPerQuestion).toBe(4);
    expect(parsed.domains[0]?.areas[0]?.calculations).toBe(false);
  });

  test('rejects weights that do not add up to 100', () => {
    const bad = { ...outline, domains: [{ ...outline.domains[0], weight: 50 }, outline.domains[1]] };
    expect(issues(PtceOutlineSchema.safeParse(bad))).toEqual(['domains: domain weights must add up to 100']);
  });

  test('rejects scored + unscored that do not make the total', () => {
    const bad = { ...outline, format: { ...outline.format, unscored: 5 } };
    expect(issues(PtceOutlineSchema.safeParse(bad))).toEqual(['format: scored + unscored must equal questions']);
  });
});
