import { describe, expect, test } from 'vitest';
import { RECENT_MAX, addRecent, parseRecent } from '../../../src/lib/search';

describe('addRecent', () => {
  test('puts the newest search first and drops an earlier copy, whatever its case or dots', () => {
    expect(addRecent(['Lasix', 'qid'], 'q.i.d.')).toEqual(['q.i.d.', 'Lasix']);
    expect(addRecent(['lasix'], '  LASIX ')).toEqual(['LASIX']);
  });

  test(`keeps at most ${RECENT_MAX}`, () => {
    const list = addRecent(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], 'new');
    expect(list).toEqual(['new', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });

  test('ignores a blank or punctuation-only search', () => {
    expect(addRecent(['ou'], ' ?? ')).toEqual(['ou']);
  });
});

describe('parseRecent', () => {
  test('reads a stored list back', () => {
    expect(parseRecent('["ou","Lasix"]')).toEqual(['ou', 'Lasix']);
  });

  test('anything else is an empty list, never an error', () => {
    for (const raw of [null, '', '{', '{"a":1}', '42', '[1,null,""]']) expect(parseRecent(raw)).toEqual([]);
    expect(parseRecent('["ou", 3, " "]')).toEqual(['ou']);
  });
});
