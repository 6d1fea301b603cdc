/**
 * What the flashcards page decides, kept out of the component: which decks are on, what a deck toggle
 * stores, how a due date reads, and whether fetched deck data is usable.
 */
import { DECK_IDS, type Deck, type DeckId, type FlashCard } from './cards';

const isDeckId = (value: unknown): value is DeckId => (DECK_IDS as readonly unknown[]).includes(value);

/** The decks that are on, in picker order, given the ones turned off. */
export function decksOn(all: readonly string[], hidden: readonly string[]): DeckId[] {
  return all.filter((id): id is DeckId => isDeckId(id) && !hidden.includes(id));
}

/** The decks turned off after switching one deck on or off. Turning off the last deck leaves none on. */
export function toggleDeck(all: readonly string[], hidden: readonly string[], id: string, on: boolean): string[] {
  const next = on ? hidden.filter((d) => d !== id) : [...new Set([...hidden, id])];
  return all.filter((d) => next.includes(d));
}

/** How far a due date is from now, for "in 10 min", "in 3 h", "in 4 days". */
export function untilParts(dueIso: string, now: Date): { unit: 'minutes' | 'hours' | 'days'; n: number } {
  const minutes = Math.max(1, Math.round((Date.parse(dueIso) - now.getTime()) / 60_000));
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.round(hours / 24) };
}

/** The label of a card's link to its drug page: the generic name as written ("folic acid"), not the file slug. */
export function drugLinkLabel(card: Pick<FlashCard, 'drugId' | 'drugName'>): string | undefined {
  return card.drugName ?? card.drugId;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** Reads one card from fetched deck data, or null. */
function parseCard(value: unknown, deck: DeckId): FlashCard | null {
  if (!isRecord(value) || !isText(value['id']) || value['deck'] !== deck || !isText(value['front']) || !isText(value['back'])) return null;
  for (const key of ['detail', 'drugId', 'drugName', 'class', 'partnerDrugId', 'partnerClass']) if (!optionalText(value[key])) return null;
  return value as unknown as FlashCard;
}

/**
 * Reads fetched deck data (the build's `/flashcards/decks/<id>.json` files). Never throws: unknown decks and malformed cards
 * are left out and counted; data that is not a list of decks gives null.
 */
export function parseDecks(raw: unknown): { cards: FlashCard[]; dropped: number } | null {
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : null;
  if (!list) return null;
  const cards: FlashCard[] = [];
  let dropped = 0;
  for (const deck of list) {
    if (!isRecord(deck) || !isDeckId(deck['id']) || !Array.isArray(deck['cards'])) {
      dropped += 1;
      continue;
    }
    for (const value of deck['cards']) {
      const card = parseCard(value, deck['id']);
      if (card) cards.push(card);
      else dropped += 1;
    }
  }
  return { cards, dropped };
}

export type { Deck };
