import { DECK_IDS, type Deck, type DeckId, type DeckInput, type DrugFacts, type ErrorProneFacts, type FlashCard, type SigTermFacts } from './cards';

/** Titles and descriptions of the decks, by id. */
export const DECK_META: Readonly<Record<DeckId, { title: string; description: string }>> = {
  'brand-generic': { title: 'Brand → generic', description: 'Name the generic behind each US brand, discontinued brands included.' },
  'generic-brand': { title: 'Generic → brand', description: 'Name the US brands of each generic.' },
  'generic-class': { title: 'Generic → class', description: 'Name the therapeutic class of each generic.' },
  'generic-indication': { title: 'Generic → indication', description: 'Name what each generic is used for.' },
  schedule: { title: 'DEA schedules', description: 'Name the federal DEA schedule of each controlled substance.' },
  lasa: { title: 'Look-alike/sound-alike pairs', description: 'Tell apart the drug pairs most often mixed up at the counter.' },
  sig: { title: 'Sig abbreviations', description: 'Read the abbreviations prescribers write in directions.' },
  'error-prone': { title: 'Error-prone abbreviations', description: 'Say why each abbreviation is dangerous and what to write instead.' },
};

// Code-unit order, not locale order, so ids sort the same on every machine.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The name a card shows for a drug: its Tall Man lettering when it has one. */
export function displayName(drug: DrugFacts): string {
  return drug.tallMan ?? drug.generic;
}

/** Natural key of a name inside a card id: trimmed, lower case, inner spaces collapsed. */
function key(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function drugRef(drug: DrugFacts): Pick<FlashCard, 'drugId' | 'drugName' | 'class'> {
  return { drugId: drug.id, drugName: drug.generic, class: drug.class };
}

/** One card per brand name; a brand listed under two drugs becomes one card naming both. */
function brandGenericCards(drugs: readonly DrugFacts[]): FlashCard[] {
  const byBrand = new Map<string, { name: string; discontinued: boolean; drugs: DrugFacts[] }>();
  for (const drug of drugs) {
    for (const brand of drug.brands) {
      const k = key(brand.name);
      const seen = byBrand.get(k);
      if (seen) {
        if (!seen.drugs.includes(drug)) seen.drugs.push(drug);
        // A brand is marked discontinued only when every listing says so.
        seen.discontinued &&= brand.discontinued;
      } else {
        byBrand.set(k, { name: brand.name, discontinued: brand.discontinued, drugs: [drug] });
      }
    }
  }
  return [...byBrand.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([k, brand]) => {
      const [first] = brand.drugs as [DrugFacts, ...DrugFacts[]];
      const classes = [...new Set(brand.drugs.map((d) => d.class))].join('; ');
      return {
        id: `brand-generic:${k}`,
        deck: 'brand-generic',
        front: brand.discontinued ? `${brand.name} (discontinued)` : brand.name,
        back: brand.drugs.map(displayName).join(' or '),
        detail: brand.discontinued ? `${classes}. No longer marketed in the US, but still seen on older prescriptions.` : classes,
        ...drugRef(first),
      };
    });
}

function genericBrandCards(drugs: readonly DrugFacts[]): FlashCard[] {
  return drugs
    .filter((drug) => drug.brands.length > 0)
    .map((drug) => ({
      id: `generic-brand:${drug.id}`,
      deck: 'generic-brand',
      front: displayName(drug),
      back: drug.brands.map((b) => (b.discontinued ? `${b.name} (discontinued)` : b.name)).join(', '),
      detail: drug.class,
      ...drugRef(drug),
    }));
}

function genericClassCards(drugs: readonly DrugFacts[]): FlashCard[] {
  return drugs.map((drug) => ({
    id: `generic-class:${drug.id}`,
    deck: 'generic-class',
    front: displayName(drug),
    back: drug.class,
    ...drugRef(drug),
  }));
}

function genericIndicationCards(drugs: readonly DrugFacts[]): FlashCard[] {
  return drugs.map((drug) => ({
    id: `generic-indication:${drug.id}`,
    deck: 'generic-indication',
    front: displayName(drug),
    back: drug.indications.join('; '),
    detail: drug.class,
    ...drugRef(drug),
  }));
}

/** Only federally controlled drugs: "not controlled" is not worth a card per drug. */
function scheduleCards(drugs: readonly DrugFacts[]): FlashCard[] {
  return drugs.flatMap((drug): FlashCard[] =>
    drug.schedule === null
      ? []
      : [
          {
            id: `schedule:${drug.id}`,
            deck: 'schedule',
            front: `Federal DEA schedule of ${displayName(drug)}?`,
            back: drug.schedule,
            detail: drug.class,
            ...drugRef(drug),
          },
        ],
  );
}

/**
 * One card per unordered pair, whichever side lists it; the pair is ordered by drug id. Partners missing
 * from the catalog are skipped (the content integrity check reports them).
 */
function lasaCards(drugs: readonly DrugFacts[]): FlashCard[] {
  const catalog = new Map(drugs.map((drug) => [drug.id, drug]));
  const pairs = new Map<string, [DrugFacts, DrugFacts]>();
  for (const drug of drugs) {
    for (const partnerId of drug.lasa) {
      const partner = catalog.get(partnerId);
      if (!partner || partner.id === drug.id) continue;
      const pair: [DrugFacts, DrugFacts] = drug.id < partner.id ? [drug, partner] : [partner, drug];
      pairs.set(`${pair[0].id}+${pair[1].id}`, pair);
    }
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([pairKey, [a, b]]) => {
      const tallMan = a.tallMan !== undefined || b.tallMan !== undefined;
      return {
        id: `lasa:${pairKey}`,
        deck: 'lasa',
        front: `${displayName(a)} or ${displayName(b)}: look-alike/sound-alike pair. What is each one?`,
        back: `${displayName(a)}: ${a.class}. ${displayName(b)}: ${b.class}.`,
        detail: tallMan
          ? 'Tall Man lettering (capitals) marks the letters that differ; check name, strength and indication against the prescription.'
          : 'Check name, strength and indication against the prescription.',
        drugId: a.id,
        drugName: a.generic,
        class: a.class,
        partnerDrugId: b.id,
        partnerClass: b.class,
      };
    });
}

/**
 * Vocabulary entries that are plain English rather than abbreviations ("with food" → "with food",
 * "patch" → "patch") make no card: the meaning repeats the front. A word the meaning only explains in
 * parentheses ("peg" → "through a gastrostomy (PEG) tube") is an abbreviation and keeps its card.
 */
function isPlainEnglish(entry: SigTermFacts): boolean {
  const abbr = key(entry.abbr);
  if (abbr.length < 3) return false;
  const meaning = key(entry.meaning.replace(/\([^)]*\)/g, ' '));
  const escaped = abbr.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'u').test(meaning);
}

