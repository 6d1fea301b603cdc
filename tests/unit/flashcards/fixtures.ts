import type { DrugFacts, FlashCard } from '../../../src/lib/flashcards';

/** A small catalog covering the cases the decks care about. */
export const drugs: DrugFacts[] = [
  {
    id: 'hydroxyzine',
    generic: 'hydroxyzine',
    brands: [
      { name: 'Vistaril', discontinued: false },
      { name: 'Atarax', discontinued: true },
    ],
    class: 'First-generation antihistamine',
    schedule: null,
    indications: ['Anxiety', 'Pruritus'],
    lasa: ['hydralazine'],
    tallMan: 'hydrOXYzine',
  },
  {
    id: 'hydralazine',
    generic: 'hydralazine',
    brands: [],
    class: 'Vasodilator',
    schedule: null,
    indications: ['Hypertension'],
    lasa: ['hydroxyzine'],
    tallMan: 'hydrALAZINE',
  },
  {
    id: 'atorvastatin',
    generic: 'atorvastatin',
    brands: [{ name: 'Lipitor', discontinued: false }],
    class: 'Statin',
    schedule: null,
    indications: ['Hyperlipidemia'],
    lasa: [],
  },
  {
    id: 'oxycodone',
    generic: 'oxycodone',
    brands: [
      { name: 'OxyContin', discontinued: false },
      { name: 'Roxicodone', discontinued: false },
    ],
    class: 'Opioid analgesic',
    schedule: 'C-II',
    indications: ['Severe pain'],
    lasa: ['oxymorphone-not-in-catalog'],
    tallMan: 'oxyCODONE',
  },
  {
    id: 'alprazolam',
    generic: 'alprazolam',
    brands: [{ name: 'Xanax', discontinued: false }],
    class: 'Benzodiazepine',
    schedule: 'C-IV',
    indications: ['Anxiety', 'Panic disorder'],
    lasa: ['lorazepam'],
    tallMan: 'ALPRAZolam',
  },
  {
    id: 'lorazepam',
    generic: 'lorazepam',
    brands: [{ name: 'Ativan', discontinued: false }],
    class: 'Benzodiazepine',
    schedule: 'C-IV',
    indications: ['Anxiety'],
    lasa: [],
    tallMan: 'LORazepam',
  },
];

/** Cards for scheduling tests: only ids and order matter there. */
export function plainCards(count: number): FlashCard[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `sig:term-${String(i + 1).padStart(2, '0')}`,
    deck: 'sig' as const,
    front: `term ${i + 1}`,
    back: `meaning ${i + 1}`,
  }));
}
