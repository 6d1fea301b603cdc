import { describe, expect, test } from 'vitest';
import { ERROR_PRONE_ABBREVIATIONS, SIG_VOCABULARY } from '../../../src/lib/pharmacy';
import {
  DECK_IDS,
  allCards,
  buildDecks,
  drugClasses,
  filterCards,
  type Deck,
  type DeckId,
  type FlashCard,
} from '../../../src/lib/flashcards';
import { drugs } from './fixtures';

const sigVocabulary = [
  { abbr: 'bid', meaning: 'twice a day', category: 'frequency' as const, latin: 'bis in die' },
  { abbr: 'cc', meaning: 'with food (cum cibo)', category: 'timing' as const },
  { abbr: 'cc', meaning: 'cubic centimetre (= 1 mL)', category: 'other' as const, errorProne: ERROR_PRONE_ABBREVIATIONS.find((e) => e.id === 'cc')! },
  { abbr: 'with food', meaning: 'with food', category: 'timing' as const },
  { abbr: 'peg', meaning: 'through a gastrostomy (PEG) tube', category: 'route' as const },
];
const errorProne = ERROR_PRONE_ABBREVIATIONS.filter((e) => e.id === 'qd' || e.id === 'microgram');

const decks = buildDecks({ drugs, sigVocabulary, errorProne });
const deck = (id: DeckId): Deck => decks.find((d) => d.id === id)!;
const card = (id: string): FlashCard | undefined => allCards(decks).find((c) => c.id === id);
const ids = (id: DeckId): string[] => deck(id).cards.map((c) => c.id);

describe('buildDecks', () => {
  test('returns every deck, in picker order, with a title, description and card count', () => {
    expect(decks.map((d) => d.id)).toEqual([...DECK_IDS]);
    for (const d of decks) {
      expect(d.title).not.toBe('');
      expect(d.description).not.toBe('');
      expect(d.cardCount).toBe(d.cards.length);
      expect(d.cards.every((c) => c.deck === d.id)).toBe(true);
    }
  });

  test('gives every card a unique id', () => {
    const all = allCards(decks).map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
  });

  test('derives ids from content, so shuffling the catalog changes nothing', () => {
    const shuffled = buildDecks({ drugs: [...drugs].reverse(), sigVocabulary, errorProne });
    expect(shuffled).toEqual(decks);
  });

  test('keeps the ids of existing cards when a drug is added', () => {
    const more = buildDecks({
      drugs: [...drugs, { id: 'amlodipine', generic: 'amlodipine', brands: [{ name: 'Norvasc', discontinued: false }], class: 'Calcium channel blocker', schedule: null, indications: ['Hypertension'], lasa: [] }],
      sigVocabulary,
      errorProne,
    });
    const before = allCards(decks).map((c) => c.id);
    const after = new Set(allCards(more).map((c) => c.id));
    expect(before.every((id) => after.has(id))).toBe(true);
  });

  test('returns empty decks for an empty catalog', () => {
    const empty = buildDecks({ drugs: [], sigVocabulary: [], errorProne: [] });
    expect(empty.map((d) => d.cardCount)).toEqual(DECK_IDS.map(() => 0));
  });
});

describe('brand-generic deck', () => {
  test('has one card per brand, ordered by brand name', () => {
    expect(ids('brand-generic')).toEqual([
      'brand-generic:atarax',
      'brand-generic:ativan',
      'brand-generic:lipitor',
      'brand-generic:oxycontin',
      'brand-generic:roxicodone',
      'brand-generic:vistaril',
      'brand-generic:xanax',
    ]);
  });

  test('asks for the generic, in Tall Man lettering when there is one, and carries the drug and class', () => {
    expect(card('brand-generic:lipitor')).toEqual({
      id: 'brand-generic:lipitor',
      deck: 'brand-generic',
      front: 'Lipitor',
      back: 'atorvastatin',
      detail: 'Statin',
      drugId: 'atorvastatin',
      drugName: 'atorvastatin',
      class: 'Statin',
    });
    expect(card('brand-generic:vistaril')?.back).toBe('hydrOXYzine');
  });

  test('includes discontinued brands, marked as such', () => {
    const atarax = card('brand-generic:atarax');
    expect(atarax?.front).toBe('Atarax (discontinued)');
    expect(atarax?.detail).toMatch(/no longer marketed/i);
    expect(card('brand-generic:vistaril')?.front).toBe('Vistaril');
  });

  test('makes one card naming both generics when two drugs share a brand', () => {
    const shared = buildDecks({
      drugs: [
        { id: 'a', generic: 'alpha', brands: [{ name: 'Same', discontinued: false }], class: 'X', schedule: null, indications: ['i'], lasa: [] },
        { id: 'b', generic: 'beta', brands: [{ name: 'same', discontinued: true }], class: 'Y', schedule: null, indications: ['i'], lasa: [] },
      ],
      sigVocabulary: [],
      errorProne: [],
    });
    const cards = shared.find((d) => d.id === 'brand-generic')!.cards;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: 'brand-generic:same', front: 'Same', back: 'alpha or beta' });
  });
});

describe('generic-brand deck', () => {
  test('lists every brand of a generic, discontinued ones marked', () => {
    expect(card('generic-brand:hydroxyzine')).toMatchObject({ front: 'hydrOXYzine', back: 'Vistaril, Atarax (discontinued)' });
  });

  test('skips generics with no brand', () => {
    expect(card('generic-brand:hydralazine')).toBeUndefined();
    expect(deck('generic-brand').cardCount).toBe(drugs.length - 1);
  });
});

