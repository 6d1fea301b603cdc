import { describe, expect, test } from 'vitest';
import { ERROR_PRONE_ABBREVIATIONS, SIG_VOCABULARY } from '../../../src/lib/pharmacy';
import { anchorId, drugRecord, errorProneRecords, lessonRecords, shownAndMore, sigAnchorIds, sigRecords } from '../../../src/lib/search';
import { siteRecords } from './site-index';

const href = (path: string) => `/base${path}`;

describe('drugRecord', () => {
  const record = drugRecord(
    'furosemide',
    { generic: 'furosemide', brands: [{ name: 'Lasix', discontinued: false }, { name: 'Furoscix', discontinued: false }], class: 'Loop diuretic', schedule: null, indications: ['Edema', 'Hypertension'] },
    href,
  );

  test('is found by every brand and links to the drug page under the base', () => {
    expect(record).toMatchObject({ kind: 'drug', title: 'furosemide', url: '/base/drugs/furosemide/', aliases: ['Lasix', 'Furoscix'], keywords: ['Loop diuretic'] });
  });

  test('shows brands, class and indications in its text', () => {
    expect(record.text).toBe('Brands: Lasix, Furoscix. Loop diuretic. For: Edema; Hypertension');
  });

  test('a combination is also found by each of its generics', () => {
    const combo = drugRecord('a-b', { generic: 'hydrocodone/acetaminophen', brands: [], class: 'Opioid combination', schedule: 'C-II', indications: ['Pain'] }, href);
    expect(combo.aliases).toEqual(['hydrocodone', 'acetaminophen']);
    expect(combo.text).toContain('Schedule C-II');
  });
});

describe('abbreviation records', () => {
  test('ou means each eye and carries its error-prone warning', () => {
    const ou = sigRecords(SIG_VOCABULARY, href).find((r) => r.title === 'ou');
    expect(ou?.text).toMatch(/^each eye \(both eyes\)/);
    expect(ou?.warning).toBe('Error-prone: write "right eye, left eye or each eye" instead');
    expect(ou?.url).toBe('/base/reference/sig-abbreviations/#sig-ou');
  });

  test('each spelling of an error-prone abbreviation is an alias', () => {
    const qd = errorProneRecords(ERROR_PRONE_ABBREVIATIONS, href).find((r) => r.title.startsWith('Q.D.'));
    expect(qd?.aliases).toEqual(['Q.D.', 'QD', 'q.d.', 'qd']);
    expect(qd?.warning).toContain('Do Not Use');
  });

  test('row anchors are unique on each reference page', () => {
    const sig = [...sigAnchorIds(SIG_VOCABULARY).values()];
    const abbr = ERROR_PRONE_ABBREVIATIONS.map((e) => anchorId('abbr', e.id));
    expect(new Set(sig).size).toBe(sig.length);
    expect(new Set(abbr).size).toBe(abbr.length);
    expect(anchorId('sig', 'q.i.d.')).toBe('sig-qid');
    expect(sig).toContain('sig-cc-timing');
  });
});

describe('lessonRecords', () => {
  const lesson = {
    title: 'Data entry',
    summary: 'How a prescription becomes a record.',
    objectives: ['Choose a DAW code'],
    body: 'Opening words.\n\n## The patient profile\nAllergies matter.\n\n## DAW codes\nDAW 1 means brand.\n',
    path: '/learn/dispensing/data-entry/',
  };

  test('gives the lesson and one record per section, deep-linked to the rendered heading ids', () => {
    const headings = [
      { depth: 2, slug: 'the-patient-profile', text: 'The patient profile' },
      { depth: 2, slug: 'daw-codes', text: 'DAW codes' },
    ];
    const records = lessonRecords(lesson, headings, href);
    expect(records.map((r) => [r.title, r.url])).toEqual([
      ['Data entry', '/base/learn/dispensing/data-entry/'],
      ['The patient profile', '/base/learn/dispensing/data-entry/#the-patient-profile'],
      ['DAW codes', '/base/learn/dispensing/data-entry/#daw-codes'],
    ]);
    expect(records[0]?.text).toBe('How a prescription becomes a record. Choose a DAW code Opening words.');
    expect(records[2]).toMatchObject({ parent: 'Data entry', text: 'DAW 1 means brand.' });
  });

  test('matches headings by text when the rendered list differs, and links the page when none matches', () => {
    const records = lessonRecords(lesson, [{ depth: 2, slug: 'daw-codes-1', text: 'DAW codes' }], href);
    expect(records.map((r) => r.url)).toEqual([
      '/base/learn/dispensing/data-entry/',
      '/base/learn/dispensing/data-entry/',
      '/base/learn/dispensing/data-entry/#daw-codes-1',
    ]);
  });
});

test('shownAndMore keeps the start of a long text and the distinct words of the rest', () => {
  const text = `${'word '.repeat(10)}tail tail lasix of the end`;
  const { text: shown, more } = shownAndMore(text, 20);
  expect(shown).toBe('word word word word…');
  expect(more).toBe('tail lasix end');
  expect(shownAndMore('short', 20)).toEqual({ text: 'short' });
});

test("today's content gives a record for every drug, term, abbreviation, code and lesson section", () => {
  const records = siteRecords();
  const count = (kind: string) => records.filter((r) => r.kind === kind).length;
  expect(count('drug')).toBeGreaterThanOrEqual(300);
  expect(count('abbreviation')).toBe(SIG_VOCABULARY.length);
  expect(count('error-prone')).toBe(ERROR_PRONE_ABBREVIATIONS.length);
  expect(records.filter((r) => r.kind === 'lesson' && r.title === 'DAW codes')).toHaveLength(1);
  expect(records.every((r) => r.text.length > 0 && r.url.startsWith('/'))).toBe(true);
}, 60_000);
