/** Builds the simulator's world from the content collections (the page does it at build time). */
import type { Drug } from '../../schemas/drug';
import type { Patient, Plan, Prescriber } from '../../schemas/people';
import type { DurData } from './dur';
import { FILL_TEMPLATES } from './templates';
import type { FillDrug, FillWorld, ShelfProduct } from './types';

/** The catalog fields the simulator keeps of one drug. */
export function fillDrug(id: string, drug: Drug): FillDrug {
  return {
    id,
    generic: drug.generic,
    ...(drug.tallMan ? { tallMan: drug.tallMan } : {}),
    brands: drug.brands.filter((b) => !b.discontinued).map((b) => b.name),
    schedule: drug.schedule,
    lasa: drug.lasa,
    auxLabels: drug.auxLabels,
    products: drug.products.map(({ strength, form, package: pkg, ndc, manufacturer, lot, expiry }) => ({ strength, form, package: pkg, ndc, manufacturer, lot, expiry })),
  };
}

/**
 * The world for the simulator: the template drugs, their look-alike partners (shelf neighbours) and the
 * drugs DUR data and profiles name, so the page ships only what a scenario can show.
 */
export function fillWorldFrom(
  catalog: readonly { id: string; data: Drug }[],
  dur: DurData,
  people: { patients: readonly Patient[]; prescribers: readonly Prescriber[]; plans: readonly Plan[] },
): FillWorld {
  const wanted = new Set<string>(FILL_TEMPLATES.map((t) => t.drug));
  for (const t of FILL_TEMPLATES) for (const id of catalog.find((d) => d.id === t.drug)?.data.lasa ?? []) wanted.add(id);
  for (const i of dur.interactions) [...i.drugs, ...i.with].forEach((id) => wanted.add(id));
  for (const c of dur.duplications) c.members.forEach((id) => wanted.add(id));
  for (const p of people.patients) p.medications.forEach((m) => wanted.add(m.drug));
  // Everything sorted by id, so a seed gives the same scenario however the collections were listed
  // (the build and a test reading the files see them in different orders).
  return {
    drugs: byId(catalog.filter((d) => wanted.has(d.id)).map((d) => fillDrug(d.id, d.data))),
    dur: { allergyGroups: byId(dur.allergyGroups), interactions: byId(dur.interactions), duplications: byId(dur.duplications) },
    patients: byId(people.patients),
    prescribers: byId(people.prescribers),
    plans: byId(people.plans),
  };
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The name on a stock bottle: Tall Man lettering where FDA or ISMP lists it. */
export const bottleName = (drug: FillDrug): string => drug.tallMan ?? drug.generic;

/** A catalog product as a shelf product. */
export function shelfProduct(drug: FillDrug, product: FillDrug['products'][number]): ShelfProduct {
  return { drug: drug.id, name: bottleName(drug), ...product };
}