describe('generic-class and generic-indication decks', () => {
  test('have one card per drug, ordered by drug id', () => {
    const expected = ['alprazolam', 'atorvastatin', 'hydralazine', 'hydroxyzine', 'lorazepam', 'oxycodone'];
    expect(ids('generic-class')).toEqual(expected.map((id) => `generic-class:${id}`));
    expect(ids('generic-indication')).toEqual(expected.map((id) => `generic-indication:${id}`));
  });

  test('ask for the class and for every indication', () => {
    expect(card('generic-class:atorvastatin')).toMatchObject({ front: 'atorvastatin', back: 'Statin', class: 'Statin' });
    expect(card('generic-indication:alprazolam')).toMatchObject({ front: 'ALPRAZolam', back: 'Anxiety; Panic disorder' });
  });
});

describe('schedule deck', () => {
  test('has cards only for federally controlled drugs', () => {
    expect(ids('schedule')).toEqual(['schedule:alprazolam', 'schedule:lorazepam', 'schedule:oxycodone']);
  });

  test('asks for the DEA schedule', () => {
    expect(card('schedule:oxycodone')).toMatchObject({ front: 'Federal DEA schedule of oxyCODONE?', back: 'C-II' });
  });
});

describe('lasa deck', () => {
  test('has one card per unordered pair, whether one side or both list it', () => {
    expect(ids('lasa')).toEqual(['lasa:alprazolam+lorazepam', 'lasa:hydralazine+hydroxyzine']);
  });

  test('skips partners that are not in the catalog', () => {
    expect(allCards(decks).some((c) => c.id.includes('oxymorphone'))).toBe(false);
  });

  test('shows both names in Tall Man lettering and what each drug is', () => {
    const pair = card('lasa:hydralazine+hydroxyzine');
    expect(pair?.front).toContain('hydrALAZINE');
    expect(pair?.front).toContain('hydrOXYzine');
    expect(pair?.back).toBe('hydrALAZINE: Vasodilator. hydrOXYzine: First-generation antihistamine.');
    expect(pair?.detail).toMatch(/Tall Man/);
  });

  test('carries both drugs and both classes', () => {
    expect(card('lasa:hydralazine+hydroxyzine')).toMatchObject({
      drugId: 'hydralazine',
      drugName: 'hydralazine',
      class: 'Vasodilator',
      partnerDrugId: 'hydroxyzine',
      partnerClass: 'First-generation antihistamine',
    });
  });
});

describe('sig deck', () => {
  test('asks for the meaning and notes the Latin origin', () => {
    expect(card('sig:bid')).toEqual({ id: 'sig:bid', deck: 'sig', front: 'bid', back: 'twice a day', detail: 'From the Latin bis in die.' });
  });

  test('merges an abbreviation listed twice into one card, with the error-prone warning', () => {
    const cc = card('sig:cc');
    expect(cc?.back).toBe('with food (cum cibo); or cubic centimetre (= 1 mL)');
    expect(cc?.detail).toContain('Write "mL" instead.');
  });

  test('makes no card for plain-English entries, but keeps abbreviations explained in parentheses', () => {
    expect(ids('sig')).toEqual(['sig:bid', 'sig:cc', 'sig:peg']);
  });

  test('builds unique ids from the real vocabulary', () => {
    const real = buildDecks({ drugs: [], sigVocabulary: SIG_VOCABULARY, errorProne: ERROR_PRONE_ABBREVIATIONS });
    const sig = real.find((d) => d.id === 'sig')!.cards.map((c) => c.id);
    expect(new Set(sig).size).toBe(sig.length);
    expect(sig).toEqual(expect.arrayContaining(['sig:qd', 'sig:µg', 'sig:ad lib', 'sig:d/c']));
    expect(sig).not.toContain('sig:patch');
  });
});

describe('error-prone deck', () => {
  test('says why the abbreviation is dangerous and what to write instead', () => {
    expect(card('error-prone:qd')).toMatchObject({ front: 'Q.D., QD, q.d., qd', back: expect.stringContaining('Write "daily" instead.') });
    expect(card('error-prone:qd')?.back).toMatch(/^Mistaken for q\.i\.d\./);
  });

  test('names the list the abbreviation is on', () => {
    expect(card('error-prone:qd')?.detail).toMatch(/Joint Commission/);
    expect(card('error-prone:microgram')?.detail).toMatch(/ISMP/);
  });

  test('has a card for every entry of the real list', () => {
    const real = buildDecks({ drugs: [], sigVocabulary: [], errorProne: ERROR_PRONE_ABBREVIATIONS });
    expect(real.find((d) => d.id === 'error-prone')!.cardCount).toBe(ERROR_PRONE_ABBREVIATIONS.length);
  });
});

describe('filterCards', () => {
  const cards = allCards(decks);

  test('keeps the chosen decks, in order', () => {
    expect(filterCards(cards, { decks: ['schedule'] }).map((c) => c.id)).toEqual(ids('schedule'));
  });

  test('keeps cards of the chosen classes, counting either drug of a LASA pair', () => {
    const benzos = filterCards(cards, { decks: ['schedule', 'lasa'], classes: ['Benzodiazepine'] }).map((c) => c.id);
    expect(benzos).toEqual(['schedule:alprazolam', 'schedule:lorazepam', 'lasa:alprazolam+lorazepam']);
    expect(filterCards(cards, { decks: ['lasa'], classes: ['First-generation antihistamine'] }).map((c) => c.id)).toEqual([
      'lasa:hydralazine+hydroxyzine',
    ]);
  });

  test('treats an empty class list as no class filter', () => {
    expect(filterCards(cards, { classes: [] })).toEqual(cards);
  });
});

describe('drugClasses', () => {
  test('lists each class once, sorted', () => {
    expect(drugClasses(allCards(decks))).toEqual(['Benzodiazepine', 'First-generation antihistamine', 'Opioid analgesic', 'Statin', 'Vasodilator']);
  });
});
