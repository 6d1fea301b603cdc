import { beforeAll, describe, expect, test } from 'vitest';
import { buildIndex, editDistance, loadIndex, search, snippetOf, termPattern, type LoadedIndex, type SearchRecord } from '../../../src/lib/search';
import { siteIndex } from './site-index';

// Reading 300+ YAML files takes seconds on a busy machine: once, with room for it.
let index: LoadedIndex;
beforeAll(() => {
  index = siteIndex();
}, 60_000);
const first = (query: string) => search(index, query, 10)[0];

describe('ranking: what a student expects first', () => {
  test.each([
    ['Lasix', 'drug', 'furosemide'],
    ['lasix', 'drug', 'furosemide'],
    ['Zoloft', 'drug', 'sertraline'],
    ['Norco', 'drug', 'hydrocodone/acetaminophen'],
    ['furosemide', 'drug', 'furosemide'],
    ['ou', 'abbreviation', 'ou'],
    ['OU', 'abbreviation', 'ou'],
    ['q.i.d.', 'abbreviation', 'qid'],
    ['QID', 'abbreviation', 'qid'],
    ['daw 1', 'code', 'DAW 1 — Substitution not allowed by prescriber'],
    ['75', 'code', 'Reject 75 — Prior Authorization Required'],
    ['Refill too soon', 'glossary', 'Refill too soon'],
    ['tall man lettering', 'glossary', 'Tall Man lettering'],
  ])('%s → %s "%s"', (query, kind, title) => {
    expect(first(query)).toMatchObject({ kind, title });
  });

  test('an exact brand beats a drug whose name merely contains the letters', () => {
    const hits = search(index, 'Lasix', 10);
    expect(hits.filter((h) => h.kind === 'drug').map((h) => h.title)).toEqual(['furosemide']);
  });

  test('"ou" comes with its error-prone warning, and the error-prone entry follows', () => {
    const [ou, next] = search(index, 'ou', 10);
    expect(ou?.snippet).toMatch(/^each eye \(both eyes\)/);
    expect(ou?.warning).toMatch(/^Error-prone: write "right eye, left eye or each eye" instead/);
    expect(next).toMatchObject({ kind: 'error-prone', title: 'OD, OS, OU' });
  });

  test('a name inside a question still comes first', () => {
    expect(first('what does ou mean?')).toMatchObject({ kind: 'abbreviation', title: 'ou' });
    expect(first('Lasix generic?')).toMatchObject({ kind: 'drug', title: 'furosemide' });
  });

  test('a question in words finds the lesson sections that answer it', () => {
    const hits = search(index, 'how long is a C-II good for?', 5);
    expect(hits.filter((h) => h.kind === 'lesson' && /Schedule II/.test(h.title)).length).toBeGreaterThan(0);
    expect(hits[0]?.title + (hits[0]?.snippet ?? '')).toMatch(/Schedule II|C-II/i);
  });

  test('an exact title comes first, then titles that contain the words, then text-only matches', () => {
    const hits = search(index, 'prior authorization', 8);
    expect(hits[0]).toMatchObject({ kind: 'glossary', title: 'Prior authorization' });
    const inTitle = hits.map((h) => /prior authorization/i.test(h.title));
    expect(inTitle.slice(0, 3)).toEqual([true, true, true]);
    expect(inTitle.indexOf(false)).toBeGreaterThan(inTitle.lastIndexOf(true));
  });
});

describe('typo tolerance', () => {
  test.each([
    ['amoxicilin', 'amoxicillin'],
    ['metforman', 'metformin'],
    ['hydrocodon', 'hydrocodone/acetaminophen'],
    ['atorvastain', 'atorvastatin'],
    ['lisinoprl', 'lisinopril'],
    ['sertaline', 'sertraline'],
  ])('%s → %s', (query, title) => {
    expect(first(query)).toMatchObject({ kind: 'drug', title });
  });

  test('a misspelled word in a phrase still finds the phrase', () => {
    const hits = search(index, 'hypertenson', 5);
    expect(hits).toHaveLength(5);
    expect(hits.filter((h) => !/hypertension/i.test(h.snippet))).toEqual([]);
  });

  test('nonsense finds nothing rather than something random', () => {
    expect(search(index, 'xqzvj', 10)).toEqual([]);
  });
});

