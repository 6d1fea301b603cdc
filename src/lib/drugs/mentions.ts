/** Finding drug names in lesson and question text, and checking schedules stated next to them. */

export interface NamedDrug {
  id: string;
  generic: string;
  brands: string[];
  schedule: string | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ids of catalog drugs whose generic or brand name appears in `text` as a whole word (case-insensitive for generics). */
export function findDrugMentions(text: string, drugs: readonly NamedDrug[]): string[] {
  const found: string[] = [];
  for (const drug of drugs) {
    const generic = new RegExp(`(?<![\\w/-])${escape(drug.generic)}(?![\\w/-])`, 'i');
    const brand = drug.brands.filter((b) => b.length >= 4).map((b) => new RegExp(`(?<![\\w-])${escape(b)}(?![\\w-])`));
    if (generic.test(text) || brand.some((r) => r.test(text))) found.push(drug.id);
  }
  return found;
}

const SCHEDULE_PATTERN = /\b(?:C-?(II|III|IV|V)|(?:Schedule|schedule) (II|III|IV|V))\b/g;

/**
 * Sentences that name exactly one catalog drug and exactly one federal schedule, where the schedule
 * disagrees with the catalog. A combination containing the drug may carry the schedule instead
 * ("a Schedule V codeine cough syrup" is promethazine/codeine). Each problem quotes the sentence.
 */
export function checkStatedSchedules(text: string, drugs: readonly NamedDrug[]): string[] {
  const problems: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const schedules = [...new Set([...sentence.matchAll(SCHEDULE_PATTERN)].map((m) => `C-${m[1] ?? m[2]}`))];
    if (schedules.length !== 1) continue;
    const named = drugs.filter((d) => findDrugMentions(sentence, [d]).length > 0);
    if (named.length !== 1) continue;
    const drug = named[0];
    const schedule = schedules[0];
    const carriers = drugs.filter((d) => d.id === drug?.id || (drug && d.generic.split('/').includes(drug.generic)));
    if (drug && !carriers.some((d) => d.schedule === schedule)) {
      problems.push(`"${sentence.trim().slice(0, 160)}" says ${schedule}, but the catalog has ${drug.generic} as ${drug.schedule ?? 'not controlled'}`);
    }
  }
  return problems;
}

/**
 * USAN stems that mark a word as a generic drug name (-pril, -sartan, -statin …), per the USAN Council's
 * stem list. Used to find generic names in text that the catalog does not hold.
 */
export const USAN_STEMS = [
  'pril', 'sartan', 'statin', 'olol', 'alol', 'azepam', 'azolam', 'cillin', 'mycin', 'floxacin', 'prazole', 'tidine',
  'codone', 'morphone', 'gliptin', 'gliflozin', 'glutide', 'conazole', 'ciclovir', 'triptan', 'dipine', 'oxetine',
  'azosin', 'tinib', 'parin', 'xaban', 'gatran', 'semide', 'thiazide', 'cycline', 'profen', 'coxib', 'setron',
  'lukast', 'tadine', 'terol', 'sonide', 'asone', 'olone', 'glitazone', 'afil', 'steride', 'dronate', 'vudine',
] as const;

/**
 * Words that end in a USAN stem but are not generic drug names: class names lessons must be able to use
 * ("fluoroquinolones", "tetracyclines") and ordinary words ("cholesterol").
 */
export const STEM_LOOKALIKES: readonly string[] = ['cholesterol', 'quinolone', 'fluoroquinolone', 'tetracycline', 'aminopenicillin', 'aminoglycoside', 'macrolide'];

// A stem cited on its own ("-vastatin", "the -pril stem") is not a drug name: no hyphen before the word.
const STEM_PATTERN = new RegExp(`(?<![\\w-])[a-z]{2,}(?:${USAN_STEMS.join('|')})(?:e?s)?\\b`, 'gi');

/**
 * Generic-looking names (by USAN stem) in `text` that are not among `knownGenerics` (nor `knownNames`, e.g. the
 * catalog's brand names such as Accupril), lower-cased and sorted. Plurals count as their singular.
 */
export function findUnknownGenerics(text: string, knownGenerics: readonly string[], knownNames: readonly string[] = []): string[] {
  const known = new Set([...knownGenerics.flatMap((g) => g.toLowerCase().split(/[/ ]/)), ...knownNames.map((n) => n.toLowerCase()), ...STEM_LOOKALIKES]);
  const found = new Set<string>();
  for (const match of text.matchAll(STEM_PATTERN)) {
    const word = match[0].toLowerCase();
    const singular = word.replace(/e?s$/, '');
    if (!known.has(word) && !known.has(singular) && !known.has(word.replace(/s$/, ''))) found.add(word);
  }
  return [...found].sort();
}
