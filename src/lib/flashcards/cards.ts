import type { ErrorProneAbbreviation } from '../pharmacy/error-prone';
import type { SigAbbreviation } from '../pharmacy/sig-vocabulary';
import type { Drug } from '../../schemas/drug';

/** The decks RxTray builds, in the order the deck picker lists them. */
export const DECK_IDS = [
  'brand-generic',
  'generic-brand',
  'generic-class',
  'generic-indication',
  'schedule',
  'lasa',
  'sig',
  'error-prone',
] as const;

/** Identifier of a deck. */
export type DeckId = (typeof DECK_IDS)[number];

/** Federal DEA schedule of a drug, or null when it is not federally controlled. */
export type DrugSchedule = 'C-II' | 'C-III' | 'C-IV' | 'C-V' | null;

/** The part of a catalog drug that flashcards use; the site maps the `drugs` collection onto it. */
export interface DrugFacts {
  /** Content id: the file slug, e.g. "acetaminophen-codeine". */
  id: string;
  /** Lower-case generic name, e.g. "acetaminophen/codeine". */
  generic: string;
  /** US brand names; discontinued ones are still taught. */
  brands: readonly { name: string; discontinued: boolean }[];
  /** Therapeutic class. */
  class: string;
  /** Federal DEA schedule, or null. */
  schedule: DrugSchedule;
  /** Main indications. */
  indications: readonly string[];
  /** Ids of look-alike/sound-alike partner drugs. */
  lasa: readonly string[];
  /** Tall Man lettering of the generic, e.g. "hydrOXYzine", when FDA or ISMP lists one. */
  tallMan?: string | undefined;
}

/** A sig abbreviation as the `sig` deck reads it (a subset of the pharmacy engine's `SigAbbreviation`). */
export type SigTermFacts = Pick<SigAbbreviation, 'abbr' | 'meaning' | 'category'> &
  Partial<Pick<SigAbbreviation, 'latin' | 'errorProne'>>;

/** An error-prone abbreviation as the `error-prone` deck reads it. */
export type ErrorProneFacts = Pick<ErrorProneAbbreviation, 'id' | 'abbr' | 'intended' | 'reason' | 'useInstead' | 'doNotUse'>;

/** What `buildDecks` needs: the drug catalog and the engine's sig and error-prone lists. */
export interface DeckInput {
  /** The drug catalog. */
  drugs: readonly DrugFacts[];
  /** The sig vocabulary (`SIG_VOCABULARY`). */
  sigVocabulary: readonly SigTermFacts[];
  /** The error-prone abbreviations (`ERROR_PRONE_ABBREVIATIONS`). */
  errorProne: readonly ErrorProneFacts[];
}

/** One flashcard. Plain data, safe to pass from the server to an island. */
export interface FlashCard {
  /** Stable, unique id: `<deck>:<content key>`, e.g. "brand-generic:lipitor". Opaque; not a URL slug. */
  id: string;
  /** The deck it belongs to. */
  deck: DeckId;
  /** What the learner sees first. */
  front: string;
  /** The answer. */
  back: string;
  /** Extra context shown with the answer. */
  detail?: string;
  /** The catalog drug the card is about (for a LASA pair, the first of the two by id). */
  drugId?: string;
  /** That drug's generic name as written, e.g. "folic acid", to label a link to its page. */
  drugName?: string;
  /** That drug's class, for filtering a deck by class. */
  class?: string;
  /** For a LASA pair: the second drug. */
  partnerDrugId?: string;
  /** For a LASA pair: the second drug's class. */
  partnerClass?: string;
}

/** What the deck picker shows about a deck. */
export interface DeckInfo {
  /** Deck id. */
  id: DeckId;
  /** Short title, e.g. "Brand → generic". */
  title: string;
  /** One sentence on what the deck drills. */
  description: string;
  /** Number of cards. */
  cardCount: number;
}

/** A deck with its cards. */
export interface Deck extends DeckInfo {
  /** The cards, in the deck's stable order. */
  cards: FlashCard[];
}

/** Maps a `drugs` collection entry (id and parsed data) onto the facts flashcards use. */
export function drugFactsFrom(id: string, drug: Drug): DrugFacts {
  return {
    id,
    generic: drug.generic,
    brands: drug.brands,
    class: drug.class,
    schedule: drug.schedule,
    indications: drug.indications,
    lasa: drug.lasa,
    tallMan: drug.tallMan,
  };
}

/** Whether a card is about a drug of one of the given classes (either drug of a LASA pair counts). */
export function cardHasClass(card: FlashCard, classes: ReadonlySet<string>): boolean {
  return (card.class !== undefined && classes.has(card.class)) || (card.partnerClass !== undefined && classes.has(card.partnerClass));
}

/** Cards of the chosen decks and, when `classes` is given and not empty, of the chosen drug classes; order kept. */
export function filterCards(
  cards: readonly FlashCard[],
  choice: { decks?: readonly DeckId[]; classes?: readonly string[] },
): FlashCard[] {
  const decks = choice.decks ? new Set<DeckId>(choice.decks) : null;
  const classes = choice.classes && choice.classes.length > 0 ? new Set(choice.classes) : null;
  return cards.filter((card) => (!decks || decks.has(card.deck)) && (!classes || cardHasClass(card, classes)));
}

/** The drug classes that occur on the given cards, sorted, for a class filter. */
export function drugClasses(cards: readonly FlashCard[]): string[] {
  const classes = new Set<string>();
  for (const card of cards) {
    if (card.class !== undefined) classes.add(card.class);
    if (card.partnerClass !== undefined) classes.add(card.partnerClass);
  }
  return [...classes].sort((a, b) => a.localeCompare(b, 'en'));
}