/** One card per abbreviation; an abbreviation listed twice ("cc") gets one card with both meanings. */
function sigCards(vocabulary: readonly SigTermFacts[]): FlashCard[] {
  const byAbbr = new Map<string, SigTermFacts[]>();
  for (const entry of vocabulary) {
    if (isPlainEnglish(entry)) continue;
    const k = key(entry.abbr);
    byAbbr.set(k, [...(byAbbr.get(k) ?? []), entry]);
  }
  return [...byAbbr.entries()].map(([k, entries]) => {
    const [first] = entries as [SigTermFacts, ...SigTermFacts[]];
    const latin = [...new Set(entries.flatMap((e) => (e.latin ? [e.latin] : [])))];
    const warning = entries.find((e) => e.errorProne)?.errorProne;
    const notes = [
      ...(latin.length > 0 ? [`From the Latin ${latin.join(' / ')}.`] : []),
      ...(warning ? [`Error-prone. ${warning.reason}. Write "${warning.useInstead}" instead.`] : []),
    ];
    return {
      id: `sig:${k}`,
      deck: 'sig',
      front: first.abbr,
      back: [...new Set(entries.map((e) => e.meaning))].join('; or '),
      ...(notes.length > 0 ? { detail: notes.join(' ') } : {}),
    };
  });
}

function errorProneCards(list: readonly ErrorProneFacts[]): FlashCard[] {
  return list.map((entry) => ({
    id: `error-prone:${entry.id}`,
    deck: 'error-prone',
    front: entry.abbr,
    back: `${entry.reason}. Write "${entry.useInstead}" instead.`,
    detail: `Intended: ${entry.intended}. ${
      entry.doNotUse ? 'On The Joint Commission\'s official "Do Not Use" list.' : "On ISMP's list of error-prone abbreviations."
    }`,
  }));
}

/**
 * Builds every deck from the catalog and the engine's reference lists. Drug decks are ordered by drug id
 * (or brand name), the sig and error-prone decks keep their source's curated order, so the result does not
 * depend on the order the content collection arrives in. All eight decks are returned, even when empty.
 */
export function buildDecks(input: DeckInput): Deck[] {
  const drugs = [...input.drugs].sort((a, b) => compare(a.id, b.id));
  const cards: Record<DeckId, FlashCard[]> = {
    'brand-generic': brandGenericCards(drugs),
    'generic-brand': genericBrandCards(drugs),
    'generic-class': genericClassCards(drugs),
    'generic-indication': genericIndicationCards(drugs),
    schedule: scheduleCards(drugs),
    lasa: lasaCards(drugs),
    sig: sigCards(input.sigVocabulary),
    'error-prone': errorProneCards(input.errorProne),
  };
  return DECK_IDS.map((id) => ({ id, ...DECK_META[id], cardCount: cards[id].length, cards: cards[id] }));
}

/** Every card of the given decks, deck by deck. */
export function allCards(decks: readonly Deck[]): FlashCard[] {
  return decks.flatMap((deck) => deck.cards);
}