describe('snippets and highlights', () => {
  test('a brand is highlighted in the drug snippet', () => {
    const hit = first('Lasix');
    const marked = hit?.snippetMarks.map(([s, e]) => hit.snippet.slice(s, e));
    expect(marked).toEqual(['Lasix']);
  });

  test('the matched part of a title is highlighted, across punctuation', () => {
    const hit = first('q.i.d.');
    expect(hit?.titleMarks).toEqual([[0, 3]]);
    const qd = search(index, 'qid', 10).find((h) => h.title === 'qd');
    const marked = qd?.snippetMarks.map(([s, e]) => qd.snippet.slice(s, e));
    expect(marked).toContain('q.i.d');
  });

  test('a typo highlights the word it was taken for', () => {
    const hit = first('metforman');
    expect(hit?.titleMarks).toEqual([[0, 9]]);
  });

  test('a long text is cut around the first match with ellipses', () => {
    const text = `${'filler words here '.repeat(20)}the key phrase sits here ${'and more words '.repeat(20)}`;
    const { snippet, marks } = snippetOf(text, termPattern(['key phrase']), 80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(82);
    expect(marks.map(([s, e]) => snippet.slice(s, e))).toEqual(['key phrase']);
  });

  test('short terms only match whole words: "ou" is not highlighted inside "hour"', () => {
    const { marks } = snippetOf('every hour, in each eye (ou)', termPattern(['ou']));
    expect(marks).toEqual([[25, 27]]);
  });
});

describe('search input', () => {
  test('an empty or punctuation-only query gives no results', () => {
    expect(search(index, '', 10)).toEqual([]);
    expect(search(index, ' ?!. ', 10)).toEqual([]);
  });

  test('odd input never throws', () => {
    for (const q of ['(((', '\\', '*', '💊 pill', 'a'.repeat(5000), '[a-z]+', '$^']) expect(() => search(index, q, 10)).not.toThrow();
  });

  test('respects the limit', () => {
    expect(search(index, 'insulin', 3)).toHaveLength(3);
    expect(search(index, 'insulin', 0)).toEqual([]);
  });
});

describe('loadIndex', () => {
  test('refuses a damaged, foreign or newer index with a reason instead of throwing', () => {
    const records: SearchRecord[] = [
      { kind: 'drug', title: 'furosemide', url: '/drugs/furosemide/', aliases: ['Lasix'], keywords: ['Loop diuretic'], text: 'Brands: Lasix' },
      { kind: 'glossary', title: 'Sig', url: '/glossary/#sig', text: 'Directions for use.' },
    ];
    const good = buildIndex(records);
    expect(loadIndex(null)).toEqual({ ok: false, error: 'The search index is not an object.' });
    expect(loadIndex({ ...good, version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/version 2/) });
    expect(loadIndex({ ...good, records: [{ kind: 'drug' }] })).toMatchObject({ ok: false, error: 'The search index has a damaged record.' });
    expect(loadIndex({ ...good, records: good.records.map((r) => ({ ...r, kind: 'spaceship' })) })).toMatchObject({ ok: false });
    expect(loadIndex({ ...good, fuse: undefined })).toMatchObject({ ok: false, error: 'The search index has no usable Fuse index.' });
    expect(loadIndex(good).ok).toBe(true);
  });
});

test('editDistance counts edits, a swap of neighbours as one, and stops past the limit', () => {
  expect(editDistance('metforman', 'metformin', 2)).toBe(1);
  expect(editDistance('sertarline', 'sertraline', 2)).toBe(1);
  expect(editDistance('abc', 'xyz', 1)).toBe(2);
  expect(editDistance('short', 'muchlongerword', 2)).toBe(3);
});
