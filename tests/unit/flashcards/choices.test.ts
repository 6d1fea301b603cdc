import { describe, expect, test } from 'vitest';
import { decksOn, drugLinkLabel, parseDecks, toggleDeck, untilParts } from '../../../src/lib/flashcards';

const all = ['brand-generic', 'sig', 'lasa'];
const now = new Date('2026-03-02T09:00:00Z');
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();

describe('deck choices', () => {
  test('turning off the last deck leaves none on (not all)', () => {
    let hidden: string[] = [];
    hidden = toggleDeck(all, hidden, 'brand-generic', false);
    hidden = toggleDeck(all, hidden, 'sig', false);
    hidden = toggleDeck(all, hidden, 'lasa', false);
    expect(hidden).toEqual(all);
    expect(decksOn(all, hidden)).toEqual([]);
    expect(decksOn(all, toggleDeck(all, hidden, 'sig', true))).toEqual(['sig']);
  });

  test('keeps picker order and ignores unknown ids', () => {
    expect(toggleDeck(all, ['lasa'], 'brand-generic', false)).toEqual(['brand-generic', 'lasa']);
    expect(decksOn([...all, 'made-up'], [])).toEqual(all);
  });
});

test('untilParts reads due dates in minutes, hours or days', () => {
  expect(untilParts(inMinutes(0), now)).toEqual({ unit: 'minutes', n: 1 });
  expect(untilParts(inMinutes(10), now)).toEqual({ unit: 'minutes', n: 10 });
  expect(untilParts(inMinutes(180), now)).toEqual({ unit: 'hours', n: 3 });
  expect(untilParts(inMinutes(60 * 24), now)).toEqual({ unit: 'days', n: 1 });
  expect(untilParts(inMinutes(60 * 24 * 4), now)).toEqual({ unit: 'days', n: 4 });
});

test('a drug link is labelled with the generic name as written', () => {
  expect(drugLinkLabel({ drugId: 'folic-acid', drugName: 'folic acid' })).toBe('folic acid');
  expect(drugLinkLabel({ drugId: 'insulin-glargine', drugName: 'insulin glargine' })).toBe('insulin glargine');
  expect(drugLinkLabel({})).toBeUndefined();
});

describe('parseDecks', () => {
  const card = { id: 'sig:bid', deck: 'sig', front: 'bid', back: 'twice a day' };
  test('keeps valid cards of known decks and counts the rest', () => {
    const result = parseDecks([
      { id: 'sig', cards: [card, { ...card, id: '' }, { ...card, deck: 'lasa' }, { ...card, detail: 3 }] },
      { id: 'made-up', cards: [card] },
      'junk',
    ]);
    expect(result).toEqual({ cards: [card], dropped: 5 });
  });

  test('data that is not a list of decks gives null', () => {
    expect(parseDecks('cards')).toBeNull();
    expect(parseDecks(null)).toBeNull();
    expect(parseDecks({ id: 'sig', cards: [card] })).toEqual({ cards: [card], dropped: 0 });
  });
});
